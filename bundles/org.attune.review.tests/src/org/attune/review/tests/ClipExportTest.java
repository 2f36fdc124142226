package org.attune.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.attune.media.MediaInfo;
import org.attune.media.MediaProbe;
import org.attune.media.MediaSet;
import org.attune.media.MediaSource;
import org.attune.media.VideoFrame;
import org.attune.media.internal.FrameBarcode;
import org.attune.model.store.CorpusStore;
import org.attune.review.Clip;
import org.attune.review.ClipExporter;
import org.attune.review.ClipFormat;
import org.attune.review.ClipPlan;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exports clips with real GStreamer and reads them back with GStreamer. */
class ClipExportTest {

    private static final long FRAME_MS = 40;

    @TempDir
    Path dir;

    private ClipPlan plan(Path corpus) throws Exception {
        try (CorpusStore store = CorpusStore.open(corpus)) {
            return ClipPlan.of(store, store.findPlaylist("review"), new NullProgressMonitor());
        }
    }

    @Test
    void thePlanAddsContextAndClampsItToTheMedia() throws Exception {
        ClipPlan plan = plan(ReviewCorpus.create(dir.resolve("corpus")));
        List<Clip> clips = plan.clips();
        assertEquals(3, clips.size());
        assertEquals(List.of(3000L, 6000L), List.of(clips.get(0).startMs(), clips.get(0).endMs()));
        assertEquals(2, clips.get(0).sources().size());
        assertEquals(ReviewCorpus.CAM2_OFFSET_MS, clips.get(0).sources().get(1).offsetMs());
        assertEquals(List.of(0L, 2500L), List.of(clips.get(1).startMs(), clips.get(1).endMs()), "clamped at the start");
        assertEquals(1, clips.get(1).sources().size());
        assertEquals(List.of(0L, 1800L), List.of(clips.get(2).startMs(), clips.get(2).endMs()));
        assertEquals(7300, plan.durationMs());
        assertTrue(clips.get(0).title().contains("attentive look") && clips.get(0).title().contains("names the toy"),
                clips.get(0).title());
        assertTrue(clips.get(0).where().contains("playlist 'review', entry 1 (case two"), clips.get(0).where());
    }

    @Test
    void mp4ClipsLastAsLongAsTheirWindowsAndTheAnglesStayInSync() throws Exception {
        ClipPlan plan = plan(ReviewCorpus.create(dir.resolve("corpus")));
        Path out = dir.resolve("clips");
        ClipExporter.Result result = ClipExporter.export(plan, out, ClipFormat.MP4, true, new NullProgressMonitor());

        assertEquals(3, result.clips().size());
        for (int i = 0; i < 3; i++) {
            Clip clip = plan.clips().get(i);
            MediaInfo info = MediaProbe.probe(result.clips().get(i));
            assertDuration(clip.durationMs(), info, result.clips().get(i));
            assertEquals(clip.sources().size() * 320, info.width(), "angles side by side");
            assertEquals(240, info.height());
            assertTrue(info.codec().contains("H.264"), info.codec());
        }
        MediaInfo reel = MediaProbe.probe(result.reel());
        assertDuration(plan.durationMs(), reel, result.reel());
        assertEquals(640, reel.width());
        assertTrue(Files.readString(result.index()).contains("\"Mum follows <her> gaze & names the toy\"") == false
                && Files.readString(result.index()).contains("Mum follows <her> gaze & names the toy"));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(5, files.count(), "3 clips, the reel, the index; no temporary files");
        }

        // clip 1: window 3000-6000 on the case timeline; camera 2 starts 1.2 s (30 frames) later
        Path first = result.clips().get(0);
        for (long t : new long[] { 100, 1500, 2900 }) {
            int[] frames = tileFrames(first, t, 2);
            long caseMs = 3000 + t;
            assertEquals(caseMs / FRAME_MS, frames[0], 1.0, "camera 1 at clip time " + t);
            assertEquals(frames[0] - 30, frames[1], "camera 2 is 30 frames behind camera 1 at clip time " + t);
        }
        // clip 3: window 0-1800; camera 2 only starts at 1200
        Path third = result.clips().get(2);
        assertEquals(-1, tileFrames(third, 600, 2)[1], "camera 2 has not started yet: black");
        int[] late = tileFrames(third, 1500, 2);
        assertEquals(late[0] - 30, late[1]);
    }

    @Test
    void webmClipsToo() throws Exception {
        ClipPlan plan = plan(ReviewCorpus.create(dir.resolve("corpus")));
        Clip clip = plan.clips().get(1);
        Path file = ClipExporter.exportClip(clip, dir.resolve("one.webm"), ClipFormat.WEBM, new NullProgressMonitor());
        MediaInfo info = MediaProbe.probe(file);
        assertDuration(clip.durationMs(), info, file);
        assertTrue(info.codec().contains("VP8"), info.codec());
        assertEquals(0, tileFrames(file, 20, 1)[0]);
    }

    @Test
    void cancellingLeavesNoFile() throws Exception {
        Path corpus = ReviewCorpus.create(dir.resolve("corpus"));
        ClipPlan plan;
        try (CorpusStore store = CorpusStore.open(corpus)) {
            // 5 s of context: the first clip is the whole 10 s of both angles
            plan = ClipPlan.of(store, store.findPlaylist("review"), 5000, 5000, new NullProgressMonitor());
        }
        assertEquals(10_000, plan.clips().get(0).durationMs());
        Path out = dir.resolve("cancelled");
        NullProgressMonitor monitor = new NullProgressMonitor() {
            @Override
            public void worked(int units) {
                setCanceled(true); // as soon as the first frames are encoded
            }
        };
        assertThrows(OperationCanceledException.class,
                () -> ClipExporter.export(plan, out, ClipFormat.MP4, true, monitor));
        try (Stream<Path> files = Files.list(out)) {
            assertEquals(List.of(), files.toList(), "no half-written clip");
        }
    }

    @Test
    void aMissingCameraFileIsNamedWithTheEntry() throws Exception {
        Path corpus = ReviewCorpus.create(dir.resolve("corpus"));
        Path gone = Files.copy(ReviewCorpus.media().resolve("cam1.mp4"), dir.resolve("gone.mp4"));
        try (CorpusStore store = CorpusStore.open(corpus)) {
            store.loadCase("one").getMediaSources().get(0).setPath(store.relativePath(gone));
            store.save();
        }
        Files.delete(gone);
        IOException e = assertThrows(IOException.class, () -> plan(corpus));
        assertTrue(e.getMessage().contains("playlist 'review', entry 2 (case one") && e.getMessage().contains("gone.mp4"),
                e.getMessage());
    }

    private static void assertDuration(long expectedMs, MediaInfo info, Path file) {
        assertEquals(expectedMs, info.durationMs(), 2 * FRAME_MS, file + " lasts " + info.durationMs() + " ms");
    }

    /** The frame numbers in the tiles of a picture at {@code ms}, -1 where there is none. */
    private static int[] tileFrames(Path file, long ms, int tiles) throws Exception {
        AtomicReference<int[]> found = new AtomicReference<>();
        try (MediaSet set = MediaSet.open(List.of(MediaSource.of(file)))) {
            set.addFrameListener(frame -> found.set(read(frame, tiles)));
            set.seek(ms);
        }
        return found.get();
    }

    private static int[] read(VideoFrame frame, int tiles) {
        int tileWidth = frame.width() / tiles;
        int[] numbers = new int[tiles];
        for (int t = 0; t < tiles; t++) {
            ByteBuffer tile = ByteBuffer.allocate(tileWidth * 4 * frame.height());
            for (int y = 0; y < frame.height(); y++) {
                for (int x = 0; x < tileWidth * 4; x++) {
                    tile.put(y * tileWidth * 4 + x, frame.pixels().get(y * frame.stride() + t * tileWidth * 4 + x));
                }
            }
            numbers[t] = FrameBarcode.readBgrx(tile, tileWidth, frame.height());
        }
        return numbers;
    }
}
