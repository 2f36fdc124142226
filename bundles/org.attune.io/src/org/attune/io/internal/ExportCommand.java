package org.attune.io.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.io.CorpusExport;
import org.attune.io.Exporter;
import org.attune.io.Importer;
import org.attune.io.Interchange.Case;
import org.attune.io.Interchange.Document;
import org.attune.model.store.CorpusStore;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./attune export --format eaf|csv --out PATH FILE...}: converts files of other tools
 * (or Attune CSV) to EAF 3.0 (one file per case, in the folder PATH) or to one CSV file.
 */
@Component(service = CliCommand.class)
public class ExportCommand implements CliCommand {

    @Override
    public String name() {
        return "export";
    }

    @Override
    public String summary() {
        return "write coded moments as ELAN EAF 3.0 or as CSV for R and pandas";
    }

    @Override
    public String usage() {
        return "attune export --corpus DIR --format eaf|csv --out PATH [CASE-ID...]\n"
                + "       attune export --format eaf|csv --out PATH [--language L] [--coder NAME] FILE...\n"
                + "  exports the corpus's cases (all, or those named), or converts FILE... (.eaf, .opf, .boris, .csv); writes\n"
                + "  --format eaf  one EAF 3.0 file per case into the folder PATH (created if missing)\n"
                + "  --format csv  one CSV file PATH: " + Exporter.CSV_HEADER;
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("format", "out", "language", "coder", "corpus"), Set.of());
        String format = args.required("format");
        if (!format.equals("eaf") && !format.equals("csv")) {
            throw new UsageException("--format is eaf or csv, not '" + format + "'");
        }
        Path out = context.resolve(args.required("out"));
        if (args.value("corpus") != null) {
            return exportCorpus(context, context.resolve(args.value("corpus")), format, out, args.positionals());
        }
        if (args.positionals().isEmpty()) {
            throw new UsageException("no file to export from (or give --corpus DIR)");
        }
        Importer.Options options = new Importer.Options(args.value("language", ""), args.value("coder", ""));
        SubMonitor progress = SubMonitor.convert(context.monitor(), "Exporting", args.positionals().size() * 2);
        List<Document> documents = new ArrayList<>();
        for (String word : args.positionals()) {
            check(progress);
            Path file = context.resolve(word);
            progress.subTask(file.getFileName().toString());
            documents.addAll(Importer.read(file, options));
            progress.worked(1);
        }
        int written = 0;
        if (format.equals("csv")) {
            Exporter.writeCsv(documents, out);
            written = documents.stream().mapToInt(Document::momentCount).sum();
            context.out().println("wrote " + written + " moments to " + out);
        } else {
            Files.createDirectories(out);
            Set<String> names = new HashSet<>();
            for (Document document : documents) {
                for (Case kase : document.cases) {
                    check(progress);
                    String name = EafReader.slug(kase.id);
                    for (int n = 2; !names.add(name); n++) {
                        name = EafReader.slug(kase.id) + "-" + n;
                    }
                    Path target = out.resolve(name + ".eaf");
                    Exporter.writeEaf(document.scheme, kase, Exporter::referenceAsIs, target);
                    context.out().println("wrote " + target + " (" + kase.moments.size() + " moments)");
                    written++;
                }
            }
        }
        progress.done();
        return OK;
    }

    private static void check(SubMonitor progress) {
        if (progress.isCanceled()) {
            throw new OperationCanceledException("cancelled");
        }
    }

    private int exportCorpus(CliContext context, Path folder, String format, Path out, List<String> ids) throws Exception {
        SubMonitor progress = SubMonitor.convert(context.monitor(), "Exporting", 10);
        try (CorpusStore store = CorpusStore.open(folder)) {
            List<org.attune.model.Case> cases = CorpusExport.cases(store, ids, progress.split(5));
            if (format.equals("csv")) {
                int rows = CorpusExport.writeCsv(cases, out);
                context.out().println("wrote " + rows + " moments of " + cases.size() + " cases to " + out);
            } else {
                for (Path file : CorpusExport.writeEaf(store, cases, out, progress.split(5))) {
                    context.out().println("wrote " + file);
                }
            }
        }
        progress.done();
        return OK;
    }
}
