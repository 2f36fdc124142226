package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.ui.ClockPlayhead;
import org.attune.ui.CodingSession;
import org.attune.ui.CorpusEditor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Key presses become undoable commands on a real corpus saved to and reloaded from disk. */
class CodingSessionTest {

    @TempDir
    Path dir;

    private final AtomicLong nanos = new AtomicLong();
    private CorpusEditor editor;
    private Case theCase;
    private ClockPlayhead playhead;
    private CodingSession coding;
    private Coder anna;

    @BeforeEach
    void open() throws IOException {
        TestCorpus.create(dir);
        editor = CorpusEditor.open(dir);
        theCase = editor.corpus().getCases().get(0);
        anna = editor.corpus().getCoders().get(0);
        playhead = new ClockPlayhead(25, nanos::get);
        coding = new CodingSession(editor, theCase, playhead, anna, () -> 1_700_000_000_000L);
    }

    private Code code(String id) {
        return theCase.getScheme().findCode(id);
    }

    @Test
    void pointCodeIsOneKeyPressAtThePlayhead() {
        playhead.seek(5_000);
        CodedMoment moment = coding.keyPressed("n");
        assertNotNull(moment);
        assertSame(code("nod"), moment.getCode());
        assertSame(anna, moment.getCoder());
        assertEquals(5_000, moment.getStartMs());
        assertEquals(5_000, moment.getEndMs());
        assertTrue(theCase.getMoments().contains(moment));
        assertTrue(coding.openMoments().isEmpty(), "a point is never open");
        assertTrue(editor.isDirty());
        assertEquals(1_700_000_000_000L, moment.getCreated());
    }

    @Test
    void intervalCodeStartsAndEndsWithTwoPresses() {
        playhead.seek(1_000);
        CodedMoment moment = coding.keyPressed("l");
        assertEquals(List.of(moment), List.copyOf(coding.openMoments()));
        playhead.seek(3_500);
        assertSame(moment, coding.keyPressed("L"), "keys match ignoring case");
        assertEquals(1_000, moment.getStartMs());
        assertEquals(3_500, moment.getEndMs());
        assertTrue(coding.openMoments().isEmpty());
    }

    @Test
    void playingClockMovesTheCodedTime() {
        playhead.seek(2_000);
        playhead.setPlaying(true);
        nanos.addAndGet(1_500_000_000L);
        CodedMoment point = coding.keyPressed("m");
        assertEquals(3_500, point.getStartMs());
    }

    @Test
    void startingACodeInAnExclusiveCategoryEndsTheOpenOne() {
        playhead.seek(1_000);
        CodedMoment look = coding.keyPressed("l");
        playhead.seek(2_000);
        CodedMoment away = coding.keyPressed("w");
        assertEquals(2_000, look.getEndMs(), "looking ended when looking away started");
        assertEquals(List.of(away), List.copyOf(coding.openMoments()));
        editor.undo();
        assertFalse(theCase.getMoments().contains(away), "one undo takes back the start ...");
        assertEquals(look.getStartMs(), look.getEndMs(), "... and the end it caused");
        assertEquals(List.of(look), List.copyOf(coding.openMoments()), "so looking is open again");
        editor.redo();
        assertEquals(2_000, look.getEndMs());
        assertTrue(theCase.getMoments().contains(away));
    }

    @Test
    void pointCodesInANonExclusiveCategoryLeaveIntervalsOpen() {
        playhead.seek(1_000);
        CodedMoment look = coding.keyPressed("l");
        playhead.seek(1_500);
        coding.keyPressed("n");
        assertEquals(List.of(look), List.copyOf(coding.openMoments()));
    }

    @Test
    void endingBeforeTheStartSwapsAndEndingAtTheStartLastsOneFrame() {
        playhead.seek(5_000);
        CodedMoment back = coding.keyPressed("l");
        playhead.seek(4_000);
        coding.keyPressed("l");
        assertEquals(4_000, back.getStartMs());
        assertEquals(5_000, back.getEndMs());

        playhead.seek(9_000);
        CodedMoment still = coding.keyPressed("w");
        coding.keyPressed("w");
        assertEquals(9_040, still.getEndMs(), "one frame at 25 fps");
    }

    @Test
    void eachCoderHasTheirOwnOpenMoments() {
        playhead.seek(1_000);
        CodedMoment annas = coding.keyPressed("l");
        Coder ben = editor.corpus().getCoders().get(1);
        coding.setCoder(ben);
        assertTrue(coding.openMoments().isEmpty());
        playhead.seek(2_000);
        CodedMoment bens = coding.keyPressed("l");
        assertSame(ben, bens.getCoder());
        assertEquals(annas.getStartMs(), annas.getEndMs(), "Ben's start does not end Anna's moment");
        coding.setCoder(anna);
        assertEquals(List.of(annas), List.copyOf(coding.openMoments()));
    }

    @Test
    void unknownKeyCodesNothingAndNoCoderIsRefused() {
        assertNull(coding.keyPressed("z"));
        assertEquals(2, theCase.getMoments().size());
        coding.setCoder(null);
        assertThrows(IllegalStateException.class, () -> coding.keyPressed("n"));
        assertFalse(editor.isDirty());
    }

    @Test
    void undoRedoSaveReopen() throws Exception {
        playhead.seek(7_000);
        CodedMoment point = coding.keyPressed("n");
        playhead.seek(8_000);
        CodedMoment interval = coding.keyPressed("l");
        playhead.seek(9_500);
        coding.keyPressed("l");
        coding.setNote(interval, "mother follows the gaze");
        assertEquals(4, theCase.getMoments().size());
        editor.undo(); // note
        editor.undo(); // end
        editor.undo(); // start
        assertEquals(3, theCase.getMoments().size());
        assertFalse(theCase.getMoments().contains(interval));
        editor.redo();
        editor.redo();
        editor.redo();
        assertEquals("mother follows the gaze", interval.getNote());
        assertEquals(9_500, interval.getEndMs());
        coding.delete(List.of(theCase.getMoments().get(0)));
        assertEquals(3, theCase.getMoments().size());

        editor.save();
        assertFalse(editor.isDirty());
        assertTrue(Files.exists(dir.resolve("cases/case-1.attune-case.bak")), "the previous version is kept");

        CorpusEditor reopened = CorpusEditor.open(dir);
        Case again = reopened.corpus().getCases().get(0);
        assertEquals(3, again.getMoments().size());
        CodedMoment loadedPoint = find(again, point.getId());
        assertEquals(7_000, loadedPoint.getStartMs());
        assertSame(again.getScheme().findCode("nod"), loadedPoint.getCode());
        assertSame(reopened.corpus().getCoders().get(0), loadedPoint.getCoder());
        CodedMoment loadedInterval = find(again, interval.getId());
        assertEquals(8_000, loadedInterval.getStartMs());
        assertEquals(9_500, loadedInterval.getEndMs());
        assertEquals("mother follows the gaze", loadedInterval.getNote());
        assertNull(find(again, "existing-1"), "the deleted moment stays deleted");
    }

    @Test
    void unsavedCodingComesBackFromTheAutosaveWhenAsked() throws Exception {
        editor.startAutosave(java.time.Duration.ofHours(1), Runnable::run);
        playhead.seek(42_000);
        CodedMoment point = coding.keyPressed("n");
        editor.autosaveNow(); // what quitting with unsaved coding does
        editor.close();

        List<List<Path>> offered = new java.util.ArrayList<>();
        CorpusEditor declined = CorpusEditor.open(dir, files -> offered.add(files) && false);
        assertEquals(1, offered.size(), "the autosave copy was offered");
        assertTrue(offered.get(0).get(0).getFileName().toString().startsWith("case-1.attune-case"), offered.toString());
        assertEquals(2, declined.corpus().getCases().get(0).getMoments().size(), "declined: the saved file as it was");
        declined.close();

        CorpusEditor recovered = CorpusEditor.open(dir, files -> true);
        Case again = recovered.corpus().getCases().get(0);
        assertEquals(3, again.getMoments().size(), "taken back: the unsaved moment is there");
        assertTrue(again.getMoments().stream().anyMatch(m -> m.getStartMs() == 42_000 && "nod".equals(m.getCode().getId())),
                point.getId());
        recovered.close();
    }

    @Test
    void aFolderWithoutCorpusIsRefusedWithItsName() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        IOException e = assertThrows(IOException.class, () -> CorpusEditor.open(empty));
        assertTrue(e.getMessage().contains(empty.toString()) && e.getMessage().contains("corpus.attune"), e.getMessage());
        Path broken = Files.createDirectories(dir.resolve("broken"));
        Files.writeString(broken.resolve("corpus.attune"), "<not xml");
        IOException e2 = assertThrows(IOException.class, () -> CorpusEditor.open(broken));
        assertTrue(e2.getMessage().contains("corpus.attune"), e2.getMessage());
    }

    private static CodedMoment find(Case c, String id) {
        return c.getMoments().stream().filter(m -> id.equals(m.getId())).findFirst().orElse(null);
    }
}
