package org.attune.index;

/**
 * How results come back: how many (the total and the facets always count every match), in
 * which order, with or without highlighted snippets.
 *
 * @param limit     the most hits (moments or pairs) returned
 * @param order     their order
 * @param snippets  whether to compute highlighted snippets of note and transcript
 */
public record SearchOptions(int limit, Order order, boolean snippets) {

    /** Orders of results. For pairs, the first moment of the pair decides. */
    public enum Order {
        /** By case id, then start time (the default). */
        TIME,
        /** Longest first. */
        DURATION,
        /** By code label, then case and time. */
        CODE,
        /** By coder, then case and time. */
        CODER,
        /** Best text match first (moments only; pairs fall back to TIME). */
        RELEVANCE
    }

    public SearchOptions {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (order == null) {
            order = Order.TIME;
        }
    }

    public static SearchOptions defaults() {
        return new SearchOptions(100, Order.TIME, true);
    }

    public SearchOptions withLimit(int value) {
        return new SearchOptions(value, order, snippets);
    }

    public SearchOptions withOrder(Order value) {
        return new SearchOptions(limit, value, snippets);
    }

    public SearchOptions withSnippets(boolean value) {
        return new SearchOptions(limit, order, value);
    }
}
