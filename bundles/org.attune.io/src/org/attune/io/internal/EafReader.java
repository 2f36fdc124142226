package org.attune.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.attune.io.ImportException;
import org.attune.io.Interchange;
import org.attune.io.Interchange.Case;
import org.attune.io.Interchange.Category;
import org.attune.io.Interchange.Code;
import org.attune.io.Interchange.Document;
import org.attune.io.Interchange.Media;
import org.attune.io.Interchange.Moment;
import org.attune.io.Interchange.Scheme;

/**
 * Reads ELAN annotation documents (EAF 2.0 to 3.0) with StAX. Tiers become categories (the
 * tier's ANNOTATOR, else its id, is the coder), controlled vocabularies become codes (in the
 * preferred language), free-text annotations keep their text as the moment's transcript,
 * reference annotations take their time from their parent, and unaligned time slots are
 * spread evenly between the aligned ones around them, as ELAN draws them.
 */
public final class EafReader {

    /** Header property that marks a file Attune wrote: its tiers' linguistic types are categories. */
    public static final String ATTUNE_PROPERTY = "attune:export";
    public static final String MODIFIER_TYPE_PREFIX = "attune-modifier:";
    public static final String NOTE_TYPE = "attune-note";

    private final String file;
    private final String preferredLanguage;

    private final Map<String, Integer> slotIndex = new HashMap<>();
    private final List<String> slotIds = new ArrayList<>();
    private long[] slotTimes = new long[64];
    private final List<Tier> tiers = new ArrayList<>();
    private final Map<String, Tier> tierById = new HashMap<>();
    private final Map<String, LinguisticType> types = new HashMap<>();
    private final Map<String, Vocabulary> vocabularies = new HashMap<>();
    private final Map<String, Annotation> annotationById = new HashMap<>();
    private final List<Media> media = new ArrayList<>();
    private final Map<String, String> properties = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private double msPerUnit = 1;
    private String author = "";

    private static final class Tier {
        String id;
        String typeRef;
        String parentRef;
        String annotator;
        String participant;
        int line;
        final List<Annotation> annotations = new ArrayList<>();
        final Map<String, Annotation> byId = new HashMap<>();
    }

    private static final class Annotation {
        String id;
        Tier tier;
        int line;
        boolean alignable;
        int slot1 = -1;
        int slot2 = -1;
        String ref;
        String previous;
        String cveRef;
        String value = "";
        long start = Long.MIN_VALUE;
        long end;
        boolean resolving;
    }

    private static final class LinguisticType {
        String constraint = "";
        String vocabulary;
    }

    private static final class Vocabulary {
        final String id;
        final Map<String, String> descriptions = new LinkedHashMap<>();
        final List<Entry> entries = new ArrayList<>();

        Vocabulary(String id) {
            this.id = id;
        }
    }

    private static final class Entry {
        String id;
        final Map<String, String> values = new LinkedHashMap<>();
        final Map<String, String> descriptions = new LinkedHashMap<>();
    }

    public EafReader(String file, String preferredLanguage) {
        this.file = file;
        this.preferredLanguage = preferredLanguage == null ? "" : preferredLanguage;
    }

    public Document read(InputStream in, String caseId) throws ImportException {
        XMLStreamReader xml = null;
        try {
            xml = SafeXml.reader(in);
            parse(xml);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            String message = e.getMessage() == null ? "malformed XML" : e.getMessage();
            int cut = message.indexOf("Message: ");
            if (cut >= 0) {
                message = message.substring(cut + "Message: ".length());
            }
            throw new ImportException(file, line > 0 ? "line " + line : "", "not well-formed XML: " + message.trim(), e);
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException e) {
                    // nothing to save
                }
            }
        }
        resolveTimes();
        return build(caseId);
    }

    private String where(XMLStreamReader xml) {
        return "line " + xml.getLocation().getLineNumber();
    }

    private String attr(XMLStreamReader xml, String name) throws ImportException {
        String value = xml.getAttributeValue(null, name);
        if (value != null && value.length() > Limits.MAX_VALUE_CHARS) {
            throw new ImportException(file, where(xml),
                    name + " is " + value.length() + " characters long (at most " + Limits.MAX_VALUE_CHARS + " allowed)");
        }
        return value;
    }

    private String required(XMLStreamReader xml, String name) throws ImportException {
        String value = attr(xml, name);
        if (value == null || value.isEmpty()) {
            throw new ImportException(file, where(xml), xml.getLocalName() + " has no " + name);
        }
        return value;
    }

    private String text(XMLStreamReader xml) throws XMLStreamException, ImportException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            int event = xml.next();
            if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA
                    || event == XMLStreamConstants.SPACE) {
                text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                if (text.length() > Limits.MAX_VALUE_CHARS) {
                    throw new ImportException(file, where(xml), "a text of more than " + Limits.MAX_VALUE_CHARS + " characters");
                }
            } else if (event == XMLStreamConstants.START_ELEMENT) {
                depth++;
            } else if (event == XMLStreamConstants.END_ELEMENT) {
                depth--;
            } else if (event == XMLStreamConstants.END_DOCUMENT) {
                break;
            }
        }
        return text.toString();
    }

    private void parse(XMLStreamReader xml) throws XMLStreamException, ImportException {
        boolean rootSeen = false;
        Tier tier = null;
        Vocabulary vocabulary = null;
        Entry entry = null;
        Annotation annotation = null;
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new ImportException(file, where(xml),
                        "a DOCTYPE declaration is not allowed (EAF has none; DTDs and external entities are never fetched)");
            }
            if (event == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ImportException(file, where(xml), "entity reference '" + xml.getLocalName() + "' is not allowed");
            }
            if (event == XMLStreamConstants.END_ELEMENT) {
                switch (xml.getLocalName()) {
                case "TIER" -> tier = null;
                case "CONTROLLED_VOCABULARY" -> vocabulary = null;
                case "CV_ENTRY_ML" -> entry = null;
                case "ALIGNABLE_ANNOTATION", "REF_ANNOTATION" -> annotation = null;
                default -> {
                }
                }
                continue;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (!rootSeen) {
                if (!name.equals("ANNOTATION_DOCUMENT")) {
                    throw new ImportException(file, where(xml),
                            "not an ELAN annotation document: the root element is <" + name + ">, not <ANNOTATION_DOCUMENT>");
                }
                rootSeen = true;
                String author = attr(xml, "AUTHOR");
                this.author = author == null ? "" : author;
                continue;
            }
            switch (name) {
            case "HEADER" -> {
                String units = attr(xml, "TIME_UNITS");
                if (units == null || units.equals("milliseconds")) {
                    msPerUnit = 1;
                } else if (units.equals("PAL-frames")) {
                    msPerUnit = 40;
                } else if (units.equals("NTSC-frames")) {
                    msPerUnit = 1000.0 / 29.97;
                } else {
                    throw new ImportException(file, where(xml), "unknown TIME_UNITS '" + units + "'");
                }
            }
            case "MEDIA_DESCRIPTOR" -> {
                String url = nz(attr(xml, "MEDIA_URL")).trim();
                if (url.isEmpty()) {
                    warnings.add(file + ": " + where(xml) + ": a MEDIA_DESCRIPTOR without MEDIA_URL; left out");
                    continue;
                }
                Media m = new Media(url);
                m.relativeReference = nz(attr(xml, "RELATIVE_MEDIA_URL"));
                m.mimeType = nz(attr(xml, "MIME_TYPE"));
                m.role = m.mimeType.startsWith("audio") ? "audio" : m.mimeType.startsWith("video") ? "video" : "";
                String extracted = attr(xml, "EXTRACTED_FROM");
                if (extracted != null && !extracted.isEmpty()) {
                    m.role = (m.role.isEmpty() ? "media" : m.role) + " extracted from " + fileName(extracted);
                }
                String origin = attr(xml, "TIME_ORIGIN");
                if (origin != null && !origin.isBlank()) {
                    m.offsetMs = -parseLong(xml, "TIME_ORIGIN", origin);
                }
                media.add(m);
            }
            case "PROPERTY" -> {
                String key = nz(attr(xml, "NAME"));
                properties.put(key, text(xml));
            }
            case "TIME_SLOT" -> {
                String id = required(xml, "TIME_SLOT_ID");
                String value = attr(xml, "TIME_VALUE");
                if (slotIndex.putIfAbsent(id, slotIds.size()) != null) {
                    throw new ImportException(file, where(xml), "time slot '" + id + "' is defined twice");
                }
                if (slotIds.size() == slotTimes.length) {
                    slotTimes = java.util.Arrays.copyOf(slotTimes, slotTimes.length * 2);
                }
                long time = -1;
                if (value != null && !value.isBlank()) {
                    time = Math.round(parseLong(xml, "TIME_VALUE", value) * msPerUnit);
                    if (time < 0) {
                        throw new ImportException(file, where(xml), "time slot '" + id + "' has a negative TIME_VALUE");
                    }
                }
                slotTimes[slotIds.size()] = time;
                slotIds.add(id);
            }
            case "TIER" -> {
                tier = new Tier();
                tier.id = required(xml, "TIER_ID");
                tier.typeRef = nz(attr(xml, "LINGUISTIC_TYPE_REF"));
                tier.parentRef = attr(xml, "PARENT_REF");
                tier.annotator = nz(attr(xml, "ANNOTATOR")).trim();
                tier.participant = nz(attr(xml, "PARTICIPANT")).trim();
                tier.line = xml.getLocation().getLineNumber();
                if (tierById.putIfAbsent(tier.id, tier) != null) {
                    throw new ImportException(file, where(xml), "tier '" + tier.id + "' is defined twice");
                }
                tiers.add(tier);
            }
            case "ALIGNABLE_ANNOTATION", "REF_ANNOTATION" -> {
                if (tier == null) {
                    throw new ImportException(file, where(xml), "<" + name + "> outside a tier");
                }
                annotation = new Annotation();
                annotation.id = required(xml, "ANNOTATION_ID");
                annotation.tier = tier;
                annotation.line = xml.getLocation().getLineNumber();
                annotation.cveRef = attr(xml, "CVE_REF");
                if (name.equals("ALIGNABLE_ANNOTATION")) {
                    annotation.alignable = true;
                    annotation.slot1 = slot(xml, required(xml, "TIME_SLOT_REF1"));
                    annotation.slot2 = slot(xml, required(xml, "TIME_SLOT_REF2"));
                } else {
                    annotation.ref = required(xml, "ANNOTATION_REF");
                    annotation.previous = attr(xml, "PREVIOUS_ANNOTATION");
                }
                if (tier.byId.putIfAbsent(annotation.id, annotation) != null) {
                    throw new ImportException(file, where(xml),
                            "annotation id '" + annotation.id + "' is used twice on tier '" + tier.id + "'");
                }
                if (annotationById.putIfAbsent(annotation.id, annotation) != null) {
                    warnings.add(file + ": line " + annotation.line + ": annotation id '" + annotation.id
                            + "' is used on more than one tier; references to it are resolved on the parent tier");
                }
                tier.annotations.add(annotation);
            }
            case "ANNOTATION_VALUE" -> {
                if (annotation != null) {
                    annotation.value = text(xml);
                }
            }
            case "LINGUISTIC_TYPE" -> {
                LinguisticType type = new LinguisticType();
                type.constraint = nz(attr(xml, "CONSTRAINTS"));
                type.vocabulary = attr(xml, "CONTROLLED_VOCABULARY_REF");
                types.put(required(xml, "LINGUISTIC_TYPE_ID"), type);
            }
            case "CONTROLLED_VOCABULARY" -> {
                vocabulary = new Vocabulary(required(xml, "CV_ID"));
                String description = attr(xml, "DESCRIPTION");
                if (description != null && !description.isEmpty()) {
                    vocabulary.descriptions.put("", description);
                }
                vocabularies.put(vocabulary.id, vocabulary);
            }
            case "DESCRIPTION" -> {
                if (vocabulary != null) {
                    String lang = nz(attr(xml, "LANG_REF"));
                    String text = text(xml).trim();
                    if (!text.isEmpty()) {
                        vocabulary.descriptions.put(lang, text);
                    }
                }
            }
            case "CV_ENTRY" -> { // EAF up to 2.7: the value is the text, the id is the value
                if (vocabulary != null) {
                    Entry old = new Entry();
                    String description = nz(attr(xml, "DESCRIPTION"));
                    String id = attr(xml, "CVE_ID");
                    String value = text(xml).trim();
                    old.id = id == null || id.isEmpty() ? value : id;
                    old.values.put("", value);
                    old.descriptions.put("", description);
                    vocabulary.entries.add(old);
                }
            }
            case "CV_ENTRY_ML" -> {
                if (vocabulary != null) {
                    entry = new Entry();
                    entry.id = required(xml, "CVE_ID");
                    vocabulary.entries.add(entry);
                }
            }
            case "CVE_VALUE" -> {
                if (entry != null) {
                    String lang = nz(attr(xml, "LANG_REF"));
                    String description = nz(attr(xml, "DESCRIPTION"));
                    entry.values.put(lang, text(xml).trim());
                    entry.descriptions.put(lang, description);
                }
            }
            default -> {
            }
            }
        }
        if (!rootSeen) {
            throw new ImportException(file, "", "empty document: no <ANNOTATION_DOCUMENT>");
        }
    }

    private int slot(XMLStreamReader xml, String id) throws ImportException {
        Integer index = slotIndex.get(id);
        if (index == null) {
            throw new ImportException(file, where(xml), "time slot '" + id + "' is not defined in TIME_ORDER");
        }
        return index;
    }

    private long parseLong(XMLStreamReader xml, String attribute, String value) throws ImportException {
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw new ImportException(file, where(xml), attribute + " '" + abbreviate(value) + "' is not a whole number");
        }
    }

    static String abbreviate(String value) {
        return value.length() <= 40 ? value : value.substring(0, 37) + "...";
    }

    private static String nz(String value) {
        return value == null ? "" : value;
    }

    static String fileName(String url) {
        String path = url.replace('\\', '/');
        int slash = path.lastIndexOf('/');
        return slash >= 0 ? path.substring(slash + 1) : path;
    }

    // --- time ---------------------------------------------------------------------------

    private void resolveTimes() throws ImportException {
        int n = slotIds.size();
        long[] resolved = java.util.Arrays.copyOf(slotTimes, n);
        // parents before children, so a child chain can lean on its parent's slots
        for (Tier tier : tiersParentsFirst()) {
            interpolateChains(tier, resolved);
        }
        // whatever is still open: spread over TIME_ORDER between aligned neighbours
        interpolateRuns(resolved, null);
        for (Tier tier : tiers) {
            for (Annotation a : tier.annotations) {
                if (a.alignable) {
                    a.start = resolved[a.slot1];
                    a.end = Math.max(a.start, resolved[a.slot2]);
                }
            }
        }
        for (Tier tier : tiers) {
            for (Annotation a : tier.annotations) {
                if (!a.alignable) {
                    resolveReference(a, 0);
                }
            }
        }
    }

    private List<Tier> tiersParentsFirst() {
        List<Tier> ordered = new ArrayList<>();
        Set<Tier> placed = new HashSet<>();
        for (Tier tier : tiers) {
            place(tier, ordered, placed, 0);
        }
        return ordered;
    }

    private void place(Tier tier, List<Tier> ordered, Set<Tier> placed, int depth) {
        if (placed.contains(tier) || depth > tiers.size()) {
            return;
        }
        Tier parent = tier.parentRef == null ? null : tierById.get(tier.parentRef);
        if (parent != null) {
            place(parent, ordered, placed, depth + 1);
        }
        if (placed.add(tier)) {
            ordered.add(tier);
        }
    }

    /** Follows each chain of adjacent annotations on a tier and spreads its unaligned slots evenly. */
    private void interpolateChains(Tier tier, long[] resolved) {
        Map<Integer, Annotation> byBegin = new HashMap<>();
        Set<Integer> ends = new HashSet<>();
        for (Annotation a : tier.annotations) {
            if (a.alignable) {
                byBegin.putIfAbsent(a.slot1, a);
                ends.add(a.slot2);
            }
        }
        Set<Annotation> seen = new HashSet<>();
        for (Annotation head : tier.annotations) {
            if (!head.alignable || seen.contains(head) || ends.contains(head.slot1)) {
                continue; // not the first of its chain: reached from the head
            }
            List<Integer> chain = new ArrayList<>();
            chain.add(head.slot1);
            Annotation a = head;
            while (a != null && seen.add(a)) {
                chain.add(a.slot2);
                Annotation next = byBegin.get(a.slot2);
                a = next;
            }
            int[] slots = chain.stream().mapToInt(Integer::intValue).toArray();
            interpolateRuns(resolved, slots);
        }
        // annotations never reached (chains that loop back on themselves)
        for (Annotation a : tier.annotations) {
            if (a.alignable && !seen.contains(a)) {
                interpolateRuns(resolved, new int[] { a.slot1, a.slot2 });
            }
        }
    }

    /**
     * Spreads unresolved slots evenly between the resolved slots before and after them in the
     * given order (all of TIME_ORDER when {@code order} is null). An open run with nothing
     * resolved on one side stays open, unless the order is TIME_ORDER itself.
     */
    private static void interpolateRuns(long[] resolved, int[] order) {
        int n = order == null ? resolved.length : order.length;
        int i = 0;
        while (i < n) {
            if (resolved[slotAt(order, i)] >= 0) {
                i++;
                continue;
            }
            int runStart = i;
            while (i < n && resolved[slotAt(order, i)] < 0) {
                i++;
            }
            int before = runStart - 1;
            int after = i;
            if (before >= 0 && after < n) {
                long t0 = resolved[slotAt(order, before)];
                long t1 = Math.max(t0, resolved[slotAt(order, after)]);
                int steps = after - before;
                for (int k = runStart; k < after; k++) {
                    int slot = slotAt(order, k);
                    if (resolved[slot] < 0) {
                        resolved[slot] = t0 + Math.round((double) (t1 - t0) * (k - before) / steps);
                    }
                }
            } else if (order == null) {
                long fill = before >= 0 ? resolved[slotAt(order, before)] : after < n ? resolved[slotAt(order, after)] : 0;
                for (int k = runStart; k < after; k++) {
                    resolved[slotAt(order, k)] = fill;
                }
            }
        }
    }

    private static int slotAt(int[] order, int i) {
        return order == null ? i : order[i];
    }

    private Annotation parentOf(Annotation a) {
        Tier parentTier = a.tier.parentRef == null ? null : tierById.get(a.tier.parentRef);
        Annotation parent = parentTier == null ? null : parentTier.byId.get(a.ref);
        return parent != null ? parent : annotationById.get(a.ref);
    }

    private void resolveReference(Annotation a, int depth) throws ImportException {
        if (a.start != Long.MIN_VALUE) {
            return;
        }
        if (a.resolving || depth > 10_000) {
            throw new ImportException(file, "line " + a.line, "annotation '" + a.id + "' refers to itself through its parents");
        }
        Annotation parent = parentOf(a);
        if (parent == null) {
            throw new ImportException(file, "line " + a.line,
                    "annotation '" + a.id + "' refers to annotation '" + a.ref + "', which does not exist");
        }
        a.resolving = true;
        if (!parent.alignable) {
            resolveReference(parent, depth + 1);
        }
        a.resolving = false;
        LinguisticType type = types.get(a.tier.typeRef);
        if (type != null && type.constraint.equals("Symbolic_Subdivision")) {
            // ELAN shows the children of one parent side by side, in equal parts of its interval
            List<Annotation> siblings = orderedSiblings(a.tier, parent);
            int count = siblings.size();
            for (int k = 0; k < count; k++) {
                Annotation s = siblings.get(k);
                long span = parent.end - parent.start;
                s.start = parent.start + span * k / count;
                s.end = parent.start + span * (k + 1) / count;
            }
            if (a.start == Long.MIN_VALUE) {
                a.start = parent.start;
                a.end = parent.end;
            }
        } else {
            a.start = parent.start;
            a.end = parent.end;
        }
    }

    private List<Annotation> orderedSiblings(Tier tier, Annotation parent) {
        List<Annotation> siblings = new ArrayList<>();
        for (Annotation s : tier.annotations) {
            if (!s.alignable && parentOf(s) == parent) {
                siblings.add(s);
            }
        }
        // follow PREVIOUS_ANNOTATION from the one without a previous sibling
        Map<String, Annotation> byPrevious = new HashMap<>();
        Annotation first = null;
        for (Annotation s : siblings) {
            if (s.previous == null || s.previous.isEmpty()) {
                if (first == null) {
                    first = s;
                }
            } else {
                byPrevious.putIfAbsent(s.previous, s);
            }
        }
        if (first == null) {
            return siblings;
        }
        List<Annotation> ordered = new ArrayList<>();
        Set<Annotation> seen = new HashSet<>();
        for (Annotation s = first; s != null && seen.add(s); s = byPrevious.get(s.id)) {
            ordered.add(s);
        }
        for (Annotation s : siblings) {
            if (!seen.contains(s)) {
                ordered.add(s); // a broken chain: keep the rest in document order
            }
        }
        return ordered;
    }

    // --- into the neutral form ----------------------------------------------------------

    private Document build(String caseId) {
        boolean attune = properties.containsKey(ATTUNE_PROPERTY);
        String schemeName = properties.getOrDefault("attune:scheme", caseId + " (ELAN)");
        String schemeId = properties.getOrDefault("attune:scheme-id", "elan-" + slug(caseId));
        Scheme scheme = new Scheme(schemeId, schemeName);
        scheme.author = author;
        Document document = new Document(file, "eaf", scheme);
        document.warnings.addAll(warnings);
        Case kase = new Case(properties.getOrDefault("attune:case", caseId),
                properties.getOrDefault("attune:case-title", caseId));
        document.cases.add(kase);
        kase.media.addAll(media);
        if (attune && properties.containsKey("attune:media-offsets")) {
            String[] offsets = properties.get("attune:media-offsets").trim().split(" ");
            for (int i = 0; i < offsets.length && i < media.size(); i++) {
                try {
                    media.get(i).offsetMs = Long.parseLong(offsets[i]);
                } catch (NumberFormatException e) {
                    document.warnings.add(file + ": property attune:media-offsets: '" + offsets[i] + "' is not a number; ignored");
                }
            }
        }
        for (Tier tier : tiers) {
            if (tier.parentRef != null && !tierById.containsKey(tier.parentRef)) {
                document.warnings.add(file + ": line " + tier.line + ": tier '" + tier.id + "' names parent tier '"
                        + tier.parentRef + "', which does not exist; its annotations' own references are followed");
            }
        }
        Map<Annotation, Moment> momentOf = new HashMap<>();
        List<Tier> folded = new ArrayList<>();
        for (Tier tier : tiers) {
            if (attune && (tier.typeRef.startsWith(MODIFIER_TYPE_PREFIX) || tier.typeRef.equals(NOTE_TYPE))) {
                folded.add(tier);
                continue;
            }
            kase.addParticipant(tier.participant);
            String coder = tier.annotator.isEmpty() ? tier.id : tier.annotator;
            String categoryName = attune && !tier.typeRef.isEmpty() ? tier.typeRef : tier.id;
            Category category = scheme.categoryOrAdd(categoryName);
            LinguisticType type = types.get(tier.typeRef);
            Vocabulary vocabulary = type == null || type.vocabulary == null ? null : vocabularies.get(type.vocabulary);
            if (vocabulary != null && vocabulary.entries.isEmpty()) {
                if (attune) {
                    category.description = pick(vocabulary.descriptions); // a category without codes
                }
                vocabulary = null; // an external CV that is not in the file: the tier is free text
            }
            if (category.codes.isEmpty() && !(attune && vocabulary == null)) {
                if (vocabulary != null) {
                    category.description = pick(vocabulary.descriptions);
                    for (Entry e : vocabulary.entries) {
                        Code code = category.codeOrAdd(e.id, pick(e.values));
                        code.description = pick(e.descriptions);
                    }
                } else {
                    category.description = describe(tier);
                }
            }
            for (Annotation a : tier.annotations) {
                Code code = null;
                String transcript = "";
                if (vocabulary != null) {
                    code = a.cveRef == null ? null : category.code(a.cveRef);
                    if (code == null) {
                        code = byValue(vocabulary, category, a.value);
                    }
                    if (code == null) {
                        code = category.codeOrAdd(a.value.isEmpty() ? "(empty)" : a.value, a.value.isEmpty() ? "(empty)" : a.value);
                        if (code.description.isEmpty()) {
                            code.description = "not in the controlled vocabulary '" + vocabulary.id + "'";
                        }
                    } else if (!a.value.equals(code.label) && !matchesAny(vocabulary, code.id, a.value)) {
                        transcript = a.value;
                    }
                } else {
                    code = attune && !category.codes.isEmpty() ? category.codes.get(0) : category.codeOrAdd(tier.id, tier.id);
                    transcript = a.value;
                }
                Moment moment = new Moment(category.name, code.id, coder, a.start, a.end);
                // a text that only repeats the code's label says nothing more
                moment.transcript = transcript.equals(code.label) ? "" : transcript;
                kase.moments.add(moment);
                momentOf.put(a, moment);
            }
        }
        for (Tier tier : folded) {
            for (Annotation a : tier.annotations) {
                Annotation parent = a.alignable ? null : parentOf(a);
                Moment target = parent == null ? null : momentOf.get(parent);
                if (target == null) {
                    document.warnings.add(file + ": line " + a.line + ": '" + a.value + "' on tier '" + tier.id
                            + "' belongs to no moment; left out");
                    continue;
                }
                if (tier.typeRef.equals(NOTE_TYPE)) {
                    target.note = a.value;
                } else {
                    target.modifierValues.put(tier.typeRef.substring(MODIFIER_TYPE_PREFIX.length()), a.value);
                }
            }
        }
        // modifiers the folded tiers named become part of the codes that use them
        if (attune) {
            for (Moment m : kase.moments) {
                Code code = scheme.category(m.category).code(m.code);
                for (String name : m.modifierValues.keySet()) {
                    if (code.modifier(name) == null) {
                        code.modifiers.add(new Interchange.Modifier(name, Interchange.ModifierType.TEXT));
                    }
                }
            }
            String points = properties.getOrDefault("attune:point-codes", "");
            for (String key : points.split("\n")) {
                int bar = key.indexOf('\t');
                if (bar > 0) {
                    Category c = scheme.category(key.substring(0, bar));
                    Code code = c == null ? null : c.code(key.substring(bar + 1));
                    if (code != null) {
                        code.kind = Interchange.Kind.POINT;
                    }
                }
            }
        }
        return document;
    }

    private String describe(Tier tier) {
        StringBuilder text = new StringBuilder("ELAN tier '" + tier.id + "'");
        if (!tier.typeRef.isEmpty()) {
            text.append(", type '").append(tier.typeRef).append('\'');
        }
        if (!tier.participant.isEmpty()) {
            text.append(", participant ").append(tier.participant);
        }
        return text.toString();
    }

    private Code byValue(Vocabulary vocabulary, Category category, String value) {
        for (Entry e : vocabulary.entries) {
            if (e.values.containsValue(value)) {
                return category.code(e.id);
            }
        }
        return null;
    }

    private static boolean matchesAny(Vocabulary vocabulary, String id, String value) {
        for (Entry e : vocabulary.entries) {
            if (e.id.equals(id)) {
                return e.values.containsValue(value);
            }
        }
        return false;
    }

    /** The value in the preferred language, else English, else the first one given. */
    private String pick(Map<String, String> byLanguage) {
        if (byLanguage.isEmpty()) {
            return "";
        }
        String value = byLanguage.get(preferredLanguage);
        if (value == null || value.isEmpty()) {
            value = byLanguage.get("eng");
        }
        if (value == null || value.isEmpty()) {
            value = byLanguage.values().stream().filter(v -> !v.isEmpty()).findFirst().orElse("");
        }
        return value;
    }

    static String slug(String text) {
        String slug = text.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return slug.isEmpty() ? "x" : slug;
    }
}
