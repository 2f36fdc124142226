package org.attune.index.internal;

import org.apache.lucene.search.Query;

/**
 * A query of Attune's language: a plain Lucene query, or two of them joined by a sequence
 * operator.
 *
 * @param kind     which
 * @param first    the query (A of a sequence)
 * @param second   B of a sequence, null for {@link Kind#PLAIN}
 * @param withinMs the time window of THEN and NOT FOLLOWED BY
 */
public record ParsedQuery(Kind kind, Query first, Query second, long withinMs) {

    public enum Kind {
        PLAIN, THEN, OVERLAPS, NOT_FOLLOWED_BY;

        /** Whether the hits are pairs of moments. */
        public boolean pairs() {
            return this == THEN || this == OVERLAPS;
        }
    }
}
