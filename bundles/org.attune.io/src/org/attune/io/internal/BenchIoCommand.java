package org.attune.io.internal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.io.CorpusExport;
import org.attune.io.CorpusImport;
import org.attune.io.Exporter;
import org.attune.io.Importer;
import org.attune.io.Interchange;
import org.attune.io.Interchange.Document;
import org.attune.io.ModelMapping;
import org.attune.model.store.CorpusStore;
import org.eclipse.core.runtime.OperationCanceledException;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune bench io --file F}: warm timings of reading a file and writing it back as EAF and CSV. */
@Component(service = CliCommand.class)
public class BenchIoCommand implements CliCommand {

    @Override
    public String name() {
        return "bench io";
    }

    @Override
    public String summary() {
        return "time import and export of one file (warm, median of several runs)";
    }

    @Override
    public String usage() {
        return "attune bench io --file FILE [--runs N]\n"
                + "  reads FILE N times (default 10, after 3 warm-up runs), maps it onto the coding model, and writes\n"
                + "  its first case back as EAF 3.0 and all its moments as CSV; prints median, min and max of each step";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("file", "runs"), Set.of()).expectPositionals(0, 0);
        Path file = context.resolve(args.required("file"));
        int runs;
        try {
            runs = Integer.parseInt(args.value("runs", "10"));
        } catch (NumberFormatException e) {
            throw new UsageException("--runs needs a whole number");
        }
        if (runs < 1) {
            throw new UsageException("--runs needs a number of at least 1");
        }
        Path dir = Files.createTempDirectory("attune-bench-io");
        try {
            long[] read = new long[runs];
            long[] map = new long[runs];
            long[] back = new long[runs];
            long[] eaf = new long[runs];
            long[] csv = new long[runs];
            Document document = null;
            Path eafOut = dir.resolve("out.eaf");
            Path csvOut = dir.resolve("out.csv");
            for (int i = -3; i < runs; i++) {
                if (context.monitor().isCanceled()) {
                    throw new OperationCanceledException("cancelled");
                }
                long t0 = System.nanoTime();
                List<Document> documents = Importer.read(file, Importer.Options.DEFAULT);
                long t1 = System.nanoTime();
                document = documents.get(0);
                ModelMapping.SchemeMapping scheme = ModelMapping.toScheme(document.scheme);
                java.util.Map<String, org.attune.model.Coder> coders = new java.util.HashMap<>();
                List<org.attune.model.Case> cases = new java.util.ArrayList<>();
                for (Interchange.Case c : document.cases) {
                    cases.add(ModelMapping.toCase(c, scheme, name -> coders.computeIfAbsent(name, n -> {
                        org.attune.model.Coder coder = org.attune.model.ModelFactory.eINSTANCE.createCoder();
                        coder.setId(n);
                        coder.setName(n);
                        return coder;
                    }), media -> media.reference, System.currentTimeMillis()));
                }
                long t2 = System.nanoTime();
                Interchange.Scheme exportScheme = ModelMapping.fromScheme(scheme.scheme);
                Document exported = new Document(file.toString(), "model", exportScheme);
                for (org.attune.model.Case c : cases) {
                    exported.cases.add(ModelMapping.fromCase(c));
                }
                long t3 = System.nanoTime();
                Exporter.writeEaf(exportScheme, exported.cases.get(0), Exporter::referenceAsIs, eafOut);
                long t4 = System.nanoTime();
                Exporter.writeCsv(List.of(exported), csvOut);
                long t5 = System.nanoTime();
                if (i >= 0) {
                    read[i] = t1 - t0;
                    map[i] = t2 - t1;
                    back[i] = t3 - t2;
                    eaf[i] = t4 - t3;
                    csv[i] = t5 - t4;
                }
            }
            context.out().printf("file: %s (%d bytes): %s%n", file.getFileName(), Files.size(file), document.summary());
            line(context, "read file", read, "");
            line(context, "map onto the model", map, "");
            line(context, "model to export form", back, "");
            line(context, "write EAF 3.0", eaf, Files.size(eafOut) + " bytes");
            line(context, "write CSV", csv, Files.size(csvOut) + " bytes");
            long[] importTotal = new long[runs];
            long[] exportEaf = new long[runs];
            for (int i = 0; i < runs; i++) {
                importTotal[i] = read[i] + map[i];
                exportEaf[i] = back[i] + eaf[i];
            }
            line(context, "import (read + map)", importTotal, "");
            line(context, "export EAF (model -> file)", exportEaf, "");

            // the whole way through a corpus on disk: import = read, map, save; export = load, write
            long[] corpusImport = new long[runs];
            long[] corpusExport = new long[runs];
            for (int i = -3; i < runs; i++) {
                if (context.monitor().isCanceled()) {
                    throw new OperationCanceledException("cancelled");
                }
                Path folder = dir.resolve("corpus" + (i + 3));
                try (CorpusStore store = CorpusStore.create(folder, "bench")) {
                    long t0 = System.nanoTime();
                    CorpusImport.Plan plan = CorpusImport.prepare(store, List.of(file), Importer.Options.DEFAULT, null);
                    CorpusImport.apply(plan, null);
                    long t1 = System.nanoTime();
                    if (i >= 0) {
                        corpusImport[i] = t1 - t0;
                    }
                }
                try (CorpusStore store = CorpusStore.open(folder)) {
                    long t0 = System.nanoTime();
                    List<org.attune.model.Case> cases = CorpusExport.cases(store, List.of(store.caseIds().get(0)), null);
                    CorpusExport.writeEaf(store, cases, dir.resolve("export" + (i + 3)), null);
                    long t1 = System.nanoTime();
                    if (i >= 0) {
                        corpusExport[i] = t1 - t0;
                    }
                }
            }
            line(context, "corpus import (read,map,save)", corpusImport, "");
            line(context, "corpus export (load,write EAF)", corpusExport, "");
            return OK;
        } finally {
            try (var walk = Files.walk(dir)) {
                for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static void line(CliContext context, String what, long[] nanos, String extra) {
        context.out().printf("%-31s median %7.1f ms  min %7.1f ms  max %7.1f ms  %s%n", what, median(nanos), min(nanos), max(nanos), extra);
    }

    private static double median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2] / 1e6;
    }

    private static double min(long[] nanos) {
        return Arrays.stream(nanos).min().orElse(0) / 1e6;
    }

    private static double max(long[] nanos) {
        return Arrays.stream(nanos).max().orElse(0) / 1e6;
    }

}
