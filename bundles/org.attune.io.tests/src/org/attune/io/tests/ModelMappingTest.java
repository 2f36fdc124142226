package org.attune.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.io.Importer;
import org.attune.io.Interchange;
import org.attune.io.Interchange.Document;
import org.attune.io.ModelMapping;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.Coder;
import org.attune.model.ModelFactory;
import org.attune.model.util.ModelRules;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Interchange → coding model → interchange keeps every moment; the model's own rules accept the result. */
class ModelMappingTest {

    @TestFactory
    List<DynamicTest> everyRealFileMapsOntoTheModelAndBack() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : TestFiles.all("eaf", "opf", "boris")) {
            tests.add(DynamicTest.dynamicTest(TestFiles.root().relativize(file).toString(), () -> {
                Document document = Importer.read(file, Importer.Options.DEFAULT).get(0);
                ModelMapping.SchemeMapping scheme = ModelMapping.toScheme(document.scheme);
                Set<String> ids = new HashSet<>();
                for (Code code : scheme.scheme.allCodes()) {
                    assertTrue(ids.add(code.getId()), "code ids are unique in the scheme: " + code.getId());
                }
                Map<String, Coder> coders = new HashMap<>();
                for (Interchange.Case source : document.cases) {
                    Case kase = ModelMapping.toCase(source, scheme, name -> coders.computeIfAbsent(name, n -> {
                        Coder coder = ModelFactory.eINSTANCE.createCoder();
                        coder.setId("c" + coders.size());
                        coder.setName(n);
                        return coder;
                    }), media -> media.reference, 1L);
                    Diagnostic diagnostic = ModelRules.validate(kase);
                    for (Diagnostic child : diagnostic.getChildren()) {
                        assertTrue(child.getCode() == ModelRules.MISSING_MEDIA_FILE, child.getMessage());
                    }
                    Interchange.Case back = ModelMapping.fromCase(kase);
                    Interchange.Scheme backScheme = ModelMapping.fromScheme(scheme.scheme);
                    assertEquals(source.moments.size(), back.moments.size());
                    for (int i = 0; i < source.moments.size(); i++) {
                        Interchange.Moment a = source.moments.get(i);
                        Interchange.Moment b = back.moments.get(i);
                        assertEquals(a.category, b.category);
                        assertEquals(document.scheme.category(a.category).code(a.code).label,
                                backScheme.category(b.category).code(b.code).label);
                        assertEquals(a.coder, b.coder);
                        assertEquals(a.startMs, b.startMs);
                        assertEquals(a.endMs, b.endMs);
                        assertEquals(a.modifierValues, b.modifierValues);
                        assertEquals(a.note, b.note);
                        assertEquals(a.transcript, b.transcript);
                    }
                    assertEquals(source.media.stream().map(m -> m.offsetMs).toList(), back.media.stream().map(m -> m.offsetMs).toList());
                    assertEquals(source.participants, back.participants);
                }
            }));
        }
        return tests;
    }

    @Test
    void clashingCodeIdsArePrefixedByTheirCategory() throws Exception {
        Document document = RealFilesTest.read(TestFiles.SAMPLE_28);
        ModelMapping.SchemeMapping scheme = ModelMapping.toScheme(document.scheme);
        Code verb = scheme.code("words-pos", "cveid0");
        Code preparation = scheme.code("gestures", "cveid0");
        assertNotSame(verb, preparation);
        assertEquals("v", verb.getLabel());
        assertEquals("words-pos.cveid0", verb.getId());
        assertEquals("prep", preparation.getLabel());
        assertEquals("gestures.cveid0", preparation.getId());
    }
}
