package org.attune.io.internal;

import java.io.OutputStream;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.attune.io.Interchange.Case;
import org.attune.io.Interchange.Category;
import org.attune.io.Interchange.Code;
import org.attune.io.Interchange.Kind;
import org.attune.io.Interchange.Media;
import org.attune.io.Interchange.Moment;
import org.attune.io.Interchange.Scheme;

/**
 * Writes one case as an EAF 3.0 document that ELAN opens and the EAF 3.0 schema accepts.
 * Each category × coder becomes a tier (ANNOTATOR = coder) of a linguistic type named after
 * the category, whose controlled vocabulary holds the category's codes; modifiers and notes
 * go on symbolic-association child tiers. Header properties mark the file as Attune's, so
 * that importing it again gives back the same moments.
 */
public final class EafWriter {

    private EafWriter() {
    }

    private static final class Tier {
        final String id;
        final Category category;
        final String coder;
        final List<Moment> moments = new ArrayList<>();

        Tier(String id, Category category, String coder) {
            this.id = id;
            this.category = category;
            this.coder = coder;
        }
    }

    /**
     * @param mediaUrl gives MEDIA_URL and RELATIVE_MEDIA_URL (may be null) of a media source
     */
    public static void write(Scheme scheme, Case kase, Function<Media, String[]> mediaUrl, OutputStream out)
            throws XMLStreamException {
        // tiers: category × coder, categories in the scheme's order, coders in the order moments name them;
        // a category without moments still gets an empty tier, so that the scheme comes back whole
        Map<String, Set<String>> codersByCategory = new LinkedHashMap<>();
        for (Moment m : kase.moments) {
            if (scheme.category(m.category) == null) {
                throw new IllegalArgumentException("category '" + m.category + "' is not in scheme '" + scheme.name + "'");
            }
            codersByCategory.computeIfAbsent(m.category, c -> new LinkedHashSet<>()).add(m.coder);
        }
        Set<String> tierIds = new LinkedHashSet<>();
        Map<String, Map<String, Tier>> tiers = new LinkedHashMap<>();
        for (Category category : scheme.categories) {
            Set<String> coders = codersByCategory.getOrDefault(category.name, Set.of());
            Map<String, Tier> byCoder = new LinkedHashMap<>();
            for (String coder : coders.isEmpty() ? Set.of("") : coders) {
                String id = coders.size() <= 1 ? category.name : category.name + " - " + coder;
                String unique = id;
                for (int n = 2; !tierIds.add(unique); n++) {
                    unique = id + " (" + n + ")";
                }
                byCoder.put(coder, new Tier(unique, category, coder));
            }
            tiers.put(category.name, byCoder);
        }
        for (Moment m : kase.moments) {
            tiers.get(m.category).get(m.coder).moments.add(m);
        }
        // time slots: two per moment, numbered in time order as ELAN does
        int count = kase.moments.size();
        long[] times = new long[count * 2];
        Map<Moment, Integer> index = new java.util.IdentityHashMap<>();
        int k = 0;
        for (Map<String, Tier> byCoder : tiers.values()) {
            for (Tier tier : byCoder.values()) {
                tier.moments.sort((a, b) -> Long.compare(a.startMs, b.startMs));
                for (Moment m : tier.moments) {
                    index.put(m, k);
                    times[2 * k] = m.startMs;
                    times[2 * k + 1] = m.endMs;
                    k++;
                }
            }
        }
        Integer[] order = new Integer[count * 2];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> times[a] != times[b] ? Long.compare(times[a], times[b]) : Integer.compare(a, b));
        int[] slotNumber = new int[count * 2];
        for (int i = 0; i < order.length; i++) {
            slotNumber[order[i]] = i + 1;
        }

        XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
        xml.writeStartDocument("UTF-8", "1.0");
        xml.writeCharacters("\n");
        xml.writeStartElement("ANNOTATION_DOCUMENT");
        xml.writeAttribute("AUTHOR", clean(scheme.author.isEmpty() ? "Attune" : scheme.author));
        xml.writeAttribute("DATE", OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        xml.writeAttribute("FORMAT", "3.0");
        xml.writeAttribute("VERSION", "3.0");
        xml.writeNamespace("xsi", "http://www.w3.org/2001/XMLSchema-instance");
        xml.writeAttribute("xsi", "http://www.w3.org/2001/XMLSchema-instance", "noNamespaceSchemaLocation",
                "http://www.mpi.nl/tools/elan/EAFv3.0.xsd");
        line(xml, 1);
        xml.writeStartElement("HEADER");
        xml.writeAttribute("MEDIA_FILE", "");
        xml.writeAttribute("TIME_UNITS", "milliseconds");
        for (Media media : kase.media) {
            String[] urls = mediaUrl.apply(media);
            line(xml, 2);
            xml.writeEmptyElement("MEDIA_DESCRIPTOR");
            xml.writeAttribute("MEDIA_URL", clean(urls[0]));
            xml.writeAttribute("MIME_TYPE", media.mimeType.isEmpty() ? mimeType(urls[0]) : clean(media.mimeType));
            if (urls.length > 1 && urls[1] != null) {
                xml.writeAttribute("RELATIVE_MEDIA_URL", clean(urls[1]));
            }
            if (media.offsetMs < 0) {
                xml.writeAttribute("TIME_ORIGIN", Long.toString(-media.offsetMs));
            }
        }
        property(xml, EafReader.ATTUNE_PROPERTY, "1");
        property(xml, "attune:scheme", scheme.name);
        property(xml, "attune:scheme-id", scheme.id);
        property(xml, "attune:case", kase.id);
        property(xml, "attune:case-title", kase.title);
        StringBuilder points = new StringBuilder();
        for (Category category : scheme.categories) {
            for (Code code : category.codes) {
                if (code.kind == Kind.POINT) {
                    points.append(category.name).append('\t').append(code.id).append('\n');
                }
            }
        }
        if (points.length() > 0) {
            property(xml, "attune:point-codes", points.toString());
        }
        // ELAN can only start a case inside a medium (TIME_ORIGIN); a medium that starts later is kept here
        StringBuilder offsets = new StringBuilder();
        for (Media media : kase.media) {
            offsets.append(offsets.length() == 0 ? "" : " ").append(media.offsetMs);
        }
        if (kase.media.stream().anyMatch(m -> m.offsetMs > 0)) {
            property(xml, "attune:media-offsets", offsets.toString());
        }
        property(xml, "lastUsedAnnotationId", Integer.toString(count * 4));
        line(xml, 1);
        xml.writeEndElement();
        line(xml, 1);
        xml.writeStartElement("TIME_ORDER");
        for (int i = 0; i < order.length; i++) {
            line(xml, 2);
            xml.writeEmptyElement("TIME_SLOT");
            xml.writeAttribute("TIME_SLOT_ID", "ts" + (i + 1));
            xml.writeAttribute("TIME_VALUE", Long.toString(times[order[i]]));
        }
        line(xml, 1);
        xml.writeEndElement();

        int[] nextId = { count + 1 };
        Set<String> modifierTypes = new LinkedHashSet<>();
        boolean notes = false;
        for (Map<String, Tier> byCoder : tiers.values()) {
            for (Tier tier : byCoder.values()) {
                line(xml, 1);
                xml.writeStartElement("TIER");
                xml.writeAttribute("TIER_ID", clean(tier.id));
                if (!tier.coder.isEmpty()) {
                    xml.writeAttribute("ANNOTATOR", clean(tier.coder));
                }
                xml.writeAttribute("LINGUISTIC_TYPE_REF", clean(tier.category.name));
                for (Moment m : tier.moments) {
                    int i = index.get(m);
                    Code code = tier.category.code(m.code);
                    line(xml, 2);
                    xml.writeStartElement("ANNOTATION");
                    xml.writeStartElement("ALIGNABLE_ANNOTATION");
                    xml.writeAttribute("ANNOTATION_ID", "a" + (i + 1));
                    xml.writeAttribute("TIME_SLOT_REF1", "ts" + slotNumber[2 * i]);
                    xml.writeAttribute("TIME_SLOT_REF2", "ts" + slotNumber[2 * i + 1]);
                    if (code != null) {
                        xml.writeAttribute("CVE_REF", clean(code.id));
                    }
                    xml.writeStartElement("ANNOTATION_VALUE");
                    xml.writeCharacters(clean(m.transcript.isEmpty() ? (code == null ? m.code : code.label) : m.transcript));
                    xml.writeEndElement();
                    xml.writeEndElement();
                    xml.writeEndElement();
                }
                line(xml, 1);
                xml.writeEndElement();
                // modifiers and notes: one child tier each
                Set<String> names = new LinkedHashSet<>();
                boolean tierNotes = false;
                for (Moment m : tier.moments) {
                    names.addAll(m.modifierValues.keySet());
                    tierNotes |= !m.note.isEmpty();
                }
                for (String name : names) {
                    modifierTypes.add(name);
                    childTier(xml, tier, tier.id + "/" + name, EafReader.MODIFIER_TYPE_PREFIX + name, index, nextId,
                            m -> m.modifierValues.get(name));
                }
                if (tierNotes) {
                    notes = true;
                    childTier(xml, tier, tier.id + "/note", EafReader.NOTE_TYPE, index, nextId, m -> m.note.isEmpty() ? null : m.note);
                }
            }
        }
        for (Map<String, Tier> byCoder : tiers.values()) {
            Category category = byCoder.values().iterator().next().category;
            line(xml, 1);
            xml.writeEmptyElement("LINGUISTIC_TYPE");
            xml.writeAttribute("GRAPHIC_REFERENCES", "false");
            xml.writeAttribute("LINGUISTIC_TYPE_ID", clean(category.name));
            xml.writeAttribute("TIME_ALIGNABLE", "true");
            xml.writeAttribute("CONTROLLED_VOCABULARY_REF", clean(category.name));
        }
        List<String> childTypes = new ArrayList<>();
        for (String name : modifierTypes) {
            childTypes.add(EafReader.MODIFIER_TYPE_PREFIX + name);
        }
        if (notes) {
            childTypes.add(EafReader.NOTE_TYPE);
        }
        for (String type : childTypes) {
            line(xml, 1);
            xml.writeEmptyElement("LINGUISTIC_TYPE");
            xml.writeAttribute("CONSTRAINTS", "Symbolic_Association");
            xml.writeAttribute("GRAPHIC_REFERENCES", "false");
            xml.writeAttribute("LINGUISTIC_TYPE_ID", clean(type));
            xml.writeAttribute("TIME_ALIGNABLE", "false");
        }
        line(xml, 1);
        xml.writeEmptyElement("LANGUAGE");
        xml.writeAttribute("LANG_DEF", "http://cdb.iso.org/lg/CDB-00130975-001");
        xml.writeAttribute("LANG_ID", "und");
        xml.writeAttribute("LANG_LABEL", "undetermined (und)");
        if (!childTypes.isEmpty()) {
            line(xml, 1);
            xml.writeEmptyElement("CONSTRAINT");
            xml.writeAttribute("DESCRIPTION", "1-1 association with a parent annotation");
            xml.writeAttribute("STEREOTYPE", "Symbolic_Association");
        }
        for (Map<String, Tier> byCoder : tiers.values()) {
            Category category = byCoder.values().iterator().next().category;
            line(xml, 1);
            xml.writeStartElement("CONTROLLED_VOCABULARY");
            xml.writeAttribute("CV_ID", clean(category.name));
            line(xml, 2);
            xml.writeStartElement("DESCRIPTION");
            xml.writeAttribute("LANG_REF", "und");
            xml.writeCharacters(clean(category.description));
            xml.writeEndElement();
            for (Code code : category.codes) {
                line(xml, 2);
                xml.writeStartElement("CV_ENTRY_ML");
                xml.writeAttribute("CVE_ID", clean(code.id));
                xml.writeStartElement("CVE_VALUE");
                if (!code.description.isEmpty()) {
                    xml.writeAttribute("DESCRIPTION", clean(code.description));
                }
                xml.writeAttribute("LANG_REF", "und");
                xml.writeCharacters(clean(code.label));
                xml.writeEndElement();
                xml.writeEndElement();
            }
            line(xml, 1);
            xml.writeEndElement();
        }
        xml.writeCharacters("\n");
        xml.writeEndElement();
        xml.writeCharacters("\n");
        xml.writeEndDocument();
        xml.flush();
        xml.close();
    }

    private static void childTier(XMLStreamWriter xml, Tier parent, String id, String type, Map<Moment, Integer> index,
            int[] nextId, Function<Moment, String> value) throws XMLStreamException {
        line(xml, 1);
        xml.writeStartElement("TIER");
        xml.writeAttribute("TIER_ID", clean(id));
        xml.writeAttribute("ANNOTATOR", clean(parent.coder));
        xml.writeAttribute("LINGUISTIC_TYPE_REF", clean(type));
        xml.writeAttribute("PARENT_REF", clean(parent.id));
        for (Moment m : parent.moments) {
            String text = value.apply(m);
            if (text == null) {
                continue;
            }
            line(xml, 2);
            xml.writeStartElement("ANNOTATION");
            xml.writeStartElement("REF_ANNOTATION");
            xml.writeAttribute("ANNOTATION_ID", "a" + nextId[0]++);
            xml.writeAttribute("ANNOTATION_REF", "a" + (index.get(m) + 1));
            xml.writeStartElement("ANNOTATION_VALUE");
            xml.writeCharacters(clean(text));
            xml.writeEndElement();
            xml.writeEndElement();
            xml.writeEndElement();
        }
        line(xml, 1);
        xml.writeEndElement();
    }

    private static void property(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        line(xml, 2);
        xml.writeStartElement("PROPERTY");
        xml.writeAttribute("NAME", name);
        xml.writeCharacters(clean(value));
        xml.writeEndElement();
    }

    private static final String[] INDENT = { "\n", "\n    ", "\n        " };

    private static void line(XMLStreamWriter xml, int depth) throws XMLStreamException {
        xml.writeCharacters(INDENT[depth]);
    }

    /** Characters XML 1.0 cannot hold are dropped (a stray control character must not make the file unreadable). */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0xFFFE || c == 0xFFFF) {
                StringBuilder out = new StringBuilder(text.length());
                for (int j = 0; j < text.length(); j++) {
                    char d = text.charAt(j);
                    if (!(d < 0x20 && d != '\t' && d != '\n' && d != '\r' || d == 0xFFFE || d == 0xFFFF)) {
                        out.append(d);
                    }
                }
                return out.toString();
            }
        }
        return text;
    }

    static String mimeType(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".mp4") || lower.endsWith(".m4v")) {
            return "video/mp4";
        }
        if (lower.endsWith(".mov")) {
            return "video/quicktime";
        }
        if (lower.endsWith(".mpg") || lower.endsWith(".mpeg")) {
            return "video/mpeg";
        }
        if (lower.endsWith(".wav")) {
            return "audio/x-wav";
        }
        if (lower.endsWith(".mp3")) {
            return "audio/mpeg";
        }
        if (lower.endsWith(".webm")) {
            return "video/webm";
        }
        return "video/*";
    }
}
