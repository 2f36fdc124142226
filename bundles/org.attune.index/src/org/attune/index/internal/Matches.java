package org.attune.index.internal;

import java.io.IOException;
import java.util.Arrays;
import java.util.Collection;

import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Every moment a query matches, as parallel arrays (document, case, start, end, code, coder),
 * read from doc values — the input of the sequence operators. Sorted by case, then start.
 */
public final class Matches {

    public int size;
    public int[] doc = new int[64];
    public int[] caseIdx = new int[64];
    public long[] start = new long[64];
    public long[] end = new long[64];
    public int[] codeIdx = new int[64];
    public int[] coderIdx = new int[64];

    void add(int d, int c, long s, long e, int code, int coder) {
        if (size == doc.length) {
            int n = size * 2;
            doc = Arrays.copyOf(doc, n);
            caseIdx = Arrays.copyOf(caseIdx, n);
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            codeIdx = Arrays.copyOf(codeIdx, n);
            coderIdx = Arrays.copyOf(coderIdx, n);
        }
        doc[size] = d;
        caseIdx[size] = c;
        start[size] = s;
        end[size] = e;
        codeIdx[size] = code;
        coderIdx[size] = coder;
        size++;
    }

    /**
     * Sorts by case, start, end, document. The matches arrive in runs that are already in this
     * order (a case's moments are indexed together, in time order), so a natural merge sort
     * costs little more than one pass.
     */
    public void sort() {
        long[] key = new long[size];
        for (int i = 0; i < size; i++) {
            key[i] = ((long) caseIdx[i] << 40) | (Math.max(0, start[i]) & 0xff_ffff_ffffL);
        }
        int[] runs = new int[size + 1];
        int runCount = 0;
        for (int i = 0; i < size; i++) {
            if (i == 0 || compare(key, i - 1, i) > 0) {
                runs[runCount++] = i;
            }
        }
        if (runCount <= 1) {
            return;
        }
        runs[runCount] = size;
        int[] from = new int[size];
        for (int i = 0; i < size; i++) {
            from[i] = i;
        }
        int[] to = new int[size];
        while (runCount > 1) {
            int merged = 0;
            for (int r = 0; r < runCount; r += 2) {
                int lo = runs[r];
                int mid = runs[Math.min(r + 1, runCount)];
                int hi = runs[Math.min(r + 2, runCount)];
                int i = lo;
                int j = mid;
                int k = lo;
                while (i < mid && j < hi) {
                    to[k++] = compare(key, from[i], from[j]) <= 0 ? from[i++] : from[j++];
                }
                while (i < mid) {
                    to[k++] = from[i++];
                }
                while (j < hi) {
                    to[k++] = from[j++];
                }
                runs[merged++] = lo;
            }
            runs[merged] = size;
            runCount = merged;
            int[] swap = from;
            from = to;
            to = swap;
        }
        doc = permute(doc, from);
        caseIdx = permute(caseIdx, from);
        codeIdx = permute(codeIdx, from);
        coderIdx = permute(coderIdx, from);
        start = permute(start, from);
        end = permute(end, from);
    }

    private int compare(long[] key, int i, int j) {
        int c = Long.compare(key[i], key[j]);
        if (c == 0) {
            c = Long.compare(end[i], end[j]);
        }
        return c != 0 ? c : Integer.compare(doc[i], doc[j]);
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

    /** Collects the matches of one query (single-threaded searcher: one collector). */
    public static CollectorManager<Collector, Matches> collector(ReaderTables tables, IProgressMonitor monitor) {
        return collector(tables, monitor, true);
    }

    /** @param labels whether to read code and coder (only the moments that facets count need them) */
    public static CollectorManager<Collector, Matches> collector(ReaderTables tables, IProgressMonitor monitor,
            boolean labels) {
        Matches matches = new Matches();
        return new CollectorManager<>() {
            @Override
            public Collector newCollector() {
                return new Collector() {
                    @Override
                    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
                        SortedDocValues cases = DocValues.getSorted(context.reader(), Fields.CASE);
                        SortedDocValues codes = DocValues.getSorted(context.reader(), Fields.CODE);
                        SortedDocValues coders = DocValues.getSorted(context.reader(), Fields.CODER);
                        NumericDocValues starts = DocValues.getNumeric(context.reader(), Fields.START);
                        NumericDocValues ends = DocValues.getNumeric(context.reader(), Fields.END);
                        int[] caseMap = tables.leafMap(Fields.CASE, context.ord);
                        int[] codeMap = tables.leafMap(Fields.CODE, context.ord);
                        int[] coderMap = tables.leafMap(Fields.CODER, context.ord);
                        int base = context.docBase;
                        return new LeafCollector() {
                            private int count;

                            @Override
                            public void setScorer(Scorable scorer) {
                                // scores are not used
                            }

                            @Override
                            public void collect(int d) throws IOException {
                                if ((++count & 0x3fff) == 0 && monitor.isCanceled()) {
                                    throw new OperationCanceledException();
                                }
                                cases.advanceExact(d);
                                starts.advanceExact(d);
                                ends.advanceExact(d);
                                int code = 0;
                                int coder = 0;
                                if (labels) {
                                    codes.advanceExact(d);
                                    coders.advanceExact(d);
                                    code = codeMap[codes.ordValue()];
                                    coder = coderMap[coders.ordValue()];
                                }
                                matches.add(base + d, caseMap[cases.ordValue()], starts.longValue(), ends.longValue(),
                                        code, coder);
                            }
                        };
                    }

                    @Override
                    public ScoreMode scoreMode() {
                        return ScoreMode.COMPLETE_NO_SCORES;
                    }
                };
            }

            @Override
            public Matches reduce(Collection<Collector> collectors) {
                matches.sort();
                return matches;
            }
        };
    }
}
