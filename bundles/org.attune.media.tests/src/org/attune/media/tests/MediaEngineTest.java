package org.attune.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.attune.media.MediaException;
import org.attune.media.MediaInfo;
import org.attune.media.MediaProbe;
import org.attune.media.MediaSet;
import org.attune.media.MediaSource;
import org.attune.media.internal.FrameBarcode;
import org.attune.media.internal.TestMedia;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Real GStreamer on real files: every check reads the frame number back out of the delivered
 * pixels, so a frame that is one off fails.
 */
@Timeout(120)
class MediaEngineTest {

    @BeforeAll
    static void generate() throws Exception {
        Media.dir();
    }

    /** Records the barcode of the latest picture of each stream. */
    static final class Seen {
        final int[] barcode;
        final long[] engineFrame;

        Seen(MediaSet set) {
            barcode = new int[set.streams().size()];
            engineFrame = new long[set.streams().size()];
            Arrays.fill(barcode, -2);
            set.addFrameListener(frame -> {
                barcode[frame.stream()] = FrameBarcode.readBgrx(frame.pixels(), frame.width(), frame.height());
                engineFrame[frame.stream()] = frame.frameNumber();
            });
        }
    }

    /** The frame stream {@code i} must show at the master's frame (25 fps everywhere), clamped to its length. */
    static int expected(MediaSet set, int stream, long masterFrame) {
        MediaSet.Stream s = set.streams().get(stream);
        long offsetFrames = (s.source().offsetMs() - set.master().source().offsetMs()) / 40;
        long frame = masterFrame - offsetFrames;
        return (int) Math.max(0, Math.min(s.info().frameCount() - 1, frame));
    }

    static void assertAllOn(MediaSet set, Seen seen, String when) {
        long master = set.masterFrame();
        for (int i = 0; i < set.streams().size(); i++) {
            assertEquals(expected(set, i, master), seen.barcode[i],
                    when + ": stream " + i + " (" + set.streams().get(i).source().file().getFileName() + ") at master frame "
                            + master + ", barcodes " + Arrays.toString(seen.barcode));
            assertEquals(seen.barcode[i], seen.engineFrame[i], when + ": engine's frame number of stream " + i);
        }
    }

    @Test
    void probeReportsDurationRateSizeAndCodec() throws Exception {
        MediaInfo h264 = MediaProbe.probe(Media.h264);
        assertEquals(4000, h264.durationMs());
        assertEquals(25.0, h264.frameRate());
        assertEquals(320, h264.width());
        assertEquals(240, h264.height());
        assertTrue(h264.codec().contains("H.264"), h264.codec());
        assertFalse(h264.hasAudio());
        assertEquals(100, h264.frameCount());
        assertTrue(MediaProbe.probe(Media.vp8).codec().contains("VP8"));
        assertTrue(MediaProbe.probe(Media.theora).codec().contains("Theora"));
    }

    @Test
    void oneStreamSeeksAndStepsToTheExactFrame() throws Exception {
        exercise(List.of(MediaSource.of(Media.h264)));
    }

    @Test
    void twoStreamsOfDifferentCodecsStayOnTheSameFrame() throws Exception {
        exercise(List.of(MediaSource.of(Media.h264), MediaSource.of(Media.vp8)));
    }

    @Test
    void fourStreamsWithOffsetsStayOnTheSameFrame() throws Exception {
        exercise(List.of(MediaSource.of(Media.h264), MediaSource.of(Media.vp8), new MediaSource(Media.theora, 1000),
                new MediaSource(Media.h264b, -400)));
    }

    private void exercise(List<MediaSource> sources) throws Exception {
        try (MediaSet set = MediaSet.open(sources)) {
            assertEquals(sources.size(), set.streams().size());
            assertTrue(set.problems().isEmpty(), set.problems().toString());
            Seen seen = new Seen(set);
            set.seekToFrame(0);
            assertAllOn(set, seen, "start");
            for (long ms : new long[] { 1500, 2041, 1230, 3960, 620, 2000, 1999 }) {
                set.seek(ms);
                assertEquals(ms / 40, set.masterFrame(), "master frame after seek to " + ms + " ms");
                assertAllOn(set, seen, "seek to " + ms + " ms");
            }
            set.seekToFrame(48);
            for (int i = 1; i <= 3; i++) {
                set.stepForward();
                assertEquals(48 + i, set.masterFrame());
                assertAllOn(set, seen, "step forward " + i);
            }
            for (int i = 1; i <= 4; i++) {
                set.stepBackward();
                assertEquals(51 - i, set.masterFrame());
                assertAllOn(set, seen, "step back " + i);
            }
            set.jump(1000);
            assertEquals(72, set.masterFrame());
            assertAllOn(set, seen, "jump +1 s");
            set.jump(-1000);
            assertEquals(47, set.masterFrame());
        }
    }

    @Test
    void changingAnOffsetMovesThatStreamOnly() throws Exception {
        try (MediaSet set = MediaSet.open(List.of(MediaSource.of(Media.h264), MediaSource.of(Media.vp8)))) {
            Seen seen = new Seen(set);
            set.seekToFrame(50);
            assertAllOn(set, seen, "before");
            set.setOffset(1, 400); // the second camera started 10 frames later
            assertEquals(400, set.streams().get(1).source().offsetMs());
            assertEquals(50, set.masterFrame(), "the position stays");
            assertEquals(50, seen.barcode[0]);
            assertEquals(40, seen.barcode[1]);
            assertEquals(4400, set.durationNs() / 1_000_000L);
            set.setOffset(1, -200);
            assertEquals(55, seen.barcode[1]);
            set.stepForward();
            assertEquals(51, seen.barcode[0]);
            assertEquals(56, seen.barcode[1]);
            assertAllOn(set, seen, "after nudging");
        }
    }

    /**
     * The frame a stream must show when the master is paused on {@code masterFrame}: the one whose
     * presentation interval [start, start + 40 ms) contains the shown case time (the master
     * frame's start, what the time display says) minus the stream's offset; before its start
     * a stream shows its first frame, after its end its last.
     */
    static long containing(MediaSet set, int stream, long masterFrame) {
        MediaSet.Stream s = set.streams().get(stream);
        long shownMs = masterFrame * 40 + set.master().source().offsetMs();
        long media = shownMs - s.source().offsetMs();
        return Math.max(0, Math.min(s.info().frameCount() - 1, Math.floorDiv(media, 40)));
    }

    @Test
    void offsetsThatAreNotWholeFramesShowTheFrameContainingTheShownTime() throws Exception {
        // 1500 ms = 37.5 frames (the demo corpus's camera 2), and offsets either side of half a frame
        for (long offset : new long[] { 1500, 1490, 1510, -1480, 20 }) {
            try (MediaSet set = MediaSet.open(List.of(MediaSource.of(Media.h264), new MediaSource(Media.vp8, offset)))) {
                Seen seen = new Seen(set);
                for (long frame : new long[] { 50, 37, 38, 75, 0, 99, 63 }) {
                    set.seekToFrame(frame);
                    assertEquals(frame, seen.barcode[0]);
                    assertEquals(containing(set, 1, frame), seen.barcode[1],
                            "offset " + offset + " ms, master frame " + frame + " (case time " + frame * 40 + " ms)");
                    assertEquals(seen.barcode[1], seen.engineFrame[1], "engine's frame number, offset " + offset);
                }
                set.seekToFrame(60);
                for (int step : new int[] { 1, 1, -1, -1, -1 }) {
                    set.step(step);
                    assertEquals(containing(set, 1, set.masterFrame()), seen.barcode[1],
                            "offset " + offset + " ms after a step to " + set.masterFrame());
                }
                set.play();
                Thread.sleep(300);
                set.pause();
                assertEquals(set.masterFrame(), seen.barcode[0]);
                assertEquals(containing(set, 1, set.masterFrame()), seen.barcode[1],
                        "offset " + offset + " ms after pausing on " + set.masterFrame());
            }
        }
    }

    @Test
    void aHalfFrameOffsetPlaysOnTheSameClock() throws Exception {
        try (MediaSet set = MediaSet.open(List.of(MediaSource.of(Media.h264), new MediaSource(Media.vp8, 1500)))) {
            // how late each picture arrives against the clock, per stream: with one clock both
            // streams are equally late (or early) at any half-frame offset
            List<List<Long>> lateness = List.of(new ArrayList<>(), new ArrayList<>());
            set.addFrameListener(frame -> {
                if (set.isPlaying()) {
                    MediaSet.Stream s = set.streams().get(frame.stream());
                    long start = frame.frameNumber() * 40_000_000L + s.source().offsetMs() * 1_000_000L;
                    synchronized (lateness) {
                        lateness.get(frame.stream()).add(set.positionNs() - start);
                    }
                }
            });
            // steps move each sink on its own (step events): play must bring them back onto one clock
            set.seekToFrame(37);
            for (int i = 0; i < 3; i++) {
                set.stepForward();
            }
            assertEquals(40, set.masterFrame());
            set.play();
            Thread.sleep(1500);
            set.pause();
            synchronized (lateness) {
                long[] median = new long[2];
                for (int i = 0; i < 2; i++) {
                    List<Long> sorted = new ArrayList<>(lateness.get(i).subList(1, lateness.get(i).size()));
                    assertTrue(sorted.size() >= 20, "pictures of stream " + i + " during play: " + sorted.size());
                    sorted.sort(null);
                    median[i] = sorted.get(sorted.size() / 2) / 1_000_000L;
                }
                assertTrue(Math.abs(median[0] - median[1]) <= 8,
                        "median lateness (ms) master " + median[0] + ", offset stream " + median[1]);
            }
        }
    }

    @Test
    void picturesAreScaledInGStreamerAndStayFrameExact() throws Exception {
        try (MediaSet set = MediaSet.open(List.of(MediaSource.of(Media.h264), new MediaSource(Media.vp8, 1500)))) {
            Seen seen = new Seen(set);
            int[][] size = new int[2][2];
            set.addFrameListener(frame -> {
                size[frame.stream()][0] = frame.width();
                size[frame.stream()][1] = frame.height();
            });
            set.seekToFrame(60);
            assertEquals(320, size[0][0]);
            set.setPictureSize(0, 160, 120);
            assertEquals(160, size[0][0], "the paused frame is delivered again at the new size");
            assertEquals(120, size[0][1]);
            assertEquals(60, seen.barcode[0], "the same frame, read from the smaller pixels");
            set.setPictureSize(1, 480, 360);
            assertEquals(480, size[1][0], "scaled up too");
            assertEquals(containing(set, 1, 60), seen.barcode[1]);
            set.stepForward();
            set.stepForward();
            assertEquals(62, seen.barcode[0]);
            assertEquals(containing(set, 1, 62), seen.barcode[1]);
            assertEquals(160, size[0][0]);
            set.play();
            Thread.sleep(300);
            set.pause();
            assertEquals(160, size[0][0], "playing keeps the size");
            assertEquals(set.masterFrame(), seen.barcode[0]);
            set.setPictureSize(0, 0, 0);
            assertEquals(320, size[0][0], "back to the stream's own size");
            assertEquals(set.masterFrame(), seen.barcode[0]);
        }
    }

    @Test
    void playAtSeveralRatesKeepsStreamsTogether() throws Exception {
        List<MediaSource> sources = List.of(MediaSource.of(Media.h264), MediaSource.of(Media.vp8),
                new MediaSource(Media.theora, 1000), MediaSource.of(Media.h264b));
        try (MediaSet set = MediaSet.open(sources)) {
            Seen seen = new Seen(set);
            // when each stream delivered each master frame number (from the pixels), during 1x play
            long[][] arrival = new long[sources.size()][Media.FRAMES + 30];
            set.addFrameListener(frame -> {
                int code = FrameBarcode.readBgrx(frame.pixels(), frame.width(), frame.height());
                long masterFrame = code + (set.streams().get(frame.stream()).source().offsetMs() / 40);
                if (set.isPlaying() && set.rate() == 1.0 && code >= 0 && arrival[frame.stream()][(int) masterFrame] == 0) {
                    arrival[frame.stream()][(int) masterFrame] = System.nanoTime();
                }
            });
            for (double rate : new double[] { 1.0, 2.0, 0.5, 4.0 }) {
                set.seekToFrame(30);
                set.setRate(rate);
                set.play();
                Thread.sleep(rate == 1.0 ? 1200 : 500);
                set.pause();
                long advanced = set.masterFrame() - 30;
                double expected = (rate == 1.0 ? 30 : 12.5) * rate;
                // scheduling on a busy machine may add or cost a few frames
                assertTrue(advanced >= Math.round(expected * 0.6) && advanced <= Math.round(expected * 1.6) + 4,
                        "rate " + rate + " advanced " + advanced + " frames");
                assertAllOn(set, seen, "paused after playing at " + rate + "x");
            }
            // one clock: the same moment reaches every stream at the same time (the machine is
            // shared and busy, so single frames may be late; the median must not be)
            List<Long> skews = new ArrayList<>();
            for (int frame = 32; frame < 55; frame++) {
                long min = Long.MAX_VALUE, max = 0;
                for (long[] stream : arrival) {
                    if (stream[frame] > 0) {
                        min = Math.min(min, stream[frame]);
                        max = Math.max(max, stream[frame]);
                    }
                }
                if (max > 0) {
                    skews.add((max - min) / 1_000_000L);
                }
            }
            assertTrue(skews.size() >= 15, "frames seen by all streams at 1x: " + skews.size());
            List<Long> sorted = new ArrayList<>(skews);
            sorted.sort(null);
            assertTrue(sorted.get(sorted.size() / 2) <= 20, "median skew between streams (ms) in " + skews);
        }
    }

    @Test
    void reversePlaybackMovesBackAndStaysExact() throws Exception {
        try (MediaSet set = MediaSet.open(List.of(MediaSource.of(Media.h264), MediaSource.of(Media.h264b)))) {
            Seen seen = new Seen(set);
            set.seekToFrame(80);
            set.setRate(-1.0);
            set.play();
            Thread.sleep(600);
            set.pause();
            long frame = set.masterFrame();
            assertTrue(frame < 80 && frame > 40, "reverse went to " + frame);
            assertAllOn(set, seen, "after reverse play");
        }
    }

    @Test
    void aStreamThatEndsEarlyShowsItsLastFrameAndTheCasePlaysOn() throws Exception {
        try (MediaSet set = MediaSet.open(List.of(MediaSource.of(Media.h264), MediaSource.of(Media.shortClip)))) {
            Seen seen = new Seen(set);
            set.seek(3000);
            assertEquals(75, seen.barcode[0]);
            assertEquals(49, seen.barcode[1], "the short clip shows its last frame");
            set.seekToFrame(90);
            set.play(); // at 1x nothing is dropped, so the last frame must come
            long deadline = System.currentTimeMillis() + 5000;
            while (set.state() != MediaSet.State.ENDED && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(MediaSet.State.ENDED, set.state());
            assertEquals(99, seen.barcode[0], "the master played to its last frame");
        }
    }

    @Test
    void realCameraFootagePlaysFrameAccuratelyNextToAGeneratedStream() throws Exception {
        Path real = Path.of("testfiles/head_turns.mov").toAbsolutePath();
        MediaInfo info = MediaProbe.probe(real);
        assertEquals(720, info.width());
        assertEquals(576, info.height());
        assertEquals(25.0, info.frameRate());
        assertTrue(info.hasAudio());
        assertTrue(info.codec().contains("MPEG-4"), info.codec());
        assertTrue(Math.abs(info.durationMs() - 60_000) < 1000, "duration " + info.durationMs());
        try (MediaSet set = MediaSet.open(List.of(MediaSource.of(Media.h264), MediaSource.of(real)))) {
            Seen seen = new Seen(set);
            for (long frame : new long[] { 37, 80, 12, 99 }) {
                set.seekToFrame(frame);
                assertEquals(frame, seen.barcode[0]);
                assertEquals(frame, seen.engineFrame[1], "the real video is on the same frame after seeking to " + frame);
            }
            set.seekToFrame(50);
            set.stepForward();
            assertEquals(51, seen.engineFrame[1]);
            set.stepBackward();
            set.stepBackward();
            assertEquals(49, seen.engineFrame[1]);
            assertEquals(49, seen.barcode[0]);
            // past the generated clip's end the real video plays on; the short one keeps its last frame
            set.seek(30_000);
            assertEquals(750, seen.engineFrame[1]);
            assertEquals(99, seen.barcode[0]);
            assertEquals(750, set.masterFrame(), "frame numbers go on past the master's end");
        }
    }

    @Test
    void badFilesAreNamedWithGStreamersReason() throws Exception {
        Path dir = Media.dir();
        Path missing = dir.resolve("no-such-video.mp4");
        MediaException e = assertThrows(MediaException.class, () -> MediaProbe.probe(missing));
        assertTrue(e.getMessage().contains("no-such-video.mp4") && e.getMessage().contains("not found"), e.getMessage());

        Path truncated = Media.truncated();
        e = assertThrows(MediaException.class, () -> MediaProbe.probe(truncated));
        assertTrue(e.getMessage().startsWith(truncated.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().length() > truncated.toString().length() + 10, "a reason follows: " + e.getMessage());

        Path audio = TestMedia.generateAudioOnly(dir.resolve("interview-audio.ogg"));
        e = assertThrows(MediaException.class, () -> MediaProbe.probe(audio));
        assertTrue(e.getMessage().contains("interview-audio.ogg") && e.getMessage().contains("no video"), e.getMessage());

        Path text = dir.resolve("notes.mp4");
        Files.writeString(text, "These are field notes, not a video.\n".repeat(200));
        e = assertThrows(MediaException.class, () -> MediaProbe.probe(text));
        assertTrue(e.getMessage().contains("notes.mp4"), e.getMessage());
    }

    @Test
    void badSourcesAreKeptOutAndTheOthersPlay() throws Exception {
        Path truncated = Media.truncated();
        Path missing = Media.dir().resolve("camera-3.mp4");
        try (MediaSet set = MediaSet.open(List.of(MediaSource.of(missing), MediaSource.of(Media.h264),
                MediaSource.of(truncated), MediaSource.of(Media.vp8)))) {
            assertEquals(2, set.streams().size());
            assertEquals(Media.h264, set.master().source().file());
            assertEquals(2, set.problems().size());
            assertTrue(set.problems().get(0).message().contains("camera-3.mp4"));
            assertTrue(set.problems().get(1).message().contains("truncated.mp4"));
            Seen seen = new Seen(set);
            set.seek(2000);
            assertAllOn(set, seen, "good streams next to bad ones");
        }
        MediaException e = assertThrows(MediaException.class,
                () -> MediaSet.open(List.of(MediaSource.of(missing), MediaSource.of(truncated))));
        assertTrue(e.getMessage().contains("camera-3.mp4") && e.getMessage().contains("truncated.mp4"), e.getMessage());
    }

    @Test
    void openingAndClosingTwoHundredTimesReleasesEverything() throws Exception {
        List<MediaSource> sources = List.of(MediaSource.of(Media.h264), MediaSource.of(Media.vp8));
        long rssAfterWarmUp = 0;
        for (int i = 0; i < 200; i++) {
            MediaSet set = MediaSet.open(sources);
            set.seek(1000 + i % 50 * 40);
            set.close();
            assertEquals(MediaSet.State.CLOSED, set.state());
            if (i == 20) {
                rssAfterWarmUp = rssKb();
            }
        }
        long growth = rssKb() - rssAfterWarmUp;
        // two 320x240 streams hold ~1 MB of pictures; a leaked pipeline per open would be far more
        assertTrue(growth < 60_000, "resident memory grew " + growth + " kB over 180 open/close cycles");
    }

    private static long rssKb() throws Exception {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        return 0;
    }
}
