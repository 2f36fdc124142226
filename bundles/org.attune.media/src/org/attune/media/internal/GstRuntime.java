package org.attune.media.internal;

import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.Version;

/** GStreamer may be initialised only once per JVM; every entry point goes through here. */
public final class GstRuntime {

    private static boolean initialised;

    private GstRuntime() {
    }

    public static synchronized void init() {
        if (initialised) {
            return;
        }
        if (!Gst.isInitialized()) {
            Gst.init(Version.of(1, 16), "attune");
        }
        GstNatives.PBUTILS.gst_pb_utils_init();
        initialised = true;
    }
}
