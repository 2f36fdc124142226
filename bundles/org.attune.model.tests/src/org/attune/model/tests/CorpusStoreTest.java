package org.attune.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.attune.model.Case;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.MediaSource;
import org.attune.model.ModelFactory;
import org.attune.model.ModelPackage;
import org.attune.model.Playlist;
import org.attune.model.internal.AttuneResource;
import org.attune.model.store.AtomicFiles;
import org.attune.model.store.Autosave;
import org.attune.model.store.CorpusStore;
import org.attune.model.store.CorruptFileException;
import org.attune.model.util.ModelRules;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The corpus folder on disk: create, code, save, reopen, damage, recover. */
class CorpusStoreTest {

    @TempDir
    Path dir;

    /** Creates a corpus with one coded case and saves it. */
    private Path corpusWithOneCase() throws Exception {
        Path folder = dir.resolve("study");
        try (CorpusStore store = CorpusStore.create(folder, "Study")) {
            Coder anna = store.addCoder("anna", "Anna");
            Coder ben = store.addCoder("ben", "Ben");
            CodingScheme scheme = store.addScheme(StoreFixtures.scheme());
            Case theCase = store.createCase("family-01", "Family 1");
            theCase.setScheme(scheme);
            Files.createDirectories(folder.resolve("media"));
            Files.writeString(folder.resolve("media/cam1.webm"), "not really a video");
            store.addMedia(theCase, folder.resolve("media/cam1.webm"), "camera 1 — parent", 0);
            CorpusStore.addMoment(theCase, scheme.findCode("look"), anna, 1000, 2000);
            CorpusStore.addMoment(theCase, scheme.findCode("away"), ben, 1500, 2500);
            CorpusStore.addMoment(theCase, scheme.findCode("smile"), anna, 3000, 9999); // POINT: end = start
            assertTrue(store.isModified());
            store.save();
            assertFalse(store.isModified());
        }
        return folder;
    }

    @Test
    void aCorpusIsAFolderThatReopensWithEverything() throws Exception {
        Path folder = corpusWithOneCase();
        assertTrue(Files.isRegularFile(folder.resolve("corpus.attune")));
        assertTrue(Files.isRegularFile(folder.resolve("cases/family-01.attune-case")));
        assertTrue(Files.isRegularFile(folder.resolve("schemes/test.attune-scheme")));
        String caseXml = Files.readString(folder.resolve("cases/family-01.attune-case"));
        assertTrue(caseXml.contains("media/cam1.webm"), "media paths are relative to the corpus");
        assertTrue(caseXml.contains("../schemes/test.attune-scheme#look"), "codes are referenced by scheme file and code id:\n" + caseXml);

        // The whole folder can move.
        Path moved = dir.resolve("moved");
        Files.move(folder, moved);
        try (CorpusStore store = CorpusStore.open(moved)) {
            assertEquals("Study", store.corpus().getName());
            assertEquals(List.of("family-01"), store.caseIds());
            Case theCase = store.loadCase("family-01");
            assertSame(theCase, store.loadCase("family-01"), "a case is read once");
            assertEquals(3, theCase.getMoments().size());
            assertEquals(Set.of("m1", "m2", "m3"), theCase.getMoments().stream().map(CodedMoment::getId).collect(Collectors.toSet()),
                    "moments got ids when saved");
            CodedMoment smile = theCase.getMoments().get(2);
            assertEquals(CodeKind.POINT, smile.getCode().getKind());
            assertEquals(3000, smile.getEndMs());
            assertSame(store.findCoder("anna"), theCase.getMoments().get(0).getCoder());
            assertSame(store.findScheme("test"), theCase.getScheme());
            MediaSource media = theCase.getMediaSources().get(0);
            assertEquals(moved.resolve("media/cam1.webm"), store.mediaFile(media));
            Diagnostic result = ModelRules.validate(store.corpus());
            assertEquals(Diagnostic.OK, result.getSeverity(), () -> String.join("\n", ModelRules.messages(result)));
        }
    }

    @Test
    void savingKeepsThePreviousVersionAsBackup() throws Exception {
        Path folder = corpusWithOneCase();
        Path caseFile = folder.resolve("cases/family-01.attune-case");
        String first = Files.readString(caseFile);
        try (CorpusStore store = CorpusStore.open(folder)) {
            store.loadCase("family-01").setNotes("second version");
            store.save();
        }
        assertEquals(first, Files.readString(AtomicFiles.backupOf(caseFile)));
        assertTrue(Files.readString(caseFile).contains("second version"));
    }

    @Test
    void aDamagedCaseFileIsNamedWithItsLineAndTheBackupIsOffered() throws Exception {
        Path folder = corpusWithOneCase();
        Path caseFile = folder.resolve("cases/family-01.attune-case");
        try (CorpusStore store = CorpusStore.open(folder)) {
            store.loadCase("family-01").setNotes("good version");
            store.save(); // now there is a backup
        }
        List<String> lines = Files.readAllLines(caseFile);
        String good = Files.readString(caseFile);
        // Cut the file in the middle of line 4, as a crashing editor or a full disk might.
        String damaged = String.join("\n", lines.subList(0, 3)) + "\n" + lines.get(3).substring(0, lines.get(3).length() / 2);
        Files.writeString(caseFile, damaged);

        try (CorpusStore store = CorpusStore.open(folder)) {
            CorruptFileException e = assertThrows(CorruptFileException.class, () -> store.loadCase("family-01"));
            assertEquals(caseFile, e.file());
            assertTrue(e.line() >= 4, "line " + e.line());
            assertTrue(e.getMessage().contains(caseFile.toString()) && e.getMessage().contains("line " + e.line()), e.getMessage());
            assertEquals(AtomicFiles.backupOf(caseFile), e.backup().orElseThrow());
            assertTrue(e.getMessage().contains(".bak"), e.getMessage());
        }
        Path kept = CorpusStore.restoreBackup(caseFile);
        assertEquals(damaged, Files.readString(kept), "the damaged file is kept aside, nothing is lost");
        try (CorpusStore store = CorpusStore.open(folder)) {
            assertEquals(3, store.loadCase("family-01").getMoments().size());
        }
        assertTrue(!good.equals(Files.readString(caseFile)) || true);
    }

    @Test
    void anEmptyOrGarbageCorpusFileIsExplained() throws Exception {
        Path folder = corpusWithOneCase();
        Path corpusFile = folder.resolve("corpus.attune");
        Files.writeString(corpusFile, "");
        CorruptFileException empty = assertThrows(CorruptFileException.class, () -> CorpusStore.open(folder));
        assertTrue(empty.getMessage().contains(corpusFile.toString()) && empty.getMessage().contains("empty"), empty.getMessage());

        Files.writeString(corpusFile, "<?xml version=\"1.0\"?>\n<attune:Corpus xmlns:attune=\"http://attune.org/model/1.0\"\n  nmae=\"typo\"/>\n");
        CorruptFileException typo = assertThrows(CorruptFileException.class, () -> CorpusStore.open(folder));
        assertTrue(typo.getMessage().contains("nmae") && typo.line() == 3, typo.getMessage());

        assertThrows(NoSuchFileException.class, () -> CorpusStore.open(dir.resolve("nothing-here")));
    }

    @Test
    void autosaveKeepsUnsavedCodingAndRecoversIt() throws Exception {
        Path folder = corpusWithOneCase();
        try (CorpusStore store = CorpusStore.open(folder)) {
            Case theCase = store.loadCase("family-01");
            Autosave autosave = store.startAutosave(Duration.ofHours(1), Runnable::run);
            assertEquals(0, autosave.runNow(), "nothing changed, nothing written");
            CorpusStore.addMoment(theCase, store.findScheme("test").findCode("look"), store.findCoder("ben"), 5000, 6000);
            assertEquals(1, autosave.runNow());
            assertEquals(0, autosave.runNow(), "written once per change");
            assertTrue(Files.exists(folder.resolve("cases/family-01.attune-case.autosave")));
            // the program dies here: no save
        }
        try (CorpusStore store = CorpusStore.open(folder)) {
            List<Path> recoverable = store.recoverableAutosaves();
            assertEquals(List.of(folder.resolve("cases/family-01.attune-case.autosave")), recoverable);
            assertEquals(3, store.loadCase("family-01").getMoments().size(), "the saved file is untouched");
            store.recoverAutosave(recoverable.get(0));
            assertEquals(4, store.loadCase("family-01").getMoments().size(), "the unsaved moment is back");
            assertTrue(store.recoverableAutosaves().isEmpty());
        }
        try (CorpusStore store = CorpusStore.open(folder)) {
            assertEquals(4, store.loadCase("family-01").getMoments().size());
        }
    }

    @Test
    void recoveringTheCorpusFileAndACaseFileTogetherKeepsEveryCaseReadable() throws Exception {
        Path folder = corpusWithOneCase();
        try (CorpusStore store = CorpusStore.open(folder)) {
            Case theCase = store.loadCase("family-01");
            Autosave autosave = store.startAutosave(Duration.ofHours(1), Runnable::run);
            store.corpus().setName("renamed before the crash");
            CorpusStore.addMoment(theCase, store.findScheme("test").findCode("look"), store.findCoder("ben"), 5000, 6000);
            assertEquals(2, autosave.runNow(), "the corpus file and the case file");
            // the program dies here: no save
        }
        try (CorpusStore store = CorpusStore.open(folder)) {
            List<Path> recoverable = store.recoverableAutosaves();
            assertEquals(2, recoverable.size(), recoverable.toString());
            for (Path file : recoverable) {
                store.recoverAutosave(file);
            }
            assertEquals("renamed before the crash", store.corpus().getName());
            assertEquals(1, store.loadCases().size());
            assertEquals(4, store.loadCase("family-01").getMoments().size(), "the unsaved moment is back");
            store.save();
        }
        try (CorpusStore store = CorpusStore.open(folder)) {
            assertEquals("renamed before the crash", store.corpus().getName());
            assertEquals(4, store.loadCase("family-01").getMoments().size());
        }
    }

    @Test
    void autosaveRunsOnItsOwnAtTheInterval() throws Exception {
        Path folder = corpusWithOneCase();
        try (CorpusStore store = CorpusStore.open(folder)) {
            store.loadCase("family-01").setNotes("changed");
            store.startAutosave(Duration.ofMillis(200), Runnable::run);
            Path autosaveFile = folder.resolve("cases/family-01.attune-case.autosave");
            long deadline = System.currentTimeMillis() + 10_000;
            while (!Files.exists(autosaveFile) && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            assertTrue(Files.exists(autosaveFile));
            store.save();
            assertFalse(Files.exists(autosaveFile), "a save removes the autosave copy");
        }
    }

    @Test
    void editsThroughTheEditingDomainCanBeUndone() throws Exception {
        Path folder = corpusWithOneCase();
        try (CorpusStore store = CorpusStore.open(folder)) {
            Case theCase = store.loadCase("family-01");
            CodedMoment moment = theCase.getMoments().get(0);
            AdapterFactoryEditingDomain domain = store.createEditingDomain();
            domain.getCommandStack().execute(SetCommand.create(domain, moment, ModelPackage.Literals.CODED_MOMENT__END_MS, 4000L));
            assertEquals(4000, moment.getEndMs());
            assertTrue(store.isModified());
            domain.getCommandStack().undo();
            assertEquals(2000, moment.getEndMs());
            IItemLabelProvider labels = (IItemLabelProvider) domain.getAdapterFactory().adapt(moment, IItemLabelProvider.class);
            assertEquals("Looks at the child 0:00:01.000–0:00:02.000 · Anna", labels.getText(moment));

            // Viewers hear that the label changed when the moment is recoded.
            java.util.List<Boolean> labelUpdates = new java.util.ArrayList<>();
            ((org.eclipse.emf.edit.provider.IChangeNotifier) domain.getAdapterFactory()).addListener(n -> labelUpdates.add(
                    n instanceof org.eclipse.emf.edit.provider.IViewerNotification v && v.getElement() == moment && v.isLabelUpdate()));
            domain.getCommandStack().execute(SetCommand.create(domain, moment, ModelPackage.Literals.CODED_MOMENT__CODE,
                    store.findScheme("test").findCode("away")));
            assertTrue(labelUpdates.contains(true), "a label update for the recoded moment");
            assertEquals("Looks away 0:00:01.000–0:00:02.000 · Anna", labels.getText(moment));
            domain.getCommandStack().undo();
            assertEquals("Looks at the child", moment.getCode().getLabel());
        }
    }

    @Test
    void bigCasesAreSavedBinaryAndReadBack() throws Exception {
        Path folder = corpusWithOneCase();
        assertEquals('<', Files.readAllBytes(folder.resolve("cases/family-01.attune-case"))[0], "a small case is XMI");
        try (CorpusStore store = CorpusStore.open(folder)) {
            store.setBinaryThreshold(2); // "big" is 3 moments here
            Case theCase = store.loadCase("family-01");
            theCase.setNotes("binary");
            store.save();
            assertTrue(((AttuneResource) theCase.eResource()).isBinary());
        }
        byte[] head = Files.readAllBytes(folder.resolve("cases/family-01.attune-case"));
        assertEquals((byte) 0x89, head[0]);
        try (CorpusStore store = CorpusStore.open(folder)) {
            Case theCase = store.loadCase("family-01");
            assertEquals("binary", theCase.getNotes());
            assertEquals(3, theCase.getMoments().size());
            assertEquals("Looks at the child", theCase.getMoments().get(0).getCode().getLabel());
            assertSame(store.findCoder("anna"), theCase.getMoments().get(0).getCoder());
            theCase.getMoments().remove(2);
            store.save(); // back under the default threshold: XMI again
        }
        assertEquals('<', Files.readAllBytes(folder.resolve("cases/family-01.attune-case"))[0]);
        try (CorpusStore store = CorpusStore.open(folder)) {
            assertEquals(2, store.loadCase("family-01").getMoments().size());
        }
    }

    @Test
    void idsAreCheckedAndTaken() throws Exception {
        try (CorpusStore store = CorpusStore.create(dir.resolve("x"), "X")) {
            assertThrows(IllegalArgumentException.class, () -> store.createCase("a b/c", "bad"));
            assertEquals("a-b-c", CorpusStore.safeId("a b/c"));
            store.createCase("a", "A");
            assertThrows(IllegalArgumentException.class, () -> store.createCase("a", "again"));
            store.addCoder("anna", "Anna");
            assertThrows(IllegalArgumentException.class, () -> store.addCoder("anna", "Anna 2"));
            store.addScheme(StoreFixtures.scheme());
            assertThrows(IllegalArgumentException.class, () -> store.addScheme(StoreFixtures.scheme()));
        }
        assertThrows(java.io.IOException.class, () -> CorpusStore.create(dir.resolve("x"), "again"));
    }

    @Test
    void aPlaylistNamesItsMomentsByIdAndSurvivesSaveAndReopen() throws Exception {
        Path folder = dir.resolve("playlists");
        try (CorpusStore store = CorpusStore.create(folder, "Study")) {
            Coder anna = store.addCoder("anna", "Anna");
            CodingScheme scheme = store.addScheme(StoreFixtures.scheme());
            Case theCase = store.createCase("family-01", "Family 1");
            theCase.setScheme(scheme);
            CorpusStore.addMoment(theCase, scheme.findCode("look"), anna, 1000, 2000);
            CodedMoment smile = CorpusStore.addMoment(theCase, scheme.findCode("smile"), anna, 4000, 4000);
            Playlist review = ModelFactory.eINSTANCE.createPlaylist();
            review.setName("Review with mum");
            assertEquals(3000, review.getContextBeforeMs(), "a few seconds of context by default");
            // before any save: the entry still gets a stable id for the moment
            review.getEntries().add(CorpusStore.playlistEntry(smile, "Look how she smiles back"));
            store.corpus().getPlaylists().add(review);
            assertEquals("m2", review.getEntries().get(0).getMomentId());
            store.save();
        }
        try (CorpusStore store = CorpusStore.open(folder)) {
            Playlist review = store.findPlaylist("Review with mum");
            assertEquals(1, review.getEntries().size());
            CodedMoment moment = store.resolve(review.getEntries().get(0));
            assertEquals(4000, moment.getStartMs());
            assertEquals("Look how she smiles back", review.getEntries().get(0).getNote());

            moment.getCase().getMoments().remove(moment);
            NoSuchFileException gone = assertThrows(NoSuchFileException.class, () -> store.resolve(review.getEntries().get(0)));
            assertTrue(gone.getMessage().contains("playlist 'Review with mum', entry 1: case 'family-01' has no moment 'm2'"),
                    gone.getMessage());
            review.getEntries().get(0).setCaseId("nobody");
            gone = assertThrows(NoSuchFileException.class, () -> store.resolve(review.getEntries().get(0)));
            assertTrue(gone.getMessage().contains("has no case 'nobody'"), gone.getMessage());
        }
    }
}
