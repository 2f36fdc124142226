package org.attune.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.attune.io.CorpusExport;
import org.attune.io.CorpusImport;
import org.attune.io.Exporter;
import org.attune.io.ImportException;
import org.attune.io.Importer;
import org.attune.io.Interchange;
import org.attune.io.Interchange.Document;
import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.store.CorpusStore;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Import into a real corpus on disk, export from it, and the guarantees around failure and undo. */
class CorpusImportTest {

    @TempDir
    Path dir;

    private static final NullProgressMonitor MONITOR = new NullProgressMonitor();

    private CorpusStore newCorpus() throws Exception {
        return CorpusStore.create(dir.resolve("corpus"), "Imported");
    }

    private static List<Path> files(String... relative) {
        return Stream.of(relative).map(TestFiles::file).toList();
    }

    /** A moment as a user sees it: case, category, code label, coder, times, modifiers, note, transcript. */
    private static List<String> seen(Document document) {
        List<String> list = new ArrayList<>();
        for (Interchange.Case kase : document.cases) {
            for (Interchange.Moment m : kase.moments) {
                list.add(m.category + "|" + document.scheme.category(m.category).code(m.code).label + "|" + m.coder + "|" + m.startMs
                        + "|" + m.endMs + "|" + m.modifierValues + "|" + m.note + "|" + m.transcript);
            }
        }
        list.sort(null);
        return list;
    }

    private static Map<String, String> snapshot(Path folder) throws Exception {
        Map<String, String> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(folder.relativize(p).toString(), java.util.Base64.getEncoder().encodeToString(Files.readAllBytes(p)));
            }
        }
        return files;
    }

    @Test
    void realFilesGoIntoACorpusAndComeBackOutAsTheSameMoments() throws Exception {
        Path folder;
        try (CorpusStore store = newCorpus()) {
            folder = store.folder();
            CorpusImport.Plan plan = CorpusImport.prepare(store,
                    files(TestFiles.SAMPLE_28, TestFiles.EXAMPLE, TestFiles.BORIS, TestFiles.OPF_UI + "demo_data_to_csv.opf"),
                    Importer.Options.DEFAULT, MONITOR);
            assertEquals(15, plan.caseIds().size());
            assertEquals(8778 + 136 + 92 + 60, plan.momentCount());
            assertEquals(4, plan.schemeCount());
            assertTrue(plan.notes.stream().anyMatch(n -> n.contains("stored as 'r03_v20_s5.wav' to be relinked")), plan.notes.toString());
            CorpusImport.apply(plan, MONITOR);
        }
        try (CorpusStore store = CorpusStore.open(folder)) {
            assertEquals(15, store.caseIds().size());
            Case sample = store.loadCase("sample_2.8");
            assertEquals(8778, sample.getMoments().size());
            assertEquals("r03_v20_s5.wav", sample.getMediaSources().get(0).getPath());
            Case example = store.loadCase("example");
            assertEquals(-5000, example.getMediaSources().get(0).getOffsetMs());
            for (CodedMoment m : sample.getMoments()) {
                assertTrue(m.getId() != null && m.getCreated() > 0, "saved moments have ids and times");
            }
            // export the sample case as EAF and read it back: the same moments
            Path out = dir.resolve("out");
            List<Path> written = CorpusExport.writeEaf(store, List.of(sample), out, MONITOR);
            assertEquals(List.of(out.resolve("sample_2.8.eaf")), written);
            assertTrue(Files.readString(written.get(0)).contains("FORMAT=\"3.0\""), "EAF 3.0 (validated against the schema in RoundTripTest)");
            Document original = Importer.read(TestFiles.file(TestFiles.SAMPLE_28), Importer.Options.DEFAULT).get(0);
            Document exported = Importer.read(written.get(0), Importer.Options.DEFAULT).get(0);
            assertEquals(seen(original), seen(exported));
            assertEquals(original.scheme.name, exported.scheme.name);
            // and everything as CSV
            Path csv = dir.resolve("all.csv");
            int rows = CorpusExport.writeCsv(CorpusExport.cases(store, List.of(), MONITOR), csv);
            assertEquals(8778 + 136 + 92 + 60, rows);
            List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
            assertEquals(Exporter.CSV_HEADER, lines.get(0));
            List<Document> fromCsv = Importer.read(csv, Importer.Options.DEFAULT);
            assertEquals(4, fromCsv.size(), "one document per scheme");
            assertEquals(rows, fromCsv.stream().mapToInt(Document::momentCount).sum());
        }
    }

    @Test
    void aRefusedFileLeavesTheCorpusUnchanged() throws Exception {
        Path broken = dir.resolve("broken.eaf");
        Files.writeString(broken, "<ANNOTATION_DOCUMENT><HEADER/><TIME_ORDER>\n<TIME_SLOT TIME_SLOT_ID=\"ts1\" TIME_VALUE=\"x\"/>");
        Path climbing = dir.resolve("climbing.eaf");
        Files.writeString(climbing, "<ANNOTATION_DOCUMENT><HEADER>\n<MEDIA_DESCRIPTOR MEDIA_URL=\"../../../etc/passwd\" MIME_TYPE=\"video/mp4\"/>"
                + "</HEADER><TIME_ORDER/></ANNOTATION_DOCUMENT>");
        try (CorpusStore store = newCorpus()) {
            CorpusImport.apply(CorpusImport.prepare(store, files("eaf/dopefishh+pympi/test/fto.eaf"), Importer.Options.DEFAULT, MONITOR),
                    MONITOR);
            Map<String, String> before = snapshot(store.folder());
            List<String> cases = store.caseIds();
            ImportException e = assertThrows(ImportException.class, () -> CorpusImport.prepare(store,
                    List.of(TestFiles.file(TestFiles.EXAMPLE), broken), Importer.Options.DEFAULT, MONITOR));
            assertEquals("broken.eaf: line 2: TIME_VALUE 'x' is not a whole number", e.getMessage());
            e = assertThrows(ImportException.class,
                    () -> CorpusImport.prepare(store, List.of(climbing), Importer.Options.DEFAULT, MONITOR));
            assertTrue(e.getMessage().contains("climbs out of the corpus"), e.getMessage());
            NullProgressMonitor cancelled = new NullProgressMonitor();
            cancelled.setCanceled(true);
            assertThrows(OperationCanceledException.class,
                    () -> CorpusImport.prepare(store, files(TestFiles.EXAMPLE), Importer.Options.DEFAULT, cancelled));
            assertEquals(cases, store.caseIds());
            assertFalse(store.isModified());
            store.save();
            assertEquals(before, snapshot(store.folder()));
        }
    }

    @Test
    void importIsOneUndoableStep() throws Exception {
        try (CorpusStore store = newCorpus()) {
            AdapterFactoryEditingDomain domain = store.createEditingDomain();
            CorpusImport.Plan plan = CorpusImport.prepare(store, files(TestFiles.BORIS), Importer.Options.DEFAULT, MONITOR);
            domain.getCommandStack().execute(CorpusImport.command(plan));
            assertEquals(12, store.caseIds().size());
            assertEquals(1, store.corpus().getSchemes().size());
            assertEquals(1, store.corpus().getCoders().size());
            domain.getCommandStack().undo();
            assertEquals(0, store.caseIds().size());
            assertEquals(0, store.corpus().getSchemes().size());
            assertEquals(0, store.corpus().getCoders().size());
            domain.getCommandStack().redo();
            assertEquals(12, store.caseIds().size());
            store.save();
            Path folder = store.folder();
            store.close();
            try (CorpusStore reopened = CorpusStore.open(folder)) {
                assertEquals(92, reopened.loadCases().stream().mapToInt(c -> c.getMoments().size()).sum());
                Case offsets = reopened.loadCases().stream().filter(c -> c.getTitle().equals("offset positif")).findFirst().get();
                assertEquals(20000, offsets.getMediaSources().get(1).getOffsetMs());
            }
        }
    }

    @Test
    void importingAgainReusesTheSchemeAndGivesTheCaseANewId() throws Exception {
        try (CorpusStore store = newCorpus()) {
            for (int i = 0; i < 2; i++) {
                CorpusImport.Plan plan = CorpusImport.prepare(store, files(TestFiles.EXAMPLE), Importer.Options.DEFAULT, MONITOR);
                assertEquals(i == 0 ? 1 : 0, plan.schemeCount());
                assertEquals(i == 0 ? 10 : 0, plan.coderCount());
                if (i == 1) {
                    assertEquals(List.of("example-2"), plan.caseIds());
                    assertTrue(plan.notes.stream().anyMatch(n -> n.contains("imported as 'example-2'")), plan.notes.toString());
                }
                CorpusImport.apply(plan, MONITOR);
            }
            Case first = store.loadCase("example");
            Case second = store.loadCase("example-2");
            assertEquals(first.getScheme(), second.getScheme());
            assertEquals(first.getMoments().size(), second.getMoments().size());
            assertNotEquals(first.getMoments().get(0), second.getMoments().get(0));
        }
    }

    @Test
    void mediaInsideTheCorpusKeepTheirRelativePath() throws Exception {
        try (CorpusStore store = newCorpus()) {
            Path media = Files.createDirectories(store.folder().resolve("media")).resolve("clip one.mp4");
            Files.writeString(media, "not really a video");
            Path eaf = store.folder().resolve("incoming").resolve("session.eaf");
            Files.createDirectories(eaf.getParent());
            Files.writeString(eaf, "<ANNOTATION_DOCUMENT><HEADER>\n<MEDIA_DESCRIPTOR MEDIA_URL=\"file:///elsewhere/clip%20one.mp4\" "
                    + "RELATIVE_MEDIA_URL=\"../media/clip one.mp4\" MIME_TYPE=\"video/mp4\" TIME_ORIGIN=\"1500\"/>"
                    + "</HEADER><TIME_ORDER/></ANNOTATION_DOCUMENT>");
            CorpusImport.Plan plan = CorpusImport.prepare(store, List.of(eaf), Importer.Options.DEFAULT, MONITOR);
            assertTrue(plan.notes.isEmpty(), plan.notes.toString());
            CorpusImport.apply(plan, MONITOR);
            Case session = store.loadCase("session");
            assertEquals("media/clip one.mp4", session.getMediaSources().get(0).getPath());
            assertEquals(-1500, session.getMediaSources().get(0).getOffsetMs());
        }
    }
}
