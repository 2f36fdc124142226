package org.attune.review;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.attune.media.MediaInfo;
import org.attune.model.store.CorpusStore;
import org.attune.review.internal.GstJob;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.freedesktop.gstreamer.Bin;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.GhostPad;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.GstObject;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.glib.GError;

/**
 * Writes a {@link ClipPlan} as video with GStreamer: one file per clip, with all camera
 * angles of its case side by side (each placed by its offset, so the angles stay in sync) and
 * the entry's title and note over its first seconds, then one reel joining the clips in
 * playlist order. Each file is written under a temporary name and renamed when complete, so
 * a failure or a cancel never leaves a half-written file.
 */
public final class ClipExporter {

    /** How long the title (moment and note) shows at the start of each clip. */
    public static final long TITLE_NS = 4_000_000_000L;
    /** Angles are scaled to at most this height. */
    public static final int MAX_HEIGHT = 720;
    private static final String PART = ".part";

    /** What an export wrote. */
    public record Result(Path folder, List<Path> clips, Path reel, Path index) {
    }

    /** How a clip is laid out: output size and frame rate, and the angles' tile widths. */
    record Layout(int width, int height, int fpsNum, int fpsDen, int[] tileWidths) {
        long frames(long durationMs) {
            return Math.max(1, Math.round(durationMs * (double) fpsNum / (fpsDen * 1000.0)));
        }
    }

    private ClipExporter() {
    }

    /**
     * Writes every clip of the plan and the joined reel into {@code folder} (created when
     * missing; files of the same name are replaced), plus an index CSV naming each file's moment
     * and note.
     *
     * @param reel false writes only the clips
     * @throws OperationCanceledException when cancelled; files already complete stay
     * @throws IOException                naming the playlist entry and the media file
     */
    public static Result export(ClipPlan plan, Path folder, ClipFormat format, boolean reel, IProgressMonitor monitor)
            throws IOException {
        if (plan.clips().isEmpty()) {
            throw new IOException("playlist '" + plan.playlist() + "' has no entries: nothing to export");
        }
        long total = plan.durationMs();
        SubMonitor progress = SubMonitor.convert(monitor, "Exporting the clips of '" + plan.playlist() + "'",
                (int) Math.min(Integer.MAX_VALUE, reel ? 2 * total : total));
        Files.createDirectories(folder);
        String base = CorpusStore.safeId(plan.playlist());
        List<Path> files = new ArrayList<>();
        for (Clip clip : plan.clips()) {
            progress.checkCanceled();
            Path file = folder.resolve(String.format(Locale.ROOT, "%s-%02d-%s-%s.%s", base, clip.number(),
                    CorpusStore.safeId(clip.caseId()), CorpusStore.safeId(clip.code()), format.extension));
            progress.subTask(clip.number() + "/" + plan.clips().size() + ": " + file.getFileName());
            files.add(exportClip(clip, file, format, progress.split((int) clip.durationMs())));
        }
        Path reelFile = null;
        if (reel) {
            reelFile = folder.resolve(base + "-reel." + format.extension);
            progress.subTask("reel: " + reelFile.getFileName());
            reelFile = joinReel(plan, files, reelFile, format, progress.split((int) total));
        }
        Path index = folder.resolve(base + "-clips.csv");
        writeIndex(plan, files, index);
        return new Result(folder, files, reelFile, index);
    }

    /**
     * Writes one clip: its case's angles side by side over the clip's window.
     *
     * @throws IOException naming the entry (and the media file when one is at fault)
     */
    public static Path exportClip(Clip clip, Path file, ClipFormat format, IProgressMonitor monitor) throws IOException {
        Layout layout = layout(clip);
        long frames = layout.frames(clip.durationMs());
        int sound = clip.soundSource();
        StringBuilder description = new StringBuilder(format.muxer());
        description.append(" compositor name=mix background=black");
        int x = 0;
        for (int i = 0; i < clip.sources().size(); i++) {
            description.append(" sink_").append(i + 1).append("::xpos=").append(x);
            x += layout.tileWidths()[i];
        }
        String size = "width=" + layout.width() + ",height=" + layout.height() + ",pixel-aspect-ratio=1/1,framerate="
                + layout.fpsNum() + "/" + layout.fpsDen();
        description.append(" ! video/x-raw,").append(size)
                .append(" ! videoconvert ! textoverlay name=title valignment=bottom halignment=left line-alignment=left"
                        + " shaded-background=true font-desc=\"Sans ")
                .append(Math.max(8, layout.height() / 45)).append("\" ! videoconvert ! video/x-raw,format=I420 ! ")
                .append(format.videoEncoder(layout.fpsNum(), layout.fpsDen()));
        description.append(" videotestsrc name=bg pattern=black num-buffers=").append(frames)
                .append(" ! video/x-raw,format=I420,").append(size).append(" ! mix.sink_0");
        // the window rounded to whole output frames: a branch stopping mid-frame would add one
        long windowNs = Math.round(frames * 1e9 * layout.fpsDen() / layout.fpsNum());
        long audioDelayNs = format.audioDelayNs();
        if (sound >= 0) {
            // silence lasting the window under the angle's sound, so the sound track lasts as long
            // as the picture even where the angle has not started or has ended; shorter by the
            // encoder's delay, which the decoder plays in front of it
            description.append(" audiomixer name=amix ! ").append(format.audioEncoder())
                    .append(" audiotestsrc name=abg wave=silence num-buffers=").append(frames + 1)
                    .append(" samplesperbuffer=").append(samplesPerFrame(layout)).append(" ! audioconvert ! capsfilter")
                    .append(" name=silence caps=\"").append(ClipFormat.AUDIO_CAPS).append("\" ! amix.sink_0");
        }
        long clipStartNs = clip.startMs() * 1_000_000L;
        List<long[]> trims = new ArrayList<>();
        for (int i = 0; i < clip.sources().size(); i++) {
            Clip.Source source = clip.sources().get(i);
            long startNs = clipStartNs - source.offsetMs() * 1_000_000L;
            long delayNs = 0;
            if (startNs < 0) {
                delayNs = -startNs;
                startNs = 0;
            }
            long stopNs = Math.min(startNs + windowNs - delayNs, source.info().durationNs());
            if (stopNs - startNs < 1_000_000L) {
                continue; // this angle shows nothing of the window: its tile stays black
            }
            int n = i + 1;
            description.append(" uridecodebin name=dec").append(n)
                    .append(" caps=\"video/x-raw(ANY)\" expose-all-streams=false ! videoconvert ! videoscale"
                            + " ! capsfilter name=tile")
                    .append(n).append(" caps=\"video/x-raw,width=").append(layout.tileWidths()[i]).append(",height=")
                    .append(layout.height()).append(",pixel-aspect-ratio=1/1\" ! mix.sink_").append(n);
            trims.add(new long[] { n, startNs, stopNs, delayNs });
            if (i == sound) {
                // the same file decoded a second time for its sound, cut and delayed as its
                // picture but the encoder's delay ahead: the encoder puts that delay back
                long soundStartNs = clipStartNs - source.offsetMs() * 1_000_000L + audioDelayNs;
                long soundDelayNs = 0;
                if (soundStartNs < 0) {
                    soundDelayNs = -soundStartNs;
                    soundStartNs = 0;
                }
                long soundStopNs = Math.min(soundStartNs + windowNs - audioDelayNs - soundDelayNs,
                        source.info().durationNs());
                if (soundStopNs - soundStartNs >= 1_000_000L) {
                    description.append(" uridecodebin name=snddec").append(n)
                            .append(" caps=\"audio/x-raw(ANY)\" expose-all-streams=false ! audioconvert ! audioresample"
                                    + " ! capsfilter name=snd")
                            .append(n).append(" caps=\"").append(ClipFormat.AUDIO_CAPS).append("\" ! amix.sink_1");
                    trims.add(new long[] { -n, soundStartNs, soundStopNs, soundDelayNs });
                }
            }
        }
        SubMonitor progress = SubMonitor.convert(monitor, 1);
        Path part = partFile(file);
        try (GstJob job = new GstJob(description.toString(), name -> fileOf(clip, name))) {
            for (long[] trim : trims) {
                int n = (int) Math.abs(trim[0]);
                String uri = clip.sources().get(n - 1).file().toAbsolutePath().toUri().toString();
                job.element((trim[0] > 0 ? "dec" : "snddec") + n).set("uri", uri);
                job.trim((trim[0] > 0 ? "tile" : "snd") + n, trim[1], trim[2], trim[3]);
            }
            if (sound >= 0) {
                job.trim("silence", 0, windowNs - audioDelayNs, 0);
            }
            job.element("title").set("text", markupEscape(clip.title()));
            job.silenceAfter("title", TITLE_NS);
            job.countFrames("enc");
            job.element("out").set("location", part.toString());
            job.run(progress.split(1), frames);
            job.close();
            finish(part, file);
            return file;
        } catch (IOException e) {
            throw new IOException(clip.where() + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** Audio samples (at 48 kHz) per video frame, rounded. */
    private static long samplesPerFrame(Layout layout) {
        return Math.max(1, Math.round(48_000.0 * layout.fpsDen() / layout.fpsNum()));
    }

    /**
     * Joins clip files in order into one reel at the size of the largest (smaller ones are
     * letterboxed) and the frame rate of the first, with sound when any clip has sound (silence
     * under the others). The clips are decoded one after another, at most {@link #REEL_OPEN}
     * files open at a time, into one encoder: a reel of hundreds of clips needs no more files,
     * threads or memory than one of three.
     */
    public static Path joinReel(ClipPlan plan, List<Path> clips, Path file, ClipFormat format, IProgressMonitor monitor)
            throws IOException {
        // Adding a clip's branch to the running reel fails now and then with GStreamer's
        // "Internal data stream error" (seen once in about 15 runs of SoundTest, not reproduced
        // since; cause not found). The reel is written to a .part file, so a second attempt
        // starts clean; a real fault (a broken clip) fails both and is reported.
        SubMonitor attempts = SubMonitor.convert(monitor, 2);
        try {
            return joinReelOnce(plan, clips, file, format, attempts.split(1));
        } catch (IOException first) {
            attempts.checkCanceled();
            try {
                return joinReelOnce(plan, clips, file, format, attempts.split(1));
            } catch (IOException second) {
                second.addSuppressed(first);
                throw second;
            }
        }
    }

    private static Path joinReelOnce(ClipPlan plan, List<Path> clips, Path file, ClipFormat format,
            IProgressMonitor monitor) throws IOException {
        if (clips.size() != plan.clips().size()) {
            throw new IllegalArgumentException(clips.size() + " files for " + plan.clips().size() + " clips");
        }
        int width = 0, height = 0;
        Layout first = null;
        long frames = 0;
        boolean sound = false;
        for (Clip clip : plan.clips()) {
            Layout layout = layout(clip);
            first = first == null ? layout : first;
            width = Math.max(width, layout.width());
            height = Math.max(height, layout.height());
            sound |= clip.soundSource() >= 0;
        }
        long[] clipNs = new long[clips.size()];
        for (int i = 0; i < clips.size(); i++) {
            long clipFrames = first.frames(plan.clips().get(i).durationMs());
            frames += clipFrames;
            clipNs[i] = Math.round(clipFrames * 1e9 * first.fpsDen() / first.fpsNum());
        }
        String caps = "video/x-raw,width=" + width + ",height=" + height + ",pixel-aspect-ratio=1/1,framerate="
                + first.fpsNum() + "/" + first.fpsDen();
        // one segment for each encoder: otherwise a muxer applies a clip's segment to frames the
        // encoder still holds from the one before, and the reel gets gaps
        StringBuilder description = new StringBuilder(format.muxer())
                .append(" concat name=vcat adjust-base=false ! identity single-segment=true ! videoconvert ! video/x-raw,format=I420 ! ")
                .append(format.videoEncoder(first.fpsNum(), first.fpsDen()));
        if (sound) {
            // audiorate keeps the sound continuous: with its default tolerance (40 ms) a clip's
            // sound ending 6.5 ms short (Opus in WebM) shifted every clip after it that much
            description.append(" concat name=acat adjust-base=false ! identity single-segment=true ! audiorate tolerance=0 ! ")
                    .append(format.audioEncoder());
        }
        SubMonitor progress = SubMonitor.convert(monitor, 1);
        Path part = partFile(file);
        try (GstJob job = new GstJob(description.toString(), name -> {
            int n = number(name, "reel");
            return n >= 1 && n <= clips.size() ? clips.get(n - 1).toString() : null;
        })) {
            Reel reel = new Reel(job, plan, clips, clipNs, caps, sound, format.audioDelayNs());
            job.onTick(reel::tick);
            job.countFrames("enc");
            job.element("out").set("location", part.toString());
            job.run(progress.split(1), frames);
            reel.check();
            job.close();
            finish(part, file);
            return file;
        } catch (IOException e) {
            throw new IOException("playlist '" + plan.playlist() + "', reel " + file + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(part);
        }
    }

    /** At most this many clip files are open at once while the reel is joined. */
    public static final int REEL_OPEN = 3;

    /**
     * Feeds the reel's concat elements: adds each clip's branch (decoder, scaling, sound) a few
     * clips ahead of the one playing, cuts it to the clip's exact length, and takes out the
     * branches of clips already joined.
     */
    private static final class Reel {
        private final GstJob job;
        private final ClipPlan plan;
        private final List<Path> clips;
        private final long[] clipNs;
        /** Where each clip starts in the reel. */
        private final long[] startNs;
        private final String caps;
        private final boolean sound;
        private final long audioDelayNs;
        private final Element vcat;
        private final Element acat;
        private final List<Bin> open = new ArrayList<>();
        private final List<Integer> openIndex = new ArrayList<>();
        private int next;
        private int maxOpen;

        Reel(GstJob job, ClipPlan plan, List<Path> clips, long[] clipNs, String caps, boolean sound, long audioDelayNs) {
            this.audioDelayNs = audioDelayNs;
            this.job = job;
            this.plan = plan;
            this.clips = clips;
            this.clipNs = clipNs;
            startNs = new long[clipNs.length];
            for (int i = 1; i < clipNs.length; i++) {
                startNs[i] = startNs[i - 1] + clipNs[i - 1];
            }
            this.caps = caps;
            this.sound = sound;
            vcat = job.element("vcat");
            acat = sound ? job.element("acat") : null;
            // every clip's place in the concat exists from the start, so it can never run out of
            // inputs and end the reel early, however fast a branch finishes
            for (int i = 0; i < clips.size(); i++) {
                vcat.getRequestPad("sink_%u");
                if (sound) {
                    acat.getRequestPad("sink_%u");
                }
            }
        }

        void tick(SubMonitor progress) throws IOException {
            int playing = Math.min(active(vcat), sound ? active(acat) : Integer.MAX_VALUE);
            while (!openIndex.isEmpty() && openIndex.get(0) < playing) {
                Bin done = open.remove(0);
                openIndex.remove(0);
                done.setState(State.NULL);
                job.pipeline().remove(done);
            }
            while (next < clips.size() && open.size() < REEL_OPEN) {
                add(next++, progress);
            }
        }

        /** The index of the clip the concat plays; past the last when all are done. */
        private int active(Element concat) {
            Object pad = concat.get("active-pad");
            if (!(pad instanceof GstObject active)) {
                return next == 0 ? 0 : Integer.MAX_VALUE;
            }
            int n = number(active.getName(), "sink_");
            return n < 0 ? 0 : n;
        }

        private void add(int i, SubMonitor progress) throws IOException {
            Clip clip = plan.clips().get(i);
            int n = i + 1;
            // audiorate in each branch fills a sound track that ends short of the clip's end (at
            // the segment's stop) with silence. The reel's encoder delays its sound too: the
            // first clip's sound starts that much into it (a source of its own, to be seeked
            // apart from its picture) and the others are placed that much earlier
            boolean ownSound = i == 0 && audioDelayNs > 0;
            boolean fileSound = sound && clip.soundSource() >= 0;
            StringBuilder branch = new StringBuilder();
            branch.append("uridecodebin name=rdec").append(n).append(" caps=\"video/x-raw(ANY)")
                    .append(fileSound && !ownSound ? ";audio/x-raw(ANY)" : "")
                    .append("\" expose-all-streams=false rdec").append(n)
                    .append(". ! videoconvert ! videoscale ! videorate ! capsfilter name=rv").append(n).append(" caps=\"")
                    .append(caps).append('"');
            if (fileSound && ownSound) {
                branch.append(" uridecodebin name=rsnd").append(n)
                        .append(" caps=\"audio/x-raw(ANY)\" expose-all-streams=false ! audioconvert ! audioresample")
                        .append(" ! audiorate ! capsfilter name=ra").append(n).append(" caps=\"").append(ClipFormat.AUDIO_CAPS)
                        .append('"');
            } else if (fileSound) {
                branch.append(" rdec").append(n).append(". ! audioconvert ! audioresample ! audiorate ! capsfilter name=ra")
                        .append(n).append(" caps=\"").append(ClipFormat.AUDIO_CAPS).append('"');
            } else if (sound) {
                // silence under a clip without sound, cut to the clip's length like its picture
                long buffers = clipNs[i] / 20_000_000L + 3;
                branch.append(" audiotestsrc name=rsil").append(n).append(" wave=silence samplesperbuffer=960 num-buffers=")
                        .append(buffers).append(" ! audioconvert ! capsfilter name=ra").append(n).append(" caps=\"")
                        .append(ClipFormat.AUDIO_CAPS).append('"');
            }
            List<GError> errors = new ArrayList<>();
            Bin bin;
            try {
                bin = Gst.parseBinFromDescription(branch.toString(), false, errors);
            } catch (RuntimeException e) {
                throw new IOException("GStreamer cannot build the reel's branch for " + clips.get(i) + ": "
                        + e.getMessage(), e);
            }
            if (!errors.isEmpty()) {
                bin.dispose();
                throw new IOException("GStreamer cannot build the reel's branch for " + clips.get(i) + ": "
                        + errors.get(0).getMessage());
            }
            bin.setName("reel" + n);
            String uri = clips.get(i).toAbsolutePath().toUri().toString();
            bin.getElementByName("rdec" + n).set("uri", uri);
            if (fileSound && ownSound) {
                bin.getElementByName("rsnd" + n).set("uri", uri);
            }
            // each clip placed at its start in the reel, by the numbers rather than where the clip
            // before happened to end: a sound track a few samples short (Opus in WebM) or long
            // cannot shift the clips after it
            GhostPad video = new GhostPad("video", bin.getElementByName("rv" + n).getStaticPad("src"));
            GstJob.offset(video, startNs[i]);
            bin.addPad(video);
            if (sound) {
                GhostPad audio = new GhostPad("audio", bin.getElementByName("ra" + n).getStaticPad("src"));
                // the first clip's sound starts the encoder's delay into it; the others are
                // placed that much earlier
                GstJob.offset(audio, i == 0 ? 0 : startNs[i] - audioDelayNs);
                bin.addPad(audio);
            }
            job.pipeline().add(bin);
            open.add(bin);
            openIndex.add(i);
            maxOpen = Math.max(maxOpen, open.size());
            List<GstJob.Gate> gates = new ArrayList<>();
            gates.add(job.hold("rv" + n, 0, clipNs[i], true));
            if (sound) {
                // the file's sound is positioned by the seek of its picture; silence and the
                // first clip's sound by their own
                boolean seeks = !fileSound || ownSound;
                gates.add(job.hold("ra" + n, ownSound ? audioDelayNs : 0, clipNs[i], seeks));
            }
            if (!bin.syncStateWithParent()) {
                throw new IOException(clips.get(i) + ": GStreamer cannot start decoding it");
            }
            job.position(gates, progress);
            if (!Element.linkPads(bin, "video", vcat, "sink_" + i)
                    || sound && !Element.linkPads(bin, "audio", acat, "sink_" + i)) {
                throw new IOException(clips.get(i) + ": GStreamer cannot join it to the reel");
            }
            for (GstJob.Gate gate : gates) {
                gate.remove();
            }
        }

        /** Every clip went into the reel, never more than {@link #REEL_OPEN} files at once. */
        void check() throws IOException {
            if (next != clips.size()) {
                throw new IOException("the reel ended after " + next + " of " + clips.size() + " clips");
            }
            if (maxOpen > REEL_OPEN) {
                throw new IllegalStateException(maxOpen + " clip files were open at once");
            }
        }
    }

    /** The master angle's height (at most {@link #MAX_HEIGHT}) and frame rate; angles side by side. */
    static Layout layout(Clip clip) {
        MediaInfo master = clip.sources().get(0).info();
        int height = even(Math.min(MAX_HEIGHT, master.height()));
        int[] widths = new int[clip.sources().size()];
        int width = 0;
        for (int i = 0; i < widths.length; i++) {
            MediaInfo info = clip.sources().get(i).info();
            widths[i] = Math.max(2, even((int) Math.round((double) height * info.width() / Math.max(1, info.height()))));
            width += widths[i];
        }
        return new Layout(width, height, master.frameRateNum(), master.frameRateDen(), widths);
    }

    private static int even(int n) {
        return Math.max(2, n - (n & 1));
    }

    private static String fileOf(Clip clip, String element) {
        for (String prefix : new String[] { "dec", "tile", "snddec", "snd" }) {
            int n = number(element, prefix);
            if (n >= 1 && n <= clip.sources().size()) {
                return clip.sources().get(n - 1).file().toString();
            }
        }
        return null;
    }

    private static int number(String name, String prefix) {
        if (name == null || !name.startsWith(prefix)) {
            return -1;
        }
        try {
            return Integer.parseInt(name.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** Where a file is written until it is complete: hidden, next to it. */
    public static Path partFile(Path file) {
        return file.resolveSibling("." + file.getFileName() + PART);
    }

    private static void finish(Path part, Path file) throws IOException {
        if (!Files.isRegularFile(part) || Files.size(part) == 0) {
            throw new IOException("GStreamer wrote nothing to " + file);
        }
        try {
            Files.move(part, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(part, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** textoverlay reads Pango markup. */
    static String markupEscape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static void writeIndex(ClipPlan plan, List<Path> files, Path index) throws IOException {
        StringBuilder csv = new StringBuilder(
                "number,file,case,moment,code,coder,moment_start_ms,moment_end_ms,clip_start_ms,clip_end_ms,note\n");
        for (int i = 0; i < plan.clips().size(); i++) {
            Clip clip = plan.clips().get(i);
            List<Object> row = List.of(clip.number(), files.get(i).getFileName(), clip.caseId(), clip.momentId(),
                    clip.code(), clip.coder() == null ? "" : clip.coder(), clip.momentStartMs(), clip.momentEndMs(),
                    clip.startMs(), clip.endMs(), clip.note() == null ? "" : clip.note());
            for (int c = 0; c < row.size(); c++) {
                String cell = String.valueOf(row.get(c));
                if (cell.matches(".*[,\"\n\r].*") || cell.startsWith(" ")) {
                    cell = '"' + cell.replace("\"", "\"\"") + '"';
                }
                csv.append(c == 0 ? "" : ",").append(cell);
            }
            csv.append('\n');
        }
        Path part = partFile(index);
        try {
            Files.writeString(part, csv, StandardCharsets.UTF_8);
            finish(part, index);
        } finally {
            Files.deleteIfExists(part);
        }
    }
}
