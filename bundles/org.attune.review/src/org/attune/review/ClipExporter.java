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
        StringBuilder description = new StringBuilder();
        description.append("compositor name=mix background=black");
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
                .append(Math.max(9, layout.height() / 30)).append("\" ! videoconvert ! video/x-raw,format=I420 ! ")
                .append(format.encoder(layout.fpsNum(), layout.fpsDen()));
        description.append(" videotestsrc name=bg pattern=black num-buffers=").append(frames)
                .append(" ! video/x-raw,format=I420,").append(size).append(" ! mix.sink_0");
        List<long[]> trims = new ArrayList<>();
        for (int i = 0; i < clip.sources().size(); i++) {
            Clip.Source source = clip.sources().get(i);
            long startMs = clip.startMs() - source.offsetMs();
            long stopMs = Math.min(clip.endMs() - source.offsetMs(), source.info().durationMs());
            long delayMs = 0;
            if (startMs < 0) {
                delayMs = -startMs;
                startMs = 0;
            }
            if (stopMs - startMs < 1) {
                continue; // this angle shows nothing of the window: its tile stays black
            }
            int n = i + 1;
            description.append(" uridecodebin name=dec").append(n)
                    .append(" caps=\"video/x-raw(ANY)\" expose-all-streams=false ! videoconvert ! videoscale"
                            + " ! capsfilter name=tile")
                    .append(n).append(" caps=\"video/x-raw,width=").append(layout.tileWidths()[i]).append(",height=")
                    .append(layout.height()).append(",pixel-aspect-ratio=1/1\" ! mix.sink_").append(n);
            trims.add(new long[] { n, startMs * 1_000_000L, stopMs * 1_000_000L, delayMs * 1_000_000L });
        }
        SubMonitor progress = SubMonitor.convert(monitor, 1);
        Path part = partFile(file);
        try (GstJob job = new GstJob(description.toString(), name -> fileOf(clip, name))) {
            for (long[] trim : trims) {
                int n = (int) trim[0];
                job.element("dec" + n).set("uri", clip.sources().get(n - 1).file().toAbsolutePath().toUri().toString());
                job.trim("tile" + n, trim[1], trim[2], trim[3]);
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

    /**
     * Joins clip files in order into one reel at the size of the largest (smaller ones are
     * letterboxed) and the frame rate of the first.
     */
    public static Path joinReel(ClipPlan plan, List<Path> clips, Path file, ClipFormat format, IProgressMonitor monitor)
            throws IOException {
        int width = 0, height = 0;
        Layout first = null;
        long frames = 0;
        for (Clip clip : plan.clips()) {
            Layout layout = layout(clip);
            first = first == null ? layout : first;
            width = Math.max(width, layout.width());
            height = Math.max(height, layout.height());
        }
        for (Clip clip : plan.clips()) {
            frames += first.frames(clip.durationMs());
        }
        String caps = "video/x-raw,width=" + width + ",height=" + height + ",pixel-aspect-ratio=1/1,framerate="
                + first.fpsNum() + "/" + first.fpsDen();
        StringBuilder description = new StringBuilder("concat name=cat ! videoconvert ! video/x-raw,format=I420 ! ")
                .append(format.encoder(first.fpsNum(), first.fpsDen()));
        for (int i = 0; i < clips.size(); i++) {
            description.append(" uridecodebin name=dec").append(i + 1)
                    .append(" caps=\"video/x-raw(ANY)\" expose-all-streams=false ! videoconvert ! videoscale ! videorate"
                            + " ! capsfilter caps=\"")
                    .append(caps).append("\" ! cat.sink_").append(i);
        }
        SubMonitor progress = SubMonitor.convert(monitor, 1);
        Path part = partFile(file);
        try (GstJob job = new GstJob(description.toString(), name -> {
            int n = number(name, "dec");
            return n >= 1 && n <= clips.size() ? clips.get(n - 1).toString() : null;
        })) {
            for (int i = 0; i < clips.size(); i++) {
                job.element("dec" + (i + 1)).set("uri", clips.get(i).toAbsolutePath().toUri().toString());
            }
            job.countFrames("enc");
            job.element("out").set("location", part.toString());
            job.run(progress.split(1), frames);
            job.close();
            finish(part, file);
            return file;
        } catch (IOException e) {
            throw new IOException("playlist '" + plan.playlist() + "', reel " + file + ": " + e.getMessage(), e);
        } finally {
            Files.deleteIfExists(part);
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
        for (String prefix : new String[] { "dec", "tile" }) {
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
