package org.attune.analysis.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.attune.analysis.CodeColors;
import org.attune.analysis.CorpusMoments;
import org.attune.analysis.MomentSet;
import org.attune.analysis.MomentsCsv;
import org.attune.cli.Args;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.model.Case;
import org.attune.model.store.CorpusStore;

/** Where the analysis commands read moments from (a corpus folder or a moments CSV), and --case / --coders. */
final class MomentSource {

    static final Set<String> OPTIONS = Set.of("corpus", "moments", "case", "coders");

    private MomentSource() {
    }

    /** The moments and the colours of their codes (scheme colours from a corpus, else the palette). */
    record Loaded(MomentSet moments, CodeColors colors) {
    }

    static MomentSet load(CliContext context, Args args) throws Exception {
        return loadWithColors(context, args).moments();
    }

    static Loaded loadWithColors(CliContext context, Args args) throws Exception {
        String corpus = args.value("corpus");
        String csv = args.value("moments");
        if ((corpus == null) == (csv == null)) {
            throw new UsageException("give the moments to analyse: --corpus DIR or --moments FILE.csv (one of them)");
        }
        List<String> cases = list(args.value("case"));
        if (corpus != null) {
            return fromCorpus(context, context.resolve(corpus), cases);
        }
        Path file = context.resolve(csv);
        MomentSet moments = MomentsCsv.read(file);
        for (String id : cases) {
            if (!moments.cases().contains(id)) {
                throw new IllegalArgumentException(file + ": no case '" + id + "' (cases: "
                        + String.join(", ", moments.cases()) + ")");
            }
        }
        return new Loaded(moments.restrictTo(cases), CodeColors.none());
    }

    private static Loaded fromCorpus(CliContext context, Path folder, List<String> caseIds) throws Exception {
        try (CorpusStore store = CorpusStore.open(folder)) {
            List<Case> cases;
            if (caseIds.isEmpty()) {
                cases = store.loadCases(context.monitor());
            } else {
                List<String> known = store.caseIds();
                cases = new ArrayList<>();
                for (String id : caseIds) {
                    if (!known.contains(id)) {
                        throw new IllegalArgumentException(folder + ": no case '" + id + "' (cases: " + String.join(", ", known)
                                + ")");
                    }
                    cases.add(store.loadCase(id));
                }
            }
            MomentSet moments = CorpusMoments.from(cases,
                    problem -> context.err().println("attune: " + folder + ": " + problem));
            return new Loaded(moments, CodeColors.of(cases));
        }
    }

    /** The coders asked for with --coders, checked against the data; all coders when not given. */
    static List<String> coders(Args args, MomentSet moments) throws UsageException {
        List<String> coders = list(args.value("coders"));
        if (coders.isEmpty()) {
            return List.copyOf(moments.coders());
        }
        for (String coder : coders) {
            if (!moments.coders().contains(coder)) {
                throw new UsageException("no moments of coder '" + coder + "' (coders: " + String.join(", ", moments.coders())
                        + ")");
            }
        }
        return coders;
    }

    static List<String> list(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of();
        }
        return Arrays.stream(commaSeparated.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct()
                .collect(Collectors.toList());
    }
}
