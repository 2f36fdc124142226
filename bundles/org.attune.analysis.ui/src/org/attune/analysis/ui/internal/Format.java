package org.attune.analysis.ui.internal;

import java.util.Locale;

/** How the parts write numbers: what the CLI prints, undefined values as n/a. */
final class Format {

    private Format() {
    }

    static String coefficient(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "n/a";
    }

    static String percent(double share) {
        return Double.isFinite(share) ? String.format(Locale.ROOT, "%.1f%%", share * 100) : "n/a";
    }

    static String seconds(double ms) {
        return Double.isFinite(ms) ? String.format(Locale.ROOT, "%.2f", ms / 1000) : "n/a";
    }

    static String number(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.2f", value) : "n/a";
    }
}
