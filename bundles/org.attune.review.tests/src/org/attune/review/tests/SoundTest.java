package org.attune.review.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.attune.media.MediaProbe;
import org.attune.review.Clip;
import org.attune.review.ClipExporter;
import org.attune.review.ClipFormat;
import org.attune.review.ClipPlan;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Clips and reels carry the sound of the first angle that has sound, placed by its offset like
 * its picture. The sound camera ticks every 500 ms of its own time (GStreamer's audiotestsrc),
 * so where each tick lands in a clip shows whether the sound is in sync.
 */
class SoundTest {

    private static final long FRAME_MS = 40;
    /** Where the sound camera starts on the case timeline. */
    private static final long SOUND_OFFSET_MS = 1200;
    private static final int RATE = 8000;
    /** How far a tick may land from where the picture puts it: a quarter of a frame. */
    private static final long TOLERANCE_MS = 10;

    @TempDir
    Path dir;

    /**
     * 8 s of VP8 picture and Vorbis sound: a 20 ms 440 Hz tick at 0.25, 0.75, 1.25 ... s,
     * written sample by sample (audiotestsrc's ticks fall on buffer boundaries, not on time).
     */
    static synchronized Path soundCamera() throws Exception {
        Path file = ReviewCorpus.media().resolve("camsound.webm");
        if (!Files.isRegularFile(file)) {
            short[] samples = new short[48_000 * 8];
            for (int k = 0; k < 16; k++) {
                int start = (int) ((250 + 500L * k) * 48);
                for (int i = 0; i < 960 && start + i < samples.length; i++) {
                    samples[start + i] = (short) (16000 * Math.sin(2 * Math.PI * 440 * i / 48_000.0));
                }
            }
            ByteBuffer bytes = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
            bytes.asShortBuffer().put(samples);
            Path raw = file.resolveSibling("ticks.raw");
            Files.write(raw, bytes.array());
            Path part = file.resolveSibling(".camsound.part.webm");
            gst("videotestsrc", "num-buffers=200", "pattern=ball", "!", "video/x-raw,width=320,height=240,framerate=25/1",
                    "!", "vp8enc", "deadline=1", "!", "webmmux", "name=m", "!", "filesink", "location=" + part, "filesrc",
                    "location=" + raw, "!", "rawaudioparse", "format=pcm", "pcm-format=s16le", "sample-rate=48000",
                    "num-channels=1", "!", "audioconvert", "!", "vorbisenc", "!", "m.");
            Files.move(part, file);
            Files.delete(raw);
        }
        return file;
    }

    /**
     * 1: two angles (the second with sound, 1.2 s later), window 2.0-5.0 s; 2: the same case,
     * window 0-2.2 s, starting before the sound camera; 3: one angle without sound, 0.5-1.5 s;
     * 4: as 1 (so the reel shows whether the sound drifts from clip to clip).
     */
    private static ClipPlan plan() throws Exception {
        Path cam1 = ReviewCorpus.media().resolve("cam1.mp4");
        List<ClipPlan.Media> both = List.of(new ClipPlan.Media(cam1, "camera 1", 0),
                new ClipPlan.Media(soundCamera(), "camera with sound", SOUND_OFFSET_MS));
        List<ClipPlan.Entry> entries = List.of(
                new ClipPlan.Entry("sound", 1, "two", null, "a", "look", null, 3000, 4000, 1000, 1000, null, both),
                new ClipPlan.Entry("sound", 2, "two", null, "b", "look", null, 200, 1200, 1000, 1000, null, both),
                new ClipPlan.Entry("sound", 3, "one", null, "c", "turn", null, 500, 1500, 0, 0, null,
                        List.of(new ClipPlan.Media(cam1, "camera 1", 0))),
                new ClipPlan.Entry("sound", 4, "two", null, "d", "look", null, 3000, 4000, 1000, 1000, null, both));
        return ClipPlan.probe("sound", entries, new NullProgressMonitor());
    }

    @Test
    void mp4ClipsAndReelCarryTheSoundInSync() throws Exception {
        check(ClipFormat.MP4);
    }

    @Test
    void webmClipsAndReelCarryTheSoundInSync() throws Exception {
        check(ClipFormat.WEBM);
    }

    private void check(ClipFormat format) throws Exception {
        ClipPlan plan = plan();
        assertEquals(List.of(1, 1, -1, 1), plan.clips().stream().map(Clip::soundSource).toList());
        ClipExporter.Result result = ClipExporter.export(plan, dir.resolve("out"), format, true,
                new NullProgressMonitor());

        // clip 1: window 2.0-5.0 s; ticks at case time 1.2 + 0.25 + 0.5k s
        Path first = result.clips().get(0);
        assertTrue(MediaProbe.probe(first).hasAudio(), first + " has sound");
        short[] sound = decode(first);
        assertEquals(3000, lengthMs(sound), FRAME_MS, first + ": sound as long as the picture");
        assertEquals(MediaProbe.probe(first).durationMs(), lengthMs(sound), FRAME_MS);
        assertTicks(List.of(450L, 950L, 1450L, 1950L, 2450L, 2950L), ticks(sound), first);

        // clip 2: window 0-2.2 s, the sound camera starts at 1.2 s: silence before
        Path second = result.clips().get(1);
        short[] late = decode(second);
        assertEquals(2200, lengthMs(late), FRAME_MS, second + ": sound as long as the picture");
        assertTicks(List.of(1450L, 1950L), ticks(late), second);

        // clip 3: no angle with sound, no sound track
        assertFalse(MediaProbe.probe(result.clips().get(2)).hasAudio(), result.clips().get(2) + " has no sound");

        // the reel: 3.0 + 2.2 + 1.0 + 3.0 s, the ticks of each clip where the clip starts, silence under clip 3
        Path reel = result.reel();
        short[] joined = decode(reel);
        assertEquals(9200, MediaProbe.probe(reel).durationMs(), FRAME_MS, reel + " picture");
        assertEquals(9200, lengthMs(joined), FRAME_MS, reel + ": sound as long as the picture");
        assertTicks(List.of(450L, 950L, 1450L, 1950L, 2450L, 2950L, 4450L, 4950L, 6650L, 7150L, 7650L, 8150L, 8650L,
                9150L), ticks(joined), reel);
    }

    @Test
    void theSoundCameraTicksWhereItShould() throws Exception {
        short[] sound = decode(soundCamera());
        assertEquals(8000, lengthMs(sound), FRAME_MS);
        assertEquals(List.of(250L, 750L, 1250L), ticks(sound).subList(0, 3));
    }

    private static void assertTicks(List<Long> expectedMs, List<Long> foundMs, Path file) {
        System.out.println(file.getFileName() + ": ticks at " + foundMs + " ms");
        assertEquals(expectedMs.size(), foundMs.size(), file + ": ticks at " + foundMs + " ms, expected " + expectedMs);
        for (int i = 0; i < expectedMs.size(); i++) {
            assertEquals(expectedMs.get(i), foundMs.get(i), TOLERANCE_MS,
                    file + ": tick " + i + " at " + foundMs + " ms, expected " + expectedMs);
        }
    }

    private static long lengthMs(short[] samples) {
        return samples.length * 1000L / RATE;
    }

    /** Where sound starts after at least 200 ms of quiet, in ms from the file's start. */
    private static List<Long> ticks(short[] samples) {
        List<Long> onsets = new ArrayList<>();
        long lastLoud = -RATE;
        for (int i = 0; i < samples.length; i++) {
            if (Math.abs(samples[i]) > 3000) {
                if (i - lastLoud > RATE / 5) {
                    onsets.add(i * 1000L / RATE);
                }
                lastLoud = i;
            }
        }
        return onsets;
    }

    /** The file's sound decoded by GStreamer: 8 kHz mono, from the file's start (gaps filled). */
    private short[] decode(Path file) throws Exception {
        Path raw = Files.createTempFile(dir, "sound", ".raw");
        gst("filesrc", "location=" + file, "!", "decodebin", "!", "audioconvert", "!", "audioresample", "!", "audiorate",
                "!", "audio/x-raw,format=S16LE,channels=1,rate=" + RATE, "!", "filesink", "location=" + raw);
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(raw)).order(ByteOrder.LITTLE_ENDIAN);
        short[] samples = new short[bytes.remaining() / 2];
        bytes.asShortBuffer().get(samples);
        return samples;
    }

    private static void gst(String... words) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("gst-launch-1.0", "-q"));
        command.addAll(List.of(words));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException(String.join(" ", command) + ": " + output);
        }
    }
}
