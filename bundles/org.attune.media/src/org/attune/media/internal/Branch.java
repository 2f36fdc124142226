package org.attune.media.internal;

import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.attune.media.MediaInfo;
import org.attune.media.MediaSet;
import org.attune.media.VideoFrame;
import org.freedesktop.gstreamer.Pad;
import org.freedesktop.gstreamer.glib.Natives;
import org.freedesktop.gstreamer.elements.AppSink;

import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;

/**
 * One stream's branch of the pipeline (uridecodebin → videoconvert → appsink). Samples are
 * pulled and released through raw pointers: the bindings' wrappers are recycled by native
 * address and would leak buffers (8 GB with two 720p streams) unless disposed one by one.
 */
public final class Branch {

    private volatile MediaSet.Stream stream;
    private final AppSink sink;
    private final Pointer sinkPointer;
    private final Pad pad;
    private final Pointer padPointer;
    private final Consumer<VideoFrame> consumer;
    private volatile long offsetNs;
    private final GstNatives.SinkSignal onSample;
    private final GstNatives.SinkSignal onPreroll;
    private final long sampleHandler;
    private final long prerollHandler;
    private final Object lock = new Object();
    private final ThreadLocal<Memory> mapInfo = ThreadLocal.withInitial(() -> new Memory(GstNatives.MAP_INFO_SIZE));
    private final IntByReference intValue = new IntByReference();

    private long frames;
    private volatile long lastFrameNumber = -1;
    private volatile long lastCaseTimeNs;

    public Branch(MediaSet.Stream stream, AppSink sink, Consumer<VideoFrame> consumer) {
        this.stream = stream;
        this.sink = sink;
        this.consumer = consumer;
        this.offsetNs = stream.source().offsetMs() * 1_000_000L;
        this.sinkPointer = Natives.getRawPointer(sink);
        this.pad = sink.getStaticPad("sink");
        this.padPointer = Natives.getRawPointer(pad);
        // our own JNA callbacks that keep the streaming thread attached to the JVM: the
        // bindings' signal callbacks attach and detach it (a new java.lang.Thread) per frame
        this.onSample = (s, data) -> pull(false);
        this.onPreroll = (s, data) -> pull(true);
        String thread = "attune-stream-" + stream.index();
        Native.setCallbackThreadInitializer(onSample, new CallbackThreadInitializer(true, false, thread));
        Native.setCallbackThreadInitializer(onPreroll, new CallbackThreadInitializer(true, false, thread));
        sampleHandler = GstNatives.GOBJECT.g_signal_connect_data(sinkPointer, "new-sample", onSample, null, null, 0);
        prerollHandler = GstNatives.GOBJECT.g_signal_connect_data(sinkPointer, "new-preroll", onPreroll, null, null, 0);
    }

    public int index() {
        return stream.index();
    }

    public MediaSet.Stream stream() {
        return stream;
    }

    /** A new offset for this branch's stream (same file); takes effect with the next seek. */
    public void setStream(MediaSet.Stream changed) {
        this.stream = changed;
        this.offsetNs = changed.source().offsetMs() * 1_000_000L;
    }

    public AppSink sink() {
        return sink;
    }

    public Pointer padPointer() {
        return padPointer;
    }

    public long offsetNs() {
        return offsetNs;
    }

    public long frameCount() {
        synchronized (lock) {
            return frames;
        }
    }

    public long lastFrameNumber() {
        return lastFrameNumber;
    }

    public long lastCaseTimeNs() {
        return lastCaseTimeNs;
    }

    private int pull(boolean preroll) {
        Pointer sample = preroll ? GstNatives.APP.gst_app_sink_pull_preroll(sinkPointer)
                : GstNatives.APP.gst_app_sink_pull_sample(sinkPointer);
        if (sample == null) {
            return 0; // GST_FLOW_OK; flushing or EOS
        }
        try {
            deliver(sample);
        } catch (RuntimeException e) {
            // a listener's bug must not stop the stream
            e.printStackTrace();
        } finally {
            GstNatives.CORE.gst_mini_object_unref(sample);
        }
        return 0;
    }

    private void deliver(Pointer sample) {
        GstNatives.Core gst = GstNatives.CORE;
        Pointer buffer = gst.gst_sample_get_buffer(sample);
        if (buffer == null) {
            return;
        }
        long pts = buffer.getLong(GstNatives.BUFFER_PTS);
        Pointer segment = gst.gst_sample_get_segment(sample);
        // PTS is not media time: MP4 starts at the decoder delay and seeks clip it
        long streamTime = segment == null ? pts : gst.gst_segment_to_stream_time(segment, GstNatives.FORMAT_TIME, pts);
        if (streamTime == -1) {
            streamTime = pts;
        }
        int width = 0, height = 0;
        Pointer caps = gst.gst_sample_get_caps(sample);
        if (caps != null) {
            Pointer structure = gst.gst_caps_get_structure(caps, 0);
            synchronized (intValue) {
                gst.gst_structure_get_int(structure, "width", intValue);
                width = intValue.getValue();
                gst.gst_structure_get_int(structure, "height", intValue);
                height = intValue.getValue();
            }
        }
        MediaInfo info = stream.info();
        long offset = offsetNs;
        long frameNumber = info.frameAt(streamTime);
        Memory map = mapInfo.get();
        if (gst.gst_buffer_map(buffer, map, GstNatives.MAP_READ) == 0) {
            return;
        }
        try {
            Pointer data = map.getPointer(GstNatives.MAP_INFO_DATA);
            long size = map.getLong(GstNatives.MAP_INFO_SIZE_FIELD);
            VideoFrame frame = new VideoFrame(stream.index(), width, height, data.getByteBuffer(0, size), streamTime,
                    frameNumber, streamTime + offset);
            consumer.accept(frame);
        } finally {
            gst.gst_buffer_unmap(buffer, map);
        }
        lastFrameNumber = frameNumber;
        lastCaseTimeNs = streamTime + offset;
        synchronized (lock) {
            frames++;
            lock.notifyAll();
        }
    }

    /** Waits until a frame after {@code mark} was delivered, or the deadline, or {@code abort}. */
    public boolean awaitFrameAfter(long mark, long deadlineNanos, BooleanSupplier abort) {
        synchronized (lock) {
            while (frames <= mark) {
                long left = deadlineNanos - System.nanoTime();
                if (left <= 0 || abort.getAsBoolean()) {
                    return false;
                }
                try {
                    lock.wait(Math.max(1, Math.min(100, left / 1_000_000L)));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return false;
                }
            }
            return true;
        }
    }

    public void wakeUp() {
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    public void dispose() {
        GstNatives.GOBJECT.g_signal_handler_disconnect(sinkPointer, sampleHandler);
        GstNatives.GOBJECT.g_signal_handler_disconnect(sinkPointer, prerollHandler);
        pad.dispose();
        sink.dispose();
    }
}
