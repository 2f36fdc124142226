package org.attune.analysis.internal;

import java.math.BigDecimal;
import java.util.Locale;

import org.attune.cli.UsageException;

/** Parses the durations users type: {@code 1s}, {@code 500ms}, {@code 1.5s}, {@code 2min}; a bare number is seconds. */
public final class Durations {

    private Durations() {
    }

    public static long parseMs(String option, String text) throws UsageException {
        String t = text.strip().toLowerCase(Locale.ROOT);
        BigDecimal factor;
        String number;
        if (t.endsWith("ms")) {
            factor = BigDecimal.ONE;
            number = t.substring(0, t.length() - 2);
        } else if (t.endsWith("min")) {
            factor = BigDecimal.valueOf(60_000);
            number = t.substring(0, t.length() - 3);
        } else if (t.endsWith("s")) {
            factor = BigDecimal.valueOf(1000);
            number = t.substring(0, t.length() - 1);
        } else {
            factor = BigDecimal.valueOf(1000);
            number = t;
        }
        try {
            BigDecimal ms = new BigDecimal(number.strip()).multiply(factor);
            if (ms.signum() < 0) {
                throw new UsageException("--" + option + " must not be negative: " + text);
            }
            return ms.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UsageException("--" + option + " '" + text + "' is not a duration (e.g. 1s, 500ms, 1.5s, 2min)");
        }
    }
}
