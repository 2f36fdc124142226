package org.attune.analysis.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.attune.analysis.Descriptives;
import org.attune.analysis.Descriptives.CodeStatistics;
import org.attune.analysis.MomentSet;
import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune stats codes}: count, durations, rate and proportion per case x coder x code. */
@Component(service = CliCommand.class)
public final class StatsCodesCommand implements CliCommand {

    static final List<String> CSV_HEADER = List.of("case", "coder", "category", "code", "count", "total_duration_ms",
            "mean_duration_ms", "rate_per_minute", "proportion_of_session", "session_ms");

    @Override
    public String name() {
        return "stats codes";
    }

    @Override
    public String summary() {
        return "per case x coder x code: count, total and mean duration, rate per minute, share of session";
    }

    @Override
    public String usage() {
        return """
                attune stats codes (--corpus DIR | --moments FILE.csv) [--coders A,B] [--case ID[,ID...]] [--csv]
                  --corpus DIR     the corpus folder (corpus.attune, cases/, schemes/)
                  --moments FILE   or a moments CSV (as ./attune export --format csv writes it)
                  --coders A,B     only these coders (default: all)
                  --case ID        only these cases (comma-separated)
                  --csv            print CSV (one row per case x coder x code, then '(all)' rows pooling the cases)""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, new HashSet<>(MomentSource.OPTIONS), Set.of("csv")).expectPositionals(0, 0);
        MomentSet moments = MomentSource.load(context, args);
        moments = moments.onlyCoders(MomentSource.coders(args, moments));
        List<CodeStatistics> rows = Descriptives.codeStatistics(moments, context.monitor());
        if (args.has("csv")) {
            context.out().println(Csv.line(CSV_HEADER));
            for (CodeStatistics r : rows) {
                context.out().println(Csv.line(List.of(r.caseId(), r.coder(), r.category(), r.code(), r.count(),
                        r.totalDurationMs(), r.meanDurationMs(), r.ratePerMinute(), r.proportion(), r.sessionMs())));
            }
            return OK;
        }
        List<List<String>> table = new ArrayList<>();
        table.add(List.of("case", "coder", "code", "count", "total s", "mean s", "per min", "% of session"));
        for (CodeStatistics r : rows) {
            String code = r.category().isEmpty() ? r.code() : r.category() + "/" + r.code();
            table.add(List.of(r.caseId(), r.coder(), code, Integer.toString(r.count()), seconds(r.totalDurationMs()),
                    seconds(r.meanDurationMs()), AgreementWriter.num(r.ratePerMinute()),
                    AgreementWriter.percent(r.proportion())));
        }
        StringBuilder out = new StringBuilder();
        AgreementWriter.table(out, table, 3);
        context.out().print(out);
        return OK;
    }

    private static String seconds(double ms) {
        return String.format(java.util.Locale.ROOT, "%.2f", ms / 1000);
    }
}
