package org.attune.analysis.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Round axis ticks: 1, 2 or 5 times a power of ten; for time, steps a reader counts in. */
final class Ticks {

    private static final long[] TIME_STEPS_MS = {100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000, 60_000,
            120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000};

    private Ticks() {
    }

    /** A step near max / wanted, rounded to 1, 2 or 5 x 10^k. */
    static double step(double max, int wanted) {
        if (!(max > 0)) {
            return 1;
        }
        double raw = max / wanted;
        double power = Math.pow(10, Math.floor(Math.log10(raw)));
        double f = raw / power;
        double nice = f <= 1 ? 1 : f <= 2 ? 2 : f <= 5 ? 5 : 10;
        return nice * power;
    }

    /** The axis end: the first multiple of the step at or above max. */
    static double axisMax(double max, double step) {
        return Math.max(step, Math.ceil(max / step - 1e-9) * step);
    }

    static long timeStep(long lengthMs, int wanted) {
        for (long s : TIME_STEPS_MS) {
            if (lengthMs / s <= wanted) {
                return s;
            }
        }
        return TIME_STEPS_MS[TIME_STEPS_MS.length - 1];
    }

    static List<Long> times(long lengthMs, long step) {
        List<Long> ticks = new ArrayList<>();
        for (long t = 0; t <= lengthMs; t += step) {
            ticks.add(t);
        }
        return ticks;
    }

    /** m:ss, or h:mm:ss; tenths when the step is below a second. */
    static String time(long ms, long step) {
        long s = ms / 1000;
        String text = s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
        return step < 1000 ? text + "." + (ms % 1000) / 100 : text;
    }

    static String number(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        String text = String.format(Locale.ROOT, "%.2f", value);
        return text.replaceAll("0+$", "").replaceAll("\\.$", "");
    }
}
