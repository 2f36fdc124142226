package org.attune.index;

/**
 * A query that cannot be run: malformed, or naming a field that does not exist. Says where
 * (a 0-based character position in the query) and how to fix it.
 */
public final class QueryException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String query;
    private final int position;
    private final String problem;
    private final String fix;

    public QueryException(String query, int position, String problem, String fix) {
        super(format(query, position, problem, fix));
        this.query = query;
        this.position = Math.max(0, Math.min(position, query.length()));
        this.problem = problem;
        this.fix = fix;
    }

    public String query() {
        return query;
    }

    /** 0-based character position the problem is at. */
    public int position() {
        return position;
    }

    /** What is wrong, in one line. */
    public String problem() {
        return problem;
    }

    /** How to fix it, in one line (may be empty). */
    public String fix() {
        return fix;
    }

    private static String format(String query, int position, String problem, String fix) {
        int at = Math.max(0, Math.min(position, query.length()));
        StringBuilder text = new StringBuilder();
        text.append("query error at position ").append(at + 1).append(": ").append(problem).append('\n');
        text.append("  ").append(query.replace('\t', ' ').replace('\n', ' ')).append('\n');
        text.append("  ").append(" ".repeat(at)).append('^');
        if (fix != null && !fix.isEmpty()) {
            text.append('\n').append("  fix: ").append(fix);
        }
        return text.toString();
    }
}
