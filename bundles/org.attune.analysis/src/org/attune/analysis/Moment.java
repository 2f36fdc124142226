package org.attune.analysis;

import java.util.Objects;

/**
 * One coded moment as the analyses see it: who coded what, where on the case timeline. Neutral on
 * purpose (strings and milliseconds), so the statistics do not depend on how a corpus is stored.
 *
 * @param caseId   the case (session) the moment belongs to
 * @param coder    the coder's id
 * @param category the track the code belongs to (a category of the scheme); moments of different
 *                 categories are never compared with each other. Empty when the scheme has none.
 * @param code     the code's label
 * @param startMs  onset on the case timeline
 * @param endMs    offset; equal to {@code startMs} for a point code
 */
public record Moment(String caseId, String coder, String category, String code, long startMs, long endMs) {

    public Moment {
        Objects.requireNonNull(caseId, "caseId");
        Objects.requireNonNull(coder, "coder");
        category = category == null ? "" : category;
        Objects.requireNonNull(code, "code");
        if (startMs < 0) {
            throw new IllegalArgumentException("moment " + code + " starts before 0 ms: " + startMs);
        }
        if (endMs < startMs) {
            throw new IllegalArgumentException("moment " + code + " ends (" + endMs + " ms) before it starts (" + startMs + " ms)");
        }
    }

    public long durationMs() {
        return endMs - startMs;
    }

    public boolean isPoint() {
        return endMs == startMs;
    }
}
