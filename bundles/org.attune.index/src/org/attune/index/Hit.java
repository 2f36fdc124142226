package org.attune.index;

/**
 * One result: a moment, or for a sequence query ({@code A THEN B}, {@code A OVERLAPS B}) the
 * pair of moments — {@link #moment()} matched A, {@link #second()} matched B.
 *
 * @param moment        the (first) moment
 * @param second        the moment matching B, or null when the hit is a single moment
 * @param snippet       the moment's note or transcript with matches in [brackets] (may be empty)
 * @param secondSnippet the same for {@link #second()} (empty for single moments)
 */
public record Hit(MomentRecord moment, MomentRecord second, String snippet, String secondSnippet) {

    public boolean isPair() {
        return second != null;
    }
}
