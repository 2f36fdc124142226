package org.attune.cli;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parsed words of a subcommand: {@code --name value}, {@code --name=value}, flags and
 * positionals. Every option must be declared, so a typo is a usage error and never an
 * option silently ignored.
 */
public final class Args {

    private final Map<String, String> values = new LinkedHashMap<>();
    private final Set<String> flags = new LinkedHashSet<>();
    private final List<String> positionals = new ArrayList<>();

    private Args() {
    }

    /**
     * @param valueOptions options that take a value, without the leading dashes
     * @param flagOptions  options that take none
     */
    public static Args parse(List<String> words, Set<String> valueOptions, Set<String> flagOptions)
            throws UsageException {
        Args args = new Args();
        boolean onlyPositionals = false;
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (onlyPositionals || !word.startsWith("--") || word.length() == 2) {
                if (word.equals("--") && !onlyPositionals) {
                    onlyPositionals = true;
                    continue;
                }
                args.positionals.add(word);
                continue;
            }
            String name = word.substring(2);
            String inlineValue = null;
            int eq = name.indexOf('=');
            if (eq >= 0) {
                inlineValue = name.substring(eq + 1);
                name = name.substring(0, eq);
            }
            if (flagOptions.contains(name)) {
                if (inlineValue != null) {
                    throw new UsageException("option --" + name + " takes no value");
                }
                args.flags.add(name);
            } else if (valueOptions.contains(name)) {
                String value = inlineValue;
                if (value == null) {
                    if (i + 1 >= words.size()) {
                        throw new UsageException("option --" + name + " needs a value");
                    }
                    value = words.get(++i);
                }
                if (args.values.put(name, value) != null) {
                    throw new UsageException("option --" + name + " is given twice");
                }
            } else {
                throw new UsageException("unknown option --" + name);
            }
        }
        return args;
    }

    public boolean has(String flag) {
        return flags.contains(flag);
    }

    public String value(String option) {
        return values.get(option);
    }

    public String value(String option, String fallback) {
        return values.getOrDefault(option, fallback);
    }

    public String required(String option) throws UsageException {
        String value = values.get(option);
        if (value == null) {
            throw new UsageException("option --" + option + " is required");
        }
        return value;
    }

    /**
     * A count typed for an option ({@code --runs 5}, {@code --moments 1_000_000}), or the fallback
     * when the option is not given.
     *
     * @throws UsageException naming the option when the text is not a whole number above zero
     */
    public int positiveInt(String option, int fallback) throws UsageException {
        String text = values.get(option);
        if (text == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip().replace("_", ""));
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new UsageException("--" + option + " needs a positive whole number, not '" + text + "'");
    }

    /**
     * A duration typed for an option: {@code 3s}, {@code 500ms}, {@code 1.5s}, {@code 2min}; a bare
     * number is seconds. (Queries have their own, richer syntax: org.attune.index.Durations.)
     *
     * @throws UsageException naming the option when the text is no duration or negative
     */
    public static long durationMs(String option, String text) throws UsageException {
        String t = text.strip().toLowerCase(java.util.Locale.ROOT);
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
            java.math.BigDecimal ms = new java.math.BigDecimal(t.strip()).multiply(java.math.BigDecimal.valueOf(factor));
            if (ms.signum() < 0) {
                throw new UsageException("--" + option + " must not be negative: " + text);
            }
            return ms.setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            throw new UsageException("--" + option + " '" + text + "' is not a duration (e.g. 3s, 500ms, 1.5s, 2min)");
        }
    }

    public List<String> positionals() {
        return Collections.unmodifiableList(positionals);
    }

    /** Fails unless there are between {@code min} and {@code max} positional arguments. */
    public Args expectPositionals(int min, int max) throws UsageException {
        if (positionals.size() < min) {
            throw new UsageException(min == 1 ? "an argument is missing" : "arguments are missing");
        }
        if (positionals.size() > max) {
            throw new UsageException("unexpected argument '" + positionals.get(max) + "'");
        }
        return this;
    }
}
