package org.attune.analysis.internal;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import org.attune.analysis.Agreement;
import org.attune.analysis.AgreementMethod;
import org.attune.analysis.Descriptives;
import org.attune.analysis.Moment;
import org.attune.analysis.MomentSet;
import org.attune.analysis.MomentsCsv;
import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./attune bench analysis}: times agreement and statistics on a generated corpus of many
 * moments (three coders following one timeline with jitter and errors).
 */
@Component(service = CliCommand.class)
public final class BenchAnalysisCommand implements CliCommand {

    @Override
    public String name() {
        return "bench analysis";
    }

    @Override
    public String summary() {
        return "times agreement and statistics on a generated corpus with many moments";
    }

    @Override
    public String usage() {
        return """
                attune bench analysis [--cases 10] [--moments 10000] [--runs 3]
                  --cases      cases in the generated corpus
                  --moments    moments per coder and case (three coders, two tracks)
                  --runs       repetitions; the median time is printed""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("cases", "moments", "runs"), Set.of()).expectPositionals(0, 0);
        int cases = args.positiveInt("cases", 10);
        int perCoder = args.positiveInt("moments", 10_000);
        int runs = args.positiveInt("runs", 3);
        MomentSet set = generate(cases, perCoder);
        long sessionMs = set.cases().stream().mapToLong(set::sessionLength).sum();
        context.out().printf(Locale.ROOT, "corpus: %d cases, %d moments (3 coders), %.1f h of sessions%n", cases, set.size(),
                sessionMs / 3_600_000.0);
        Path csv = Files.createTempFile("attune-bench", ".csv");
        try {
            try (BufferedWriter out = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                out.write("case,coder,scheme,category,code,start_ms,end_ms,duration_ms,modifiers,note\n");
                for (String c : set.cases()) {
                    for (Moment m : set.moments(c)) {
                        out.write(c + "," + m.coder() + ",bench," + m.category() + "," + m.code() + "," + m.startMs() + ","
                                + m.endMs() + "," + m.durationMs() + ",,\n");
                    }
                }
            }
            time(context, runs, "read moments CSV (" + Files.size(csv) / 1024 + " KiB)", () -> {
                try {
                    return MomentsCsv.read(csv).size();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
            });
        } finally {
            Files.deleteIfExists(csv);
        }
        List<String> two = List.of("A", "B");
        List<String> three = List.of("A", "B", "C");
        MomentSet ab = set.onlyCoders(two);
        time(context, runs, "agreement event, 2 coders, tolerance 1 s",
                () -> Agreement.compute(ab, two, AgreementMethod.EVENT, 1000, 1000, context.monitor()).pooled().items());
        time(context, runs, "agreement time-unit, 2 coders, 1 s units",
                () -> Agreement.compute(ab, two, AgreementMethod.TIME_UNIT, 1000, 1000, context.monitor()).pooled().items());
        time(context, runs, "agreement time-unit, 3 coders (Fleiss, alpha)",
                () -> Agreement.compute(set, three, AgreementMethod.TIME_UNIT, 1000, 1000, context.monitor()).pooled()
                        .items());
        time(context, runs, "agreement matrix, 3 coders, event (3 pairs)",
                () -> org.attune.analysis.AgreementMatrix.compute(set, three, AgreementMethod.EVENT, 1000, 1000,
                        context.monitor()).pairs().size());
        org.attune.analysis.AgreementReport units = Agreement.compute(ab, two, AgreementMethod.TIME_UNIT, 1000, 1000,
                context.monitor());
        time(context, runs, "bootstrap intervals, 2 coders, time units, 1000x",
                () -> org.attune.analysis.AgreementIntervals.of(ab, units, null,
                        org.attune.analysis.AgreementIntervals.DEFAULT_BLOCK_MS, 1000, 1, context.monitor()).items());
        time(context, runs, "stats codes", () -> Descriptives.codeStatistics(set, context.monitor()).size());
        time(context, runs, "stats transitions within 5 s",
                () -> Descriptives.transitions(set, 5000, context.monitor()).size());
        return OK;
    }

    private static void time(CliContext context, int runs, String what, Supplier<Integer> work) {
        long[] ms = new long[runs];
        int result = 0;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            result = work.get();
            ms[i] = (System.nanoTime() - start) / 1_000_000;
        }
        Arrays.sort(ms);
        context.out().printf(Locale.ROOT, "%-48s %7d ms  (median of %d; %d items/rows)%n", what, ms[runs / 2], runs, result);
    }

    /** Three coders following one timeline per case; B and C jitter onsets and sometimes miss or change a code. */
    static MomentSet generate(int cases, int perCoder) {
        Random random = new Random(20261126);
        MomentSet set = new MomentSet();
        String[] parent = { "initiative", "receiving", "attuned response", "naming", "turn taking" };
        String[] child = { "gaze", "smile", "vocalise" };
        for (int c = 0; c < cases; c++) {
            String caseId = String.format(Locale.ROOT, "case-%03d", c);
            List<Moment> truth = new ArrayList<>();
            long t = 0;
            for (int i = 0; i < perCoder; i++) {
                boolean isParent = i % 2 == 0;
                String code = isParent ? parent[random.nextInt(parent.length)] : child[random.nextInt(child.length)];
                long length = code.equals("smile") ? 0 : 500 + random.nextInt(4000);
                truth.add(new Moment(caseId, "", isParent ? "parent" : "child", code, t, t + length));
                t += 200 + random.nextInt(1500);
            }
            String[] coders = { "A", "B", "C" };
            double[] error = { 0.02, 0.1, 0.2 };
            for (int k = 0; k < coders.length; k++) {
                for (Moment m : truth) {
                    double r = random.nextDouble();
                    if (r < error[k] / 2) {
                        continue;
                    }
                    String code = m.code();
                    if (r < error[k]) {
                        String[] pool = m.category().equals("parent") ? parent : child;
                        code = pool[random.nextInt(pool.length)];
                    }
                    long start = Math.max(0, m.startMs() + random.nextInt(801) - 400);
                    long end = m.isPoint() || code.equals("smile") ? start : Math.max(start + 100, m.endMs());
                    set.add(new Moment(caseId, coders[k], m.category(), code, start, end));
                }
            }
        }
        return set;
    }
}
