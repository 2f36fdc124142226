package org.attune.review.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.media.MediaProbe;
import org.attune.media.internal.TestMedia;
import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.CodingScheme;
import org.attune.model.ModelFactory;
import org.attune.model.store.CorpusStore;
import org.attune.review.Clip;
import org.attune.review.ClipExporter;
import org.attune.review.ClipFormat;
import org.attune.review.ClipPlan;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./attune bench clips}: how long the clip export takes per minute of clip, for MP4 and
 * WebM, one and two camera angles, and for joining the reel; every file is read back.
 */
@Component(service = CliCommand.class)
public final class BenchClipsCommand implements CliCommand {

    @Override
    public String name() {
        return "bench clips";
    }

    @Override
    public String summary() {
        return "benchmark the clip export: seconds per minute of clip, MP4 and WebM, 1 and 2 angles";
    }

    @Override
    public String usage() {
        return """
                attune bench clips [--media DIR] [--seconds N] [--size WxH] [--reel N]
                  --media DIR   where the generated camera files are kept (default ~/.attune/bench-media)
                  --seconds N   length of each clip (default 30)
                  --size WxH    size of the camera pictures (default 640x480)
                  --reel N      also a reel of N one-second clips (MP4): export and join times""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("media", "seconds", "size", "reel"), Set.of()).expectPositionals(0, 0);
        int seconds;
        int reelClips;
        int width;
        int height;
        try {
            seconds = Integer.parseInt(args.value("seconds", "30"));
            reelClips = Integer.parseInt(args.value("reel", "0"));
            String[] size = args.value("size", "640x480").toLowerCase(Locale.ROOT).split("x");
            width = Integer.parseInt(size[0]);
            height = Integer.parseInt(size[1]);
        } catch (RuntimeException e) {
            throw new UsageException("--seconds takes a whole number and --size WxH (e.g. 640x480)");
        }
        if (reelClips < 0) {
            throw new UsageException("--reel takes a number of clips");
        }
        if (seconds < 2 || width < 16 || height < 16 || width % 2 != 0 || height % 2 != 0) {
            throw new UsageException("--seconds must be 2 or more and --size even numbers of pixels");
        }
        SubMonitor progress = SubMonitor.convert(context.monitor(), "bench clips", 12);
        Path media = context.resolve(args.value("media", "~/.attune/bench-media")).resolve("clips");
        int frames = (seconds + 3) * 25;
        Path cam1 = camera(media, width, height, frames, 0);
        progress.worked(1);
        Path cam2 = camera(media, width, height, frames, 1);
        progress.worked(1);

        Path work = Files.createTempDirectory("attune-bench-clips");
        try {
            ClipPlan plan;
            try (CorpusStore store = CorpusStore.create(work.resolve("corpus"), "bench")) {
                CodingScheme scheme = ModelFactory.eINSTANCE.createCodingScheme();
                scheme.setId("bench");
                Category category = ModelFactory.eINSTANCE.createCategory();
                Code code = ModelFactory.eINSTANCE.createCode();
                code.setId("moment");
                code.setLabel("moment");
                code.setKind(CodeKind.INTERVAL);
                category.getCodes().add(code);
                scheme.getCategories().add(category);
                scheme = store.addScheme(scheme);
                Case one = store.createCase("one-angle", "one angle");
                store.addMedia(one, cam1, "camera 1", 0);
                Case two = store.createCase("two-angles", "two angles");
                store.addMedia(two, cam1, "camera 1", 0);
                store.addMedia(two, cam2, "camera 2", 1000);
                long end = 1000 + seconds * 1000L;
                CodedMoment a = CorpusStore.addMoment(one, scheme.findCode("moment"), null, 1000, end);
                CodedMoment b = CorpusStore.addMoment(two, scheme.findCode("moment"), null, 1000, end);
                CorpusStore.playlistEntry(a, null); // gives the moments their ids
                CorpusStore.playlistEntry(b, null);
                List<ClipPlan.Entry> entries = List.of(
                        ClipPlan.entry(store, "bench", 1, a, "one angle", 0, 0),
                        ClipPlan.entry(store, "bench", 2, b, "two angles", 0, 0));
                plan = ClipPlan.probe("bench", entries, progress.split(1));
            }
            List<List<String>> rows = new ArrayList<>();
            rows.add(List.of("format", "angles", "output", "clip s", "read back s", "export s", "s per min of clip",
                    "x real time"));
            for (ClipFormat format : ClipFormat.values()) {
                List<Path> clips = new ArrayList<>();
                for (Clip clip : plan.clips()) {
                    Path file = work.resolve(clip.caseId() + "." + format.extension);
                    long started = System.nanoTime();
                    ClipExporter.exportClip(clip, file, format, progress.split(2));
                    rows.add(row(format, Integer.toString(clip.sources().size()), file, clip.durationMs(),
                            System.nanoTime() - started));
                    clips.add(file);
                }
                Path reel = work.resolve("reel." + format.extension);
                long started = System.nanoTime();
                ClipExporter.joinReel(plan, clips, reel, format, progress.split(1));
                rows.add(row(format, "reel", reel, plan.durationMs(), System.nanoTime() - started));
            }
            if (reelClips > 0) {
                reel(plan.clips().get(0).sources().get(0), reelClips, work, rows, progress.split(4));
            }
            context.out().printf(Locale.ROOT, "clip export, %d s clips of %dx%d H.264 25 fps cameras, %d cores%n", seconds,
                    width, height, Runtime.getRuntime().availableProcessors());
            context.out().print(CliText.table(rows));
        } finally {
            try (var files = Files.walk(work)) {
                files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        return OK;
    }

    /**
     * N clips of one second each from one camera, spread over it, exported one by one, then
     * joined into one reel.
     */
    private static void reel(Clip.Source camera, int count, Path work, List<List<String>> rows, SubMonitor monitor)
            throws Exception {
        SubMonitor progress = SubMonitor.convert(monitor, count + 1);
        long span = Math.max(1, camera.info().durationMs() - 1000);
        List<ClipPlan.Entry> entries = new ArrayList<>();
        for (int k = 0; k < count; k++) {
            long start = (k * 997L) % span;
            entries.add(new ClipPlan.Entry("bench", k + 1, "one-angle", "one angle", "m" + k, "moment", null, start,
                    start + 1000, 0, 0, null, List.of(new ClipPlan.Media(camera.file(), camera.role(), 0))));
        }
        ClipPlan plan = ClipPlan.probe("bench", entries, null);
        Path folder = Files.createDirectories(work.resolve("reel-clips"));
        List<Path> files = new ArrayList<>();
        long started = System.nanoTime();
        for (Clip clip : plan.clips()) {
            files.add(ClipExporter.exportClip(clip, folder.resolve(clip.number() + ".mp4"), ClipFormat.MP4,
                    progress.split(1)));
        }
        long took = System.nanoTime() - started;
        long readBackNs = 0;
        for (Path file : files) {
            readBackNs += MediaProbe.probe(file).durationNs();
        }
        rows.add(row(ClipFormat.MP4, count + " clips", files.get(0), readBackNs, plan.durationMs(), took));
        Path reel = work.resolve("reel-" + count + ".mp4");
        started = System.nanoTime();
        ClipExporter.joinReel(plan, files, reel, ClipFormat.MP4, progress.split(1));
        rows.add(row(ClipFormat.MP4, "reel of " + count, reel, plan.durationMs(), System.nanoTime() - started));
    }

    private static List<String> row(ClipFormat format, String angles, Path file, long clipMs, long nanos)
            throws Exception {
        return row(format, angles, file, MediaProbe.probe(file).durationNs(), clipMs, nanos);
    }

    /** @param readBackNs the duration GStreamer reads back (of all files of the row) */
    private static List<String> row(ClipFormat format, String angles, Path file, long readBackNs, long clipMs, long nanos)
            throws Exception {
        var info = MediaProbe.probe(file);
        double exportSeconds = nanos / 1e9;
        double clipSeconds = clipMs / 1000.0;
        return List.of(format.extension, angles, info.width() + "x" + info.height(), f(clipSeconds),
                f(readBackNs / 1e9), f(exportSeconds), f(exportSeconds / clipSeconds * 60),
                f(clipSeconds / exportSeconds));
    }

    private static String f(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }

    private static Path camera(Path dir, int width, int height, int frames, int tint) throws Exception {
        Path file = dir.resolve(String.format(Locale.ROOT, "cam%d-%dx%d-%d.mp4", tint + 1, width, height, frames));
        if (!Files.isRegularFile(file)) {
            Path part = dir.resolve("." + file.getFileName() + ".part.mp4");
            TestMedia.generate(part, TestMedia.Codec.H264_MP4, width, height, frames, tint);
            Files.move(part, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
