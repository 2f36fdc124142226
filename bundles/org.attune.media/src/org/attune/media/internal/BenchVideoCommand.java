package org.attune.media.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.media.MediaSet;
import org.attune.media.MediaSource;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.freedesktop.gstreamer.Gst;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./attune bench video}: decode throughput of the engine against gst-launch-1.0 on the
 * same files, stream sync after seeks, steps and 1x play, and seek/step latency, for 1, 2 and 4
 * streams of 640x480 H.264 and 4 x 1280x720. Prints one JSON object.
 */
@Component(service = CliCommand.class)
public final class BenchVideoCommand implements CliCommand {

    private static final Pattern EXECUTION = Pattern.compile("Execution ended after (\\d+):(\\d+):(\\d+)\\.(\\d+)");

    @Override
    public String name() {
        return "bench video";
    }

    @Override
    public String summary() {
        return "benchmark the video engine (throughput vs gst-launch, sync, seek and step times); prints JSON";
    }

    @Override
    public String usage() {
        return "attune bench video [--media DIR] [--seconds N] [--seeks N] [--quick]\n"
                + "  --media DIR   where the generated test videos are kept (default ~/.attune/bench-media)\n"
                + "  --seconds N   length of the 1x play used for the sync check (default 20)\n"
                + "  --seeks N     random seeks per configuration (default 100)\n"
                + "  --quick       only 1 and 2 streams of 640x480, 5 s play, 20 seeks (a smoke run)";
    }

    record Config(int streams, int width, int height) {
        String label() {
            return streams + "x" + width + "x" + height;
        }
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("media", "seconds", "seeks"), Set.of("quick")).expectPositionals(0, 0);
        boolean quick = args.has("quick");
        int seconds = args.positiveInt("seconds", quick ? 5 : 20);
        int seeks = args.positiveInt("seeks", quick ? 20 : 100);
        Path mediaDir = context.resolve(args.value("media", "~/.attune/bench-media"));
        List<Config> configs = quick ? List.of(new Config(1, 640, 480), new Config(2, 640, 480))
                : List.of(new Config(1, 640, 480), new Config(2, 640, 480), new Config(4, 640, 480), new Config(4, 1280, 720));
        int clipFrames = Math.max(250, (seconds + 4) * 25);

        SubMonitor monitor = SubMonitor.convert(context.monitor(), "bench video", configs.size() * 10 + 8);
        GstRuntime.init();
        List<String> results = new ArrayList<>();
        for (Config config : configs) {
            List<Path> files = new ArrayList<>();
            for (int i = 0; i < config.streams(); i++) {
                files.add(clip(mediaDir, config.width(), config.height(), i, clipFrames, context));
            }
            monitor.worked(2);
            check(monitor);
            monitor.subTask(config.label() + ": throughput");
            double launchFps = 0, engineFps = 0;
            for (int round = 0; round < 3; round++) { // alternate, best of three: the machine's speed drifts
                launchFps = Math.max(launchFps, gstLaunchFps(files, clipFrames));
                engineFps = Math.max(engineFps, engineFps(files, clipFrames));
                check(monitor);
            }
            // what the view costs: every picture copied into Java (as the Player does for painting),
            // at the stream's own size (scaled later by SWT) or scaled by GStreamer to its cell
            int[] cell = cellSize(config, VIEW_WIDTH, VIEW_HEIGHT);
            double viewNative = 0, viewScaled = 0;
            for (int round = 0; round < 2; round++) {
                viewNative = Math.max(viewNative, viewFps(files, clipFrames, 0, 0));
                viewScaled = Math.max(viewScaled, viewFps(files, clipFrames, cell[0], cell[1]));
                check(monitor);
            }
            monitor.worked(4);
            monitor.subTask(config.label() + ": seeks and steps");
            List<MediaSource> sources = files.stream().map(MediaSource::of).toList();
            long[] syncAfterSeeks = new long[1];
            double[] seekMs;
            double[] stepMs;
            try (MediaSet set = MediaSet.open(sources)) {
                Latest latest = new Latest(set);
                Random random = new Random(42);
                seekMs = new double[seeks];
                for (int i = 0; i < seeks; i++) {
                    long frame = random.nextInt(clipFrames - 2);
                    long start = System.nanoTime();
                    set.seekToFrame(frame);
                    seekMs[i] = (System.nanoTime() - start) / 1e6;
                    syncAfterSeeks[0] = Math.max(syncAfterSeeks[0], latest.spread());
                    if (latest.barcode[0] != frame) {
                        throw new IllegalStateException("seek to frame " + frame + " showed frame " + latest.barcode[0]);
                    }
                    check(monitor);
                }
                int steps = Math.max(10, seeks / 2);
                stepMs = new double[steps];
                set.seekToFrame(clipFrames / 2);
                for (int i = 0; i < steps; i++) {
                    long start = System.nanoTime();
                    set.step(i % 2 == 0 ? 1 : (i % 4 == 1 ? -1 : 1));
                    stepMs[i] = (System.nanoTime() - start) / 1e6;
                    syncAfterSeeks[0] = Math.max(syncAfterSeeks[0], latest.spread());
                    check(monitor);
                }
            }
            monitor.worked(2);
            monitor.subTask(config.label() + ": " + seconds + " s of 1x play");
            Play play = play(sources, seconds, monitor);
            monitor.worked(2);
            long syncError = Math.max(syncAfterSeeks[0], play.framesApart);
            results.add(String.format(Locale.ROOT,
                    "    {\"streams\": %d, \"resolution\": \"%dx%d\", \"codec\": \"H.264 MP4\", \"engine_fps\": %.1f, "
                            + "\"gst_launch_fps\": %.1f, \"ratio\": %.2f, \"sync_error_frames\": %d, "
                            + "\"sync_error_frames_after_seeks\": %d, \"play_skew_ms_p50\": %.1f, \"play_skew_ms_max\": %.1f, "
                            + "\"dropped_frames\": %d, \"late_frames\": %d, \"seek_ms_p50\": %.0f, \"seek_ms_p95\": %.0f, "
                            + "\"step_ms_p50\": %.0f, \"view_cell\": \"%dx%d\", \"view_fps_native\": %.1f, "
                            + "\"view_fps_scaled\": %.1f}",
                    config.streams(), config.width(), config.height(), engineFps, launchFps, engineFps / launchFps,
                    syncError, syncAfterSeeks[0], play.skewP50, play.skewMax, play.dropped, play.late,
                    percentile(seekMs, 50), percentile(seekMs, 95), percentile(stepMs, 50), cell[0], cell[1], viewNative,
                    viewScaled));
        }
        context.out().println("{");
        context.out().println("  \"bench\": \"video\",");
        context.out().println("  \"gstreamer\": \"" + Gst.getVersionString() + "\",");
        context.out().println("  \"cores\": " + Runtime.getRuntime().availableProcessors() + ",");
        context.out().println("  \"seeks\": " + seeks + ", \"play_seconds\": " + seconds + ",");
        context.out().println("  \"results\": [");
        context.out().println(String.join(",\n", results));
        context.out().println("  ]");
        context.out().println("}");
        monitor.done();
        return OK;
    }

    private static void check(SubMonitor monitor) {
        if (monitor.isCanceled()) {
            throw new OperationCanceledException();
        }
    }

    private static Path clip(Path dir, int width, int height, int index, int frames, CliContext context) throws Exception {
        Path file = dir.resolve(String.format(Locale.ROOT, "bench-%dx%d-%df-%d.mp4", width, height, frames, index));
        if (!Files.isRegularFile(file) || Files.size(file) == 0) {
            context.err().println("generating " + file);
            Path partial = file.resolveSibling(file.getFileName() + ".part.mp4");
            TestMedia.generate(partial, TestMedia.Codec.H264_MP4, width, height, frames, index);
            Files.move(partial, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }

    /** The same decode work as the engine (decode, convert to BGRx), into fakesink sync=false. */
    private static double gstLaunchFps(List<Path> files, int framesPerFile) throws Exception {
        List<String> command = new ArrayList<>(List.of("gst-launch-1.0"));
        for (Path file : files) {
            command.addAll(List.of("uridecodebin", "uri=" + file.toAbsolutePath().toUri(), "caps=video/x-raw(ANY)",
                    "expose-all-streams=false", "!", "videoconvert", "!", "video/x-raw,format=BGRx", "!", "fakesink",
                    "sync=false"));
        }
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("gst-launch-1.0 failed: " + output);
        }
        Matcher m = EXECUTION.matcher(output);
        if (!m.find()) {
            throw new IllegalStateException("gst-launch-1.0 printed no execution time: " + output);
        }
        double seconds = Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60
                + Integer.parseInt(m.group(3)) + Double.parseDouble("0." + m.group(4));
        return files.size() * framesPerFile / seconds;
    }

    /** The video part's size the view figures assume (a part on a laptop screen). */
    static final int VIEW_WIDTH = 960, VIEW_HEIGHT = 540;

    /** A stream's cell in a grid of the configuration's streams in a view of this size, keeping its aspect. */
    static int[] cellSize(Config config, int viewWidth, int viewHeight) {
        int columns = (int) Math.ceil(Math.sqrt(config.streams()));
        int rows = (int) Math.ceil((double) config.streams() / columns);
        double scale = Math.min((double) viewWidth / columns / config.width(), (double) viewHeight / rows / config.height());
        return new int[] { (int) (config.width() * scale), (int) (config.height() * scale) };
    }

    /**
     * Frames per second delivered and copied into a {@code byte[]} (what the view keeps to paint),
     * at the streams' own size ({@code width} 0) or scaled by GStreamer to {@code width} x {@code height}.
     */
    private static double viewFps(List<Path> files, int framesPerFile, int width, int height) throws Exception {
        try (MediaSet set = MediaSet.open(files.stream().map(MediaSource::of).toList(), false)) {
            if (width > 0) {
                for (int i = 0; i < files.size(); i++) {
                    set.setPictureSize(i, width, height);
                }
            }
            long[] frames = new long[1];
            long[] bytes = new long[1];
            set.addFrameListener(frame -> {
                byte[] copy = new byte[frame.width() * frame.height() * 4];
                frame.pixels().get(0, copy, 0, Math.min(copy.length, frame.pixels().capacity()));
                synchronized (frames) {
                    frames[0]++;
                    bytes[0] += copy.length;
                }
            });
            long start = System.nanoTime();
            set.play();
            long deadline = start + TimeUnit.MINUTES.toNanos(10);
            while (set.state() == MediaSet.State.PLAYING && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (set.state() == MediaSet.State.FAILED) {
                throw new IllegalStateException(set.failure());
            }
            long expected = (long) files.size() * framesPerFile;
            synchronized (frames) {
                if (frames[0] < expected) {
                    throw new IllegalStateException("the engine delivered " + frames[0] + " of " + expected + " frames");
                }
            }
            return expected / seconds;
        }
    }

    /** Frames pulled into Java per second, from PLAYING to the end, like gst-launch's "Execution ended after". */
    private static double engineFps(List<Path> files, int framesPerFile) throws Exception {
        try (MediaSet set = MediaSet.open(files.stream().map(MediaSource::of).toList(), false)) {
            long[] frames = new long[1];
            set.addFrameListener(frame -> {
                synchronized (frames) {
                    frames[0]++;
                }
            });
            long start = System.nanoTime();
            set.play();
            long deadline = start + TimeUnit.MINUTES.toNanos(10);
            while (set.state() == MediaSet.State.PLAYING && System.nanoTime() < deadline) {
                Thread.sleep(2);
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            if (set.state() == MediaSet.State.FAILED) {
                throw new IllegalStateException(set.failure());
            }
            long expected = (long) files.size() * framesPerFile;
            long got;
            synchronized (frames) {
                got = frames[0];
            }
            if (got < expected) {
                throw new IllegalStateException("the engine delivered " + got + " of " + expected + " frames");
            }
            return expected / seconds;
        }
    }

    /** The newest barcode of each stream. */
    static final class Latest {
        final int[] barcode;

        Latest(MediaSet set) {
            barcode = new int[set.streams().size()];
            set.addFrameListener(f -> barcode[f.stream()] = FrameBarcode.readBgrx(f.pixels(), f.width(), f.height()));
        }

        long spread() {
            int min = Arrays.stream(barcode).min().orElse(0);
            int max = Arrays.stream(barcode).max().orElse(0);
            return max - min;
        }
    }

    record Play(long framesApart, double skewP50, double skewMax, long dropped, long late) {
    }

    /**
     * Plays at 1x and records when each stream delivered each frame number (read from the
     * pixels). The skew of a frame is how far apart in time the streams showed it; frames apart
     * is that skew in frame durations, rounded; a frame is late when it came more than a
     * frame's duration after its time on the clock.
     */
    private static Play play(List<MediaSource> sources, int seconds, SubMonitor monitor) throws Exception {
        int n = sources.size();
        int maxFrames = (seconds + 2) * 25 + 50;
        long[][] arrival = new long[n][maxFrames];
        for (long[] row : arrival) {
            Arrays.fill(row, -1);
        }
        try (MediaSet set = MediaSet.open(sources)) {
            set.addFrameListener(f -> {
                int code = FrameBarcode.readBgrx(f.pixels(), f.width(), f.height());
                if (code >= 0 && code < maxFrames && arrival[f.stream()][code] < 0) {
                    arrival[f.stream()][code] = System.nanoTime();
                }
            });
            set.seekToFrame(0);
            for (long[] row : arrival) {
                Arrays.fill(row, -1); // the paused picture is not part of the play
            }
            set.play();
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (System.nanoTime() < end && set.state() == MediaSet.State.PLAYING) {
                Thread.sleep(20);
                check(monitor);
            }
            set.pause();
        }
        // up to the newest frame every stream reached: a missing frame before it was dropped
        int last = maxFrames - 1;
        for (long[] row : arrival) {
            int newest = 0;
            for (int f = 0; f < row.length; f++) {
                if (row[f] >= 0) {
                    newest = f;
                }
            }
            last = Math.min(last, newest);
        }
        List<Double> skews = new ArrayList<>();
        long dropped = 0, late = 0;
        long origin = -1;
        for (int frame = 1; frame <= last; frame++) {
            long min = Long.MAX_VALUE, max = Long.MIN_VALUE;
            for (int s = 0; s < n; s++) {
                long t = arrival[s][frame];
                if (t < 0) {
                    dropped++;
                    continue;
                }
                min = Math.min(min, t);
                max = Math.max(max, t);
                if (origin < 0) {
                    origin = t - frame * 40_000_000L;
                }
                if (t - (origin + frame * 40_000_000L) > 40_000_000L) {
                    late++;
                }
            }
            if (max >= min) {
                skews.add((max - min) / 1e6);
            }
        }
        double[] values = skews.stream().mapToDouble(Double::doubleValue).toArray();
        double skewMax = Arrays.stream(values).max().orElse(0);
        return new Play(Math.round(skewMax / 40.0), percentile(values, 50), skewMax, dropped, late);
    }

    static double percentile(double[] values, int p) {
        if (values.length == 0) {
            return 0;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }
}
