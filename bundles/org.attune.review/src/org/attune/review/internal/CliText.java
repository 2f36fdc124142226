package org.attune.review.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import org.attune.cli.UsageException;

/** Durations typed on the command line and the tables printed back. */
final class CliText {

    private CliText() {
    }

    /** {@code 3s}, {@code 500ms}, {@code 1.5s}, {@code 2min}; a bare number is seconds. */
    static long parseMs(String option, String text) throws UsageException {
        String t = text.strip().toLowerCase(Locale.ROOT);
        long factor = 1000;
        if (t.endsWith("ms")) {
            factor = 1;
            t = t.substring(0, t.length() - 2);
        } else if (t.endsWith("min")) {
            factor = 60_000;
            t = t.substring(0, t.length() - 3);
        } else if (t.endsWith("s")) {
            t = t.substring(0, t.length() - 1);
        }
        try {
            BigDecimal ms = new BigDecimal(t.strip()).multiply(BigDecimal.valueOf(factor));
            if (ms.signum() < 0) {
                throw new UsageException("--" + option + " must not be negative: " + text);
            }
            return ms.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UsageException("--" + option + " '" + text + "' is not a duration (e.g. 3s, 500ms, 1.5s, 2min)");
        }
    }

    static String seconds(long ms) {
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** Columns padded to their widest cell; the last column is not padded. */
    static String table(List<List<String>> rows) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] widths = new int[columns];
        for (List<String> row : rows) {
            for (int c = 0; c < row.size(); c++) {
                widths[c] = Math.max(widths[c], row.get(c).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < row.size(); c++) {
                String cell = row.get(c).replace('\n', ' ');
                line.append(c == row.size() - 1 ? cell : String.format("%-" + widths[c] + "s  ", cell));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }
}
