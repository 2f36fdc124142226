package org.attune.media;

import java.nio.file.Path;

/**
 * What probing found in a media file. The frame rate is kept as a fraction so that frame
 * numbers of 30000/1001 material stay exact.
 */
public record MediaInfo(Path file, long durationNs, int width, int height, int frameRateNum, int frameRateDen,
        String codec, boolean hasAudio) {

    public double frameRate() {
        return (double) frameRateNum / frameRateDen;
    }

    public long durationMs() {
        return durationNs / 1_000_000L;
    }

    /** Duration of one frame in nanoseconds (40 ms at 25 fps). */
    public long frameDurationNs() {
        return Math.round(1e9 * frameRateDen / frameRateNum);
    }

    /** The frame shown at media time {@code mediaNs} (frame 0 starts at 0). */
    public long frameAt(long mediaNs) {
        // the tiny bias keeps a timestamp that rounding put a nanosecond early in its frame
        return Math.floorDiv(mediaNs * (long) frameRateNum + 500_000L * frameRateDen, 1_000_000_000L * frameRateDen);
    }

    /** Where frame {@code frame} starts in media time. */
    public long frameStartNs(long frame) {
        return Math.round(frame * 1e9 * frameRateDen / frameRateNum);
    }

    /** The middle of frame {@code frame} in media time; accurate seeks aim here. */
    public long frameMiddleNs(long frame) {
        return Math.round((frame + 0.5) * 1e9 * frameRateDen / frameRateNum);
    }

    /** Number of frames in the file. */
    public long frameCount() {
        return Math.max(1, Math.round((double) durationNs * frameRateNum / (1e9 * frameRateDen)));
    }
}
