package org.attune.ui;

import java.util.List;
import java.util.Locale;

import org.attune.model.Modifier;
import org.attune.model.ModifierType;

/**
 * How a modifier's value is typed without the mouse: a CHOICE by its number (1–9) or the first
 * letter of a value, TEXT and NUMBER as text. Kept apart from the popup so it can be tested plainly.
 */
public final class ModifierInput {

    private ModifierInput() {
    }

    /** The allowed value a key picks for a CHOICE modifier (its number, else first letter), or null. */
    public static String choice(Modifier modifier, char key) {
        List<String> values = modifier.getAllowedValues();
        if (key >= '1' && key <= '9') {
            int i = key - '1';
            return i < values.size() ? values.get(i) : null;
        }
        if (!Character.isLetterOrDigit(key)) {
            return null;
        }
        String typed = String.valueOf(key).toLowerCase(Locale.ROOT);
        for (String value : values) {
            if (value != null && value.toLowerCase(Locale.ROOT).startsWith(typed)) {
                return value;
            }
        }
        return null;
    }

    /** What is wrong with a typed value (null when it can be kept; blank means skipped). */
    public static String problem(Modifier modifier, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String value = text.strip();
        ModifierType type = modifier.getType() == null ? ModifierType.TEXT : modifier.getType();
        switch (type) {
            case NUMBER:
                try {
                    Double.parseDouble(value.replace(',', '.'));
                    return null;
                } catch (NumberFormatException e) {
                    return "'" + value + "' is not a number";
                }
            case CHOICE:
                return modifier.getAllowedValues().contains(value) ? null
                        : "'" + value + "' is not one of " + String.join(", ", modifier.getAllowedValues());
            default:
                return null;
        }
    }

    /** The value kept for a typed text (numbers with a decimal point, text stripped). */
    public static String normalise(Modifier modifier, String text) {
        String value = text == null ? "" : text.strip();
        return modifier.getType() == ModifierType.NUMBER ? value.replace(',', '.') : value;
    }

    /** What the popup shows for a modifier, e.g. "who:  1 parent   2 child   3 professional". */
    public static String prompt(Modifier modifier) {
        StringBuilder b = new StringBuilder(modifier.getName() == null ? "value" : modifier.getName()).append(':');
        if (modifier.getType() == ModifierType.CHOICE) {
            List<String> values = modifier.getAllowedValues();
            for (int i = 0; i < values.size(); i++) {
                b.append("   ").append(i < 9 ? (i + 1) + " " : "").append(values.get(i));
            }
        } else if (modifier.getType() == ModifierType.NUMBER) {
            b.append(" a number");
        } else {
            b.append(" text");
        }
        return b.toString();
    }
}
