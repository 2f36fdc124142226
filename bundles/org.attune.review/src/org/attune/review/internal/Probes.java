package org.attune.review.internal;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;

/**
 * Pad probes through JNA: gst1-java-core 1.4.0 wraps them, but its wrappers are recycled by
 * native address and attach a new Java thread per call; these callbacks read the raw probe
 * info and keep the streaming thread attached.
 */
final class Probes {

    static final int BLOCK = 0x2;
    static final int BUFFER = 0x10;
    static final int EVENT_FLUSH = 0x100;
    static final int OK = 1;
    /** GstPadProbeInfo: type (4 bytes + padding), id (gulong), data. */
    static final int INFO_DATA = 16;
    /** GstBuffer.pts follows the 64-byte GstMiniObject and the pool pointer. */
    static final int BUFFER_PTS = 72;

    interface Lib extends Library {
        long gst_pad_add_probe(Pointer pad, int mask, Probe callback, Pointer userData, Pointer destroy);

        void gst_pad_remove_probe(Pointer pad, long id);

        void gst_pad_set_offset(Pointer pad, long offset);
    }

    interface GObject extends Library {
        void g_object_set(Pointer object, String property, Object... valuesThenNull);
    }

    /** {@code GstPadProbeReturn (*)(GstPad*, GstPadProbeInfo*, gpointer)} */
    interface Probe extends Callback {
        int invoke(Pointer pad, Pointer info, Pointer data);
    }

    static final Lib GST = load("gstreamer-1.0", Lib.class);
    static final GObject GOBJECT = load("gobject-2.0", GObject.class);

    private Probes() {
    }

    /** The presentation time of the buffer a BUFFER probe sees, in ns (-1 when none). */
    static long pts(Pointer info) {
        Pointer buffer = info.getPointer(INFO_DATA);
        return buffer == null ? -1 : buffer.getLong(BUFFER_PTS);
    }

    /** Debian ships only the versioned {@code .so.0} without the -dev package. */
    private static <T extends Library> T load(String name, Class<T> type) {
        try {
            return Native.load("lib" + name + ".so.0", type);
        } catch (UnsatisfiedLinkError e) {
            return Native.load(name, type);
        }
    }
}
