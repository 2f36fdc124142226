package org.attune.io.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.io.CorpusImport;
import org.attune.io.ImportException;
import org.attune.io.Importer;
import org.attune.io.Interchange.Document;
import org.attune.model.store.CorpusStore;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune import --check FILE...}: reads ELAN, Datavyu, BORIS and CSV files and reports what they hold. */
@Component(service = CliCommand.class)
public class ImportCommand implements CliCommand {

    @Override
    public String name() {
        return "import";
    }

    @Override
    public String summary() {
        return "import ELAN .eaf, Datavyu .opf, BORIS .boris and Attune .csv files into a corpus (--check: only report)";
    }

    @Override
    public String usage() {
        return "attune import (--corpus DIR | --check) [--language ISO639-3] [--coder NAME] FILE...\n"
                + "  --corpus DIR  add the files' cases, schemes and coders to the corpus in DIR (a new corpus when DIR\n"
                + "                holds none) and save it; when any file is refused, nothing is added\n"
                + "  --check       read every file and print what it holds (cases, moments, codes) or why it is refused\n"
                + "  --language    preferred language of multilingual ELAN vocabularies (default: eng, else the first)\n"
                + "  --coder       coder of moments from BORIS and Datavyu files, which name none (default: boris / datavyu)\n"
                + "Exit code 1 when any file is refused; each refusal names the file, where and why.";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("language", "coder", "corpus"), Set.of("check"));
        if (args.positionals().isEmpty()) {
            throw new UsageException("no file to import");
        }
        if (args.has("check") == (args.value("corpus") != null)) {
            throw new UsageException("give either --corpus DIR (import) or --check (only read)");
        }
        Importer.Options options = new Importer.Options(args.value("language", ""), args.value("coder", ""));
        IProgressMonitor monitor = context.monitor();
        if (!args.has("check")) {
            return importInto(context, context.resolve(args.value("corpus")), args.positionals(), options, monitor);
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Reading", args.positionals().size());
        int refused = 0;
        for (String word : args.positionals()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException("cancelled");
            }
            Path file = context.resolve(word);
            progress.subTask(file.getFileName().toString());
            try {
                List<Document> documents = Importer.read(file, options);
                for (Document document : documents) {
                    context.out().println(file.getFileName() + ": " + document.format + ": " + document.summary());
                    for (String warning : document.warnings) {
                        context.out().println("  warning: " + warning);
                    }
                }
            } catch (ImportException e) {
                refused++;
                context.out().println("refused: " + e.getMessage());
            }
            progress.worked(1);
        }
        monitor.done();
        if (refused > 0) {
            context.err().println(refused + " of " + args.positionals().size() + " files refused");
            return FAILURE;
        }
        return OK;
    }

    private int importInto(CliContext context, Path folder, List<String> words, Importer.Options options, IProgressMonitor monitor)
            throws Exception {
        List<Path> files = words.stream().map(context::resolve).toList();
        SubMonitor progress = SubMonitor.convert(monitor, "Importing", 10);
        boolean existed = Files.exists(folder);
        boolean created = !CorpusStore.isCorpus(folder);
        CorpusStore store = created ? CorpusStore.create(folder, folder.getFileName().toString()) : CorpusStore.open(folder);
        boolean done = false;
        try {
            CorpusImport.Plan plan = CorpusImport.prepare(store, files, options, progress.split(7));
            for (String note : plan.notes) {
                context.out().println("note: " + note);
            }
            if (progress.isCanceled()) {
                throw new OperationCanceledException("import cancelled; the corpus is unchanged");
            }
            CorpusImport.apply(plan, progress.split(3));
            context.out().println("imported " + plan.summary() + " into " + store.folder() + (created ? " (a new corpus)" : "") + ": "
                    + String.join(", ", plan.caseIds()));
            done = true;
        } finally {
            store.close();
            if (!done && created) {
                // the corpus this command created for the import goes again: nothing is left behind
                quietlyDelete(folder.resolve(CorpusStore.CORPUS_FILE));
                quietlyDelete(folder.resolve(CorpusStore.CASES_FOLDER));
                quietlyDelete(folder.resolve(CorpusStore.SCHEMES_FOLDER));
                if (!existed) {
                    quietlyDelete(folder);
                }
            }
        }
        monitor.done();
        return OK;
    }

    private static void quietlyDelete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (java.io.IOException e) {
            // not empty or not ours to remove: leave it
        }
    }
}
