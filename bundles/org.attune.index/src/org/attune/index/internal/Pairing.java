package org.attune.index.internal;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Pairs the moments of two operands, both in (case, start) order, case by case: the hits of the
 * sequence operators, counted per case, code and coder of A. The loops work on local copies of
 * the arrays (this is where a sequence query spends its time once the operands are read).
 */
final class Pairing {

    private final Matches a;
    private final Matches b;
    /** The A this pairing covers: [aFrom, aTo), whole cases. */
    private final int aFrom;
    private final int aTo;
    /** Pairs kept (in order) beyond which they are only counted. */
    private final int keep;
    final MomentSearch.IntPairs kept;
    final int[] caseCounts;
    final int[] codeCounts;
    final int[] coderCounts;
    long total;

    private Pairing(Matches a, Matches b, ReaderTables tables, int aFrom, int aTo, int keep) {
        this.keep = keep;
        this.a = a;
        this.b = b;
        this.aFrom = aFrom;
        this.aTo = aTo;
        kept = new MomentSearch.IntPairs(Math.min(aTo - aFrom, keep));
        caseCounts = new int[tables.values(Fields.CASE).length];
        codeCounts = new int[tables.values(Fields.CODE).length];
        coderCounts = new int[tables.values(Fields.CODER).length];
    }

    /**
     * The hits of a sequence operator; the cases are split in two halves paired at once
     * ({@link Parallel}), then joined in order.
     */
    static Pairing of(ParsedQuery query, Matches a, Matches b, ReaderTables tables, int keep, IProgressMonitor monitor)
            throws java.io.IOException {
        int mid = a.size / 2;
        while (mid > 0 && mid < a.size && a.caseIdx[mid] == a.caseIdx[mid - 1]) {
            mid++;
        }
        if (a.size < 4096 || mid <= 0 || mid >= a.size) {
            return new Pairing(a, b, tables, 0, a.size, keep).run(query, monitor);
        }
        int split = mid;
        Parallel.Pair<Pairing, Pairing> halves = Parallel.both(
                () -> new Pairing(a, b, tables, 0, split, keep).run(query, monitor),
                () -> new Pairing(a, b, tables, split, a.size, keep).run(query, monitor));
        return halves.first().join(halves.second());
    }

    private Pairing run(ParsedQuery query, IProgressMonitor monitor) {
        switch (query.kind()) {
        case THEN -> then(query.withinMs(), false, monitor);
        case OVERLAPS -> overlaps(monitor);
        default -> then(query.withinMs(), true, monitor);
        }
        return this;
    }

    /** This pairing followed by the next cases' one. */
    private Pairing join(Pairing next) {
        for (int k = 0; k < next.kept.size && kept.size < keep; k++) {
            kept.add(next.kept.first[k], next.kept.second[k]);
        }
        total += next.total;
        add(caseCounts, next.caseCounts);
        add(codeCounts, next.codeCounts);
        add(coderCounts, next.coderCounts);
        return this;
    }

    private static void add(int[] into, int[] more) {
        for (int i = 0; i < into.length; i++) {
            into[i] += more[i];
        }
    }

    /** First B at or after (case, start). */
    private int firstB(int caseIdx, long start) {
        int lo = 0;
        int hi = b.size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (b.caseIdx[mid] < caseIdx || (b.caseIdx[mid] == caseIdx && b.start[mid] < start)) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * {@code A THEN B WITHIN w}: a B of the same case starting in [A's end, A's end + w], not A itself.
     * With {@code not}: {@code A NOT FOLLOWED BY B WITHIN w}, the A without such a B.
     */
    void then(long within, boolean not, IProgressMonitor monitor) {
        final int nb = b.size;
        final int[] aCase = a.caseIdx;
        final int[] aDoc = a.doc;
        final long[] aStart = a.start;
        final long[] aEnd = a.end;
        final int[] bCase = b.caseIdx;
        final int[] bDoc = b.doc;
        final long[] bStart = b.start;
        final int from = aFrom;
        final int to = aTo;
        final MomentSearch.IntPairs pairs = kept;
        final int keepAtMost = keep;
        int j0 = from < to ? firstB(aCase[from], aStart[from]) : 0; // moves forward only
        for (int i = from; i < to; i++) {
            if (((i - from) & 0xffff) == 0 && monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            int c = aCase[i];
            long s = aStart[i];
            while (j0 < nb && (bCase[j0] < c || (bCase[j0] == c && bStart[j0] < s))) {
                j0++;
            }
            long e = aEnd[i];
            int j = j0;
            while (j < nb && bCase[j] == c && bStart[j] < e) {
                j++;
            }
            long limit = e + within;
            int found = 0;
            for (; j < nb && bCase[j] == c && bStart[j] <= limit; j++) {
                if (bDoc[j] != aDoc[i]) {
                    if (not) {
                        found = 1;
                        break;
                    }
                    found++;
                    if (pairs.size < keepAtMost) {
                        pairs.add(i, j);
                    }
                }
            }
            if (not) {
                if (found == 0) {
                    keep(i, -1);
                    count(i, 1);
                }
            } else if (found > 0) {
                count(i, found);
            }
        }
    }

    /** {@code A OVERLAPS B}: a B of the same case whose interval intersects A's, not A itself. */
    void overlaps(IProgressMonitor monitor) {
        final int nb = b.size;
        final int[] aCase = a.caseIdx;
        final int[] aDoc = a.doc;
        final long[] aStart = a.start;
        final long[] aEnd = a.end;
        final int[] bCase = b.caseIdx;
        final int[] bDoc = b.doc;
        final long[] bStart = b.start;
        final long[] bEnd = b.end;
        int ia = aFrom;
        int ib = aFrom < aTo ? firstB(aCase[aFrom], Long.MIN_VALUE) : 0;
        while (ia < aTo) {
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
            int c = aCase[ia];
            int caseEnd = ia;
            while (caseEnd < aTo && aCase[caseEnd] == c) {
                caseEnd++;
            }
            while (ib < nb && bCase[ib] < c) {
                ib++;
            }
            int bFrom = ib;
            int bTo = ib;
            long maxBDuration = 0; // how far back a B can start and still reach A
            while (bTo < nb && bCase[bTo] == c) {
                maxBDuration = Math.max(maxBDuration, bEnd[bTo] - bStart[bTo]);
                bTo++;
            }
            for (int i = ia; i < caseEnd; i++) {
                int found = 0;
                for (int j = b.lowerBound(bFrom, bTo, aStart[i] - maxBDuration); j < bTo && bStart[j] <= aEnd[i]; j++) {
                    if (bDoc[j] != aDoc[i] && MomentSearch.overlap(aStart[i], aEnd[i], bStart[j], bEnd[j])) {
                        found++;
                        keep(i, j);
                    }
                }
                if (found > 0) {
                    count(i, found);
                }
            }
            ia = caseEnd;
            ib = bFrom;
        }
    }

    private void keep(int i, int j) {
        if (kept.size < keep) {
            kept.add(i, j);
        }
    }

    private void count(int i, int found) {
        total += found;
        caseCounts[a.caseIdx[i]] += found;
        codeCounts[a.codeIdx[i]] += found;
        coderCounts[a.coderIdx[i]] += found;
    }
}
