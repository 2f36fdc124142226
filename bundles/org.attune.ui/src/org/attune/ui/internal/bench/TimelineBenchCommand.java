package org.attune.ui.internal.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.Corpus;
import org.attune.model.MediaSource;
import org.attune.model.ModelFactory;
import org.attune.model.store.CorpusStore;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.attune.ui.internal.parts.MomentWatch;
import org.attune.ui.internal.parts.TimelineRenderer;
import org.attune.ui.timeline.TimelineModel;
import org.attune.ui.timeline.TimelineView;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./attune bench timeline}: paints the timeline of a case with 100,000 moments into an
 * offscreen SWT image at several zoom levels and prints repaint times as JSON.
 */
@Component(service = CliCommand.class)
public class TimelineBenchCommand implements CliCommand {

    @Override
    public String name() {
        return "bench timeline";
    }

    @Override
    public String summary() {
        return "time the timeline's repaint with many moments (needs a display, e.g. xvfb-run)";
    }

    @Override
    public String usage() {
        return """
                bench timeline [--moments N] [--minutes M] [--width PX] [--height PX] [--repeats N]
                bench timeline --write-corpus DIR [--moments N] [--minutes M]
                  Paints the timeline of a generated case (default 100000 moments over 2 hours,
                  2 coders, 6 categories x 4 codes) into an offscreen 1600x600 SWT image, 200
                  times per zoom level (whole session, 10 min, 1 min, 10 s, frames), and prints
                  JSON: repaint_ms p50/p95/max per zoom, rectangles painted, model build ms,
                  and one_moment_added: a moment coded on the big case, put into its track in
                  place (update_track_in_place) and repainted (update_and_repaint_10_min), next
                  to building every track again (rebuild_all_tracks_before).
                  Target: repaint p95 < 16 ms.
                  --write-corpus DIR writes the generated case as a corpus folder instead (no
                  display needed), to feel the speed in the workbench: ATTUNE_CORPUS=DIR ./attune""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("moments", "minutes", "width", "height", "repeats", "write-corpus"),
                Set.of()).expectPositionals(0, 0);
        int moments = args.positiveInt("moments", 100_000);
        long durationMs = args.positiveInt("minutes", 120) * 60_000L;
        if (args.value("write-corpus") != null) {
            Path folder = context.resolve(args.value("write-corpus"));
            writeCorpus(folder, SyntheticCorpus.create(moments, durationMs, 42));
            context.out().println("wrote a corpus with one case of " + moments + " moments to " + folder);
            return OK;
        }
        int width = args.positiveInt("width", 1600);
        int height = args.positiveInt("height", 600);
        int repeats = args.positiveInt("repeats", 200);
        Display display;
        try {
            display = Display.getDefault();
        } catch (SWTError | UnsatisfiedLinkError e) {
            throw new IllegalStateException("bench timeline paints with SWT and needs a display (DISPLAY is "
                    + System.getenv("DISPLAY") + "): run it as xvfb-run -a ./attune bench timeline", e);
        }
        context.out().println(run(display, moments, durationMs, width, height, repeats, SubMonitor.convert(context.monitor())));
        return OK;
    }

    /** Runs the benchmark and returns the JSON. */
    public static String run(Display display, int moments, long durationMs, int width, int height, int repeats,
            SubMonitor monitor) {
        Corpus corpus = SyntheticCorpus.create(moments, durationMs, 42);
        Case theCase = corpus.getCases().get(0);
        TimelineModel model = null;
        double[] builds = new double[5];
        for (int i = 0; i < builds.length; i++) { // what a change to the case costs (first one includes the JIT)
            long t0 = System.nanoTime();
            model = TimelineModel.build(theCase, TimelineModel.Grouping.CATEGORY, corpus.getCoders().get(0));
            builds[i] = (System.nanoTime() - t0) / 1e6;
        }
        double buildMs = Arrays.stream(builds).skip(1).sorted().toArray()[1];
        double firstBuildMs = builds[0];
        TimelineView view = new TimelineView();
        view.setModel(model);
        view.setSize(width, height);
        view.axis().setContent(durationMs, 25);
        Image image = new Image(display, width, height);
        GC gc = new GC(image);
        TimelineRenderer renderer = new TimelineRenderer();
        String[] zooms = {"whole_session", "10_min", "1_min", "10_s", "frames"};
        double[] spans = {durationMs, 600_000, 60_000, 10_000, 0};
        StringBuilder json = new StringBuilder("{\n  \"moments\": " + moments + ",\n  \"tracks\": " + model.tracks().size()
                + ",\n  \"size\": \"" + width + "x" + height + "\",\n  \"repeats\": " + repeats
                + ",\n  \"model_build_ms_first\": " + fmt(firstBuildMs) + ",\n  \"model_build_ms\": " + fmt(buildMs) + ",\n  \"repaint_ms\": {\n");
        monitor.beginTask("Painting the timeline", zooms.length * repeats * 2 + repeats);
        try {
            for (int z = 0; z < zooms.length; z++) {
                view.axis().showAll();
                if (spans[z] > 0 && spans[z] < durationMs) {
                    view.axis().show(durationMs / 2.0, durationMs / 2.0 + spans[z]);
                } else if (spans[z] == 0) {
                    view.axis().show(durationMs / 2.0, durationMs / 2.0 + 1);
                }
                double[] playing = time(display, repeats, monitor, i -> {
                    // only the playhead moves, as while the video plays: the static layer is reused
                    long playhead = (long) (view.axis().startMs() + (i % 100) * view.axis().msPerPixel() * 5);
                    renderer.paint(gc, view, playhead, List.of(), List.of());
                });
                double[] changed = time(display, repeats, monitor, i -> {
                    // zoom, scroll or the moments changed: everything is painted again
                    renderer.invalidate();
                    renderer.paint(gc, view, (long) view.axis().startMs(), List.of(), List.of());
                });
                json.append("    \"").append(zooms[z]).append("\": {\"visible_ms\": ")
                        .append(Math.round(view.axis().endMs() - view.axis().startMs()))
                        .append(", \"rectangles\": ").append(view.lastRectangles())
                        .append(",\n      \"playhead_moved\": ").append(stats(playing))
                        .append(",\n      \"full_repaint\": ").append(stats(changed)).append("}")
                        .append(z < zooms.length - 1 ? ",\n" : "\n");
            }
        } finally {
            gc.dispose();
            image.dispose();
            renderer.dispose();
        }
        json.append("  },\n");
        oneMomentAdded(theCase, corpus, model, view, durationMs, width, height, repeats, display, monitor, json);
        json.append("  \"target_ms\": 16,\n  \"load_average\": \"").append(loadAverage()).append("\"\n}");
        return json.toString();
    }

    /**
     * One moment coded on the big case, as in the workbench: added to the case (EMF), heard by the
     * timeline's {@link MomentWatch} and put into its track in place; then the tracks are painted
     * again (10 min visible around it). Compared with building every track again.
     */
    private static void oneMomentAdded(Case theCase, Corpus corpus, TimelineModel model, TimelineView view, long durationMs,
            int width, int height, int repeats, Display display, SubMonitor monitor, StringBuilder json) {
        MomentWatch watch = new MomentWatch(() -> { });
        long t0 = System.nanoTime();
        watch.watch(theCase);
        double watchMs = (System.nanoTime() - t0) / 1e6;
        view.axis().showAll();
        view.axis().show(durationMs / 2.0, durationMs / 2.0 + 600_000);
        java.util.Random random = new java.util.Random(7);
        var codes = theCase.getScheme().allCodes();
        Image image = new Image(display, width, height);
        GC gc = new GC(image);
        TimelineRenderer renderer = new TimelineRenderer();
        double[] update = new double[repeats];
        double[] updateAndPaint = new double[repeats];
        double[] rebuild = new double[Math.min(repeats, 20)];
        try {
            for (int i = 0; i < repeats + 20; i++) {
                CodedMoment moment = ModelFactory.eINSTANCE.createCodedMoment();
                moment.setCode(codes.get(random.nextInt(codes.size())));
                moment.setCoder(corpus.getCoders().get(random.nextInt(corpus.getCoders().size())));
                long start = durationMs / 2 + random.nextInt(600_000);
                moment.setStartMs(start);
                moment.setEndMs(start + 2_000);
                renderer.paint(gc, view, start, List.of(), List.of()); // the layer is up to date before the change
                theCase.getMoments().add(moment); // the coding itself (EMF), not the timeline's cost
                long a = System.nanoTime();
                if (!watch.applyTo(model)) {
                    throw new IllegalStateException("the timeline could not add the moment in place");
                }
                long b = System.nanoTime();
                renderer.paint(gc, view, start, List.of(), List.of());
                long c = System.nanoTime();
                if (i >= 20) {
                    update[i - 20] = (b - a) / 1e6;
                    updateAndPaint[i - 20] = (c - a) / 1e6;
                    monitor.worked(1);
                }
                if (i < rebuild.length) {
                    long r = System.nanoTime();
                    TimelineModel.build(theCase, TimelineModel.Grouping.CATEGORY, corpus.getCoders().get(0));
                    rebuild[i] = (System.nanoTime() - r) / 1e6;
                }
                theCase.getMoments().remove(moment);
                watch.applyTo(model);
                while (display.readAndDispatch()) {
                    // keep the display responsive, outside the timing
                }
            }
        } finally {
            watch.watch(null);
            gc.dispose();
            image.dispose();
            renderer.dispose();
        }
        Arrays.sort(update);
        Arrays.sort(updateAndPaint);
        Arrays.sort(rebuild);
        json.append("  \"one_moment_added\": {\"moments\": ").append(theCase.getMoments().size())
                .append(", \"watch_case_ms\": ").append(fmt(watchMs))
                .append(",\n    \"update_track_in_place\": ").append(stats(update))
                .append(",\n    \"update_and_repaint_10_min\": ").append(stats(updateAndPaint))
                .append(",\n    \"rebuild_all_tracks_before\": ").append(stats(rebuild)).append("},\n");
    }

    /** Stores a corpus built in memory as a corpus folder (through the model's store). */
    public static void writeCorpus(Path folder, Corpus built) throws IOException {
        try (CorpusStore store = CorpusStore.create(folder, built.getName())) {
            java.util.Map<Coder, Coder> coders = new java.util.HashMap<>();
            for (Coder coder : built.getCoders()) {
                coders.put(coder, store.addCoder(coder.getId(), coder.getName()));
            }
            CodingScheme scheme = store.addScheme(built.getSchemes().get(0));
            for (Case source : built.getCases()) {
                Case target = store.createCase(source.getId(), source.getTitle());
                target.setScheme(scheme);
                for (MediaSource media : source.getMediaSources()) {
                    target.getMediaSources().add(EcoreUtil.copy(media));
                }
                List<CodedMoment> moments = new ArrayList<>(source.getMoments().size());
                for (CodedMoment moment : source.getMoments()) {
                    CodedMoment copy = ModelFactory.eINSTANCE.createCodedMoment();
                    copy.setId(moment.getId());
                    copy.setCode(scheme.findCode(moment.getCode().getId()));
                    copy.setCoder(coders.get(moment.getCoder()));
                    copy.setStartMs(moment.getStartMs());
                    copy.setEndMs(moment.getEndMs());
                    moments.add(copy);
                }
                target.getMoments().addAll(moments);
            }
            store.save();
        }
    }

    private interface Paint {
        void run(int iteration);
    }

    /** Times repeats of a paint (after 20 warm-up paints); sorted milliseconds. */
    private static double[] time(Display display, int repeats, SubMonitor monitor, Paint paint) {
        double[] times = new double[repeats];
        for (int i = 0; i < repeats + 20; i++) {
            long start = System.nanoTime();
            paint.run(i);
            double ms = (System.nanoTime() - start) / 1e6;
            while (display.readAndDispatch()) {
                // keep the display responsive between paints, outside the timing
            }
            if (i >= 20) {
                times[i - 20] = ms;
                monitor.worked(1);
            }
            if (monitor.isCanceled()) {
                throw new org.eclipse.core.runtime.OperationCanceledException();
            }
        }
        Arrays.sort(times);
        return times;
    }

    private static String stats(double[] sorted) {
        return "{\"p50\": " + fmt(percentile(sorted, 50)) + ", \"p95\": " + fmt(percentile(sorted, 95)) + ", \"max\": "
                + fmt(sorted[sorted.length - 1]) + "}";
    }

    /** The machine's load while measuring (timings on a busy machine are inflated). */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static double percentile(double[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.2f", value);
    }
}
