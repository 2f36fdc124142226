package org.attune.media;

import java.nio.ByteBuffer;

/**
 * A decoded picture of one stream, BGRx (4 bytes per pixel, stride {@code width * 4}). The
 * pixels point into GStreamer's buffer and are only valid during
 * {@link FrameListener#frame(VideoFrame)}: copy what you keep.
 *
 * @param stream      index of the stream in {@link MediaSet#streams()}
 * @param streamTimeNs media time of the picture in its own file
 * @param frameNumber frame number in its own file (0 = first frame)
 * @param caseTimeNs  where the picture sits on the case timeline (stream time + offset)
 */
public record VideoFrame(int stream, int width, int height, ByteBuffer pixels, long streamTimeNs, long frameNumber,
        long caseTimeNs) {

    public int stride() {
        return width * 4;
    }
}
