package org.attune.analysis.internal;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.attune.analysis.AgreementIntervals;
import org.attune.analysis.AgreementMatrix;
import org.attune.analysis.AgreementMethod;
import org.attune.analysis.AgreementReport;
import org.attune.analysis.MomentSet;
import org.attune.analysis.chart.AgreementTracks;
import org.attune.analysis.chart.ChartFiles;
import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune agreement}: inter-coder agreement per case and pooled. */
@Component(service = CliCommand.class)
public final class AgreementCommand implements CliCommand {

    static final int DEFAULT_TRACKS_WIDTH = 1200;

    @Override
    public String name() {
        return "agreement";
    }

    @Override
    public String summary() {
        return "inter-coder agreement (Cohen's/Fleiss' kappa, Krippendorff's alpha) per case and pooled";
    }

    @Override
    public String usage() {
        return """
                attune agreement (--corpus DIR | --moments FILE.csv) [--coders A,B] [--case ID[,ID...]]
                                        [--method event|time-unit|alpha] [--tolerance 1s] [--unit 1s] [--json|--csv]
                                        [--tracks FILE.svg|FILE.png [--width 1200]] [--ci [--replicates 1000] [--block 10s]]
                  --corpus DIR     the corpus folder (corpus.attune, cases/, schemes/)
                  --moments FILE   or a moments CSV (as ./attune export --format csv writes it)
                  --coders A,B     the coders to compare (default: every coder in the data)
                  --case ID        only these cases (comma-separated)
                  --method         event (default): moments matched by onset within --tolerance or by overlap,
                                   two coders; time-unit: the timeline cut into --unit slices (Fleiss' kappa
                                   for more than two coders); alpha: Krippendorff's alpha on time units
                  --tolerance      onset tolerance of the event method (default 1s; e.g. 500ms, 1.5s)
                  --unit           time unit of the time-unit and alpha methods (default 1s)
                  --json           print the report as JSON
                  --csv            print one CSV row per case and one for the pooled data
                  --tracks FILE    also draw the two coders' tracks of the case with the disagreements (one --case,
                                   --coders A,B); .svg (text as text) or .png
                  --width PIXELS   the width of the --tracks picture (default 1200)
                  --ci             add bootstrap 95% intervals of the pooled kappa, alpha and each code's kappa
                  --replicates N   bootstrap replicates (default 1000); --seed N (default 1) makes them reproducible
                  --block 10s      time units are resampled in moving blocks this long (moment pairs one by one)
                with more than two coders (time-unit or alpha) it also prints each pair's kappa (alpha)""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Set<String> options = new HashSet<>(MomentSource.OPTIONS);
        options.addAll(Set.of("method", "tolerance", "unit", "tracks", "width", "replicates", "block", "seed"));
        Args args = Args.parse(words, options, Set.of("json", "csv", "ci")).expectPositionals(0, 0);
        if (!args.has("ci") && (args.value("replicates") != null || args.value("block") != null
                || args.value("seed") != null)) {
            throw new UsageException("--replicates, --block and --seed set the bootstrap of --ci: give --ci too");
        }
        if (args.has("ci") && args.has("csv")) {
            throw new UsageException("--ci adds intervals to the text or --json report, not to --csv");
        }
        int replicates;
        long seed;
        try {
            replicates = Integer.parseInt(args.value("replicates", Integer.toString(AgreementIntervals.DEFAULT_REPLICATES)));
            seed = Long.parseLong(args.value("seed", Long.toString(AgreementIntervals.DEFAULT_SEED)));
        } catch (NumberFormatException e) {
            throw new UsageException("--replicates and --seed are whole numbers: " + e.getMessage());
        }
        if (replicates < 100 || replicates > 100_000) {
            throw new UsageException("--replicates must be between 100 and 100000: " + replicates);
        }
        long block = Args.durationMs("block", args.value("block", AgreementIntervals.DEFAULT_BLOCK_MS / 1000 + "s"));
        if (args.has("json") && args.has("csv")) {
            throw new UsageException("give --json or --csv, not both");
        }
        AgreementMethod method;
        try {
            method = AgreementMethod.fromWord(args.value("method", "event"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        long tolerance = Args.durationMs("tolerance", args.value("tolerance", "1s"));
        long unit = Args.durationMs("unit", args.value("unit", "1s"));
        if (unit == 0) {
            throw new UsageException("--unit must be longer than 0 ms");
        }
        Path tracksFile = null;
        int width = DEFAULT_TRACKS_WIDTH;
        if (args.value("tracks") != null) {
            tracksFile = context.resolve(args.value("tracks"));
            try {
                ChartFiles.formatOf(tracksFile);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--tracks " + e.getMessage());
            }
            if (MomentSource.list(args.value("case")).size() != 1 || MomentSource.list(args.value("coders")).size() != 2) {
                throw new UsageException("--tracks draws one case of two coders: give --case ID and --coders A,B");
            }
            try {
                width = Integer.parseInt(args.value("width", Integer.toString(DEFAULT_TRACKS_WIDTH)));
            } catch (NumberFormatException e) {
                throw new UsageException("--width must be a number of pixels: " + args.value("width"));
            }
            if (width < 400 || width > 20_000) {
                throw new UsageException("--width must be between 400 and 20000 pixels: " + width);
            }
        } else if (args.value("width") != null) {
            throw new UsageException("--width is the width of the --tracks picture: give --tracks FILE too");
        }
        MomentSource.Loaded loaded = MomentSource.loadWithColors(context, args);
        MomentSet moments = loaded.moments();
        List<String> coders = MomentSource.coders(args, moments);
        if (coders.size() < 2) {
            throw new UsageException("agreement needs two coders or more; the data has " + coders);
        }
        if (method == AgreementMethod.EVENT && coders.size() > 2) {
            throw new UsageException("the event method compares two coders (--coders A,B); the data has " + coders
                    + " - use --method time-unit or alpha for all of them");
        }
        AgreementMatrix matrix = AgreementMatrix.compute(moments, coders, method, tolerance, unit, context.monitor());
        AgreementReport report = matrix.allCoders();
        if (report.cases().isEmpty()) {
            context.err().println("attune agreement: no case was coded by all of " + String.join(", ", coders));
        }
        AgreementIntervals intervals = args.has("ci") && !report.cases().isEmpty()
                ? AgreementIntervals.of(moments.onlyCoders(coders), report, null, block, replicates, seed, context.monitor())
                : null;
        context.out().print(args.has("json") ? AgreementWriter.json(matrix, intervals) + "\n"
                : args.has("csv") ? AgreementWriter.csv(report) : AgreementWriter.text(matrix, intervals));
        if (tracksFile != null) {
            String caseId = MomentSource.list(args.value("case")).get(0);
            AgreementTracks tracks = AgreementTracks.of(moments, caseId, coders.get(0), coders.get(1), method, tolerance,
                    unit, loaded.colors());
            tracks.setWidth(width);
            tracks.setTitle(AgreementTracks.title(caseId, coders.get(0), coders.get(1), report));
            ChartFiles.write(tracks, tracksFile);
            // on stderr, so --json and --csv stay one document on stdout
            context.err().println("wrote " + tracksFile + ": " + tracks.disagreements().size() + " disagreements of "
                    + coders.get(0) + " and " + coders.get(1) + " in case " + caseId + ", " + tracks.width() + " x "
                    + tracks.height() + " pixels");
        }
        return report.cases().isEmpty() ? FAILURE : OK;
    }
}
