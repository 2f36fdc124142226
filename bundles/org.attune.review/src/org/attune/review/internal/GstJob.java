package org.attune.review.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import org.attune.media.internal.GstRuntime;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.freedesktop.gstreamer.Bus;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.Format;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.GstObject;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.StateChangeReturn;
import org.freedesktop.gstreamer.event.SeekFlags;
import org.freedesktop.gstreamer.event.SeekType;
import org.freedesktop.gstreamer.glib.Natives;

import com.sun.jna.CallbackThreadInitializer;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * One encoding pipeline run to its end: bus errors become exceptions naming the file, frames
 * entering the encoder are counted for progress, cancellation stops it at once.
 */
public final class GstJob implements AutoCloseable {

    private static final long PREPARE_TIMEOUT_MS = 20_000;
    /** Fail when no frame reaches the encoder for this long (an error can get lost, NOTES.md). */
    private static final long STALL_MS = 60_000;

    private final Pipeline pipeline;
    private final Function<String, String> fileOfElement;
    private final CountDownLatch eos = new CountDownLatch(1);
    private final AtomicLong frames = new AtomicLong();
    private final List<Object> callbacks = new ArrayList<>(); // JNA callbacks live as long as the pipeline
    private final List<Gate> gates = new ArrayList<>();
    private volatile String error;
    private boolean closed;
    private Tick tick;

    /**
     * @param fileOfElement names the file an element's branch reads ("dec2" → its file), or null
     */
    public GstJob(String description, Function<String, String> fileOfElement) throws IOException {
        GstRuntime.init();
        this.fileOfElement = fileOfElement;
        List<org.freedesktop.gstreamer.glib.GError> errors = new ArrayList<>();
        try {
            pipeline = (Pipeline) Gst.parseLaunch(description, errors);
        } catch (RuntimeException e) {
            throw new IOException("GStreamer cannot build the pipeline: " + e.getMessage(), e);
        }
        if (!errors.isEmpty()) {
            // a recoverable parse error still returns a pipeline, with parts missing
            pipeline.dispose();
            throw new IOException("GStreamer cannot build the pipeline: " + errors.get(0).getMessage());
        }
        Bus bus = pipeline.getBus();
        bus.connect((Bus.ERROR) (source, code, message) -> {
            if (error == null) {
                error = describe(source) + message;
            }
            eos.countDown();
        });
        bus.connect((Bus.EOS) source -> eos.countDown());
    }

    public Element element(String name) {
        Element element = pipeline.getElementByName(name);
        if (element == null) {
            throw new IllegalArgumentException("no element " + name);
        }
        return element;
    }

    private Pointer pad(String element, String pad) {
        return Natives.getRawPointer(element(element).getStaticPad(pad));
    }

    /** Counts the buffers entering {@code element}'s sink pad: the progress. */
    public void countFrames(String element) {
        Probes.Probe probe = (pad, info, data) -> {
            frames.incrementAndGet();
            return Probes.OK;
        };
        attach(probe, "attune-clip-count");
        Probes.GST.gst_pad_add_probe(pad(element, "sink"), Probes.BUFFER, probe, null, null);
    }

    /** Turns a text overlay silent from the first buffer at or after {@code ns}. */
    public void silenceAfter(String element, long ns) {
        Pointer overlay = Natives.getRawPointer(element(element));
        AtomicInteger done = new AtomicInteger();
        Probes.Probe probe = (pad, info, data) -> {
            long pts = Probes.pts(info);
            if (pts >= ns && done.compareAndSet(0, 1)) {
                Probes.GOBJECT.g_object_set(overlay, "silent", 1, null);
            }
            return Probes.OK;
        };
        attach(probe, "attune-clip-title");
        Probes.GST.gst_pad_add_probe(pad(element, "video_sink"), Probes.BUFFER, probe, null, null);
    }

    /**
     * Makes the branch ending in {@code element} (whose source pad feeds the mixer) play its
     * file from {@code startNs} to {@code stopNs}, delayed by {@code delayNs} on the output.
     */
    public void trim(String element, long startNs, long stopNs, long delayNs) {
        gates.add(new Gate(element, pad(element, "src"), startNs, stopNs, delayNs, true));
    }

    /** What the run loop calls every 20 ms or so, on the caller's thread. */
    public interface Tick {
        void tick(SubMonitor progress) throws IOException;
    }

    /** Work done while the pipeline runs (adding the next branches of a reel). */
    public void onTick(Tick tick) {
        this.tick = tick;
    }

    /** Shifts everything leaving {@code pad} by {@code ns} of running time. */
    public static void offset(org.freedesktop.gstreamer.Pad pad, long ns) {
        Probes.GST.gst_pad_set_offset(Natives.getRawPointer(pad), ns);
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    /**
     * Holds the branch ending in {@code element} (already in the pipeline, not yet playing)
     * until {@link #position(List, SubMonitor)} has seeked it to {@code [startNs, stopNs)}; a
     * branch with {@code seeks} false is positioned by another branch's seek of the same source.
     */
    public Gate hold(String element, long startNs, long stopNs, boolean seeks) {
        Gate gate = new Gate(element, pad(element, "src"), startNs, stopNs, 0, seeks);
        gate.install();
        return gate;
    }

    /**
     * Waits for the held branches' first pictures, seeks them and waits for their first
     * pictures after the seek. Their pads stay blocked until {@link Gate#remove()}.
     */
    public void position(List<Gate> held, SubMonitor progress) throws IOException {
        for (Gate gate : held) {
            await(gate.ready, gate, "no data", progress);
        }
        for (Gate gate : held) {
            gate.phase.set(Gate.SEEKING);
        }
        for (Gate gate : held) {
            if (!gate.seeks) {
                continue;
            }
            boolean ok = element(gate.element).seek(1.0, Format.TIME, EnumSet.of(SeekFlags.FLUSH, SeekFlags.ACCURATE),
                    SeekType.SET, gate.startNs, SeekType.SET, gate.stopNs);
            if (!ok) {
                throw new IOException(describeName(gate.element) + "GStreamer refused to seek to "
                        + gate.startNs / 1_000_000 + " ms" + reason());
            }
        }
        for (Gate gate : held) {
            await(gate.positioned, gate, "no data after seeking", progress);
        }
    }

    /**
     * Runs the pipeline to its end of stream.
     *
     * @param expectedFrames frames the encoder will see, for progress
     * @throws OperationCanceledException when the monitor is cancelled (the pipeline is stopped)
     * @throws IOException                on a GStreamer error, naming the file where it is known
     */
    public void run(SubMonitor progress, long expectedFrames) throws IOException {
        progress.setWorkRemaining((int) Math.max(1, expectedFrames));
        if (!gates.isEmpty()) {
            position(progress);
        }
        if (pipeline.play() == StateChangeReturn.FAILURE) {
            throw new IOException("GStreamer cannot start the pipeline" + reason());
        }
        long reported = 0;
        long lastFrames = -1;
        long lastChange = System.nanoTime();
        try {
            while (!eos.await(tick == null ? 100 : 20, TimeUnit.MILLISECONDS)) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (tick != null && error == null) {
                    tick.tick(progress);
                }
                long now = frames.get();
                if (now != lastFrames) {
                    lastFrames = now;
                    lastChange = System.nanoTime();
                } else if (TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - lastChange) > STALL_MS) {
                    throw new IOException("GStreamer made no progress for " + STALL_MS / 1000 + " s" + reason());
                }
                long done = Math.min(now, expectedFrames);
                if (done > reported) {
                    progress.worked((int) (done - reported));
                    reported = done;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
        if (error != null) {
            throw new IOException(error);
        }
    }

    public long frames() {
        return frames.get();
    }

    /**
     * Lets every trimmed branch preroll up to its first picture (held back from the mixer),
     * seeks it to its own start, waits for the first picture after the seek, then lets all go:
     * the mixer sees no picture from before a branch's start.
     */
    private void position(SubMonitor progress) throws IOException {
        for (Gate gate : gates) {
            Probes.GST.gst_pad_set_offset(gate.pad, gate.delayNs);
            gate.install();
        }
        if (pipeline.pause() == StateChangeReturn.FAILURE) {
            throw new IOException("GStreamer cannot start the pipeline" + reason());
        }
        position(gates, progress);
        for (Gate gate : gates) {
            gate.remove();
        }
    }

    private void await(CountDownLatch latch, Gate gate, String what, SubMonitor progress) throws IOException {
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PREPARE_TIMEOUT_MS);
        try {
            while (!latch.await(50, TimeUnit.MILLISECONDS)) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException();
                }
                if (error != null) {
                    throw new IOException(error);
                }
                if (System.nanoTime() > deadline) {
                    throw new IOException(describeName(gate.element) + what + " within " + PREPARE_TIMEOUT_MS / 1000 + " s"
                            + reason());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new OperationCanceledException();
        }
    }

    private void attach(Probes.Probe probe, String thread) {
        Native.setCallbackThreadInitializer(probe, new CallbackThreadInitializer(true, false, thread));
        callbacks.add(probe);
    }

    private String reason() {
        return error == null ? "" : ": " + error;
    }

    private String describe(GstObject source) {
        for (GstObject object = source; object != null; object = object.getParent()) {
            String file = describeName(object.getName());
            if (!file.isEmpty()) {
                return file;
            }
        }
        return "";
    }

    private String describeName(String element) {
        String file = element == null || fileOfElement == null ? null : fileOfElement.apply(element);
        return file == null ? "" : file + ": ";
    }

    /** Stops the pipeline and frees it. Safe to call twice. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pipeline.setState(State.NULL);
        pipeline.getState(TimeUnit.SECONDS.toNanos(5));
        pipeline.getBus().dispose();
        pipeline.dispose();
        callbacks.clear();
    }

    /** Holds a branch's pictures back until it is positioned. */
    public final class Gate {
        static final int WAITING = 0, READY = 1, SEEKING = 2, FLUSHED = 3, POSITIONED = 4;

        final String element;
        final Pointer pad;
        final long startNs, stopNs, delayNs;
        final boolean seeks;
        final AtomicInteger phase = new AtomicInteger(WAITING);
        final CountDownLatch ready = new CountDownLatch(1);
        final CountDownLatch positioned = new CountDownLatch(1);
        final Probes.Probe onBuffer;
        final Probes.Probe onFlush;
        long bufferProbe;
        long flushProbe;

        Gate(String element, Pointer pad, long startNs, long stopNs, long delayNs, boolean seeks) {
            this.seeks = seeks;
            this.element = element;
            this.pad = pad;
            this.startNs = startNs;
            this.stopNs = stopNs;
            this.delayNs = delayNs;
            onBuffer = (p, info, data) -> {
                if (phase.compareAndSet(WAITING, READY)) {
                    ready.countDown();
                } else if (phase.compareAndSet(FLUSHED, POSITIONED)) {
                    positioned.countDown();
                }
                return Probes.OK; // and the pad stays blocked until the probe goes
            };
            onFlush = (p, info, data) -> {
                phase.compareAndSet(SEEKING, FLUSHED);
                return Probes.OK;
            };
            attach(onBuffer, "attune-clip-gate");
            attach(onFlush, "attune-clip-gate");
        }

        void install() {
            bufferProbe = Probes.GST.gst_pad_add_probe(pad, Probes.BLOCK | Probes.BUFFER, onBuffer, null, null);
            flushProbe = Probes.GST.gst_pad_add_probe(pad, Probes.EVENT_FLUSH, onFlush, null, null);
        }

        /** Lets the branch's data flow. */
        public void remove() {
            Probes.GST.gst_pad_remove_probe(pad, flushProbe);
            Probes.GST.gst_pad_remove_probe(pad, bufferProbe);
        }
    }
}
