package org.attune.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.attune.io.ImportException;
import org.attune.io.Importer;
import org.attune.io.Interchange.Case;
import org.attune.io.Interchange.Category;
import org.attune.io.Interchange.Code;
import org.attune.io.Interchange.Document;
import org.attune.io.Interchange.Kind;
import org.attune.io.Interchange.Media;
import org.attune.io.Interchange.Moment;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every real ELAN, Datavyu and BORIS file imports, or is refused with a message naming it. */
class RealFilesTest {

    /** Moments per file, counted in the files themselves (annotations; Datavyu cells; BORIS events, START+STOP = 1). */
    private static final Map<String, Integer> MOMENTS = Map.ofEntries(
            Map.entry("sample_2.7.eaf", 8778), Map.entry("sample_2.8.eaf", 8778), Map.entry("sample_3.0.eaf", 8778),
            Map.entry("t.eaf", 58), Map.entry("fto.eaf", 7), Map.entry("example.eaf", 136),
            Map.entry("test_utterance_word_phone.eaf", 3450), Map.entry("test_utterance.eaf", 148),
            Map.entry("expected_webvtt.eaf", 571), Map.entry("elan_annotations.eaf", 149),
            Map.entry("expected_simultaneous_speech.eaf", 4), Map.entry("participant_check.eaf", 12),
            Map.entry("test_symbolic_tiers.eaf", 11),
            Map.entry("demo_data_to_csv.opf", 60), Map.entry("demo_data_to_csv2.opf", 60), Map.entry("oldProjectFormat.opf", 196),
            Map.entry("location1.opf", 50), Map.entry("simple3.opf", 3), Map.entry("missingVideo.opf", 0),
            Map.entry("test2.boris", 51), Map.entry("test_without_media_files_paths.boris", 51),
            Map.entry("test_with_leading_trailing_spaces_in_modifiers.boris", 4), Map.entry("otx_import_test.boris", 0));

    @TestFactory
    List<DynamicTest> everyRealFileImportsOrIsRefusedClearly() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        List<Path> files = TestFiles.all("eaf", "opf", "boris");
        assertEquals(34, files.size(), "all real EAF, OPF and BORIS files are here");
        for (Path file : files) {
            tests.add(DynamicTest.dynamicTest(TestFiles.root().relativize(file).toString(), () -> {
                String name = file.getFileName().toString();
                try {
                    List<Document> documents = Importer.read(file, Importer.Options.DEFAULT);
                    assertEquals(1, documents.size());
                    Document document = documents.get(0);
                    for (Case kase : document.cases) {
                        for (Moment m : kase.moments) {
                            assertTrue(m.startMs >= 0 && m.endMs >= m.startMs, name + ": " + m.signature());
                            Category category = document.scheme.category(m.category);
                            assertNotNull(category, name + ": category of " + m.signature());
                            assertNotNull(category.code(m.code), name + ": code of " + m.signature());
                        }
                    }
                    Integer expected = MOMENTS.get(name);
                    if (expected != null && !file.toString().contains("olivierfriard+BORIS/test.boris")) {
                        assertEquals(expected.intValue(), document.momentCount(), name);
                    }
                } catch (ImportException e) {
                    assertTrue(e.getMessage().startsWith(name + ": "), e.getMessage());
                    fail("a real file was refused: " + e.getMessage());
                }
            }));
        }
        return tests;
    }

    @Test
    void eaf28And30GiveIdenticalResults() throws Exception {
        Document d28 = read(TestFiles.SAMPLE_28);
        Document d30 = read(TestFiles.SAMPLE_30);
        assertEquals(8778, d28.momentCount());
        assertEquals(signatures(d28), signatures(d30));
        // 2.7 writes vocabularies the old way (CV_ENTRY) and is the same demo document
        Document d27 = read(TestFiles.SAMPLE_27);
        assertEquals(8778, d27.momentCount());
    }

    @Test
    void referenceAnnotationsTakeTheirTimeFromTheirParents() throws Exception {
        Document d = read(TestFiles.SAMPLE_28);
        List<Moment> moments = d.cases.get(0).moments;
        List<Moment> text = moments.stream().filter(m -> m.category.equals("text")).toList();
        List<Moment> pos = moments.stream().filter(m -> m.category.equals("words-pos")).toList();
        List<Moment> symsub = moments.stream().filter(m -> m.category.equals("words-symsub")).toList();
        List<Moment> timesub = moments.stream().filter(m -> m.category.equals("words-timesub")).toList();
        assertFalse(pos.isEmpty());
        assertFalse(symsub.isEmpty());
        // each word of a symbolic subdivision lies inside one utterance of the parent tier
        for (Moment word : symsub) {
            assertTrue(text.stream().anyMatch(t -> t.startMs <= word.startMs && word.endMs <= t.endMs), word.signature());
        }
        // the words of one utterance tile it: n words, n equal parts
        for (Moment u : text.subList(0, 20)) {
            List<Moment> words = symsub.stream().filter(w -> w.startMs >= u.startMs && w.endMs <= u.endMs).toList();
            if (words.size() > 1) {
                assertEquals(u.startMs, words.stream().mapToLong(w -> w.startMs).min().getAsLong());
                assertEquals(u.endMs, words.stream().mapToLong(w -> w.endMs).max().getAsLong());
                long total = words.stream().mapToLong(Moment::durationMs).sum();
                assertEquals(u.durationMs(), total);
            }
        }
        // unaligned slots of a time subdivision: interpolated, never outside the parent
        for (Moment word : timesub) {
            assertTrue(text.stream().anyMatch(t -> t.startMs <= word.startMs && word.endMs <= t.endMs), word.signature());
            assertTrue(word.endMs > word.startMs, "interpolated words have a length: " + word.signature());
        }
        // POS tags are from the multilingual vocabulary, in English by default
        Category posCategory = d.scheme.category("words-pos");
        assertTrue(posCategory.codes.stream().map(c -> c.label).toList().containsAll(List.of("v", "n", "adj")));
        assertEquals("verb", posCategory.code("cveid0").description);
    }

    @Test
    void multilingualVocabulariesUseThePreferredLanguage() throws Exception {
        Document dutch = Importer.read(TestFiles.file(TestFiles.SAMPLE_28), new Importer.Options("nld", "")).get(0);
        Category pos = dutch.scheme.category("words-pos");
        assertEquals("ww", pos.code("cveid0").label);
        assertEquals("werkwoord", pos.code("cveid0").description);
        Category gestures = dutch.scheme.category("gestures");
        assertTrue(gestures.codes.stream().anyMatch(c -> c.label.equals("voorb")), "Gesture CV in Dutch");
    }

    @Test
    void timeOriginBecomesAMediaOffset() throws Exception {
        Document d = read(TestFiles.EXAMPLE);
        List<Media> media = d.cases.get(0).media;
        assertEquals(3, media.size());
        assertEquals(-5000, media.get(0).offsetMs, "the case starts 5 s into the video");
        assertEquals(0, media.get(1).offsetMs);
        assertTrue(media.get(2).role.contains("extracted from example.mp4"), media.get(2).role);
        assertEquals("video/mp4", media.get(0).mimeType);
    }

    @Test
    void annotatorIsTheCoderAndParticipantsAreKept() throws Exception {
        Document d = read("eaf/dopefishh+pympi/t.eaf");
        Case kase = d.cases.get(0);
        assertTrue(kase.participants.containsAll(List.of("S034", "S033")), kase.participants.toString());
        Map<String, Long> byCoder = kase.moments.stream().collect(Collectors.groupingBy(m -> m.coder, Collectors.counting()));
        assertTrue(byCoder.containsKey("RW"), byCoder.toString());
        // a tier without ANNOTATOR: its id is the coder
        assertTrue(kase.moments.stream().anyMatch(m -> m.coder.equals(m.category)), byCoder.toString());
        assertEquals(3, kase.media.size());
    }

    @Test
    void xsdInvalidEafFilesAreTakenInWithWarnings() throws Exception {
        Document participants = read(TestFiles.NZILBB + "participant_check.eaf");
        assertTrue(participants.warnings.stream().anyMatch(w -> w.contains("'a1'") && w.contains("participant_check.eaf: line")),
                participants.warnings.toString());
        // the tokens refer to 'a1' on their parent tier 'mop03-2b', not to the 'a1' of 'Interviewer'
        Moment utterance = participants.cases.get(0).moments.stream().filter(m -> m.category.equals("mop03-2b")).findFirst().get();
        List<Moment> tokens = participants.cases.get(0).moments.stream().filter(m -> m.category.equals("the-token-label")).toList();
        assertEquals(5, tokens.size());
        for (Moment token : tokens) {
            assertTrue(token.startMs >= utterance.startMs && token.endMs <= utterance.endMs);
        }
        Document symbolic = read(TestFiles.NZILBB + "test_symbolic_tiers.eaf");
        assertTrue(symbolic.warnings.stream().anyMatch(w -> w.contains("the-word-label")), symbolic.warnings.toString());
    }

    @Test
    void borisObservationsBecomeCasesWithPlayerOffsets() throws Exception {
        Document d = read(TestFiles.BORIS);
        assertEquals(12, d.cases.size());
        assertEquals(92, d.momentCount());
        Case positive = d.cases.stream().filter(c -> c.title.equals("offset positif")).findFirst().get();
        assertEquals(2, positive.media.size());
        assertEquals(0, positive.media.get(0).offsetMs);
        assertEquals(20000, positive.media.get(1).offsetMs, "player 2 starts 20 s later on the case timeline");
        assertEquals(25.0, positive.media.get(0).frameRate);
        Case negative = d.cases.stream().filter(c -> c.title.equals("offset neg")).findFirst().get();
        assertEquals(-20000, negative.media.get(1).offsetMs);
        // state events: START and STOP make one interval
        Case first = d.cases.stream().filter(c -> c.title.equals("observation #1")).findFirst().get();
        assertEquals(4, first.moments.size());
        Moment s = first.moments.get(0);
        assertEquals(3300, s.startMs);
        assertEquals(7750, s.endMs);
        assertEquals("subject1", s.modifierValues.get("subject"));
        // modifiers
        Case modifiers = d.cases.stream().filter(c -> c.title.equals("modifiers")).findFirst().get();
        assertTrue(modifiers.moments.stream().anyMatch(m -> "m2".equals(m.modifierValues.get("modif #1"))));
        Code q = d.scheme.category("Behaviours").code("q");
        assertEquals(Kind.POINT, q.kind);
        assertEquals(List.of("m1", "m2", "m3"), q.modifier("modif #1").allowedValues);
        // an unpaired START is closed and said so
        assertTrue(d.warnings.stream().anyMatch(w -> w.contains("live not paired") && w.contains("no STOP")), d.warnings.toString());
    }

    @Test
    void borisModifiersAreTrimmedAsBorisDoes() throws Exception {
        Document d = read("boris/olivierfriard+BORIS/tests/files/test_with_leading_trailing_spaces_in_modifiers.boris");
        Code p = d.scheme.category("Behaviours").code("p");
        assertEquals(List.of("a", "c", "d"), p.modifier("test 1").allowedValues);
        Moment first = d.cases.get(0).moments.get(0);
        assertEquals("a", first.modifierValues.get("test 1"));
        assertEquals("c", first.modifierValues.get("test 2"));
        Document old = read(TestFiles.BORIS_V4);
        assertEquals(5, old.cases.size());
        assertEquals(25, old.momentCount());
        Case withPlayers = old.cases.stream().filter(c -> c.media.size() == 2).findFirst().get();
        assertEquals(20000, withPlayers.media.get(1).offsetMs, "format 4: 'time offset second player'");
    }

    @Test
    void borisEthogramCategoriesBecomeCategories() throws Exception {
        Document d = read("boris/olivierfriard+BORIS/tests/files/otx_import_test.boris");
        assertEquals(0, d.cases.size());
        assertEquals(22, d.scheme.codeCount());
        assertNotNull(d.scheme.category("Food items").code("French fries"));
    }

    @Test
    void datavyuColumnsBecomeCategoriesAndMatrixArgumentsModifiers() throws Exception {
        Document d = read(TestFiles.OPF_UI + "demo_data_to_csv.opf");
        assertEquals(60, d.momentCount());
        Code matrix = d.scheme.category("matrix").code("matrix");
        assertEquals(4, matrix.modifiers.size());
        Moment cell = d.cases.get(0).moments.stream().filter(m -> m.category.equals("matrix") && m.startMs == 30000).findFirst().get();
        assertEquals(31000, cell.endMs);
        assertEquals("1.200000", cell.modifierValues.get("float"));
        assertEquals("nm", cell.modifierValues.get("nominal"));
        assertEquals("qs", cell.modifierValues.get("qstring"));
        Moment text = d.cases.get(0).moments.stream().filter(m -> m.category.equals("text")).findFirst().get();
        assertEquals("textdata1 with a \\", text.transcript);

        Document old = read(TestFiles.OPF_UI + "oldProjectFormat.opf");
        assertEquals(196, old.momentCount());
        assertEquals(1, old.cases.get(0).media.size());
        assertTrue(old.cases.get(0).media.get(0).reference.endsWith("S#16ETBabyMom_Synced.mov"));
        Moment id = old.cases.get(0).moments.stream().filter(m -> m.category.equals("id")).findFirst().get();
        assertEquals(133197, id.startMs);
        assertEquals("etbabymom", id.modifierValues.get("study"));

        Document v4 = read(TestFiles.OPF_UI + "location1/location1.opf");
        assertEquals(50, v4.momentCount());
        Document childes = read("opf/databrary+datavyu/src/main/favorites/datavyu-childes-template-separate.opf");
        Moment header = childes.cases.get(0).moments.stream().filter(m -> m.category.equals("CHILDES_HEADER")).findFirst().get();
        assertEquals("@Participants: MRX detailsOnMrX, MSY detailsOnMsY", header.modifierValues.get("participants"));
    }

    static Document read(String relative) throws ImportException {
        return Importer.read(TestFiles.file(relative), Importer.Options.DEFAULT).get(0);
    }

    static List<String> signatures(Document d) {
        List<String> list = new ArrayList<>();
        for (Case kase : d.cases) {
            for (Moment m : kase.moments) {
                list.add(m.signature());
            }
        }
        return list;
    }
}
