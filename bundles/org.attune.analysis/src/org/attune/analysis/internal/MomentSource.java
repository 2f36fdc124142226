package org.attune.analysis.internal;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.attune.analysis.MomentSet;
import org.attune.analysis.MomentsCsv;
import org.attune.cli.Args;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;

/** Where the analysis commands read moments from, and the common --case / --coders filters. */
final class MomentSource {

    static final Set<String> OPTIONS = Set.of("moments", "case", "coders");

    private MomentSource() {
    }

    static MomentSet load(CliContext context, Args args) throws Exception {
        String csv = args.value("moments");
        if (csv == null) {
            throw new UsageException("give the moments to analyse: --moments FILE.csv");
        }
        Path file = context.resolve(csv);
        MomentSet moments = MomentsCsv.read(file);
        List<String> cases = list(args.value("case"));
        if (!cases.isEmpty()) {
            for (String id : cases) {
                if (!moments.cases().contains(id)) {
                    throw new IllegalArgumentException(file + ": no case '" + id + "' (cases: "
                            + String.join(", ", moments.cases()) + ")");
                }
            }
            moments = moments.restrictTo(cases);
        }
        return moments;
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
