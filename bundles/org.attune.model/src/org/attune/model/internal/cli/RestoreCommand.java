package org.attune.model.internal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.model.store.AtomicFiles;
import org.attune.model.store.CorpusStore;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune restore FILE}: puts a file's backup back, keeping the damaged file aside. */
@Component(service = CliCommand.class)
public class RestoreCommand implements CliCommand {

    @Override
    public String name() {
        return "restore";
    }

    @Override
    public String summary() {
        return "puts back the previous version (FILE.bak) of a damaged corpus, case or scheme file";
    }

    @Override
    public String usage() {
        return "attune restore FILE   (the damaged FILE is kept as FILE.damaged-<time>)";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of(), Set.of()).expectPositionals(1, 1);
        Path file = context.resolve(args.positionals().get(0));
        Path kept = CorpusStore.restoreBackup(file);
        context.out().println("restored " + file + " from " + AtomicFiles.backupOf(file) + "; the damaged file is kept as " + kept);
        return OK;
    }
}
