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

    /**
     * The encoder and muxer, ending in the file sink named {@code out}. VP8 at its fastest
     * real-time setting (cpu-used 4 or 8 took 3.5 times as long here) on one thread: two threads
     * on a busy 2-core machine made the reel 10 times slower.
     */
    String encoder(int fpsNum, int fpsDen) {
        int keyframes = Math.max(1, Math.round(2f * fpsNum / fpsDen));
        return switch (this) {
            case MP4 -> "x264enc name=enc speed-preset=veryfast key-int-max=" + keyframes
                    + " ! video/x-h264,profile=high ! h264parse ! mp4mux ! filesink name=out";
            case WEBM -> "vp8enc name=enc deadline=1 cpu-used=16 threads=1 target-bitrate=2000000 keyframe-max-dist="
                    + keyframes + " ! webmmux ! filesink name=out";
        };
    }
}
