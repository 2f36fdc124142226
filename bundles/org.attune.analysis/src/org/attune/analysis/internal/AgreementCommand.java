package org.attune.analysis.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.attune.analysis.Agreement;
import org.attune.analysis.AgreementMethod;
import org.attune.analysis.AgreementReport;
import org.attune.analysis.MomentSet;
import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune agreement}: inter-coder agreement per case and pooled. */
@Component(service = CliCommand.class)
public final class AgreementCommand implements CliCommand {

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
                  --csv            print one CSV row per case and one for the pooled data""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Set<String> options = new HashSet<>(MomentSource.OPTIONS);
        options.addAll(Set.of("method", "tolerance", "unit"));
        Args args = Args.parse(words, options, Set.of("json", "csv")).expectPositionals(0, 0);
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
        MomentSet moments = MomentSource.load(context, args);
        List<String> coders = MomentSource.coders(args, moments);
        if (coders.size() < 2) {
            throw new UsageException("agreement needs two coders or more; the data has " + coders);
        }
        if (method == AgreementMethod.EVENT && coders.size() > 2) {
            throw new UsageException("the event method compares two coders (--coders A,B); the data has " + coders
                    + " - use --method time-unit or alpha for all of them");
        }
        AgreementReport report = Agreement.compute(moments.onlyCoders(coders), coders, method, tolerance, unit,
                context.monitor());
        if (report.cases().isEmpty()) {
            context.err().println("attune agreement: no case was coded by all of " + String.join(", ", coders));
        }
        context.out().print(args.has("json") ? AgreementWriter.json(report) + "\n"
                : args.has("csv") ? AgreementWriter.csv(report) : AgreementWriter.text(report));
        return report.cases().isEmpty() ? FAILURE : OK;
    }
}
