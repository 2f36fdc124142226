package org.attune.index.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.attune.index.MomentRecord;
import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.ModelFactory;
import org.attune.model.ModifierValue;
import org.attune.model.store.CorpusStore;

/**
 * Writes records as a corpus of the coding model through {@link CorpusStore}, so that the
 * search benchmark indexes and scans the very files a lab's corpus has.
 */
public final class ModelCorpusWriter {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private ModelCorpusWriter() {
    }

    public static void write(Path dir, String name, List<List<MomentRecord>> cases) throws IOException {
        // the scheme: every code the records use, under its category path
        CodingScheme scheme = F.createCodingScheme();
        scheme.setId("scheme");
        Map<String, Code> codes = new HashMap<>();
        Map<String, Category> categories = new HashMap<>();
        for (List<MomentRecord> records : cases) {
            for (MomentRecord r : records) {
                if (scheme.getName() == null) {
                    scheme.setName(r.scheme());
                }
                codes.computeIfAbsent(r.codeId(), id -> {
                    Code code = F.createCode();
                    code.setId(id);
                    code.setLabel(r.codeLabel());
                    code.setKind(r.durationMs() == 0 ? CodeKind.POINT : CodeKind.INTERVAL);
                    category(scheme, categories, r.categoryPath()).getCodes().add(code);
                    return code;
                });
            }
        }
        try (CorpusStore store = CorpusStore.create(dir, name)) {
            CodingScheme stored = store.addScheme(scheme);
            Map<String, Coder> coders = new HashMap<>();
            for (List<MomentRecord> records : cases) {
                if (records.isEmpty()) {
                    continue;
                }
                MomentRecord first = records.get(0);
                Case theCase = store.createCase(first.caseId(), first.caseTitle());
                theCase.getParticipants().addAll(first.participants());
                theCase.setScheme(stored);
                for (MomentRecord r : records) {
                    Coder coder = coders.computeIfAbsent(r.coder(),
                            n -> store.addCoder(n.toLowerCase(Locale.ROOT), n));
                    CodedMoment moment = CorpusStore.addMoment(theCase, stored.findCode(r.codeId()), coder,
                            r.startMs(), r.endMs());
                    moment.setNote(r.note());
                    moment.setTranscript(r.transcript());
                    for (Map.Entry<String, String> m : r.modifiers().entrySet()) {
                        ModifierValue value = F.createModifierValue();
                        value.setName(m.getKey());
                        value.setValue(m.getValue());
                        moment.getModifierValues().add(value);
                    }
                }
                store.saveCase(theCase);
            }
            store.save();
        }
    }

    private static Category category(CodingScheme scheme, Map<String, Category> categories, List<String> path) {
        Category parent = null;
        StringBuilder key = new StringBuilder();
        for (String level : path.isEmpty() ? List.of("codes") : path) {
            key.append('/').append(level);
            Category p = parent;
            parent = categories.computeIfAbsent(key.toString(), k -> {
                Category c = F.createCategory();
                c.setName(level);
                if (p == null) {
                    scheme.getCategories().add(c);
                } else {
                    p.getSubCategories().add(c);
                }
                return c;
            });
        }
        return parent;
    }
}
