package org.attune.index.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.search.ScoreMode;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Every moment a query matches, as parallel arrays (document, case, start, end, code, coder),
 * read from the segments' {@link Columns} — the input of the sequence operators. Sorted by case, then start.
 */
public final class Matches {

    public int size;
    public int[] doc;
    public int[] caseIdx;
    public long[] start;
    public long[] end;
    public int[] codeIdx;
    public int[] coderIdx;

    Matches(int capacity) {
        int n = Math.max(16, capacity);
        doc = new int[n];
        caseIdx = new int[n];
        start = new long[n];
        end = new long[n];
        codeIdx = new int[n];
        coderIdx = new int[n];
    }

    private void grow() {
        int n = doc.length * 2;
        doc = Arrays.copyOf(doc, n);
        caseIdx = Arrays.copyOf(caseIdx, n);
        start = Arrays.copyOf(start, n);
        end = Arrays.copyOf(end, n);
        codeIdx = Arrays.copyOf(codeIdx, n);
        coderIdx = Arrays.copyOf(coderIdx, n);
    }

    /**
     * Sorts by case, start, end, document. A unit's moments are one block of documents, written in
     * time order, so the matches of a case arrive in order: a stable counting sort by case
     * (two passes) puts everything in order; a case whose run is not (its moments came from
     * several units) is then sorted on its own.
     */
    public void sort() {
        if (size < 2 || inOrder(0, size)) {
            return;
        }
        int cases = 0;
        for (int i = 0; i < size; i++) {
            cases = Math.max(cases, caseIdx[i] + 1);
        }
        int[] from = new int[cases + 1];
        for (int i = 0; i < size; i++) {
            from[caseIdx[i] + 1]++;
        }
        for (int c = 0; c < cases; c++) {
            from[c + 1] += from[c];
        }
        int[] runStart = Arrays.copyOf(from, cases + 1);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[from[caseIdx[i]]++] = i;
        }
        permuteAll(order);
        for (int c = 0; c < cases; c++) {
            int lo = runStart[c];
            int hi = runStart[c + 1];
            if (hi - lo > 1 && !inOrder(lo, hi)) {
                sortRun(lo, hi);
            }
        }
    }

    /** Whether [from, to) is in (case, start, end, document) order. */
    private boolean inOrder(int from, int to) {
        final int[] cases = caseIdx;
        final long[] starts = start;
        for (int i = from + 1; i < to; i++) {
            // (case, start) decides almost always; the full comparison only for ties
            int c0 = cases[i - 1];
            int c1 = cases[i];
            if (c0 != c1) {
                if (c0 > c1) {
                    return false;
                }
            } else if (starts[i - 1] != starts[i]) {
                if (starts[i - 1] > starts[i]) {
                    return false;
                }
            } else if (compare(i - 1, i) > 0) {
                return false;
            }
        }
        return true;
    }

    private int compare(int i, int j) {
        int c = Integer.compare(caseIdx[i], caseIdx[j]);
        if (c == 0) {
            c = Long.compare(start[i], start[j]);
        }
        if (c == 0) {
            c = Long.compare(end[i], end[j]);
        }
        return c != 0 ? c : Integer.compare(doc[i], doc[j]);
    }

    private void sortRun(int lo, int hi) {
        Integer[] idx = new Integer[hi - lo];
        for (int i = 0; i < idx.length; i++) {
            idx[i] = lo + i;
        }
        Arrays.sort(idx, this::compare);
        int[] order = new int[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        for (int i = 0; i < idx.length; i++) {
            order[lo + i] = idx[i];
        }
        permuteAll(order);
    }

    private void permuteAll(int[] order) {
        doc = permute(doc, order);
        caseIdx = permute(caseIdx, order);
        codeIdx = permute(codeIdx, order);
        coderIdx = permute(coderIdx, order);
        start = permute(start, order);
        end = permute(end, order);
    }

    private int[] permute(int[] values, int[] order) {
        int[] result = new int[values.length];
        for (int i = 0; i < size; i++) {
            result[i] = values[order[i]];
        }
        return result;
    }

    private long[] permute(long[] values, int[] order) {
        long[] result = new long[values.length];
        for (int i = 0; i < size; i++) {
            result[i] = values[order[i]];
        }
        return result;
    }

    /** First index in [from, to) whose start is ≥ value (the starts of one case are sorted). */
    public int lowerBound(int from, int to, long value) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Every live document a query matches. A code term is read from its run in the segments'
     * {@link Columns.ByCode}; any other query from its iterator and the per-document rows.
     *
     * @param labels whether to read code and coder (only the moments that facets count need them)
     */
    public static Matches of(IndexSearcher searcher, Query query, ReaderTables tables, IProgressMonitor monitor,
            boolean labels) throws IOException {
        Query rewritten = searcher.rewrite(query);
        Matches matches;
        if (rewritten instanceof TermQuery term && term.getTerm().field().equals(Fields.CODE)) {
            matches = ofCode(searcher, term.getTerm().bytes(), tables, monitor, labels);
        } else {
            matches = ofQuery(searcher, rewritten, tables, monitor, labels);
        }
        matches.sort();
        return matches;
    }

    private static Matches ofCode(IndexSearcher searcher, BytesRef term, ReaderTables tables,
            IProgressMonitor monitor, boolean labels) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Columns.ByCode[] by = new Columns.ByCode[leaves.size()];
        int expected = 0;
        for (LeafReaderContext leaf : leaves) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            by[leaf.ord] = Columns.of(leaf.reader()).byCode(leaf.reader());
            int[] run = by[leaf.ord].runs.get(term);
            expected += run == null ? 0 : run[1] - run[0];
        }
        Matches matches = new Matches(expected);
        int n = 0;
        for (LeafReaderContext leaf : leaves) {
            Columns.ByCode b = by[leaf.ord];
            int[] run = b.runs.get(term);
            if (run == null) {
                continue;
            }
            Bits live = leaf.reader().getLiveDocs();
            int[] caseMap = tables.leafMap(Fields.CASE, leaf.ord);
            int[] codeMap = tables.leafMap(Fields.CODE, leaf.ord);
            int[] coderMap = tables.leafMap(Fields.CODER, leaf.ord);
            int base = leaf.docBase;
            int[] docs = matches.doc;
            int[] cases = matches.caseIdx;
            long[] starts = matches.start;
            long[] ends = matches.end;
            int[] codes = matches.codeIdx;
            int[] coders = matches.coderIdx;
            for (int k = run[0]; k < run[1]; k++) {
                int d = b.doc[k];
                if (live != null && !live.get(d)) {
                    continue;
                }
                docs[n] = base + d;
                cases[n] = caseMap[b.caseOrd[k]];
                starts[n] = b.start[k];
                ends[n] = b.end[k];
                if (labels) {
                    long l = b.labels[k];
                    codes[n] = Columns.code(l) < 0 ? 0 : codeMap[Columns.code(l)];
                    coders[n] = Columns.coder(l) < 0 ? 0 : coderMap[Columns.coder(l)];
                }
                n++;
            }
        }
        matches.size = n;
        return matches;
    }

    private static Matches ofQuery(IndexSearcher searcher, Query rewritten, ReaderTables tables,
            IProgressMonitor monitor, boolean labels) throws IOException {
        Weight weight = searcher.createWeight(rewritten, ScoreMode.COMPLETE_NO_SCORES, 1f);
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        long expected = 0;
        for (LeafReaderContext leaf : leaves) {
            int c = weight.count(leaf); // known without searching for term queries
            expected = c < 0 || expected < 0 ? -1 : expected + c;
        }
        Matches matches = new Matches((int) Math.min(Math.max(expected, 0), Integer.MAX_VALUE - 16));
        for (LeafReaderContext leaf : leaves) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) {
                continue;
            }
            DocIdSetIterator it = scorer.iterator();
            Bits live = leaf.reader().getLiveDocs();
            long[] rows = Columns.of(leaf.reader()).rows(leaf.reader());
            int[] caseMap = tables.leafMap(Fields.CASE, leaf.ord);
            int[] codeMap = tables.leafMap(Fields.CODE, leaf.ord);
            int[] coderMap = tables.leafMap(Fields.CODER, leaf.ord);
            int base = leaf.docBase;
            // locals, not fields, in the loop: the JIT keeps them in registers
            int n = matches.size;
            int[] docs = matches.doc;
            int[] cases = matches.caseIdx;
            long[] starts = matches.start;
            long[] ends = matches.end;
            int[] codes = matches.codeIdx;
            int[] coders = matches.coderIdx;
            for (int d = it.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = it.nextDoc()) {
                if (live != null && !live.get(d)) {
                    continue;
                }
                if (n == docs.length) {
                    matches.size = n;
                    matches.grow();
                    docs = matches.doc;
                    cases = matches.caseIdx;
                    starts = matches.start;
                    ends = matches.end;
                    codes = matches.codeIdx;
                    coders = matches.coderIdx;
                }
                int r = 4 * d;
                docs[n] = base + d;
                cases[n] = caseMap[(int) rows[r]];
                starts[n] = rows[r + Columns.START];
                ends[n] = rows[r + Columns.END];
                if (labels) {
                    long l = rows[r + Columns.LABELS];
                    codes[n] = Columns.code(l) < 0 ? 0 : codeMap[Columns.code(l)];
                    coders[n] = Columns.coder(l) < 0 ? 0 : coderMap[Columns.coder(l)];
                }
                n++;
            }
            matches.size = n;
        }
        return matches;
    }
}
