package org.attune.index.internal;

import java.util.ArrayList;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.queryparser.classic.Token;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TermRangeQuery;
import org.attune.index.Durations;
import org.attune.index.QueryException;

/**
 * Parses Attune's query language: Lucene's classic syntax with Attune's fields (times written
 * as {@code 2s}, {@code duration:>2s}, {@code start:[1m TO 5m]}) plus the sequence operators
 * {@code A THEN B WITHIN t}, {@code A OVERLAPS B} and {@code A NOT FOLLOWED BY B WITHIN t}.
 * Every error names its position and a fix; an unknown field is an error, never an empty result.
 */
public final class AttuneQueryParser {

    private static final String EXAMPLE = "code:\"infant initiative\" THEN code:\"receiving initiatives\" WITHIN 3s";
    private static final Pattern COLUMN = Pattern.compile("column (\\d+)");

    private final Analyzer analyzer;
    private final Set<String> modifierFields;

    /**
     * @param modifierFields the {@code modifier.<name>} fields that exist in the index; others
     *                       are reported as unknown
     */
    public AttuneQueryParser(Analyzer analyzer, Set<String> modifierFields) {
        this.analyzer = analyzer;
        this.modifierFields = modifierFields;
    }

    private record Word(String text, int start, int end) {
    }

    public ParsedQuery parse(String query) throws QueryException {
        if (query == null || query.isBlank()) {
            throw new QueryException(query == null ? "" : query, 0, "the query is empty",
                    "write what to find, e.g. code:\"receiving initiatives\" AND coder:anna");
        }
        checkQuotesAndBrackets(query, 0, query.length());
        List<Word> words = topLevelWords(query);
        int op = -1;
        int opEnd = -1;
        ParsedQuery.Kind kind = ParsedQuery.Kind.PLAIN;
        int within = -1;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text;
            ParsedQuery.Kind found = null;
            int last = i;
            if (w.equals("THEN")) {
                found = ParsedQuery.Kind.THEN;
            } else if (w.equals("OVERLAPS")) {
                found = ParsedQuery.Kind.OVERLAPS;
            } else if (w.equals("NOT") && i + 1 < words.size() && words.get(i + 1).text.equals("FOLLOWED")) {
                if (i + 2 >= words.size() || !words.get(i + 2).text.equals("BY")) {
                    throw new QueryException(query, words.get(i + 1).end, "'NOT FOLLOWED' lacks 'BY'",
                            "write A NOT FOLLOWED BY B WITHIN 5s");
                }
                found = ParsedQuery.Kind.NOT_FOLLOWED_BY;
                last = i + 2;
            } else if (w.equals("WITHIN")) {
                if (within >= 0) {
                    throw new QueryException(query, words.get(i).start, "WITHIN is given twice",
                            "give one time window, at the end: " + EXAMPLE);
                }
                within = i;
                continue;
            }
            if (found != null) {
                if (op >= 0) {
                    throw new QueryException(query, words.get(i).start,
                            "only one THEN, OVERLAPS or NOT FOLLOWED BY is allowed per query",
                            "search one step of the sequence at a time, e.g. " + EXAMPLE);
                }
                if (within >= 0) {
                    throw new QueryException(query, words.get(within).start, "WITHIN comes before " + w,
                            "put WITHIN and its time at the end: " + EXAMPLE);
                }
                op = i;
                opEnd = last;
                kind = found;
                i = last;
            }
        }
        if (kind == ParsedQuery.Kind.PLAIN) {
            if (within >= 0) {
                throw new QueryException(query, words.get(within).start,
                        "WITHIN needs a sequence: A THEN B or A NOT FOLLOWED BY B",
                        "write e.g. " + EXAMPLE);
            }
            return new ParsedQuery(kind, parseLucene(query, 0, query.length()), null, 0);
        }
        String opName = kind == ParsedQuery.Kind.NOT_FOLLOWED_BY ? "NOT FOLLOWED BY" : words.get(op).text;
        int aEnd = words.get(op).start;
        int bStart = words.get(opEnd).end;
        int bEnd = within >= 0 ? words.get(within).start : query.length();
        if (query.substring(0, aEnd).isBlank()) {
            throw new QueryException(query, words.get(op).start, opName + " needs a query before it",
                    "write e.g. " + EXAMPLE);
        }
        if (query.substring(bStart, bEnd).isBlank()) {
            throw new QueryException(query, bStart, opName + " needs a query after it", "write e.g. " + EXAMPLE);
        }
        long withinMs = 0;
        if (kind == ParsedQuery.Kind.OVERLAPS) {
            if (within >= 0) {
                throw new QueryException(query, words.get(within).start, "OVERLAPS takes no time window",
                        "remove 'WITHIN ...': A OVERLAPS B finds moments of the same case whose times intersect");
            }
        } else {
            if (within < 0) {
                throw new QueryException(query, query.length(), opName + " needs a time window",
                        "add WITHIN and a time at the end, e.g. '" + query.trim() + " WITHIN 3s'");
            }
            if (within + 1 >= words.size()) {
                throw new QueryException(query, query.length(), "WITHIN needs a time",
                        "add a time such as " + Durations.EXAMPLES);
            }
            if (within + 2 < words.size()) {
                String rest = query.substring(words.get(within + 2).start).trim();
                throw new QueryException(query, words.get(within + 2).start, "unexpected text after the time window",
                        "WITHIN and its time come last: put '" + rest + "' before " + opName + " (to narrow A) or"
                                + " before WITHIN (to narrow B)");
            }
            Word time = words.get(within + 1);
            try {
                withinMs = Durations.parse(time.text);
            } catch (IllegalArgumentException e) {
                throw new QueryException(query, time.start, "'" + time.text + "' is not a time",
                        "write a time such as " + Durations.EXAMPLES);
            }
        }
        Query first = parseLucene(query, 0, aEnd);
        Query second = parseLucene(query, bStart, bEnd);
        return new ParsedQuery(kind, first, second, withinMs);
    }

    /** Parses {@code query[from, to)} with Lucene's classic parser, mapping errors to positions in the whole query. */
    private Query parseLucene(String query, int from, int to) throws QueryException {
        String part = query.substring(from, to);
        int lead = part.length() - part.stripLeading().length();
        String text = part.strip();
        int offset = from + lead;
        checkOperatorsAndColons(query, text, offset);
        FieldParser parser = new FieldParser(analyzer);
        try {
            return parser.parse(text);
        } catch (FieldProblem problem) {
            int at = locate(text, problem.field);
            throw new QueryException(query, offset + at, problem.getMessage(), problem.fix);
        } catch (ParseException e) {
            int column = -1;
            String found = null;
            Throwable cause = e.getCause() instanceof ParseException ? e.getCause() : e;
            ParseException pe = (ParseException) cause;
            if (pe.currentToken != null && pe.currentToken.next != null) {
                Token next = pe.currentToken.next;
                column = next.beginColumn - 1;
                found = next.image;
            } else {
                Matcher m = COLUMN.matcher(String.valueOf(e.getMessage()));
                if (m.find()) {
                    column = Integer.parseInt(m.group(1)) - 1;
                }
            }
            int at = column < 0 ? text.length() : Math.min(column, text.length());
            String problem = found == null || found.isEmpty() ? "the query cannot be read here"
                    : "unexpected '" + found + "'";
            if (found != null && found.isEmpty()) {
                problem = "the query ends too early";
            }
            throw new QueryException(query, offset + at, problem,
                    "quote values with spaces or special characters (code:\"receiving initiatives\"), write AND, OR,"
                            + " NOT in capitals, and put nothing between a field, its colon and its value");
        }
    }

    /** Where a field name is written in a query part, for an error about it. */
    private static int locate(String text, String field) {
        if (field == null) {
            return 0;
        }
        Matcher m = Pattern.compile("(?<![\\w.])" + Pattern.quote(field) + "\\s*:").matcher(text);
        return m.find() ? m.start() : 0;
    }

    private static void checkQuotesAndBrackets(String query, int from, int to) throws QueryException {
        int quote = -1;
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = from; i < to; i++) {
            char c = query.charAt(i);
            if (c == '\\') {
                i++;
                continue;
            }
            if (quote >= 0) {
                if (c == '"') {
                    quote = -1;
                }
                continue;
            }
            switch (c) {
            case '"':
                quote = i;
                break;
            case '(':
            case '[':
            case '{':
                open.push(i);
                break;
            case ')':
                if (open.isEmpty() || query.charAt(open.peek()) != '(') {
                    throw new QueryException(query, i, "')' closes nothing",
                            open.isEmpty() ? "remove it, or open the group with '(' where it begins"
                                    : "close the range opened at position " + (open.peek() + 1) + " with ']' first");
                }
                open.pop();
                break;
            case ']':
            case '}':
                if (open.isEmpty() || query.charAt(open.peek()) == '(') {
                    throw new QueryException(query, i, "'" + c + "' closes no range",
                            "a range looks like start:[1m TO 5m]");
                }
                open.pop();
                break;
            default:
                break;
            }
        }
        if (quote >= 0) {
            throw new QueryException(query, quote, "this quote is never closed",
                    "add a closing \" after the value, e.g. code:\"receiving initiatives\"");
        }
        if (!open.isEmpty()) {
            int at = open.peek();
            boolean group = query.charAt(at) == '(';
            throw new QueryException(query, at, group ? "this '(' is never closed" : "this range is never closed",
                    group ? "add ')' where the group ends" : "close the range with ']', e.g. start:[1m TO 5m]");
        }
    }

    /** Dangling AND/OR/NOT and a field with no value, found before Lucene's parser gives a vaguer message. */
    private static void checkOperatorsAndColons(String query, String text, int offset) throws QueryException {
        List<Word> words = topLevelWords(text);
        if (words.isEmpty()) {
            return;
        }
        Word first = words.get(0);
        if (first.text.equals("AND") || first.text.equals("OR")) {
            throw new QueryException(query, offset + first.start, first.text + " has nothing before it",
                    "put a query before " + first.text + " or remove it");
        }
        Word last = words.get(words.size() - 1);
        if (last.text.equals("AND") || last.text.equals("OR") || last.text.equals("NOT")) {
            throw new QueryException(query, offset + last.end, last.text + " has nothing after it",
                    "add a query after " + last.text + " or remove it");
        }
        for (int i = 0; i + 1 < words.size(); i++) {
            String a = words.get(i).text;
            String b = words.get(i + 1).text;
            if ((a.equals("AND") || a.equals("OR")) && (b.equals("AND") || b.equals("OR"))) {
                throw new QueryException(query, offset + words.get(i + 1).start, "two operators in a row",
                        "remove one of '" + a + "' and '" + b + "'");
            }
        }
        for (Word w : words) {
            if (w.text.endsWith(":") && !w.text.endsWith("\\:")) {
                throw new QueryException(query, offset + w.end - 1,
                        "'" + w.text + "' has no value",
                        "write the value right after the colon, e.g. code:\"receiving initiatives\" or duration:>2s");
            }
        }
    }

    /** Splits at blanks outside quotes, parentheses and ranges. Expects balanced quotes/brackets. */
    /**
     * Where the sequence operator (THEN, OVERLAPS, NOT FOLLOWED BY) of a query starts, or -1 for
     * a plain query; does not check the rest of the query.
     */
    public static int sequenceOperatorStart(String query) {
        List<Word> words = topLevelWords(query);
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).text;
            if (w.equals("THEN") || w.equals("OVERLAPS")
                    || (w.equals("NOT") && i + 1 < words.size() && words.get(i + 1).text.equals("FOLLOWED"))) {
                return words.get(i).start;
            }
        }
        return -1;
    }

    private static List<Word> topLevelWords(String text) {
        List<Word> words = new ArrayList<>();
        int depth = 0;
        boolean quoted = false;
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ' ';
            boolean blank = Character.isWhitespace(c) && !quoted && depth == 0;
            if (blank) {
                if (start >= 0) {
                    words.add(new Word(text.substring(start, i), start, i));
                    start = -1;
                }
                continue;
            }
            if (start < 0) {
                start = i;
            }
            if (c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[' || c == '{')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']' || c == '}')) {
                depth = Math.max(0, depth - 1);
            }
        }
        return words;
    }

    /** A problem with a field, raised inside Lucene's parser and positioned by {@link #parseLucene}. */
    private static final class FieldProblem extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String field;
        final String fix;

        FieldProblem(String field, String problem, String fix) {
            super(problem);
            this.field = field;
            this.fix = fix;
        }
    }

    /** Lucene's classic parser with Attune's fields. */
    private final class FieldParser extends QueryParser {

        FieldParser(Analyzer analyzer) {
            super(Fields.ALL, analyzer);
            setDefaultOperator(QueryParser.Operator.AND);
            setAllowLeadingWildcard(true);
        }

        private void check(String field) {
            if (field == null || field.equals("*") || Fields.QUERY_FIELDS.contains(field)
                    || modifierFields.contains(field)) {
                return;
            }
            if (Fields.isModifier(field)) {
                throw new FieldProblem(field, "no moment in this corpus has the modifier '"
                        + field.substring(Fields.MODIFIER_PREFIX.length()) + "'",
                        modifierFields.isEmpty() ? "this corpus has no modifiers"
                                : "modifiers in this corpus: " + String.join(", ", new TreeSet<>(modifierFields)));
            }
            String suggestion = closest(field);
            throw new FieldProblem(field, "unknown field '" + field + "'",
                    (suggestion == null ? "" : "did you mean '" + suggestion + "'? ") + "fields: "
                            + String.join(", ", Fields.QUERY_FIELDS) + ", modifier.<name>");
        }

        private String closest(String field) {
            String lower = field.toLowerCase(Locale.ROOT);
            String best = null;
            int bestDistance = Integer.MAX_VALUE;
            List<String> candidates = new ArrayList<>(Fields.QUERY_FIELDS);
            candidates.addAll(modifierFields);
            for (String known : candidates) {
                int d = distance(lower, known);
                if (lower.startsWith(known) || known.startsWith(lower)) {
                    d = Math.min(d, 1);
                }
                if (d < bestDistance) {
                    bestDistance = d;
                    best = known;
                }
            }
            return bestDistance <= Math.max(2, field.length() / 3) ? best : null;
        }

        private String keywordValue(String field, String value) {
            String normalized = Fields.normalize(value);
            return field.equals(Fields.CATEGORY) ? normalized.replaceAll("\\s*/\\s*", "/") : normalized;
        }

        private boolean isKeyword(String field) {
            return Fields.KEYWORD.contains(field) || Fields.isModifier(field);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, boolean quoted) throws ParseException {
            check(field);
            if (Fields.TIME.contains(field)) {
                return timeQuery(field, queryText);
            }
            if (isKeyword(field)) {
                return new TermQuery(new Term(field, keywordValue(field, queryText)));
            }
            return super.getFieldQuery(field, queryText, quoted);
        }

        @Override
        protected Query getFieldQuery(String field, String queryText, int slop) throws ParseException {
            check(field);
            if (Fields.TIME.contains(field) || isKeyword(field)) {
                return getFieldQuery(field, queryText, true);
            }
            return super.getFieldQuery(field, queryText, slop);
        }

        @Override
        protected Query getRangeQuery(String field, String part1, String part2, boolean startInclusive,
                boolean endInclusive) throws ParseException {
            check(field);
            if (Fields.TIME.contains(field)) {
                long low = open(part1) ? Long.MIN_VALUE : time(field, part1);
                long high = open(part2) ? Long.MAX_VALUE : time(field, part2);
                if (!open(part1) && !startInclusive) {
                    low = Math.addExact(low, 1);
                }
                if (!open(part2) && !endInclusive) {
                    high = Math.addExact(high, -1);
                }
                return LongPoint.newRangeQuery(field, low, high);
            }
            if (isKeyword(field)) {
                return TermRangeQuery.newStringRange(field, open(part1) ? null : keywordValue(field, part1),
                        open(part2) ? null : keywordValue(field, part2), startInclusive, endInclusive);
            }
            return super.getRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        private boolean open(String part) {
            return part == null || part.equals("*");
        }

        @Override
        protected Query getPrefixQuery(String field, String termStr) throws ParseException {
            noPattern(field);
            return super.getPrefixQuery(field, keywordOrSame(field, termStr));
        }

        @Override
        protected Query getWildcardQuery(String field, String termStr) throws ParseException {
            noPattern(field);
            return super.getWildcardQuery(field, keywordOrSame(field, termStr));
        }

        @Override
        protected Query getFuzzyQuery(String field, String termStr, float minSimilarity) throws ParseException {
            noPattern(field);
            return super.getFuzzyQuery(field, keywordOrSame(field, termStr), minSimilarity);
        }

        @Override
        protected Query getRegexpQuery(String field, String termStr) throws ParseException {
            noPattern(field);
            return super.getRegexpQuery(field, termStr);
        }

        private String keywordOrSame(String field, String term) {
            return field != null && isKeyword(field) ? keywordValue(field, term) : term;
        }

        private void noPattern(String field) {
            check(field);
            if (field != null && Fields.TIME.contains(field)) {
                throw new FieldProblem(field, field + " is a time: wildcards and patterns do not apply",
                        "use a comparison or a range, e.g. " + field + ":>2s or " + field + ":[1m TO 5m]");
            }
        }

        private Query timeQuery(String field, String text) {
            String t = text.trim();
            if (t.startsWith(">=")) {
                return LongPoint.newRangeQuery(field, time(field, t.substring(2)), Long.MAX_VALUE);
            }
            if (t.startsWith("<=")) {
                return LongPoint.newRangeQuery(field, Long.MIN_VALUE, time(field, t.substring(2)));
            }
            if (t.startsWith(">")) {
                return LongPoint.newRangeQuery(field, Math.addExact(time(field, t.substring(1)), 1), Long.MAX_VALUE);
            }
            if (t.startsWith("<")) {
                return LongPoint.newRangeQuery(field, Long.MIN_VALUE, Math.addExact(time(field, t.substring(1)), -1));
            }
            if (t.startsWith("=")) {
                t = t.substring(1);
            }
            return LongPoint.newExactQuery(field, time(field, t));
        }

        private long time(String field, String text) {
            try {
                return Durations.parse(text);
            } catch (IllegalArgumentException e) {
                throw new FieldProblem(field, "'" + text + "' is not a time",
                        "write a time such as " + Durations.EXAMPLES + ", e.g. " + field + ":>2s or " + field
                                + ":[1m TO 5m]");
            }
        }
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
