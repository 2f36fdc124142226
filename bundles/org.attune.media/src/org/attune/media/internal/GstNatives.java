package org.attune.media.internal;

import com.sun.jna.Callback;
import com.sun.jna.Library;
import com.sun.jna.Native;
import com.sun.jna.Pointer;
import com.sun.jna.ptr.IntByReference;
import com.sun.jna.ptr.PointerByReference;

/**
 * The few GStreamer C functions that gst1-java-core 1.4.0 does not wrap (pad offsets, sample
 * segments, the Discoverer), plus raw sample access that avoids the bindings' wrapper
 * recycling on the streaming threads.
 */
public final class GstNatives {

    public static final int FORMAT_TIME = 3;
    public static final int MAP_READ = 1;
    /** GstMapInfo: memory*, flags, data*, size, maxsize, user_data[4], reserved[4]. */
    public static final int MAP_INFO_SIZE = 104;
    public static final int MAP_INFO_DATA = 16;
    public static final int MAP_INFO_SIZE_FIELD = 24;
    /** GstBuffer.pts follows the 64-byte GstMiniObject and the pool pointer. */
    public static final int BUFFER_PTS = 72;
    public static final int BUFFER_DURATION = 88;

    private GstNatives() {
    }

    public interface Core extends Library {
        void gst_pad_set_offset(Pointer pad, long offset);

        Pointer gst_sample_get_segment(Pointer sample);

        Pointer gst_sample_get_buffer(Pointer sample);

        Pointer gst_sample_get_caps(Pointer sample);

        long gst_segment_to_stream_time(Pointer segment, int format, long position);

        int gst_buffer_map(Pointer buffer, Pointer info, int flags);

        void gst_buffer_unmap(Pointer buffer, Pointer info);

        void gst_mini_object_unref(Pointer object);

        Pointer gst_caps_get_structure(Pointer caps, int index);

        int gst_structure_get_int(Pointer structure, String field, IntByReference value);

        Pointer gst_caps_to_string(Pointer caps);
    }

    public interface App extends Library {
        Pointer gst_app_sink_pull_sample(Pointer sink);

        Pointer gst_app_sink_pull_preroll(Pointer sink);
    }

    public interface PbUtils extends Library {
        void gst_pb_utils_init();

        Pointer gst_discoverer_new(long timeout, PointerByReference error);

        Pointer gst_discoverer_discover_uri(Pointer discoverer, String uri, PointerByReference error);

        int gst_discoverer_info_get_result(Pointer info);

        long gst_discoverer_info_get_duration(Pointer info);

        Pointer gst_discoverer_info_get_video_streams(Pointer info);

        Pointer gst_discoverer_info_get_audio_streams(Pointer info);

        void gst_discoverer_stream_info_list_free(Pointer list);

        int gst_discoverer_video_info_get_width(Pointer info);

        int gst_discoverer_video_info_get_height(Pointer info);

        int gst_discoverer_video_info_get_framerate_num(Pointer info);

        int gst_discoverer_video_info_get_framerate_denom(Pointer info);

        Pointer gst_discoverer_stream_info_get_caps(Pointer info);

        Pointer gst_pb_utils_get_codec_description(Pointer caps);

        Pointer gst_discoverer_info_get_missing_elements_installer_details(Pointer info);
    }

    public interface GLib extends Library {
        void g_free(Pointer memory);

        void g_error_free(Pointer error);
    }

    public interface GObjectLib extends Library {
        void g_object_unref(Pointer object);

        long g_signal_connect_data(Pointer instance, String signal, Callback handler, Pointer data, Pointer destroy,
                int flags);

        void g_signal_handler_disconnect(Pointer instance, long handlerId);
    }

    /** appsink's new-sample / new-preroll: {@code GstFlowReturn (*)(GstAppSink*, gpointer)}. */
    public interface SinkSignal extends Callback {
        int invoke(Pointer appsink, Pointer data);
    }

    public static final Core CORE = load("gstreamer-1.0", Core.class);
    public static final App APP = load("gstapp-1.0", App.class);
    public static final PbUtils PBUTILS = load("gstpbutils-1.0", PbUtils.class);
    public static final GLib GLIB = load("glib-2.0", GLib.class);
    public static final GObjectLib GOBJECT = load("gobject-2.0", GObjectLib.class);

    /** Debian ships only the versioned {@code .so.0} without the -dev package. */
    private static <T extends Library> T load(String name, Class<T> type) {
        UnsatisfiedLinkError first;
        try {
            return Native.load("lib" + name + ".so.0", type);
        } catch (UnsatisfiedLinkError e) {
            first = e;
        }
        try {
            return Native.load(name, type);
        } catch (UnsatisfiedLinkError e) {
            e.addSuppressed(first);
            throw e;
        }
    }

    /** Reads and frees a {@code gchar*} the caller owns. */
    public static String takeString(Pointer text) {
        if (text == null) {
            return null;
        }
        try {
            return text.getString(0);
        } finally {
            GLIB.g_free(text);
        }
    }

    /** Reads and frees a {@code GError*}; its message is at offset 8 (after domain and code). */
    public static String takeError(PointerByReference error) {
        Pointer e = error.getValue();
        if (e == null) {
            return null;
        }
        try {
            Pointer message = e.getPointer(8);
            return message == null ? null : message.getString(0);
        } finally {
            GLIB.g_error_free(e);
        }
    }
}
