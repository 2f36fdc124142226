package org.attune.index.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * One segment's case, start, end, code and coder of every document, decoded once into arrays —
 * what the sequence operators read for every operand moment. Two layouts, each built on first use:
 * <ul>
 * <li>{@link #byCode}: the documents grouped by their code term, each group in document order.
 * A sequence operand is almost always a code; its moments are then one contiguous run, read
 * sequentially instead of one cache miss per moment.</li>
 * <li>{@link #rows}: per document, for any other operand query.</li>
 * </ul>
 * Doc values never change in a segment (deletions only hide documents), so the arrays live as long
 * as the segment's core and are dropped when it closes; a near-real-time refresh decodes only the
 * new, small segments. 32 bytes per moment for each layout in use (a code's id and label share one
 * run).
 */
final class Columns {

    private static final Map<IndexReader.CacheKey, Columns> CACHE = new ConcurrentHashMap<>();

    static final int CASE = 0;
    static final int START = 1;
    static final int END = 2;
    static final int LABELS = 3;

    private volatile long[] rows;
    private volatile ByCode byCode;

    /** The moments of a segment grouped by code term; ordinals are the segment's, -1 where missing. */
    static final class ByCode {
        /** Code term (normalised, as indexed) → {from, to} in the arrays. */
        final Map<BytesRef, int[]> runs = new HashMap<>();
        final int[] doc;
        final int[] caseOrd;
        final long[] start;
        final long[] end;
        /** code ordinal &lt;&lt; 32 | coder ordinal */
        final long[] labels;

        ByCode(int size) {
            this(new int[size], new int[size], new long[size], new long[size], new long[size]);
        }

        private ByCode(int[] doc, int[] caseOrd, long[] start, long[] end, long[] labels) {
            this.doc = doc;
            this.caseOrd = caseOrd;
            this.start = start;
            this.end = end;
            this.labels = labels;
        }

        ByCode trim(int size) {
            if (size == doc.length) {
                return this;
            }
            ByCode trimmed = new ByCode(java.util.Arrays.copyOf(doc, size), java.util.Arrays.copyOf(caseOrd, size),
                    java.util.Arrays.copyOf(start, size), java.util.Arrays.copyOf(end, size),
                    java.util.Arrays.copyOf(labels, size));
            trimmed.runs.putAll(runs);
            return trimmed;
        }
    }

    /** The segment's columns (each layout decoded on first use). */
    static Columns of(LeafReader reader) {
        IndexReader.CacheHelper helper = reader.getCoreCacheHelper();
        if (helper == null) { // a reader without a stable core: decode for this use only
            return new Columns();
        }
        IndexReader.CacheKey key = helper.getKey();
        Columns columns = CACHE.get(key);
        if (columns == null) {
            Columns fresh = new Columns();
            columns = CACHE.putIfAbsent(key, fresh);
            if (columns == null) {
                columns = fresh;
                helper.addClosedListener(CACHE::remove);
            }
        }
        return columns;
    }

    static int code(long labels) {
        return (int) (labels >> 32);
    }

    static int coder(long labels) {
        return (int) labels;
    }

    /**
     * Per document four longs side by side — case ordinal, start, end, labels — so that reading a
     * matching document touches one cache line, not five arrays.
     */
    long[] rows(LeafReader reader) throws IOException {
        long[] r = rows;
        if (r == null) {
            synchronized (this) {
                r = rows;
                if (r == null) {
                    r = readRows(reader);
                    rows = r;
                }
            }
        }
        return r;
    }

    ByCode byCode(LeafReader reader) throws IOException {
        ByCode b = byCode;
        if (b == null) {
            synchronized (this) {
                b = byCode;
                if (b == null) {
                    b = readByCode(reader);
                    byCode = b;
                }
            }
        }
        return b;
    }

    private static long[] readRows(LeafReader reader) throws IOException {
        int maxDoc = reader.maxDoc();
        long[] rows = new long[4 * maxDoc];
        for (int d = 0; d < maxDoc; d++) {
            rows[4 * d + CASE] = -1;
            rows[4 * d + LABELS] = -1L;
        }
        SortedDocValues cases = DocValues.getSorted(reader, Fields.CASE);
        for (int d = cases.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = cases.nextDoc()) {
            rows[4 * d + CASE] = cases.ordValue();
        }
        NumericDocValues starts = DocValues.getNumeric(reader, Fields.START);
        for (int d = starts.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = starts.nextDoc()) {
            rows[4 * d + START] = starts.longValue();
        }
        NumericDocValues ends = DocValues.getNumeric(reader, Fields.END);
        for (int d = ends.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = ends.nextDoc()) {
            rows[4 * d + END] = ends.longValue();
        }
        SortedDocValues codes = DocValues.getSorted(reader, Fields.CODE);
        SortedDocValues coders = DocValues.getSorted(reader, Fields.CODER);
        for (int d = 0; d < maxDoc; d++) {
            rows[4 * d + LABELS] = labels(codes, coders, d);
        }
        return rows;
    }

    /** Labels of document d; the iterators must not be past d. */
    private static long labels(SortedDocValues codes, SortedDocValues coders, int d) throws IOException {
        long code = codes.advanceExact(d) ? codes.ordValue() : -1;
        long coder = coders.advanceExact(d) ? coders.ordValue() : -1;
        return (code << 32) | (coder & 0xffff_ffffL);
    }

    private static ByCode readByCode(LeafReader reader) throws IOException {
        Terms terms = reader.terms(Fields.CODE);
        long size = terms == null ? 0 : terms.getSumDocFreq();
        ByCode by = new ByCode((int) size);
        if (terms == null) {
            return by;
        }
        TermsEnum te = terms.iterator();
        PostingsEnum postings = null;
        Map<Integer, int[]> sameRun = new HashMap<>(); // a run by its length
        int n = 0;
        for (BytesRef term = te.next(); term != null; term = te.next()) {
            int from = n;
            postings = te.postings(postings, PostingsEnum.NONE);
            // each run is in document order: fresh forward-only iterators per run
            SortedDocValues cases = DocValues.getSorted(reader, Fields.CASE);
            NumericDocValues starts = DocValues.getNumeric(reader, Fields.START);
            NumericDocValues ends = DocValues.getNumeric(reader, Fields.END);
            SortedDocValues codes = DocValues.getSorted(reader, Fields.CODE);
            SortedDocValues coders = DocValues.getSorted(reader, Fields.CODER);
            for (int d = postings.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = postings.nextDoc()) {
                by.doc[n] = d;
                by.caseOrd[n] = cases.advanceExact(d) ? cases.ordValue() : -1;
                by.start[n] = starts.advanceExact(d) ? starts.longValue() : 0;
                by.end[n] = ends.advanceExact(d) ? ends.longValue() : 0;
                by.labels[n] = labels(codes, coders, d);
                n++;
            }
            // a code's id and label are two terms of the same documents: one run for both
            int[] run = new int[] { from, n };
            int[] same = sameRun.get(n - from);
            if (same != null && java.util.Arrays.equals(by.doc, same[0], same[1], by.doc, from, n)) {
                run = same;
                n = from;
            } else {
                sameRun.put(n - from, run);
            }
            by.runs.put(BytesRef.deepCopyOf(term), run);
        }
        return by.trim(n);
    }
}
