package org.attune.analysis.internal;

import java.util.Locale;

import org.attune.cli.JsonText;

/** A small streaming JSON writer: enough for reports, no dependency. */
final class Json {

    private final StringBuilder out = new StringBuilder();
    private boolean needComma;

    Json beginObject() {
        separator();
        out.append('{');
        needComma = false;
        return this;
    }

    Json endObject() {
        out.append('}');
        needComma = true;
        return this;
    }

    Json beginArray() {
        separator();
        out.append('[');
        needComma = false;
        return this;
    }

    Json endArray() {
        out.append(']');
        needComma = true;
        return this;
    }

    Json name(String name) {
        separator();
        string(name);
        out.append(':');
        needComma = false;
        return this;
    }

    Json value(String value) {
        separator();
        if (value == null) {
            out.append("null");
        } else {
            string(value);
        }
        needComma = true;
        return this;
    }

    Json value(long value) {
        separator();
        out.append(value);
        needComma = true;
        return this;
    }

    /** NaN and infinities (undefined statistics) become null. */
    Json value(double value) {
        separator();
        out.append(Double.isFinite(value) ? String.format(Locale.ROOT, "%.6f", value) : "null");
        needComma = true;
        return this;
    }

    private void separator() {
        if (needComma) {
            out.append(',');
        }
    }

    private void string(String s) {
        out.append(JsonText.quote(s));
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
