package org.attune.model.internal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.model.store.CorpusStore;
import org.attune.model.util.ModelRules;
import org.eclipse.emf.common.util.Diagnostic;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune validate --corpus DIR}: checks a corpus and explains every problem. */
@Component(service = CliCommand.class)
public class ValidateCommand implements CliCommand {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "checks a corpus (times, codes, overlaps, shortcuts, media files) and explains each problem";
    }

    @Override
    public String usage() {
        return "attune validate --corpus DIR   (exit 1 when there are problems)";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("corpus"), Set.of()).expectPositionals(0, 0);
        Path folder = context.resolve(args.required("corpus"));
        if (!CorpusStore.isCorpus(folder)) {
            throw new UsageException(folder + " is not a corpus folder (it has no " + CorpusStore.CORPUS_FILE + ")");
        }
        try (CorpusStore store = CorpusStore.open(folder)) {
            store.loadCases(context.monitor());
            Diagnostic result = ModelRules.validate(store.corpus(), Map.<Object, Object>of(ModelRules.CORPUS_FOLDER, store.folder()));
            List<String> problems = ModelRules.messages(result);
            for (String problem : problems) {
                context.out().println(problem);
            }
            context.out().println(problems.isEmpty() ? "corpus " + folder + ": no problems"
                    : "corpus " + folder + ": " + problems.size() + (problems.size() == 1 ? " problem" : " problems"));
            return problems.isEmpty() ? OK : FAILURE;
        }
    }
}
