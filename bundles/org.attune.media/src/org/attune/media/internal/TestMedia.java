package org.attune.media.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Generates test and benchmark videos with gst-launch-1.0: synthetic pictures with the frame
 * number as a {@link FrameBarcode} (for machines) and the running time burnt in by
 * timeoverlay (for people), encoded as H.264/MP4, VP8/WebM or Theora/Ogg with a keyframe
 * every 2 seconds, like camera footage.
 */
public final class TestMedia {

    public enum Codec {
        H264_MP4("mp4", "x264enc speed-preset=veryfast key-int-max=50 bframes=2 ! video/x-h264,profile=high ! h264parse ! mp4mux"),
        H264_MP4_FAST("mp4", "x264enc speed-preset=ultrafast key-int-max=50 ! video/x-h264,profile=high ! h264parse ! mp4mux"),
        VP8_WEBM("webm", "vp8enc keyframe-max-dist=50 deadline=1 cpu-used=8 target-bitrate=1500000 ! webmmux"),
        THEORA_OGG("ogv", "theoraenc keyframe-force=50 bitrate=1500 ! oggmux");

        public final String extension;
        final String encoder;

        Codec(String extension, String encoder) {
            this.extension = extension;
            this.encoder = encoder;
        }
    }

    private TestMedia() {
    }

    /**
     * Writes {@code frames} frames at 25 fps. {@code tint} (0..3) colours the background so
     * that streams are told apart on screen.
     */
    public static Path generate(Path file, Codec codec, int width, int height, int frames, int tint)
            throws IOException, InterruptedException {
        return generate(file, codec, width, height, frames, tint, false);
    }

    /**
     * As {@link #generate(Path, Codec, int, int, int, int)}, with {@code sound} a 440 Hz tone
     * (Vorbis) of the same length in the file: WebM and Ogg only.
     */
    public static Path generate(Path file, Codec codec, int width, int height, int frames, int tint, boolean sound)
            throws IOException, InterruptedException {
        if (sound && codec != Codec.VP8_WEBM && codec != Codec.THEORA_OGG) {
            throw new IllegalArgumentException("sound is generated for WebM and Ogg only, not " + codec);
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        List<String> command = new ArrayList<>(List.of("gst-launch-1.0", "-q", "fdsrc", "fd=0", "blocksize=" + frameSize(width, height), "!",
                "rawvideoparse", "width=" + width, "height=" + height, "format=i420", "framerate=25/1", "!",
                "timeoverlay", "valignment=bottom", "halignment=left", "font-desc=Sans " + Math.max(10, height / 16), "!"));
        for (String word : codec.encoder.split(" ")) {
            command.add(word);
        }
        if (sound) {
            command.add("name=mux");
        }
        command.addAll(List.of("!", "filesink", "location=" + file.toAbsolutePath()));
        if (sound) {
            // 40 ms of sound per buffer at 44.1 kHz: one buffer per frame
            command.addAll(List.of("audiotestsrc", "num-buffers=" + frames, "samplesperbuffer=1764", "freq=440", "volume=0.2",
                    "!", "audioconvert", "!", "vorbisenc", "!", "mux."));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.PIPE).start();
        byte[] picture = new byte[frameSize(width, height)];
        try (OutputStream out = process.getOutputStream()) {
            for (int n = 0; n < frames; n++) {
                paint(picture, width, height, n, tint);
                out.write(picture);
            }
        } catch (IOException e) {
            // gst-launch died early: its output says why
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0 || !Files.isRegularFile(file)
                || Files.size(file) == 0) {
            process.destroyForcibly();
            throw new IOException("gst-launch-1.0 could not write " + file + ": " + output.strip());
        }
        return file;
    }

    /** An Ogg/Vorbis file with no video. */
    public static Path generateAudioOnly(Path file) throws IOException, InterruptedException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        run(List.of("gst-launch-1.0", "-q", "audiotestsrc", "num-buffers=50", "!", "audioconvert", "!", "vorbisenc", "!",
                "oggmux", "!", "filesink", "location=" + file.toAbsolutePath()), file);
        return file;
    }

    static void run(List<String> command, Path file) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("gst-launch-1.0 could not write " + file + ": " + output.strip());
        }
    }

    static int frameSize(int width, int height) {
        return width * height * 3 / 2;
    }

    private static void paint(byte[] picture, int width, int height, int n, int tint) {
        int lumaEnd = width * height;
        for (int y = 0; y < height; y++) {
            int row = y * width;
            for (int x = 0; x < width; x++) {
                // a diagonal ramp that moves with the frame number, so motion is visible
                picture[row + x] = (byte) (60 + ((x + y + n * 4) & 0x7F));
            }
        }
        int chroma = (width / 2) * (height / 2);
        byte u = (byte) (new int[] { 160, 90, 128, 200 }[tint & 3]);
        byte v = (byte) (new int[] { 100, 170, 200, 128 }[tint & 3]);
        java.util.Arrays.fill(picture, lumaEnd, lumaEnd + chroma, u);
        java.util.Arrays.fill(picture, lumaEnd + chroma, lumaEnd + 2 * chroma, v);
        FrameBarcode.drawI420(picture, width, height, n);
    }
}
