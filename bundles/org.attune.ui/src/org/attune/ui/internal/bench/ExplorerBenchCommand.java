package org.attune.ui.internal.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.Corpus;
import org.attune.model.ModelFactory;
import org.attune.model.store.CorpusStore;
import org.attune.ui.ClockPlayhead;
import org.attune.ui.CodingSession;
import org.attune.ui.CorpusEditor;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.internal.parts.ExplorerComposite;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.swt.SWTError;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./attune bench explorer}: what one command costs the corpus explorer on a corpus of
 * hundreds of cases — refreshing only the nodes the change touched and checking only the changed
 * case (how it works), next to refreshing the whole tree and checking every case (how it once did).
 */
@Component(service = CliCommand.class)
public class ExplorerBenchCommand implements CliCommand {

    @Override
    public String name() {
        return "bench explorer";
    }

    @Override
    public String summary() {
        return "time the corpus explorer's update after a command on a corpus of many cases (needs a display)";
    }

    @Override
    public String usage() {
        return """
                bench explorer [--cases N] [--moments M] [--commands K] [--corpus DIR]
                  Writes a generated corpus (default 300 cases of 200 moments each, into a
                  temporary folder unless --corpus names an empty or new one), opens it in the
                  corpus explorer (an SWT tree, all cases shown) and runs K commands (default 60:
                  code a moment in a case, move a moment, rename a case, each undone) twice:
                  incremental (only the changed nodes, only the changed case checked for problems)
                  and full (the whole tree refreshed and every case checked, as before). Prints
                  JSON: per command p50/p95/max ms of each, the nodes refreshed and cases checked
                  per command, and the time to open the corpus in the explorer.""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("cases", "moments", "commands", "corpus"), Set.of()).expectPositionals(0, 0);
        int cases = args.positiveInt("cases", 300);
        int moments = args.positiveInt("moments", 200);
        int commands = args.positiveInt("commands", 60);
        Display display;
        try {
            display = Display.getDefault();
        } catch (SWTError | UnsatisfiedLinkError e) {
            throw new IllegalStateException("bench explorer shows an SWT tree and needs a display (DISPLAY is "
                    + System.getenv("DISPLAY") + "): run it as xvfb-run -a ./attune bench explorer", e);
        }
        Path folder;
        boolean temporary = args.value("corpus") == null;
        if (temporary) {
            folder = Files.createTempDirectory("attune-bench-explorer");
        } else {
            folder = context.resolve(args.value("corpus"));
            if (Files.isDirectory(folder)) {
                try (var entries = Files.list(folder)) {
                    if (entries.findAny().isPresent()) {
                        throw new IOException(folder + " is not empty: give an empty or new folder for the generated corpus");
                    }
                }
            }
        }
        try {
            context.out().println(run(display, folder, cases, moments, commands, SubMonitor.convert(context.monitor())));
        } finally {
            if (temporary) {
                delete(folder);
            }
        }
        return OK;
    }

    /** Writes the corpus into {@code folder}, runs the benchmark and returns the JSON. */
    public static String run(Display display, Path folder, int cases, int moments, int commands, SubMonitor monitor)
            throws IOException {
        monitor.beginTask("Explorer benchmark", cases + 4 * commands + 2);
        long w = System.nanoTime();
        writeCorpus(folder, cases, moments, monitor.split(cases));
        double writeMs = (System.nanoTime() - w) / 1e6;
        Shell shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setSize(400, 900);
        WorkbenchSession session = new WorkbenchSession();
        try {
            ExplorerComposite explorer = new ExplorerComposite(shell, session);
            shell.open();
            long o = System.nanoTime();
            session.openCorpus(folder);
            drain(display);
            double openMs = (System.nanoTime() - o) / 1e6;
            CorpusEditor editor = session.editor();
            StringBuilder json = new StringBuilder("{\n  \"cases\": " + cases + ",\n  \"moments_per_case\": " + moments
                    + ",\n  \"commands\": " + commands + ",\n  \"write_corpus_ms\": " + fmt(writeMs)
                    + ",\n  \"open_in_explorer_ms\": " + fmt(openMs) + ",\n");
            String[] modes = {"incremental", "full_before"};
            for (int m = 0; m < modes.length; m++) {
                explorer.setIncremental(m == 0);
                json.append("  \"").append(modes[m]).append("\": ")
                        .append(measure(display, explorer, editor, commands, monitor.split(2 * commands)))
                        .append(",\n");
            }
            json.append("  \"load_average\": \"").append(loadAverage()).append("\"\n}");
            return json.toString();
        } finally {
            shell.dispose();
            if (session.editor() != null) {
                session.editor().close();
            }
        }
    }

    /**
     * Runs {@code commands} commands (and their undos) and times each one together with what the
     * explorer does after it: its refresh (in the command stack's listener) and the problem check
     * it would run 0.4 s later, run at once here.
     */
    private static String measure(Display display, ExplorerComposite explorer, CorpusEditor editor, int commands,
            SubMonitor monitor) {
        Corpus corpus = editor.corpus();
        Random random = new Random(11);
        Coder coder = corpus.getCoders().get(0);
        ClockPlayhead playhead = new ClockPlayhead(25, () -> 0L);
        double[] times = new double[2 * commands];
        long nodes0 = explorer.nodesRefreshed();
        long checked0 = explorer.casesChecked();
        long full0 = explorer.fullRefreshes();
        for (int i = 0; i < commands; i++) {
            Case theCase = corpus.getCases().get(random.nextInt(corpus.getCases().size()));
            long t0 = System.nanoTime();
            switch (i % 3) {
                case 0 -> { // code a point moment
                    CodingSession coding = new CodingSession(editor, theCase, playhead, coder);
                    Code point = theCase.getScheme().allCodes().stream().filter(c -> c.getKind() == CodeKind.POINT)
                            .findFirst().orElseThrow();
                    playhead.seek(random.nextInt(600_000));
                    coding.toggle(point);
                }
                case 1 -> { // move a moment
                    CodedMoment moment = theCase.getMoments().get(random.nextInt(theCase.getMoments().size()));
                    new CodingSession(editor, theCase, playhead, coder).setTimes(moment, moment.getStartMs() + 40,
                            moment.getEndMs() + 40);
                }
                default -> editor.renameCase(theCase, theCase.getTitle() + " (renamed)");
            }
            explorer.checkChangedNow();
            times[2 * i] = (System.nanoTime() - t0) / 1e6;
            drain(display);
            long t1 = System.nanoTime();
            editor.undo();
            explorer.checkChangedNow();
            times[2 * i + 1] = (System.nanoTime() - t1) / 1e6;
            drain(display);
            monitor.worked(2);
            if (monitor.isCanceled()) {
                throw new OperationCanceledException();
            }
        }
        int n = times.length;
        double[] sorted = times.clone();
        Arrays.sort(sorted);
        return "{\"per_command_ms\": {\"p50\": " + fmt(percentile(sorted, 50)) + ", \"p95\": " + fmt(percentile(sorted, 95))
                + ", \"max\": " + fmt(sorted[n - 1]) + "}, \"nodes_refreshed_per_command\": "
                + fmt((explorer.nodesRefreshed() - nodes0) / (double) n) + ", \"cases_checked_per_command\": "
                + fmt((explorer.casesChecked() - checked0) / (double) n) + ", \"full_refreshes_per_command\": "
                + fmt((explorer.fullRefreshes() - full0) / (double) n) + "}";
    }

    /** A corpus of {@code cases} cases of {@code moments} moments each, one (empty) camera file each. */
    static void writeCorpus(Path folder, int cases, int moments, SubMonitor monitor) throws IOException {
        Corpus built = SyntheticCorpus.create(moments, 20 * 60_000L, 42);
        Case template = built.getCases().get(0);
        Files.createDirectories(folder.resolve("media"));
        Path camera = Files.writeString(folder.resolve("media/camera.webm"), "");
        try (CorpusStore store = CorpusStore.create(folder, "Explorer benchmark")) {
            Map<Coder, Coder> coders = new HashMap<>();
            for (Coder coder : built.getCoders()) {
                coders.put(coder, store.addCoder(coder.getId(), coder.getName()));
            }
            CodingScheme scheme = store.addScheme(built.getSchemes().get(0));
            for (int c = 0; c < cases; c++) {
                Case target = store.createCase(String.format(Locale.ROOT, "case-%03d", c + 1),
                        String.format(Locale.ROOT, "Family %03d, play", c + 1));
                target.setScheme(scheme);
                store.addMedia(target, camera, "camera 1", 0).setFrameRate(25);
                List<CodedMoment> copies = new ArrayList<>(moments);
                for (CodedMoment moment : template.getMoments()) {
                    CodedMoment copy = ModelFactory.eINSTANCE.createCodedMoment();
                    copy.setId(target.getId() + "-" + moment.getId());
                    copy.setCode(scheme.findCode(moment.getCode().getId()));
                    copy.setCoder(coders.get(moment.getCoder()));
                    copy.setStartMs(moment.getStartMs());
                    copy.setEndMs(moment.getEndMs());
                    copies.add(copy);
                }
                target.getMoments().addAll(copies);
                monitor.worked(1);
            }
            store.save();
        }
    }

    private static void drain(Display display) {
        while (display.readAndDispatch()) {
            // the tree paints, outside the timing
        }
    }

    private static void delete(Path folder) throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
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
