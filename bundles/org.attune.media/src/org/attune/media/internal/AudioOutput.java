package org.attune.media.internal;

import org.freedesktop.gstreamer.Bin;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.ElementFactory;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.StateChangeReturn;

/**
 * Where the cases' sound goes: the system's audio output (autoaudiosink), or a fakesink that
 * keeps the clock's pace when the machine has no sound device (CI, servers) or
 * {@code -Dattune.audio=off} is set. Decided once per JVM; a missing sound card never fails.
 */
public final class AudioOutput {

    private static String sink;

    private AudioOutput() {
    }

    /** The gst-launch description of an audio sink element named {@code name}. */
    public static synchronized String sink(String name) {
        if (sink == null) {
            sink = probe() ? "autoaudiosink" : "fakesink";
        }
        // async=false: sound never holds up a seek's preroll; sync: it plays on the pipeline clock
        return sink + " name=" + name + " async=false sync=true";
    }

    /** True when the system's audio output is used (false: a fakesink). */
    public static synchronized boolean isDevice() {
        sink("probe");
        return sink.equals("autoaudiosink");
    }

    private static boolean probe() {
        if ("off".equalsIgnoreCase(System.getProperty("attune.audio", ""))) {
            return false;
        }
        GstRuntime.init();
        Element auto = ElementFactory.make("autoaudiosink", "attune-audio-probe");
        if (auto == null) {
            return false;
        }
        try {
            if (auto.setState(State.READY) == StateChangeReturn.FAILURE) {
                return false;
            }
            // autoaudiosink falls back to its own fakesink when no device opens
            if (auto instanceof Bin bin) {
                for (Element child : bin.getElements()) {
                    String factory = child.getFactory() == null ? "" : child.getFactory().getName();
                    if (factory.equals("fakesink")) {
                        return false;
                    }
                }
            }
            return true;
        } catch (RuntimeException e) {
            return false;
        } finally {
            auto.setState(State.NULL);
            auto.dispose();
        }
    }
}
