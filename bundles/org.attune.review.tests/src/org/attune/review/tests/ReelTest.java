package org.attune.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.attune.media.MediaInfo;
import org.attune.media.MediaProbe;
import org.attune.media.MediaSet;
import org.attune.media.MediaSource;
import org.attune.media.internal.FrameBarcode;
import org.attune.review.Clip;
import org.attune.review.ClipExporter;
import org.attune.review.ClipFormat;
import org.attune.review.ClipPlan;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reel of many short clips: it lasts the sum of its clips, shows each clip's frames in order,
 * and never has more than a few clip files open at once.
 */
class ReelTest {

    private static final long FRAME_MS = 40;
    private static final int CLIPS = 60;

    @TempDir
    Path dir;

    /** 60 clips of 5-7 frames from one 10 s camera (frame n at n x 40 ms), 150 ms apart. */
    static ClipPlan manyClips(Path camera) throws Exception {
        List<ClipPlan.Entry> entries = new ArrayList<>();
        for (int k = 0; k < CLIPS; k++) {
            long start = 100 + k * 150L;
            long end = start + 200 + (k % 3) * 40;
            entries.add(new ClipPlan.Entry("many", k + 1, "one", "Family one", "m" + k, "look", null, start, end, 0, 0,
                    null, List.of(new ClipPlan.Media(camera, "camera 1", 0))));
        }
        return ClipPlan.probe("many", entries, new NullProgressMonitor());
    }

    @Test
    void aReelOfSixtyClipsLastsTheirSumAndShowsEachInTurnWithFewFilesOpen() throws Exception {
        ClipPlan plan = manyClips(ReviewCorpus.media().resolve("cam1.mp4"));
        Path out = dir.resolve("clips");
        Files.createDirectories(out);
        List<Path> files = new ArrayList<>();
        for (Clip clip : plan.clips()) {
            files.add(ClipExporter.exportClip(clip, out.resolve(clip.number() + ".mp4"), ClipFormat.MP4,
                    new NullProgressMonitor()));
        }

        // count, while the reel is joined, how many clip files the process has open
        AtomicBoolean joining = new AtomicBoolean(true);
        AtomicInteger mostOpen = new AtomicInteger();
        Thread watcher = new Thread(() -> {
            while (joining.get()) {
                mostOpen.accumulateAndGet(openClipFiles(out), Math::max);
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        watcher.start();
        Path reel;
        try {
            reel = ClipExporter.joinReel(plan, files, out.resolve("reel.mp4"), ClipFormat.MP4, new NullProgressMonitor());
        } finally {
            joining.set(false);
            watcher.join();
        }
        assertTrue(mostOpen.get() >= 1, "the watcher saw the clip files being read");
        assertTrue(mostOpen.get() <= ClipExporter.REEL_OPEN, mostOpen.get() + " clip files open at once");

        long sumMs = 0;
        long[] startsMs = new long[CLIPS];
        for (int k = 0; k < CLIPS; k++) {
            startsMs[k] = sumMs;
            sumMs += plan.clips().get(k).durationMs();
        }
        MediaInfo info = MediaProbe.probe(reel);
        assertEquals(sumMs, info.durationMs(), FRAME_MS, reel + " lasts " + info.durationMs() + " ms, clips " + sumMs);
        try (Stream<Path> left = Files.list(out)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
        // cancelled as soon as the join reports progress: no reel, no temporary file, the old reel stays
        NullProgressMonitor cancel = new NullProgressMonitor() {
            @Override
            public void worked(int units) {
                setCanceled(true);
            }
        };
        long before = Files.size(reel);
        assertThrows(OperationCanceledException.class,
                () -> ClipExporter.joinReel(plan, files, reel, ClipFormat.MP4, cancel));
        assertEquals(before, Files.size(reel));
        assertFalse(Files.exists(ClipExporter.partFile(reel)));
        // the middle frame of every fourth clip comes from the right place of the camera
        try (MediaSet set = MediaSet.open(List.of(MediaSource.of(reel)))) {
            AtomicReference<Integer> frame = new AtomicReference<>();
            set.addFrameListener(f -> frame.set(FrameBarcode.readBgrx(f.pixels(), f.width(), f.height())));
            for (int k = 0; k < CLIPS; k += 4) {
                Clip clip = plan.clips().get(k);
                long middleFrames = clip.durationMs() / FRAME_MS / 2;
                set.seek(startsMs[k] + middleFrames * FRAME_MS + FRAME_MS / 2);
                assertEquals(clip.startMs() / FRAME_MS + middleFrames, frame.get().intValue(),
                        "clip " + clip.number() + " in the reel at " + (startsMs[k] + middleFrames * FRAME_MS) + " ms");
            }
        }
    }

    @Test
    void aBrokenClipFileStopsTheReelNamingTheFile() throws Exception {
        ClipPlan plan = manyClips(ReviewCorpus.media().resolve("cam1.mp4"));
        ClipPlan three = new ClipPlan("three", plan.clips().subList(0, 3));
        List<Path> files = new ArrayList<>();
        for (Clip clip : three.clips()) {
            files.add(ClipExporter.exportClip(clip, dir.resolve(clip.number() + ".mp4"), ClipFormat.MP4,
                    new NullProgressMonitor()));
        }
        Files.write(files.get(1), new byte[] { 'n', 'o', 't', ' ', 'v', 'i', 'd', 'e', 'o' });
        Path reel = dir.resolve("reel.mp4");
        IOException e = assertThrows(IOException.class,
                () -> ClipExporter.joinReel(three, files, reel, ClipFormat.MP4, new NullProgressMonitor()));
        assertTrue(e.getMessage().contains(files.get(1).toString()), e.getMessage());
        assertFalse(Files.exists(reel));
        assertFalse(Files.exists(ClipExporter.partFile(reel)));
    }

    /** Clip files (numbered .mp4 in {@code folder}) this process has open now. */
    static int openClipFiles(Path folder) {
        int open = 0;
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    Path target = Files.readSymbolicLink(fd);
                    if (target.startsWith(folder) && target.getFileName().toString().matches("\\d+\\.(mp4|webm)")) {
                        open++;
                    }
                } catch (IOException | UnsupportedOperationException e) {
                    // closed meanwhile
                }
            }
        } catch (IOException e) {
            return 0;
        }
        return open;
    }
}
