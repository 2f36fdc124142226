package org.attune.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.attune.index.internal.AttuneQueryParser;

/**
 * Help while writing a query, without any UI: completion of field names, operators and the
 * corpus's values (code labels, coder names, case ids) at the caret, and narrowing a query to
 * one facet value. A search field shows {@link #complete} as a pop-up; clicking a facet uses
 * {@link #narrow}.
 */
public final class QueryAssist {

    /** Fields whose values are completed from the index. */
    public static final List<String> VALUE_FIELDS = List.of("code", "coder", "case");
    private static final List<String> OPERATORS = List.of("AND", "OR", "NOT", "THEN", "OVERLAPS", "NOT FOLLOWED BY",
            "WITHIN");
    private static final Pattern BARE = Pattern.compile("[\\p{L}\\p{N}_.]+([\\p{L}\\p{N}_.\\-]*)");
    private static final int MAX = 60;

    /**
     * One completion: the whole query as it reads after choosing it, and where the caret goes.
     *
     * @param label what the pop-up shows
     * @param query the query with the completion applied
     * @param caret the caret position in {@link #query}
     */
    public record Proposal(String label, String query, int caret) {
    }

    private final List<String> fieldNames;
    private final Map<String, List<String>> values;

    /** Completes from these field names and, per field of {@link #VALUE_FIELDS}, these values. */
    public QueryAssist(List<String> fieldNames, Map<String, List<String>> values) {
        this.fieldNames = List.copyOf(fieldNames);
        this.values = new LinkedHashMap<>(values);
    }

    /** Completes from what the index holds now. */
    public static QueryAssist of(CorpusIndex index) throws IOException {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String field : VALUE_FIELDS) {
            values.put(field, index.values(field));
        }
        return new QueryAssist(index.fieldNames(), values);
    }

    /**
     * The completions for the word at {@code caret}: after {@code code:}, {@code coder:} or
     * {@code case:} the matching values (quoted when needed), else the field names and operators
     * starting with what is typed. Values that start with the typed text come first, then those
     * that contain it.
     */
    public List<Proposal> complete(String query, int caret) {
        String text = query == null ? "" : query;
        int at = Math.max(0, Math.min(caret, text.length()));
        int start = wordStart(text, at);
        int end = wordEnd(text, at);
        // a leading '(' '-' '+' belongs to the syntax, not to the word
        while (start < at && "(-+".indexOf(text.charAt(start)) >= 0) {
            start++;
        }
        String word = text.substring(start, at);
        int colon = word.indexOf(':');
        List<Proposal> proposals = new ArrayList<>();
        if (colon > 0) {
            String field = word.substring(0, colon).toLowerCase(Locale.ROOT);
            String typed = word.substring(colon + 1);
            if (typed.startsWith("\"")) {
                typed = typed.substring(1);
            }
            List<String> candidates = values.getOrDefault(field, List.of());
            for (String value : matching(candidates, typed)) {
                String inserted = field + ":" + quote(value);
                proposals.add(apply(text, start, end, inserted, field + ":" + value));
            }
        } else {
            String lower = word.toLowerCase(Locale.ROOT);
            for (String field : fieldNames) {
                if (field.startsWith(lower)) {
                    String replaced = text.substring(0, start) + field + ":" + text.substring(end);
                    proposals.add(new Proposal(field + ":", replaced, start + field.length() + 1));
                }
            }
            if (!word.isEmpty()) {
                for (String operator : OPERATORS) {
                    if (operator.startsWith(word.toUpperCase(Locale.ROOT)) && !operator.equals(word)) {
                        proposals.add(apply(text, start, end, operator, operator));
                    }
                }
            }
        }
        return proposals.size() > MAX ? proposals.subList(0, MAX) : proposals;
    }

    private static Proposal apply(String text, int start, int end, String inserted, String label) {
        String after = text.substring(end);
        String glue = after.isEmpty() || !Character.isWhitespace(after.charAt(0)) ? " " : "";
        String replaced = text.substring(0, start) + inserted + glue + after;
        return new Proposal(label, replaced, start + inserted.length() + 1);
    }

    private static List<String> matching(List<String> candidates, String typed) {
        String lower = typed.toLowerCase(Locale.ROOT);
        List<String> first = new ArrayList<>();
        List<String> then = new ArrayList<>();
        for (String value : candidates) {
            String v = value.toLowerCase(Locale.ROOT);
            if (v.startsWith(lower)) {
                first.add(value);
            } else if (v.contains(lower)) {
                then.add(value);
            }
        }
        first.addAll(then);
        return first;
    }

    /** Where the word at {@code at} starts: after a blank outside quotes (a quoted value belongs to its field). */
    private static int wordStart(String text, int at) {
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (Character.isWhitespace(c) || c == ')')) {
                start = i + 1;
            }
        }
        return start;
    }

    /** Where the word at {@code at} ends: the next blank outside quotes. */
    private static int wordEnd(String text, int at) {
        boolean quoted = false;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            }
        }
        int firstBlank = -1;
        for (int i = at; i < text.length(); i++) {
            char c = text.charAt(i);
            if (firstBlank < 0 && Character.isWhitespace(c)) {
                firstBlank = i;
            }
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
                if (!quoted) {
                    return i + 1;
                }
            } else if (!quoted && (Character.isWhitespace(c) || c == ')')) {
                return i;
            }
        }
        // a quote never closed: the value typed so far ends at the next blank
        return quoted && firstBlank >= 0 ? firstBlank : text.length();
    }

    /** A value as the query language reads it: bare when it is one plain word, else in quotes. */
    public static String quote(String value) {
        if (BARE.matcher(value).matches() && !OPERATORS.contains(value)) {
            return value;
        }
        return '"' + value.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * The query narrowed to moments whose {@code field} is {@code value}; for a sequence
     * ({@code A THEN B}, …) A is narrowed, because the facets count A's moments.
     */
    public static String narrow(String query, String field, String value) {
        String term = field + ":" + quote(value);
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return term;
        }
        int op = AttuneQueryParser.sequenceOperatorStart(q);
        if (op < 0) {
            return "(" + q + ") AND " + term;
        }
        return "(" + q.substring(0, op).strip() + ") AND " + term + " " + q.substring(op);
    }
}
