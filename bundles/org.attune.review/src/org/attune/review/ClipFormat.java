package org.attune.review;

import java.util.Locale;

/** The video files a clip export writes. */
public enum ClipFormat {
    /** H.264 in MP4: plays everywhere (phones, PowerPoint, browsers). */
    MP4("mp4"),
    /** VP8 in WebM: free codecs, plays in browsers. */
    WEBM("webm");

    public final String extension;

    ClipFormat(String extension) {
        this.extension = extension;
    }

    /** "mp4" or "webm", any case. @throws IllegalArgumentException naming the choices */
    public static ClipFormat of(String name) {
        for (ClipFormat format : values()) {
            if (format.extension.equals(name.toLowerCase(Locale.ROOT))) {
                return format;
            }
        }
        throw new IllegalArgumentException("unknown clip format '" + name + "' (mp4 or webm)");
    }

    /** The raw audio every clip and reel mixes and encodes: one format, so branches can be joined. */
    static final String AUDIO_CAPS = "audio/x-raw,format=F32LE,layout=interleaved,rate=48000,channels=2";

    /**
     * The muxer named {@code mux} writing to the file sink named {@code out}; put first in a
     * pipeline description so that later branches can link to {@code mux.}.
     */
    String muxer() {
        return switch (this) {
            case MP4 -> "mp4mux name=mux ! filesink name=out";
            case WEBM -> "webmmux name=mux ! filesink name=out";
        };
    }

    /**
     * The video encoder named {@code enc}, into {@code mux.}. VP8 at its fastest real-time
     * setting (cpu-used 4 or 8 took 3.5 times as long here) on one thread: two threads on a busy
     * 2-core machine made the reel 10 times slower.
     */
    String videoEncoder(int fpsNum, int fpsDen) {
        int keyframes = Math.max(1, Math.round(2f * fpsNum / fpsDen));
        return switch (this) {
            case MP4 -> "x264enc name=enc speed-preset=veryfast key-int-max=" + keyframes
                    + " ! video/x-h264,profile=high ! h264parse ! queue max-size-time=0 max-size-bytes=0 max-size-buffers=0 ! mux.";
            case WEBM -> "vp8enc name=enc deadline=1 cpu-used=16 threads=1 target-bitrate=2000000 keyframe-max-dist="
                    + keyframes + " ! queue max-size-time=0 max-size-bytes=0 max-size-buffers=0 ! mux.";
        };
    }

    /**
     * How much later than its picture the encoded sound plays back: AAC (avenc_aac) puts 1024
     * samples of encoder delay in front and mp4mux writes no edit list to hide them; Opus's
     * pre-skip is hidden by WebM's codec delay. The exporter feeds the encoder this much ahead.
     */
    long audioDelayNs() {
        return switch (this) {
            case MP4 -> 1024L * 1_000_000_000L / 48_000;
            case WEBM -> 0;
        };
    }

    /** The audio encoder (of {@link #AUDIO_CAPS}), into {@code mux.}: AAC for MP4, Opus for WebM. */
    String audioEncoder() {
        return switch (this) {
            case MP4 -> "audioconvert ! avenc_aac bitrate=128000 ! queue max-size-time=0 max-size-bytes=0 max-size-buffers=0 ! mux.";
            case WEBM -> "audioconvert ! opusenc bitrate=96000 ! queue max-size-time=0 max-size-bytes=0 max-size-buffers=0 ! mux.";
        };
    }
}
