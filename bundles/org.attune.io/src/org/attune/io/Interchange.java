package org.attune.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The neutral form every reader produces and every writer consumes: a coding scheme and
 * cases with media and moments, in Attune's terms (milliseconds on the case timeline) but
 * without EMF. Importing into a corpus maps this onto the coding model; exporting maps the
 * model onto it. Readers fill it completely before anything touches a corpus, so a file
 * that fails half-way leaves nothing behind.
 */
public final class Interchange {

    private Interchange() {
    }

    /** What the moment's code is: a point in time or an interval. */
    public enum Kind {
        POINT, INTERVAL
    }

    /** How a modifier's values are given. */
    public enum ModifierType {
        CHOICE, TEXT, NUMBER
    }

    public static final class Modifier {
        public final String name;
        public final ModifierType type;
        public final List<String> allowedValues = new ArrayList<>();

        public Modifier(String name, ModifierType type) {
            this.name = Objects.requireNonNull(name);
            this.type = Objects.requireNonNull(type);
        }
    }

    public static final class Code {
        public final String id;
        public String label;
        public String description = "";
        public Kind kind = Kind.INTERVAL;
        public String shortcut = "";
        public String color = "";
        public final List<Modifier> modifiers = new ArrayList<>();

        public Code(String id, String label) {
            this.id = Objects.requireNonNull(id);
            this.label = label == null || label.isEmpty() ? id : label;
        }

        public Modifier modifier(String name) {
            for (Modifier modifier : modifiers) {
                if (modifier.name.equals(name)) {
                    return modifier;
                }
            }
            return null;
        }
    }

    public static final class Category {
        public final String name;
        public String description = "";
        public boolean mutuallyExclusive;
        public final List<Code> codes = new ArrayList<>();

        public Category(String name) {
            this.name = Objects.requireNonNull(name);
        }

        public Code code(String id) {
            for (Code code : codes) {
                if (code.id.equals(id)) {
                    return code;
                }
            }
            return null;
        }

        /** The code with this id, added with the given label if missing. */
        public Code codeOrAdd(String id, String label) {
            Code code = code(id);
            if (code == null) {
                code = new Code(id, label);
                codes.add(code);
            }
            return code;
        }
    }

    public static final class Scheme {
        public String id;
        public String name;
        public String version = "";
        public String description = "";
        public String author = "";
        public final List<Category> categories = new ArrayList<>();

        public Scheme(String id, String name) {
            this.id = id;
            this.name = name;
        }

        public Category category(String name) {
            for (Category category : categories) {
                if (category.name.equals(name)) {
                    return category;
                }
            }
            return null;
        }

        public Category categoryOrAdd(String name) {
            Category category = category(name);
            if (category == null) {
                category = new Category(name);
                categories.add(category);
            }
            return category;
        }

        public int codeCount() {
            return categories.stream().mapToInt(c -> c.codes.size()).sum();
        }
    }

    /**
     * A media file as the source file names it. {@link #reference} is what the file says
     * (a URL or a path, possibly from another machine); {@link #relativeReference} is a
     * path relative to the source file where the format has one. Where it ends up in a
     * corpus is decided by {@link MediaPaths}.
     */
    public static final class Media {
        public final String reference;
        public String relativeReference = "";
        public String role = "";
        public String mimeType = "";
        /**
         * Where the source's time 0 lies on the case timeline, in ms (as in the coding model): a
         * source that starts recording 1.5 s after the case's 0 has offset 1500; an ELAN file
         * whose TIME_ORIGIN is 5000 (the case starts 5 s into the media) gives -5000.
         */
        public long offsetMs;
        public double frameRate;

        public Media(String reference) {
            this.reference = Objects.requireNonNull(reference);
        }
    }

    /** One coded moment; category and code name entries of the scheme. */
    public static final class Moment {
        public final String category;
        public final String code;
        public final String coder;
        public final long startMs;
        public final long endMs;
        public final Map<String, String> modifierValues = new LinkedHashMap<>();
        public String note = "";
        public String transcript = "";

        public Moment(String category, String code, String coder, long startMs, long endMs) {
            this.category = Objects.requireNonNull(category);
            this.code = Objects.requireNonNull(code);
            this.coder = Objects.requireNonNull(coder);
            this.startMs = startMs;
            this.endMs = Math.max(startMs, endMs);
        }

        public long durationMs() {
            return endMs - startMs;
        }

        /** A line that is equal for equal moments: what round-trip tests compare. */
        public String signature() {
            return category + "|" + code + "|" + coder + "|" + startMs + "|" + endMs + "|" + modifierValues + "|"
                    + note + "|" + transcript;
        }
    }

    public static final class Case {
        public final String id;
        public String title;
        public final List<String> participants = new ArrayList<>();
        public final List<Media> media = new ArrayList<>();
        public final List<Moment> moments = new ArrayList<>();
        public String notes = "";

        public Case(String id, String title) {
            this.id = Objects.requireNonNull(id);
            this.title = title == null ? id : title;
        }

        public void addParticipant(String participant) {
            if (participant != null && !participant.isBlank() && !participants.contains(participant)) {
                participants.add(participant);
            }
        }
    }

    /** All that one source file holds: its format, one scheme, its cases, and warnings. */
    public static final class Document {
        public final String source;
        public final String format;
        public final Scheme scheme;
        public final List<Case> cases = new ArrayList<>();
        /** Things taken in with a choice made (e.g. an unpaired START closed at the end), each naming where. */
        public final List<String> warnings = new ArrayList<>();

        public Document(String source, String format, Scheme scheme) {
            this.source = source;
            this.format = format;
            this.scheme = scheme;
        }

        public int momentCount() {
            return cases.stream().mapToInt(c -> c.moments.size()).sum();
        }

        public int mediaCount() {
            return cases.stream().mapToInt(c -> c.media.size()).sum();
        }

        public java.util.Set<String> coders() {
            java.util.Set<String> coders = new java.util.TreeSet<>();
            for (Case c : cases) {
                for (Moment m : c.moments) {
                    coders.add(m.coder);
                }
            }
            return coders;
        }

        /** e.g. "1 case, 8778 moments, 6 categories, 19 codes, 3 coders, 1 media". */
        public String summary() {
            return plural(cases.size(), "case") + ", " + plural(momentCount(), "moment") + ", "
                    + plural(scheme.categories.size(), "category", "categories") + ", "
                    + plural(scheme.codeCount(), "code") + ", " + plural(coders().size(), "coder") + ", "
                    + plural(mediaCount(), "media file") + (warnings.isEmpty() ? "" : ", " + plural(warnings.size(), "warning"));
        }

        private static String plural(int n, String one) {
            return plural(n, one, one + "s");
        }

        private static String plural(int n, String one, String many) {
            return n + " " + (n == 1 ? one : many);
        }
    }
}
