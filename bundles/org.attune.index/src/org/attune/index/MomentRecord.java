package org.attune.index;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One coded moment as the index sees it: flat, with the names of everything it refers to
 * (case, coder, scheme, category path, code) resolved to text. The index knows nothing of the
 * coding model; an adapter turns a case of the model into these records.
 *
 * @param caseId       the case's id, unique in the corpus
 * @param caseTitle    the case's title (may be empty)
 * @param participants who is filmed, e.g. "mother", "infant"
 * @param coder        the coder's name (or id when there is no name)
 * @param scheme       the coding scheme's name
 * @param categoryPath the code's categories, outermost first
 * @param codeId       the code's id
 * @param codeLabel    the code's label, e.g. "receiving initiatives"
 * @param modifiers    modifier name → value
 * @param note         the coder's note (full text)
 * @param transcript   what is said in the moment (full text)
 * @param startMs      start on the case timeline, milliseconds
 * @param endMs        end on the case timeline, milliseconds (= start for a point)
 * @param coderId      the coder's id when it differs from the name shown ({@code coder:} finds both)
 * @param momentId     the moment's id in its case (empty when it has none yet, e.g. a moment table's
 *                     row): what a playlist entry names
 */
public record MomentRecord(String caseId, String caseTitle, List<String> participants, String coder, String scheme,
        List<String> categoryPath, String codeId, String codeLabel, Map<String, String> modifiers, String note,
        String transcript, long startMs, long endMs, String coderId, String momentId) {

    /** A record without a moment id. */
    public MomentRecord(String caseId, String caseTitle, List<String> participants, String coder, String scheme,
            List<String> categoryPath, String codeId, String codeLabel, Map<String, String> modifiers, String note,
            String transcript, long startMs, long endMs, String coderId) {
        this(caseId, caseTitle, participants, coder, scheme, categoryPath, codeId, codeLabel, modifiers, note,
                transcript, startMs, endMs, coderId, "");
    }

    /** A record whose coder is known by one name only. */
    public MomentRecord(String caseId, String caseTitle, List<String> participants, String coder, String scheme,
            List<String> categoryPath, String codeId, String codeLabel, Map<String, String> modifiers, String note,
            String transcript, long startMs, long endMs) {
        this(caseId, caseTitle, participants, coder, scheme, categoryPath, codeId, codeLabel, modifiers, note,
                transcript, startMs, endMs, "");
    }

    public MomentRecord {
        if (caseId == null || caseId.isEmpty()) {
            throw new IllegalArgumentException("a moment needs a case id");
        }
        if (endMs < startMs) {
            throw new IllegalArgumentException("moment in case " + caseId + " ends (" + endMs
                    + " ms) before it starts (" + startMs + " ms)");
        }
        caseTitle = orEmpty(caseTitle);
        participants = participants == null ? List.of() : List.copyOf(participants);
        coder = orEmpty(coder);
        scheme = orEmpty(scheme);
        categoryPath = categoryPath == null ? List.of() : List.copyOf(categoryPath);
        codeId = orEmpty(codeId);
        codeLabel = codeLabel == null || codeLabel.isEmpty() ? codeId : codeLabel;
        modifiers = modifiers == null || modifiers.isEmpty() ? Map.of()
                : java.util.Collections.unmodifiableMap(new TreeMap<>(modifiers));
        note = orEmpty(note);
        transcript = orEmpty(transcript);
        coderId = coderId == null || coderId.equals(coder) ? "" : coderId;
        momentId = orEmpty(momentId);
    }

    /** Duration in milliseconds (0 for a point). */
    public long durationMs() {
        return endMs - startMs;
    }

    /** The category path written as {@code Outer / Inner}. */
    public String categoryText() {
        return String.join(" / ", categoryPath);
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    public static Builder builder(String caseId) {
        return new Builder(caseId);
    }

    /** Builds a record field by field; unset texts are empty. */
    public static final class Builder {
        private final String caseId;
        private String caseTitle;
        private List<String> participants;
        private String coder;
        private String coderId;
        private String scheme;
        private List<String> categoryPath;
        private String codeId;
        private String codeLabel;
        private Map<String, String> modifiers;
        private String note;
        private String transcript;
        private long startMs;
        private long endMs;
        private String momentId;

        private Builder(String caseId) {
            this.caseId = caseId;
        }

        public Builder caseTitle(String value) { caseTitle = value; return this; }
        public Builder participants(List<String> value) { participants = value; return this; }
        public Builder coder(String value) { coder = value; return this; }
        public Builder coder(String name, String id) { coder = name; coderId = id; return this; }
        public Builder scheme(String value) { scheme = value; return this; }
        public Builder category(List<String> path) { categoryPath = path; return this; }
        public Builder code(String id, String label) { codeId = id; codeLabel = label; return this; }
        public Builder modifiers(Map<String, String> value) { modifiers = value; return this; }
        public Builder note(String value) { note = value; return this; }
        public Builder transcript(String value) { transcript = value; return this; }
        public Builder time(long start, long end) { startMs = start; endMs = end; return this; }
        public Builder momentId(String value) { momentId = value; return this; }

        public MomentRecord build() {
            return new MomentRecord(caseId, caseTitle, participants, coder, scheme, categoryPath, codeId, codeLabel,
                    modifiers, note, transcript, startMs, endMs, coderId, momentId);
        }
    }
}
