package org.attune.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Slices one coder's coding of a case into time units for time-unit agreement.
 *
 * <p>Unit {@code k} is {@code [k*unit, (k+1)*unit)}; a session of length L has ceil(L / unit) units
 * (the last may be shorter). Per category (track) each unit gets one label: the code whose moments cover
 * the largest part of the unit; a point code counts for the unit it falls in (covering nothing, so any
 * interval in the same unit wins over it); ties go to the earlier onset, then the code that sorts first.
 * A unit no moment of the track touches is {@link ConfusionMatrix#NOTHING}.
 */
public final class TimeUnits {

    private TimeUnits() {
    }

    public static int unitCount(long sessionLengthMs, long unitMs) {
        if (unitMs <= 0) {
            throw new IllegalArgumentException("the time unit must be positive");
        }
        return (int) ((sessionLengthMs + unitMs - 1) / unitMs);
    }

    /** The label of every unit, per category present in {@code categories}. */
    public static Map<String, String[]> label(List<Moment> moments, Iterable<String> categories, long sessionLengthMs,
            long unitMs) {
        int units = unitCount(sessionLengthMs, unitMs);
        Map<String, String[]> labels = new TreeMap<>();
        for (String category : categories) {
            String[] track = new String[units];
            long[] bestCover = new long[units];
            long[] bestStart = new long[units];
            Arrays.fill(bestCover, -1);
            for (Moment m : moments) {
                if (!m.category().equals(category)) {
                    continue;
                }
                int first = (int) Math.min(units - 1L, m.startMs() / unitMs);
                int last = m.isPoint() ? first : (int) Math.min(units - 1L, (m.endMs() - 1) / unitMs);
                for (int k = first; k <= last && k >= 0; k++) {
                    long unitStart = k * unitMs;
                    long unitEnd = Math.min(unitStart + unitMs, sessionLengthMs);
                    long cover = Math.max(0, Math.min(m.endMs(), unitEnd) - Math.max(m.startMs(), unitStart));
                    boolean better = cover > bestCover[k]
                            || cover == bestCover[k] && (m.startMs() < bestStart[k]
                                    || m.startMs() == bestStart[k] && m.code().compareTo(track[k]) < 0);
                    if (better) {
                        bestCover[k] = cover;
                        bestStart[k] = m.startMs();
                        track[k] = m.code();
                    }
                }
            }
            for (int k = 0; k < units; k++) {
                if (track[k] == null) {
                    track[k] = ConfusionMatrix.NOTHING;
                }
            }
            labels.put(category, track);
        }
        return labels;
    }
}
