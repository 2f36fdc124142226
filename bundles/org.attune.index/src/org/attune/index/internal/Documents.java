package org.attune.index.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.util.BytesRef;
import org.attune.index.MomentRecord;

/** Turns a {@link MomentRecord} into a Lucene document and a stored document back into a record. */
public final class Documents {

    private static final char SEP = '\u001f';

    private Documents() {
    }

    public static Document toDocument(String unit, MomentRecord m) {
        Document doc = new Document();
        doc.add(new StringField(Fields.UNIT, unit, Field.Store.NO));
        keyword(doc, Fields.CASE, m.caseId(), true);
        keyword(doc, Fields.CODER, m.coder(), true);
        if (!m.coderId().isEmpty()) {
            doc.add(new StringField(Fields.CODER, Fields.normalize(m.coderId()), Field.Store.NO));
            doc.add(new StoredField(Fields.CODER_ID, m.coderId()));
        }
        keyword(doc, Fields.SCHEME, m.scheme(), false);
        // code: its label and its id both match; the label is what is shown, sorted and counted
        keyword(doc, Fields.CODE, m.codeLabel(), true);
        if (!m.codeId().isEmpty() && !m.codeId().equalsIgnoreCase(m.codeLabel())) {
            doc.add(new StringField(Fields.CODE, Fields.normalize(m.codeId()), Field.Store.NO));
        }
        doc.add(new StoredField(Fields.CODE_ID, m.codeId()));
        if (!m.momentId().isEmpty()) {
            doc.add(new StoredField(Fields.MOMENT_ID, m.momentId()));
        }
        // category: every level by name and every path prefix ("outer/inner")
        Set<String> categoryTerms = new LinkedHashSet<>();
        StringBuilder prefix = new StringBuilder();
        for (String level : m.categoryPath()) {
            String name = Fields.normalize(level);
            categoryTerms.add(name);
            prefix.append(prefix.length() == 0 ? "" : "/").append(name);
            categoryTerms.add(prefix.toString());
        }
        for (String term : categoryTerms) {
            doc.add(new StringField(Fields.CATEGORY, term, Field.Store.NO));
        }
        doc.add(new StoredField(Fields.CATEGORY_PATH, String.join(String.valueOf(SEP), m.categoryPath())));
        for (Map.Entry<String, String> modifier : m.modifiers().entrySet()) {
            doc.add(new StringField(Fields.modifierField(modifier.getKey()), Fields.normalize(modifier.getValue()),
                    Field.Store.NO));
            doc.add(new StoredField(Fields.MODIFIERS, modifier.getKey() + SEP + modifier.getValue()));
        }
        doc.add(new TextField(Fields.TITLE, m.caseTitle(), Field.Store.YES));
        for (String participant : m.participants()) {
            doc.add(new TextField(Fields.PARTICIPANT, participant, Field.Store.YES));
        }
        doc.add(new TextField(Fields.NOTE, m.note(), Field.Store.YES));
        doc.add(new TextField(Fields.TRANSCRIPT, m.transcript(), Field.Store.YES));
        time(doc, Fields.START, m.startMs());
        time(doc, Fields.END, m.endMs());
        time(doc, Fields.DURATION, m.durationMs());

        StringBuilder all = new StringBuilder();
        all.append(m.caseId()).append('\n').append(m.caseTitle()).append('\n');
        m.participants().forEach(p -> all.append(p).append('\n'));
        all.append(m.coder()).append('\n').append(m.coderId()).append('\n').append(m.scheme()).append('\n');
        m.categoryPath().forEach(c -> all.append(c).append('\n'));
        all.append(m.codeLabel()).append('\n').append(m.codeId()).append('\n');
        m.modifiers().values().forEach(v -> all.append(v).append('\n'));
        all.append(m.note()).append('\n').append(m.transcript());
        doc.add(new TextField(Fields.ALL, all.toString(), Field.Store.NO));
        return doc;
    }

    private static void keyword(Document doc, String field, String value, boolean sorted) {
        doc.add(new StringField(field, Fields.normalize(value), Field.Store.NO));
        doc.add(new StoredField(field, value));
        if (sorted) {
            doc.add(new SortedDocValuesField(field, new BytesRef(value)));
        }
    }

    private static void time(Document doc, String field, long ms) {
        doc.add(new LongPoint(field, ms));
        doc.add(new NumericDocValuesField(field, ms));
        doc.add(new StoredField(field, ms));
    }

    /** The record a stored document was made from. */
    public static MomentRecord toRecord(Document doc) {
        List<String> participants = new ArrayList<>();
        for (IndexableField field : doc.getFields(Fields.PARTICIPANT)) {
            participants.add(field.stringValue());
        }
        String categories = doc.get(Fields.CATEGORY_PATH);
        List<String> path = categories == null || categories.isEmpty() ? List.of()
                : List.of(categories.split(String.valueOf(SEP), -1));
        Map<String, String> modifiers = new TreeMap<>();
        for (IndexableField field : doc.getFields(Fields.MODIFIERS)) {
            String pair = field.stringValue();
            int sep = pair.indexOf(SEP);
            modifiers.put(pair.substring(0, sep), pair.substring(sep + 1));
        }
        return new MomentRecord(doc.get(Fields.CASE), doc.get(Fields.TITLE), participants, doc.get(Fields.CODER),
                doc.get(Fields.SCHEME), path, doc.get(Fields.CODE_ID), doc.get(Fields.CODE), modifiers,
                doc.get(Fields.NOTE), doc.get(Fields.TRANSCRIPT), number(doc, Fields.START), number(doc, Fields.END),
                doc.get(Fields.CODER_ID), doc.get(Fields.MOMENT_ID));
    }

    private static long number(Document doc, String field) {
        IndexableField value = doc.getField(field);
        return value == null || value.numericValue() == null ? 0 : value.numericValue().longValue();
    }
}
