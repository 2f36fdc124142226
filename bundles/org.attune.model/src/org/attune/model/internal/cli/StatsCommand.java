package org.attune.model.internal.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.store.CorpusStore;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune stats --corpus DIR}: counts of coded moments per case, coder and code. */
@Component(service = CliCommand.class)
public class StatsCommand implements CliCommand {

    @Override
    public String name() {
        return "stats";
    }

    @Override
    public String summary() {
        return "counts coded moments per case, coder and code in a corpus";
    }

    @Override
    public String usage() {
        return """
                attune stats --corpus DIR     overview: moments per case, coder and code
                the family (attune help stats codes, ...):
                  attune stats codes       per case x coder x code: count, durations, rate, share; --csv, --chart FILE.svg|png
                  attune stats transitions which code follows which within N seconds; --csv
                  attune stats timeline    a case's coding as a picture: --case ID --out FILE.svg|png""";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("corpus"), Set.of()).expectPositionals(0, 0);
        Path folder = context.resolve(args.required("corpus"));
        if (!CorpusStore.isCorpus(folder)) {
            throw new UsageException(folder + " is not a corpus folder (it has no " + CorpusStore.CORPUS_FILE + ")");
        }
        PrintStream out = context.out();
        try (CorpusStore store = CorpusStore.open(folder)) {
            List<Case> cases = store.loadCases(context.monitor());
            int total = cases.stream().mapToInt(c -> c.getMoments().size()).sum();
            out.println("corpus '" + store.corpus().getName() + "' (" + store.folder() + "): " + cases.size() + " cases, "
                    + store.corpus().getCoders().size() + " coders, " + store.corpus().getSchemes().size() + " schemes, "
                    + total + " coded moments");
            Map<String, Integer> allCoders = new TreeMap<>();
            Map<String, Integer> allCodes = new TreeMap<>();
            for (Case theCase : cases) {
                out.println();
                out.println("case " + theCase.getId() + " '" + theCase.getTitle() + "': " + theCase.getMoments().size()
                        + " moments, scheme " + (theCase.getScheme() != null ? theCase.getScheme().getId() : "(none)") + ", "
                        + theCase.getMediaSources().size() + " media sources");
                Map<String, Integer> coders = new TreeMap<>();
                Map<String, Integer> codes = new TreeMap<>();
                Map<String, long[]> durations = new TreeMap<>();
                for (CodedMoment moment : theCase.getMoments()) {
                    String coder = coderName(moment.getCoder());
                    String code = codeName(moment.getCode());
                    coders.merge(coder, 1, Integer::sum);
                    codes.merge(code, 1, Integer::sum);
                    durations.computeIfAbsent(code, k -> new long[1])[0] += moment.getEndMs() - moment.getStartMs();
                    allCoders.merge(coder, 1, Integer::sum);
                    allCodes.merge(code, 1, Integer::sum);
                }
                coders.forEach((coder, n) -> out.printf("  coder %-28s %6d%n", coder, n));
                codes.forEach((code, n) -> out.printf("  code  %s %6d  %8.1f s%n", code, n, durations.get(code)[0] / 1000.0));
            }
            out.println();
            out.println("all cases:");
            allCoders.forEach((coder, n) -> out.printf("  coder %-28s %6d%n", coder, n));
            allCodes.forEach((code, n) -> out.printf("  code  %s %6d%n", code, n));
        }
        return OK;
    }

    private static String coderName(Coder coder) {
        return coder == null ? "(no coder)" : coder.getId() + (coder.getName() != null ? " (" + coder.getName() + ")" : "");
    }

    private static String codeName(Code code) {
        if (code == null) {
            return "(no code)";
        }
        if (code.eIsProxy()) {
            return "(missing code " + ((org.eclipse.emf.ecore.InternalEObject) code).eProxyURI().fragment() + ")";
        }
        String label = code.getLabel() == null ? "" : code.getLabel();
        if (label.length() > 34) {
            label = label.substring(0, 33) + "…";
        }
        return String.format("%-30s %-34s", code.getId(), label);
    }
}
