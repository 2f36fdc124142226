package org.attune.media.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.attune.media.internal.TestMedia;
import org.attune.media.internal.TestMedia.Codec;

/**
 * The test clips, generated once per test run with GStreamer: 4 s at 25 fps, 320x240, each
 * frame carrying its number as a barcode.
 */
final class Media {

    static final int FRAMES = 100;

    private static Path dir;
    static Path h264;
    static Path vp8;
    static Path theora;
    static Path h264b;
    static Path shortClip;
    /** VP8/WebM with a Vorbis tone. */
    static Path withSound;

    private Media() {
    }

    static synchronized Path dir() throws IOException, InterruptedException {
        if (dir == null) {
            Path root = Path.of(System.getProperty("attune.media.testdir", "target/testmedia")).toAbsolutePath();
            Files.createDirectories(root);
            h264 = make(root.resolve("angle1-h264.mp4"), Codec.H264_MP4, FRAMES, 0);
            vp8 = make(root.resolve("angle2-vp8.webm"), Codec.VP8_WEBM, FRAMES, 1);
            theora = make(root.resolve("angle3-theora.ogv"), Codec.THEORA_OGG, FRAMES, 2);
            h264b = make(root.resolve("angle4-h264.mp4"), Codec.H264_MP4, FRAMES, 3);
            shortClip = make(root.resolve("short-h264.mp4"), Codec.H264_MP4, 50, 3);
            Files.deleteIfExists(root.resolve("sound-vp8.webm"));
            withSound = TestMedia.generate(root.resolve("sound-vp8.webm"), Codec.VP8_WEBM, 320, 240, FRAMES, 1, true);
            dir = root;
        }
        return dir;
    }

    private static Path make(Path file, Codec codec, int frames, int tint) throws IOException, InterruptedException {
        // generated fresh each run, so a changed generator never meets stale clips
        Files.deleteIfExists(file);
        return TestMedia.generate(file, codec, 320, 240, frames, tint);
    }

    /** A copy of the H.264 clip cut in half: its index (moov) is at the end, so it is lost. */
    static Path truncated() throws IOException, InterruptedException {
        Path file = dir().resolve("truncated.mp4");
        byte[] bytes = Files.readAllBytes(h264);
        Files.write(file, Arrays.copyOf(bytes, bytes.length / 2));
        return file;
    }
}
