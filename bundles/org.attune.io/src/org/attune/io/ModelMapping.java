package org.attune.io;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.attune.io.Interchange.Kind;
import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.MediaSource;
import org.attune.model.ModelFactory;
import org.attune.model.Modifier;
import org.attune.model.ModifierType;
import org.attune.model.ModifierValue;

/**
 * Maps the {@link Interchange} form onto the coding model and back. Interchange code ids are
 * unique within a category (ELAN vocabularies all start at "cveid0"); model code ids are
 * unique within a scheme, so a clash is resolved by prefixing the category. Nested model
 * categories are flattened to "Parent / Child" on the way out.
 */
public final class ModelMapping {

    private static final ModelFactory FACTORY = ModelFactory.eINSTANCE;

    private ModelMapping() {
    }

    /** A model scheme built from an interchange scheme, with the way back from (category, code id). */
    public static final class SchemeMapping {
        public final CodingScheme scheme;
        private final Map<String, Code> codes = new HashMap<>();

        SchemeMapping(CodingScheme scheme) {
            this.scheme = scheme;
        }

        public Code code(String category, String codeId) {
            return codes.get(category + '\u001f' + codeId);
        }
    }

    public static SchemeMapping toScheme(Interchange.Scheme source) {
        CodingScheme scheme = FACTORY.createCodingScheme();
        scheme.setId(source.id);
        scheme.setName(source.name);
        scheme.setVersion(source.version);
        scheme.setDescription(source.description);
        scheme.setAuthor(source.author);
        SchemeMapping mapping = new SchemeMapping(scheme);
        Map<String, Integer> seen = new HashMap<>();
        for (Interchange.Code code : allCodes(source)) {
            seen.merge(code.id, 1, Integer::sum);
        }
        Set<String> used = new HashSet<>();
        for (Interchange.Category c : source.categories) {
            Category category = FACTORY.createCategory();
            category.setName(c.name);
            category.setDescription(c.description);
            category.setMutuallyExclusive(c.mutuallyExclusive);
            scheme.getCategories().add(category);
            for (Interchange.Code ic : c.codes) {
                String id = seen.get(ic.id) > 1 ? slug(c.name) + "." + ic.id : ic.id;
                String unique = id;
                for (int n = 2; !used.add(unique); n++) {
                    unique = id + "-" + n;
                }
                Code code = FACTORY.createCode();
                code.setId(unique);
                code.setLabel(ic.label);
                code.setDescription(ic.description);
                code.setKind(ic.kind == Kind.POINT ? CodeKind.POINT : CodeKind.INTERVAL);
                if (!ic.shortcut.isEmpty()) {
                    code.setShortcut(ic.shortcut);
                }
                if (!ic.color.isEmpty()) {
                    code.setColor(ic.color);
                }
                for (Interchange.Modifier im : ic.modifiers) {
                    Modifier modifier = FACTORY.createModifier();
                    modifier.setName(im.name);
                    modifier.setType(switch (im.type) {
                    case CHOICE -> ModifierType.CHOICE;
                    case NUMBER -> ModifierType.NUMBER;
                    default -> ModifierType.TEXT;
                    });
                    modifier.getAllowedValues().addAll(im.allowedValues);
                    code.getModifiers().add(modifier);
                }
                category.getCodes().add(code);
                mapping.codes.put(c.name + '\u001f' + ic.id, code);
            }
        }
        return mapping;
    }

    /**
     * Maps an interchange scheme onto a scheme already in a corpus, when that scheme has every
     * category (by name) and code (by id, else by label) the interchange scheme names.
     *
     * @return the mapping, or null when something is missing
     */
    public static SchemeMapping mapOnto(CodingScheme existing, Interchange.Scheme source) {
        SchemeMapping mapping = new SchemeMapping(existing);
        Map<String, Category> categories = new HashMap<>();
        collectCategories(existing.getCategories(), "", categories);
        for (Interchange.Category c : source.categories) {
            Category category = categories.get(c.name);
            if (category == null) {
                return null;
            }
            for (Interchange.Code ic : c.codes) {
                Code match = null;
                for (Code code : category.getCodes()) {
                    if (ic.id.equals(code.getId())) {
                        match = code;
                        break;
                    }
                }
                for (Code code : category.getCodes()) {
                    if (match == null && ic.label.equals(code.getLabel())) {
                        match = code;
                    }
                }
                if (match == null) {
                    return null;
                }
                mapping.codes.put(c.name + '\u001f' + ic.id, match);
            }
        }
        return mapping;
    }

    private static void collectCategories(List<Category> categories, String prefix, Map<String, Category> into) {
        for (Category category : categories) {
            String name = prefix + nz(category.getName());
            into.putIfAbsent(name, category);
            collectCategories(category.getSubCategories(), name + " / ", into);
        }
    }

    private static List<Interchange.Code> allCodes(Interchange.Scheme scheme) {
        return scheme.categories.stream().flatMap(c -> c.codes.stream()).toList();
    }

    /**
     * A model case built from an interchange case; its scheme is set, its moments point at
     * codes of {@code scheme} and at the coders {@code coderFor} gives.
     *
     * @param mediaPath the path of a media source relative to the corpus (see {@link MediaPaths})
     */
    public static Case toCase(Interchange.Case source, SchemeMapping scheme, Function<String, Coder> coderFor,
            Function<Interchange.Media, String> mediaPath, long now) {
        Case kase = FACTORY.createCase();
        kase.setId(source.id);
        kase.setTitle(source.title);
        kase.setNotes(source.notes);
        kase.getParticipants().addAll(source.participants);
        kase.setScheme(scheme.scheme);
        for (Interchange.Media m : source.media) {
            MediaSource media = FACTORY.createMediaSource();
            media.setPath(mediaPath.apply(m));
            media.setRole(m.role);
            media.setOffsetMs(m.offsetMs);
            media.setFrameRate(m.frameRate);
            kase.getMediaSources().add(media);
        }
        for (Interchange.Moment m : source.moments) {
            Code code = scheme.code(m.category, m.code);
            if (code == null) {
                throw new IllegalArgumentException("moment " + m.signature() + " names no code of scheme '" + scheme.scheme.getName() + "'");
            }
            CodedMoment moment = FACTORY.createCodedMoment();
            moment.setCode(code);
            moment.setCoder(coderFor.apply(m.coder));
            moment.setStartMs(m.startMs);
            moment.setEndMs(m.endMs);
            moment.setNote(m.note);
            moment.setTranscript(m.transcript);
            moment.setCreated(now);
            moment.setModified(now);
            for (Map.Entry<String, String> e : m.modifierValues.entrySet()) {
                ModifierValue value = FACTORY.createModifierValue();
                value.setName(e.getKey());
                value.setValue(e.getValue());
                moment.getModifierValues().add(value);
            }
            kase.getMoments().add(moment);
        }
        return kase;
    }

    /** The interchange scheme of a model scheme; nested categories become "Parent / Child". */
    public static Interchange.Scheme fromScheme(CodingScheme source) {
        Interchange.Scheme scheme = new Interchange.Scheme(nz(source.getId()), nz(source.getName()));
        scheme.version = nz(source.getVersion());
        scheme.description = nz(source.getDescription());
        scheme.author = nz(source.getAuthor());
        for (Category category : source.getCategories()) {
            addCategory(scheme, category, "");
        }
        return scheme;
    }

    private static void addCategory(Interchange.Scheme scheme, Category source, String prefix) {
        Interchange.Category category = scheme.categoryOrAdd(prefix + nz(source.getName()));
        category.description = nz(source.getDescription());
        category.mutuallyExclusive = source.isMutuallyExclusive();
        for (Code code : source.getCodes()) {
            Interchange.Code c = category.codeOrAdd(code.getId(), code.getLabel());
            c.description = nz(code.getDescription());
            c.kind = code.getKind() == CodeKind.POINT ? Kind.POINT : Kind.INTERVAL;
            c.shortcut = nz(code.getShortcut());
            c.color = nz(code.getColor());
            for (Modifier modifier : code.getModifiers()) {
                Interchange.Modifier m = new Interchange.Modifier(nz(modifier.getName()), switch (modifier.getType()) {
                case CHOICE -> Interchange.ModifierType.CHOICE;
                case NUMBER -> Interchange.ModifierType.NUMBER;
                default -> Interchange.ModifierType.TEXT;
                });
                m.allowedValues.addAll(modifier.getAllowedValues());
                c.modifiers.add(m);
            }
        }
        for (Category sub : source.getSubCategories()) {
            addCategory(scheme, sub, category.name + " / ");
        }
    }

    /** The category name {@link #fromScheme} gives the category holding a code. */
    public static String categoryName(Code code) {
        StringBuilder name = new StringBuilder();
        for (Object o = code.eContainer(); o instanceof Category category; o = category.eContainer()) {
            name.insert(0, name.length() == 0 ? nz(category.getName()) : nz(category.getName()) + " / ");
        }
        return name.toString();
    }

    /**
     * The interchange case of a model case. Moments name their coder by name (else id);
     * media keep their corpus-relative path as reference.
     */
    public static Interchange.Case fromCase(Case source) {
        Interchange.Case kase = new Interchange.Case(nz(source.getId()), nz(source.getTitle()));
        kase.notes = nz(source.getNotes());
        kase.participants.addAll(source.getParticipants());
        for (MediaSource m : source.getMediaSources()) {
            Interchange.Media media = new Interchange.Media(nz(m.getPath()));
            media.role = nz(m.getRole());
            media.offsetMs = m.getOffsetMs();
            media.frameRate = m.getFrameRate();
            kase.media.add(media);
        }
        Map<Code, String> categories = new LinkedHashMap<>();
        for (CodedMoment m : source.getMoments()) {
            if (m.getCode() == null) {
                continue; // an incomplete moment has nothing to export
            }
            String category = categories.computeIfAbsent(m.getCode(), ModelMapping::categoryName);
            Interchange.Moment moment = new Interchange.Moment(category, m.getCode().getId(), coderName(m.getCoder()), m.getStartMs(),
                    m.getEndMs());
            moment.note = nz(m.getNote());
            moment.transcript = nz(m.getTranscript());
            for (ModifierValue v : m.getModifierValues()) {
                moment.modifierValues.put(nz(v.getName()), nz(v.getValue()));
            }
            kase.moments.add(moment);
        }
        return kase;
    }

    public static String coderName(Coder coder) {
        if (coder == null) {
            return "unknown";
        }
        return coder.getName() != null && !coder.getName().isBlank() ? coder.getName() : nz(coder.getId());
    }

    static String slug(String text) {
        String slug = text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug;
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }
}
