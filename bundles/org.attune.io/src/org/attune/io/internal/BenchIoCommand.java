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
import org.attune.io.Exporter;
import org.attune.io.Importer;
import org.attune.io.Interchange.Document;
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
                + "  reads FILE N times (default 10, after 3 warm-up runs) and writes its first case as EAF 3.0 and all as CSV";
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
                Document d = document;
                Exporter.writeEaf(d.scheme, d.cases.get(0), Exporter::referenceAsIs, eafOut);
                long t2 = System.nanoTime();
                Exporter.writeCsv(documents, csvOut);
                long t3 = System.nanoTime();
                if (i >= 0) {
                    read[i] = t1 - t0;
                    eaf[i] = t2 - t1;
                    csv[i] = t3 - t2;
                }
            }
            context.out().printf("file: %s (%d bytes): %s%n", file.getFileName(), Files.size(file), document.summary());
            context.out().printf("import      median %6.1f ms  min %6.1f ms  max %6.1f ms  (%d runs)%n", median(read), min(read), max(read), runs);
            context.out().printf("export eaf  median %6.1f ms  min %6.1f ms  max %6.1f ms  (%d bytes)%n", median(eaf), min(eaf), max(eaf), Files.size(eafOut));
            context.out().printf("export csv  median %6.1f ms  min %6.1f ms  max %6.1f ms  (%d bytes)%n", median(csv), min(csv), max(csv), Files.size(csvOut));
            return OK;
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : (Iterable<Path>) files::iterator) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
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
