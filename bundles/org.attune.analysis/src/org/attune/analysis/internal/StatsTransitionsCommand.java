package org.attune.analysis.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.attune.analysis.AnalysisCsv;
import org.attune.analysis.Descriptives;
import org.attune.analysis.Descriptives.Transition;
import org.attune.analysis.MomentSet;
import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune stats transitions}: which code follows which, within N seconds. */
@Component(service = CliCommand.class)
public final class StatsTransitionsCommand implements CliCommand {

    @Override
    public String name() {
        return "stats transitions";
    }

    @Override
    public String summary() {
        return "transition matrix: which code follows which within N seconds, per coder";
    }

    @Override
    public String usage() {
        return """
                attune stats transitions (--corpus DIR | --moments FILE.csv) [--within 5s] [--coders A,B] [--case ID[,ID...]] [--csv]
                  --corpus DIR     the corpus folder (corpus.attune, cases/, schemes/)
                  --moments FILE   or a moments CSV (as ./attune export --format csv writes it)
                  --within         the next moment counts when it starts at most this long after the previous
                                   one ends (default 5s)
                  --coders A,B     only these coders (default: all)
                  --case ID        only these cases (comma-separated)
                  --csv            print CSV rows case,coder,from,to,count (case '(all)' pools the cases)""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Set<String> options = new HashSet<>(MomentSource.OPTIONS);
        options.add("within");
        Args args = Args.parse(words, options, Set.of("csv")).expectPositionals(0, 0);
        long within = Args.durationMs("within", args.value("within", "5s"));
        MomentSet moments = MomentSource.load(context, args);
        moments = moments.onlyCoders(MomentSource.coders(args, moments));
        List<Transition> rows = Descriptives.transitions(moments, within, context.monitor());
        if (args.has("csv")) {
            context.out().print(AnalysisCsv.transitions(rows));
            return OK;
        }
        // one matrix per coder, all selected cases pooled
        StringBuilder out = new StringBuilder();
        TreeSet<String> coders = new TreeSet<>();
        rows.stream().filter(t -> t.caseId().equals(Descriptives.ALL_CASES)).forEach(t -> coders.add(t.coder()));
        if (coders.isEmpty()) {
            out.append("no transitions within ").append(within).append(" ms\n");
        }
        for (String coder : coders) {
            List<Transition> mine = rows.stream()
                    .filter(t -> t.caseId().equals(Descriptives.ALL_CASES) && t.coder().equals(coder)).toList();
            TreeSet<String> codes = new TreeSet<>();
            mine.forEach(t -> {
                codes.add(t.from());
                codes.add(t.to());
            });
            out.append("Coder ").append(coder).append(": rows = code, columns = next code within ").append(within)
                    .append(" ms (").append(moments.cases().size()).append(moments.cases().size() == 1 ? " case" : " cases")
                    .append(")\n");
            AgreementWriter.matrix(out, new ArrayList<>(codes), (from, to) -> Integer.toString(mine.stream()
                    .filter(t -> t.from().equals(from) && t.to().equals(to)).mapToInt(Transition::count).sum()));
            out.append('\n');
        }
        context.out().print(out);
        return OK;
    }
}
