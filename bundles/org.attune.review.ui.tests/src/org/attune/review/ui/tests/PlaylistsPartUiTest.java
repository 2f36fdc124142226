package org.attune.review.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.attune.media.MediaProbe;
import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.Playlist;
import org.attune.model.PlaylistEntry;
import org.attune.model.store.CorpusStore;
import org.attune.review.ClipFormat;
import org.attune.review.ui.internal.PlaylistsComposite;
import org.attune.ui.WorkbenchSession;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Spinner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Playlists part on a generated corpus, in real SWT (under Xvfb) with real GStreamer. */
class PlaylistsPartUiTest {

    @TempDir
    Path dir;

    private Shell shell;
    private WorkbenchSession session;
    private PlaylistsComposite part;
    private final List<CodedMoment> picked = new ArrayList<>();

    @BeforeEach
    void open() throws Exception {
        Path corpus = ReviewCorpus.create(dir.resolve("corpus"));
        session = new WorkbenchSession();
        session.openCorpus(corpus);
        shell = new Shell(Display.getDefault());
        shell.setLayout(new FillLayout());
        shell.setSize(700, 500);
        part = new PlaylistsComposite(shell, session, () -> picked);
        shell.open();
    }

    @AfterEach
    void close() {
        shell.dispose();
        session.editor().close();
    }

    private static void waitUntil(BooleanSupplier condition, long timeoutMs, String what) {
        Display display = Display.getDefault();
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting for " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private String cell(int row, int column) {
        return part.viewer().getTable().getItem(row).getText(column);
    }

    @Test
    void showsThePlaylistsAndTheirMoments() {
        assertEquals(List.of("review (3)"), List.of(part.playlistCombo().getItems()));
        assertEquals(3, part.viewer().getTable().getItemCount());
        assertEquals("two", cell(0, 1));
        assertEquals("attentive look", cell(0, 2));
        assertEquals("anna", cell(0, 6));
        assertEquals("0:04.0", cell(0, 4));
        assertEquals("0:05.0", cell(0, 5));
        assertEquals("Mum follows <her> gaze & names the toy", cell(0, 3));
        assertEquals("one", cell(1, 1));
    }

    @Test
    void editingANoteAddingRemovingAndReorderingUndo() throws Exception {
        Playlist playlist = part.playlist();
        PlaylistEntry first = playlist.getEntries().get(0);
        part.setNote(first, "she waits for his answer");
        assertEquals("she waits for his answer", cell(0, 3));
        session.editor().undo();
        waitUntil(() -> cell(0, 3).startsWith("Mum follows"), 5000, "the note to come back");
        assertEquals("Mum follows <her> gaze & names the toy", first.getNote());

        Case two = session.editor().store().loadCase("two");
        picked.add(two.getMoments().stream().filter(m -> m.getStartMs() == 7000).findFirst().orElseThrow()); // not listed yet
        assertTrue(part.addMoments(picked).startsWith("Added 1 moment"));
        assertEquals(4, part.viewer().getTable().getItemCount());
        assertEquals("0:07.0", cell(3, 4));
        PlaylistEntry added = playlist.getEntries().get(3);
        part.move(added, -3);
        assertEquals(added, playlist.getEntries().get(0));
        assertEquals("0:07.0", cell(0, 4));
        part.remove(List.of(playlist.getEntries().get(1)));
        assertEquals(3, playlist.getEntries().size());
        assertEquals(added, playlist.getEntries().get(0));
        assertEquals("one", cell(1, 1));

        session.editor().undo(); // remove
        session.editor().undo(); // move
        assertEquals(first, playlist.getEntries().get(0));
        session.editor().redo();
        session.editor().redo();
        session.editor().save();
        try (CorpusStore store = CorpusStore.open(dir.resolve("corpus"))) {
            List<PlaylistEntry> saved = store.findPlaylist("review").getEntries();
            assertEquals(3, saved.size());
            assertEquals(7000, store.resolve(saved.get(0)).getStartMs());
        }

        assertNotNull(part.newPlaylist("second look"));
        assertEquals(2, part.playlistCombo().getItemCount());
        assertEquals("second look", part.playlist().getName());
        session.editor().undo();
        waitUntil(() -> part.playlistCombo().getItemCount() == 1, 5000, "the new playlist to go");
    }

    @Test
    void playPlaysTheMomentsOneAfterAnotherAndShowsTheNote() {
        Playlist playlist = part.playlist();
        playlist.setContextBeforeMs(100);
        playlist.setContextAfterMs(100);
        List<String> cases = new ArrayList<>();
        session.addListener(change -> {
            if (change == WorkbenchSession.Change.CASE) {
                cases.add(session.currentCase().getId());
            }
        });
        part.play();
        assertTrue(part.nowPlayingText().contains("1/3") && part.nowPlayingText().contains("names the toy"),
                part.nowPlayingText());
        assertEquals("two", session.currentCase().getId());
        long start = session.playhead().positionMs();
        assertTrue(start >= 3800 && start < 4200, "seeks to the moment minus its context: " + start);
        waitUntil(() -> part.nowPlayingText().contains("2/3"), 5000, "the second moment");
        assertEquals("one", session.currentCase().getId());
        assertTrue(part.nowPlayingText().contains("a turn"), part.nowPlayingText());
        waitUntil(() -> part.nowPlayingText().contains("3/3"), 5000, "the third moment");
        waitUntil(() -> part.nowPlayingText().isEmpty(), 5000, "the end");
        assertEquals(List.of("two", "one", "two"), cases);
        assertFalse(session.playhead().isPlaying());
        assertTrue(session.playhead().positionMs() >= 900, "played to the end of the last window");
    }

    @Test
    void exportRunsAsAJobAndWritesTheClips() throws Exception {
        part.playlist().setContextBeforeMs(500);
        part.playlist().setContextAfterMs(500);
        Path out = dir.resolve("clips");
        Job job = part.export(out, ClipFormat.MP4);
        assertNotNull(job);
        waitUntil(() -> job.getResult() != null && part.statusText().startsWith("Wrote"), 120_000, "the export");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        assertEquals(3, part.lastResult().clips().size());
        // 3.5-5.5 s of two angles, 0-2 s (clamped at the start), 0-1.3 s
        assertEquals(2000, MediaProbe.probe(part.lastResult().clips().get(0)).durationMs(), 80);
        assertEquals(5300, MediaProbe.probe(part.lastResult().reel()).durationMs(), 120);
        assertTrue(Files.isRegularFile(out.resolve("review-clips.csv")));
    }

    @Test
    void exportWithoutTheReelWritesOnlyTheClips() throws Exception {
        part.playlist().setContextBeforeMs(0);
        part.playlist().setContextAfterMs(0);
        Path out = dir.resolve("webm");
        Job job = part.export(out, ClipFormat.WEBM, false);
        waitUntil(() -> job.getResult() != null && part.statusText().startsWith("Wrote"), 120_000, "the export");
        assertNull(part.lastResult().reel());
        assertFalse(part.statusText().contains("reel"), part.statusText());
        assertTrue(Files.isRegularFile(out.resolve("review-01-two-attentive-look.webm")));
        assertFalse(Files.exists(out.resolve("review-reel.webm")));
    }

    @Test
    void cancellingTheExportJobLeavesNoFile() throws Exception {
        part.playlist().setContextBeforeMs(5000);
        part.playlist().setContextAfterMs(5000);
        Path out = dir.resolve("clips");
        Job job = part.export(out, ClipFormat.MP4);
        waitUntil(() -> Files.isDirectory(out), 20_000, "the export to start");
        job.cancel();
        waitUntil(() -> job.getResult() != null && part.statusText().contains("cancelled"), 60_000, "the cancel");
        assertNull(part.lastResult());
        try (var files = Files.list(out)) {
            assertEquals(List.of(), files.toList());
        }
    }

    @Test
    void theContextIsSetInThePartAndUndone() throws Exception {
        Playlist playlist = part.playlist();
        long before = playlist.getContextBeforeMs();
        Spinner spinner = part.contextSpinners()[0];
        assertEquals(before / 100, spinner.getSelection(), "the spinner shows the playlist's context in tenths of s");
        spinner.setSelection(55); // the user types 5.5
        spinner.notifyListeners(SWT.Selection, new Event());
        assertEquals(5500, playlist.getContextBeforeMs());
        assertTrue(session.editor().isDirty(), "a change of the corpus, saved with it");
        part.contextSpinners()[1].setSelection(10);
        part.contextSpinners()[1].notifyListeners(SWT.Selection, new Event());
        assertEquals(1000, playlist.getContextAfterMs());
        session.editor().undo();
        session.editor().undo();
        assertEquals(before, playlist.getContextBeforeMs());
        waitUntil(() -> spinner.getSelection() == before / 100, 5000, "the spinner to follow the undo");
    }
}
