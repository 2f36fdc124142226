package org.attune.index;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Times as users write them in queries: {@code 500ms}, {@code 2s}, {@code 1.5s}, {@code 3m},
 * {@code 1m30s}, {@code 1h2m}, {@code 01:30} (m:s), {@code 1:02:03.5} (h:m:s), or a bare number
 * of milliseconds.
 */
public final class Durations {

    /** What a valid time looks like, for error messages. */
    public static final String EXAMPLES = "500ms, 2s, 1.5s, 3m, 1m30s or 01:30";

    private static final Pattern UNITS = Pattern.compile("(\\d+(?:\\.\\d+)?)(ms|h|m|s)");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d+):(\\d+(?:\\.\\d+)?)");

    private Durations() {
    }

    /** Milliseconds of a time as written by a user; {@link IllegalArgumentException} if it is none. */
    public static long parse(String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a time is missing");
        }
        if (t.matches("\\d+")) {
            return Long.parseLong(t);
        }
        Matcher clock = CLOCK.matcher(t);
        if (clock.matches()) {
            double hours = clock.group(1) == null ? 0 : Double.parseDouble(clock.group(1));
            double minutes = Double.parseDouble(clock.group(2));
            double seconds = Double.parseDouble(clock.group(3));
            return Math.round(((hours * 60 + minutes) * 60 + seconds) * 1000);
        }
        Matcher units = UNITS.matcher(t);
        int at = 0;
        double ms = 0;
        while (units.find() && units.start() == at) {
            double value = Double.parseDouble(units.group(1));
            switch (units.group(2)) {
            case "h": ms += value * 3_600_000; break;
            case "m": ms += value * 60_000; break;
            case "s": ms += value * 1000; break;
            default: ms += value; break;
            }
            at = units.end();
        }
        if (at == 0 || at != t.length()) {
            throw new IllegalArgumentException("'" + text + "' is not a time");
        }
        return Math.round(ms);
    }

    /** A short readable form: {@code 1m30.5s}, {@code 2s}, {@code 250ms}. */
    public static String format(long ms) {
        if (ms < 1000) {
            return ms + "ms";
        }
        long minutes = ms / 60_000;
        long restMs = ms % 60_000;
        String seconds = restMs % 1000 == 0 ? Long.toString(restMs / 1000)
                : String.format(Locale.ROOT, "%.3f", restMs / 1000.0).replaceAll("0+$", "");
        if (minutes == 0) {
            return seconds + "s";
        }
        return minutes + "m" + (restMs == 0 ? "" : seconds + "s");
    }
}
