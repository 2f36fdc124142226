package org.attune.media;

import java.nio.file.Files;
import java.nio.file.Path;

import org.attune.media.internal.GstNatives;
import org.attune.media.internal.GstRuntime;

import com.sun.jna.Pointer;
import com.sun.jna.ptr.PointerByReference;

/** Probes media files with GStreamer's Discoverer before they go into a pipeline. */
public final class MediaProbe {

    private static final long TIMEOUT_NS = 10_000_000_000L;

    private MediaProbe() {
    }

    /**
     * Probes one file.
     *
     * @throws MediaException naming the file when it is missing, unreadable, not media, cut
     *                        short, has no video, or needs a decoder that is not installed
     */
    public static MediaInfo probe(Path file) throws MediaException {
        if (!Files.exists(file)) {
            throw new MediaException(file, "file not found");
        }
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new MediaException(file, "not a readable file");
        }
        GstRuntime.init();
        GstNatives.PbUtils pb = GstNatives.PBUTILS;
        PointerByReference error = new PointerByReference();
        Pointer discoverer = pb.gst_discoverer_new(TIMEOUT_NS, error);
        if (discoverer == null) {
            throw new MediaException(file, "GStreamer discoverer unavailable: " + GstNatives.takeError(error));
        }
        Pointer info = null;
        try {
            info = pb.gst_discoverer_discover_uri(discoverer, file.toAbsolutePath().toUri().toString(), error);
            String reason = GstNatives.takeError(error);
            int result = info == null ? 2 : pb.gst_discoverer_info_get_result(info);
            if (result == 5) { // MISSING_PLUGINS
                throw new MediaException(file, "no GStreamer decoder installed for it (" + missing(info)
                        + (reason == null ? "" : "; " + reason) + ")");
            }
            if (result == 3) {
                throw new MediaException(file, "GStreamer timed out reading it");
            }
            if (result != 0) {
                throw new MediaException(file, reason != null ? reason : "GStreamer cannot read it (result " + result + ")");
            }
            Pointer audio = pb.gst_discoverer_info_get_audio_streams(info);
            boolean hasAudio = audio != null;
            if (audio != null) {
                pb.gst_discoverer_stream_info_list_free(audio);
            }
            Pointer videos = pb.gst_discoverer_info_get_video_streams(info);
            if (videos == null) {
                throw new MediaException(file, "has no video stream" + (hasAudio ? " (audio only)" : ""));
            }
            try {
                Pointer video = videos.getPointer(0); // GList.data
                int width = pb.gst_discoverer_video_info_get_width(video);
                int height = pb.gst_discoverer_video_info_get_height(video);
                int num = pb.gst_discoverer_video_info_get_framerate_num(video);
                int den = pb.gst_discoverer_video_info_get_framerate_denom(video);
                if (num <= 0 || den <= 0) {
                    throw new MediaException(file, "video stream has no fixed frame rate (a still image?)");
                }
                String codec = "unknown";
                Pointer caps = pb.gst_discoverer_stream_info_get_caps(video);
                if (caps != null) {
                    String description = GstNatives.takeString(pb.gst_pb_utils_get_codec_description(caps));
                    if (description != null) {
                        codec = description;
                    }
                    GstNatives.CORE.gst_mini_object_unref(caps);
                }
                long duration = pb.gst_discoverer_info_get_duration(info);
                if (duration <= 0) {
                    throw new MediaException(file, "GStreamer reports no duration (file cut short?)");
                }
                return new MediaInfo(file, duration, width, height, num, den, codec, hasAudio);
            } finally {
                pb.gst_discoverer_stream_info_list_free(videos);
            }
        } finally {
            if (info != null) {
                GstNatives.GOBJECT.g_object_unref(info);
            }
            GstNatives.GOBJECT.g_object_unref(discoverer);
        }
    }

    private static String missing(Pointer info) {
        Pointer details = GstNatives.PBUTILS.gst_discoverer_info_get_missing_elements_installer_details(info);
        if (details == null) {
            return "missing plug-in";
        }
        StringBuilder text = new StringBuilder();
        for (String detail : details.getStringArray(0)) {
            // "gstreamer|1.0|app|H.265 decoder|decoder-video/x-h265": the human part is the 4th
            String[] parts = detail.split("\\|");
            if (text.length() > 0) {
                text.append(", ");
            }
            text.append(parts.length > 3 ? parts[3] : detail);
        }
        return text.length() == 0 ? "missing plug-in" : "missing " + text;
    }
}
