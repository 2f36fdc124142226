package org.attune.index;

import java.util.List;
import java.util.Map;

/**
 * The answer to a query.
 *
 * @param query     the query as given
 * @param pairs     true when the hits are pairs ({@code THEN}, {@code OVERLAPS})
 * @param total     how many moments (or pairs) match in all
 * @param hits      the first {@link SearchOptions#limit()} of them, in the requested order
 * @param facets    counts of all matches per facet ({@code case}, {@code code}, {@code coder}),
 *                  each map ordered by count, largest first; for pairs, the first moment counts
 * @param tookMs    time spent searching, milliseconds
 */
public record SearchResult(String query, boolean pairs, long total, List<Hit> hits,
        Map<String, Map<String, Integer>> facets, long tookMs) {

    /** The facets every result has. */
    public static final List<String> FACETS = List.of("case", "code", "coder");
}
