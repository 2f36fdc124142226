package org.attune.analysis.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.attune.analysis.AnalysisCsv;
import org.attune.analysis.Descriptives;
import org.attune.analysis.Descriptives.CodeStatistics;
import org.attune.analysis.MomentSet;
import org.attune.analysis.chart.BarChart;
import org.attune.analysis.chart.BarChart.Measure;
import org.attune.analysis.chart.ChartFiles;
import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune stats codes}: count, durations, rate and proportion per case x coder x code. */
@Component(service = CliCommand.class)
public final class StatsCodesCommand implements CliCommand {

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
                                   [--chart FILE.svg|FILE.png [--measure count|total|mean|rate|share]]
                  --corpus DIR     the corpus folder (corpus.attune, cases/, schemes/)
                  --moments FILE   or a moments CSV (as ./attune export --format csv writes it)
                  --coders A,B     only these coders (default: all)
                  --case ID        only these cases (comma-separated)
                  --csv            print CSV (one row per case x coder x code, then '(all)' rows pooling the cases)
                  --chart FILE     write a bar chart (SVG or PNG, by the extension) of the selected cases pooled:
                                   one bar per code and coder, in the code's colour
                  --measure M      what the bars show: count (default), total or mean duration in s, rate
                                   per minute, share of session in %
                see also: attune stats --corpus DIR (overview), stats transitions, stats timeline (a case as a picture)""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Set<String> options = new HashSet<>(MomentSource.OPTIONS);
        options.add("chart");
        options.add("measure");
        Args args = Args.parse(words, options, Set.of("csv")).expectPositionals(0, 0);
        Measure measure;
        try {
            measure = Measure.fromWord(args.value("measure", "count"));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--measure: " + e.getMessage());
        }
        if (args.value("measure") != null && args.value("chart") == null) {
            throw new UsageException("--measure chooses what a --chart shows: give --chart FILE.svg or FILE.png");
        }
        Path chartFile = null;
        if (args.value("chart") != null) {
            chartFile = context.resolve(args.value("chart"));
            try {
                ChartFiles.formatOf(chartFile);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--chart " + e.getMessage());
            }
        }
        MomentSource.Loaded loaded = MomentSource.loadWithColors(context, args);
        List<String> coders = MomentSource.coders(args, loaded.moments());
        MomentSet moments = loaded.moments().onlyCoders(coders);
        List<CodeStatistics> rows = Descriptives.codeStatistics(moments, context.monitor());
        if (chartFile != null) {
            List<String> cases = MomentSource.list(args.value("case"));
            String title = measure.axisTitle().replaceAll(" \\(.*\\)$", "") + " per code and coder — "
                    + (cases.isEmpty() ? "all cases" : (cases.size() == 1 ? "case " : "cases ") + String.join(", ", cases));
            BarChart chart = BarChart.of(rows, Descriptives.ALL_CASES, coders, measure, loaded.colors(), title);
            ChartFiles.write(chart, chartFile);
            (args.has("csv") ? context.err() : context.out()).println("wrote " + chartFile + ": " + chart.bars().size()
                    + " bars (" + measure.word() + ", " + coders.size() + " coders)");
            if (!args.has("csv")) {
                return OK;
            }
        }
        if (args.has("csv")) {
            context.out().print(AnalysisCsv.codeTable(rows));
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
