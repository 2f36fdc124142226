package org.attune.ui.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.attune.media.Player;
import org.attune.media.internal.TestMedia;
import org.attune.model.Case;
import org.attune.model.store.CorpusStore;
import org.attune.ui.ClockPlayhead;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.media.internal.CaseMedia;
import org.attune.ui.media.internal.PlayerPlayhead;
import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A corpus case's generated clips opened through the workbench session, the time following the real player. */
@Timeout(120)
class CaseMediaTest {

    @Test
    void theOpenCasePlaysAndTheSessionTimeFollowsTheVideo() throws Exception {
        Path folder = Files.createTempDirectory("attune-case-media");
        Files.createDirectories(folder.resolve("media"));
        Path a = TestMedia.generate(folder.resolve("media/a.mp4"), TestMedia.Codec.H264_MP4, 320, 240, 75, 0);
        Path b = TestMedia.generate(folder.resolve("media/b.webm"), TestMedia.Codec.VP8_WEBM, 320, 240, 75, 1);
        try (CorpusStore store = CorpusStore.create(folder, "Linked")) {
            Case two = store.createCase("two-cameras", "Two cameras");
            store.addMedia(two, a, "camera 1", 0);
            store.addMedia(two, b, "camera 2", 400);
            store.createCase("no-media", "No media");
            Case missing = store.createCase("missing", "Missing file");
            store.addMedia(missing, folder.resolve("media/gone.mp4"), "camera 1", 0);
            store.save();
        }
        Display display = Display.getDefault();
        WorkbenchSession session = new WorkbenchSession();
        session.openCorpus(folder);
        Player player = new Player();
        List<String> failures = new CopyOnWriteArrayList<>();
        player.addListener(new Player.Listener() {
            @Override
            public void failed(String message) {
                failures.add(message);
            }
        });
        CaseMedia link = new CaseMedia(session, player, display::asyncExec);
        try {
            link.start();
            session.openCase(find(session, "two-cameras"));
            link.opening().get();
            PlayerPlayhead playhead = link.playhead();
            assertSame(playhead, session.playhead(), "the video drives the session's time");
            assertSame(playhead, session.coding().playhead(), "codes are placed at the video's time");
            assertEquals(2, player.streamCount());
            assertEquals(25.0, playhead.frameRate(), 0.01);
            AtomicInteger heard = new AtomicInteger();
            playhead.addListener(p -> heard.incrementAndGet());

            // the player moves, the playhead follows
            player.step(2).get();
            pump(display, () -> playhead.positionMs() == 80, 10_000);
            assertEquals(80, playhead.positionMs());
            player.seek(1000).get();
            pump(display, () -> playhead.positionMs() == 1000, 10_000);
            assertEquals(1000, playhead.positionMs());
            assertTrue(heard.get() > 0, "playhead listeners heard the player");

            // the playhead (a timeline click) moves the video; the second camera starts 400 ms later
            playhead.seek(2000);
            pump(display, () -> player.mediaSet().masterFrame() == 50 && player.picture(1) != null
                    && player.picture(1).frameNumber() == 40, 10_000);
            assertEquals(50, player.mediaSet().masterFrame());
            assertEquals(40, player.picture(1).frameNumber(), "second camera at case time 2000 - 400 ms");
            assertEquals(2000, playhead.positionMs());

            // nudging the second camera is an undoable change of the case; the picture follows the model
            org.attune.model.MediaSource second = session.currentCase().getMediaSources().get(1);
            assertTrue(link.moveOffset(1, 40));
            assertTrue(link.moveOffset(1, 40), "quick nudges add up");
            assertEquals(480, second.getOffsetMs());
            assertTrue(session.editor().isDirty(), "the nudge is a change to save");
            pump(display, () -> player.mediaSet().streams().get(1).source().offsetMs() == 480
                    && player.picture(1) != null && player.picture(1).frameNumber() == 38, 10_000);
            assertEquals(38, player.picture(1).frameNumber(), "second camera at case time 2000 - 480 ms");
            session.editor().undo();
            session.editor().undo();
            assertEquals(400, second.getOffsetMs());
            pump(display, () -> player.mediaSet().streams().get(1).source().offsetMs() == 400
                    && player.picture(1).frameNumber() == 40, 10_000);
            assertEquals(40, player.picture(1).frameNumber(), "undo moved the picture back");
            assertTrue(!link.moveOffset(7, 40), "no such stream");

            // a typed or marked offset is one undoable change too
            assertTrue(link.setOffset(1, 1500));
            assertEquals(1500, second.getOffsetMs());
            assertEquals(Long.valueOf(1500), link.savedOffset(1));
            pump(display, () -> player.mediaSet().streams().get(1).source().offsetMs() == 1500
                    && player.picture(1).frameNumber() == 12, 10_000);
            assertEquals(12, player.picture(1).frameNumber(), "case time 2000 - 1500 ms is in frame 12");
            session.editor().undo();
            assertEquals(400, second.getOffsetMs(), "one undo restores the offset");
            pump(display, () -> player.mediaSet().streams().get(1).source().offsetMs() == 400, 10_000);
            assertEquals(400, player.mediaSet().streams().get(1).source().offsetMs());

            // a case without media: back on the clock, the video closed
            session.openCase(find(session, "no-media"));
            link.opening().get();
            assertTrue(session.playhead() instanceof ClockPlayhead, "clock playhead for a case without media");
            assertEquals(0, player.streamCount());

            // back to the video, then a case whose only file is missing: message names it, clock again
            session.openCase(find(session, "two-cameras"));
            link.opening().get();
            assertSame(playhead, session.playhead());
            session.openCase(find(session, "missing"));
            pump(display, () -> session.playhead() instanceof ClockPlayhead, 10_000);
            assertTrue(session.playhead() instanceof ClockPlayhead, "clock playhead when no file plays");
            assertTrue(failures.stream().anyMatch(m -> m.contains("gone.mp4")), "message names the file: " + failures);
        } finally {
            link.stop();
            player.close();
            session.editor().close();
        }
    }

    private static Case find(WorkbenchSession session, String id) {
        return session.corpus().getCases().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    private static void pump(Display display, BooleanSupplier done, long timeoutMs) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMs;
        while (!done.getAsBoolean() && System.currentTimeMillis() < deadline) {
            if (!display.readAndDispatch()) {
                Thread.sleep(5);
            }
        }
    }
}
