package org.attune.media;

/**
 * Receives every decoded picture, on a GStreamer streaming thread (one per stream). Keep it
 * short: a slow listener slows playback of that stream.
 */
@FunctionalInterface
public interface FrameListener {
    void frame(VideoFrame frame);
}
