package org.attune.io.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.io.ImportException;
import org.attune.io.Importer;
import org.attune.io.Interchange.Document;
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
        return "read ELAN .eaf, Datavyu .opf, BORIS .boris and Attune .csv files (--check: report, change nothing)";
    }

    @Override
    public String usage() {
        return "attune import --check [--language ISO639-3] [--coder NAME] FILE...\n"
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
        if (!args.has("check")) {
            throw new UsageException("importing into a corpus needs the coding model, which is not in this build yet; use --check");
        }
        Importer.Options options = new Importer.Options(args.value("language", ""), args.value("coder", ""));
        IProgressMonitor monitor = context.monitor();
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
}
