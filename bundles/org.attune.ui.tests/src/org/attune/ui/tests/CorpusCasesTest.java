package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.model.Case;
import org.attune.model.CodingScheme;
import org.attune.model.MediaSource;
import org.attune.schemes.DemoCorpus;
import org.attune.schemes.internal.BuiltInSchemes;
import org.attune.ui.CorpusEditor;
import org.attune.ui.MediaFiles;
import org.attune.ui.WorkbenchSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Cases added (with media probed by GStreamer), renamed and deleted as undoable commands on a
 * real corpus, saved through CorpusStore and read back.
 */
class CorpusCasesTest {

    @TempDir
    Path dir;

    static Path video(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        DemoCorpus.generateVideo(file, 2_000, "ball", "test", null);
        return file;
    }

    @Test
    void aNewCorpusGetsACaseWithProbedMediaAndABuiltInScheme() throws Exception {
        Path folder = dir.resolve("new corpus");
        WorkbenchSession session = new WorkbenchSession();
        CorpusEditor editor = session.newCorpus(folder, "Lab study");
        assertEquals("Lab study", session.corpus().getName());
        assertTrue(session.corpus().getSchemes().isEmpty());
        Path camera = video(folder.resolve("media/family-03_cam1.webm"));
        Path gone = folder.resolve("media/not-there.webm");

        List<String> warnings = new ArrayList<>();
        List<MediaSource> sources = MediaFiles.sources(editor, null, List.of(camera, gone), MediaFiles.GSTREAMER, warnings, null);
        assertEquals(2, sources.size());
        assertEquals("media/family-03_cam1.webm", sources.get(0).getPath(), "relative to the corpus folder");
        assertEquals("camera 1", sources.get(0).getRole());
        assertEquals(25.0, sources.get(0).getFrameRate(), 0.01, "probed");
        assertEquals(2_000, sources.get(0).getDurationMs(), 100, "probed");
        assertEquals(0, sources.get(1).getDurationMs());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("not-there.webm"), warnings.get(0));

        CodingScheme vig = new BuiltInSchemes().schemes().stream().filter(s -> "vig".equals(s.getId())).findFirst().orElseThrow();
        Case added = editor.addCase("Family 03", vig, sources);
        assertEquals("family-03", added.getId());
        assertEquals(1, session.corpus().getCases().size());
        assertNotNull(added.getScheme());
        assertTrue(session.corpus().getSchemes().contains(added.getScheme()), "the corpus got its own copy of the scheme");
        assertTrue(editor.isDirty());
        assertTrue(editor.problems(added).stream().anyMatch(m -> m.contains("not-there.webm")), editor.problems(added).toString());

        editor.undo();
        assertTrue(session.corpus().getCases().isEmpty());
        assertTrue(session.corpus().getSchemes().isEmpty(), "undo takes the copied scheme out too");
        editor.redo();
        assertEquals(List.of(added), session.corpus().getCases());
        Case second = editor.addCase("Family 03", added.getScheme(), List.of());
        assertEquals("family-03-2", second.getId(), "ids stay unique");
        editor.save();
        editor.close();

        CorpusEditor reopened = CorpusEditor.open(folder);
        try {
            assertEquals(List.of("family-03", "family-03-2"), reopened.store().caseIds());
            Case again = reopened.store().loadCase("family-03");
            assertEquals("Family 03", again.getTitle());
            assertEquals("vig", again.getScheme().getId());
            assertEquals(25.0, again.getMediaSources().get(0).getFrameRate(), 0.01);
            assertFalse(reopened.isMissing(again.getMediaSources().get(0)));
            assertTrue(reopened.isMissing(again.getMediaSources().get(1)));
        } finally {
            reopened.close();
        }
        assertThrows(IOException.class, () -> session.newCorpus(folder, "again"), "a corpus is not made twice");
        Path full = Files.createDirectories(dir.resolve("full"));
        Files.writeString(full.resolve("notes.txt"), "mine");
        IOException notEmpty = assertThrows(IOException.class, () -> new WorkbenchSession().newCorpus(full, "x"));
        assertTrue(notEmpty.getMessage().contains("not empty"), notEmpty.getMessage());
    }

    @Test
    void renameAndDeleteUndoAndNothingIsLost() throws Exception {
        TestCorpus.create(dir);
        CorpusEditor editor = CorpusEditor.open(dir);
        try {
            Case one = editor.store().loadCase("case-1");
            assertTrue(editor.renameCase(one, "  Play at home "));
            assertEquals("Play at home", one.getTitle());
            assertFalse(editor.renameCase(one, " "), "a blank title is refused");
            editor.undo();
            assertEquals("Mother and infant, play", one.getTitle());
            editor.redo();

            Path file = editor.store().caseFile("case-1");
            assertTrue(editor.deleteCase(one));
            assertEquals(List.of("case-2"), editor.store().caseIds());
            editor.save();
            assertFalse(Files.exists(file), "the deleted case's file is set aside");
            assertTrue(Files.exists(file.resolveSibling(file.getFileName() + ".deleted")), "as .deleted, not removed");
            CorpusEditor check = CorpusEditor.open(dir);
            assertEquals(List.of("case-2"), check.store().caseIds());
            check.close();

            editor.undo(); // the delete, after saving it
            assertEquals(List.of("case-1", "case-2"), editor.store().caseIds());
            editor.save();
            assertTrue(Files.exists(file), "saving after the undo writes the case again");
            CorpusEditor back = CorpusEditor.open(dir);
            try {
                Case again = back.store().loadCase("case-1");
                assertEquals("Play at home", again.getTitle());
                assertEquals(2, again.getMoments().size(), "with its moments");
            } finally {
                back.close();
            }
            assertEquals("case-1-2", editor.newCaseId("Case 1"), "the id of a deleted case is not reused");
        } finally {
            editor.close();
        }
    }

    @Test
    void mediaAddedToACaseIsOneUndoableStep() throws Exception {
        TestCorpus.create(dir);
        CorpusEditor editor = CorpusEditor.open(dir);
        try {
            Case one = editor.store().loadCase("case-1");
            assertTrue(editor.problems(one).stream().anyMatch(m -> m.contains("case-1-parent.webm")),
                    "the test corpus's camera file is missing: " + editor.problems(one));
            Path camera = video(dir.resolve("media/case-1-parent.webm"));
            assertTrue(editor.problems(one).isEmpty(), "no problem once the file is there: " + editor.problems(one));
            Path child = Files.copy(camera, dir.resolve("media/child.webm"));
            List<String> warnings = new ArrayList<>();
            List<MediaSource> sources = MediaFiles.sources(editor, one, List.of(child), (file) -> new MediaFiles.Facts(30, 5_000),
                    warnings, null);
            assertEquals("camera 2", sources.get(0).getRole(), "numbered after the case's cameras");
            assertTrue(editor.addMedia(one, sources));
            assertEquals(2, one.getMediaSources().size());
            editor.undo();
            assertEquals(1, one.getMediaSources().size());
            List<String> failed = new ArrayList<>();
            MediaSource broken = MediaFiles.sources(editor, one, List.of(child), file -> {
                throw new IOException(file + ": cannot read it");
            }, failed, null).get(0);
            assertEquals(0.0, broken.getFrameRate());
            assertTrue(failed.get(0).contains("child.webm"), failed.toString());
            assertTrue(MediaFiles.isMedia(Path.of("a/B.MP4")));
            assertFalse(MediaFiles.isMedia(Path.of("notes.txt")));
        } finally {
            editor.close();
        }
    }
}
