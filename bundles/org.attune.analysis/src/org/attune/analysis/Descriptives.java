package org.attune.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Descriptive statistics of coded moments: per case x coder x code figures, and transitions (what
 * follows what).
 */
public final class Descriptives {

    /** The case id of rows that pool all cases of a coder. */
    public static final String ALL_CASES = "(all)";

    private Descriptives() {
    }

    /**
     * One row of the code table.
     *
     * @param sessionMs        the session length the rate and proportion are relative to (for
     *                         {@link #ALL_CASES}: the summed length of the cases the coder coded)
     * @param count            number of moments
     * @param totalDurationMs  sum of the moments' durations (0 for point codes)
     * @param meanDurationMs   total / count
     * @param ratePerMinute    count per minute of session
     * @param proportion       total duration / session length (0..1; may exceed 1 when moments of one
     *                         code overlap each other)
     */
    public record CodeStatistics(String caseId, String coder, String category, String code, long sessionMs, int count,
            long totalDurationMs, double meanDurationMs, double ratePerMinute, double proportion) {
    }

    /** One cell of a transition matrix: how often {@code to} followed {@code from}. */
    public record Transition(String caseId, String coder, String from, String to, int count) {
    }

    /**
     * Count, durations, rate and proportion per case x coder x code, followed by one pooled row per
     * coder x code over all cases ({@link #ALL_CASES}).
     */
    public static List<CodeStatistics> codeStatistics(MomentSet moments, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Statistics", moments.cases().size());
        List<CodeStatistics> rows = new ArrayList<>();
        // coder -> (category, code) -> [count, total]; coder -> session total of the coded cases
        Map<String, Map<List<String>, long[]>> pooled = new TreeMap<>();
        Map<String, Long> pooledSession = new TreeMap<>();
        for (String caseId : moments.cases()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException("cancelled");
            }
            long session = moments.sessionLength(caseId);
            Map<String, Map<List<String>, long[]>> perCoder = new TreeMap<>();
            for (Moment m : moments.moments(caseId)) {
                long[] tally = perCoder.computeIfAbsent(m.coder(), c -> new TreeMap<>(KEY_ORDER))
                        .computeIfAbsent(List.of(m.category(), m.code()), k -> new long[2]);
                tally[0]++;
                tally[1] += m.durationMs();
            }
            perCoder.forEach((coder, codes) -> {
                pooledSession.merge(coder, session, Long::sum);
                codes.forEach((key, tally) -> {
                    rows.add(row(caseId, coder, key, tally, session));
                    long[] sum = pooled.computeIfAbsent(coder, c -> new TreeMap<>(KEY_ORDER)).computeIfAbsent(key,
                            k -> new long[2]);
                    sum[0] += tally[0];
                    sum[1] += tally[1];
                });
            });
            progress.worked(1);
        }
        pooled.forEach((coder, codes) -> codes
                .forEach((key, tally) -> rows.add(row(ALL_CASES, coder, key, tally, pooledSession.get(coder)))));
        return rows;
    }

    private static final Comparator<List<String>> KEY_ORDER = Comparator.<List<String>, String>comparing(k -> k.get(0))
            .thenComparing(k -> k.get(1));

    private static CodeStatistics row(String caseId, String coder, List<String> key, long[] tally, long session) {
        int count = (int) tally[0];
        double minutes = session / 60000.0;
        return new CodeStatistics(caseId, coder, key.get(0), key.get(1), session, count, tally[1],
                count == 0 ? 0 : (double) tally[1] / count, session == 0 ? Double.NaN : count / minutes,
                session == 0 ? Double.NaN : (double) tally[1] / session);
    }

    /**
     * Transitions per case and coder, then pooled per coder ({@link #ALL_CASES}). A coder's moments in a
     * case are ordered by onset (then offset, then code); each moment is followed by the next one in that
     * order, and the pair counts when the next one starts at most {@code withinMs} after the first one
     * ends (a next moment starting before the first ends always counts).
     */
    public static List<Transition> transitions(MomentSet moments, long withinMs, IProgressMonitor monitor) {
        SubMonitor progress = SubMonitor.convert(monitor, "Transitions", moments.cases().size());
        List<Transition> rows = new ArrayList<>();
        Map<List<String>, Integer> pooled = new TreeMap<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1)).thenComparing(k -> k.get(2)));
        Comparator<Moment> order = Comparator.comparingLong(Moment::startMs).thenComparingLong(Moment::endMs)
                .thenComparing(Moment::code);
        for (String caseId : moments.cases()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException("cancelled");
            }
            Map<String, List<Moment>> perCoder = new TreeMap<>();
            moments.moments(caseId).forEach(m -> perCoder.computeIfAbsent(m.coder(), c -> new ArrayList<>()).add(m));
            for (Map.Entry<String, List<Moment>> entry : perCoder.entrySet()) {
                List<Moment> sequence = new ArrayList<>(entry.getValue());
                sequence.sort(order);
                Map<List<String>, Integer> counts = new TreeMap<>(
                        Comparator.<List<String>, String>comparing(k -> k.get(0)).thenComparing(k -> k.get(1)));
                for (int i = 0; i + 1 < sequence.size(); i++) {
                    Moment from = sequence.get(i);
                    Moment to = sequence.get(i + 1);
                    if (to.startMs() - from.endMs() <= withinMs) {
                        counts.merge(List.of(from.code(), to.code()), 1, Integer::sum);
                    }
                }
                counts.forEach((key, n) -> {
                    rows.add(new Transition(caseId, entry.getKey(), key.get(0), key.get(1), n));
                    pooled.merge(List.of(entry.getKey(), key.get(0), key.get(1)), n, Integer::sum);
                });
            }
            progress.worked(1);
        }
        pooled.forEach((key, n) -> rows.add(new Transition(ALL_CASES, key.get(0), key.get(1), key.get(2), n)));
        return rows;
    }
}
