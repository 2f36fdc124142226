package org.attune.index.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.attune.index.CorpusIndex;
import org.attune.index.ModelMomentSource;
import org.attune.index.MomentRecord;
import org.attune.index.MomentSource;
import org.attune.index.MomentTable;
import org.attune.index.SearchOptions;
import org.attune.index.SearchResult;
import org.attune.index.internal.Documents;
import org.attune.index.internal.Fields;
import org.attune.index.internal.ModelCorpusWriter;
import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.store.CorpusStore;
import org.attune.index.internal.SyntheticCorpus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

/**
 * {@code attune bench search --moments N}: indexes a synthetic corpus with Attune and with a bare
 * Lucene loop, times term and sequence queries, and answers the same questions by scanning the
 * case files, as a tool without an index must. Prints JSON.
 */
@Component(service = CliCommand.class)
public final class BenchSearchCommand implements CliCommand {

    static final String TERM_QUERY = "code:\"receiving initiatives\" AND coder:anna";
    /** Warm-up time before each timed query (see {@link #time}). */
    static final long WARMUP_MS = 2_000;
    static final String SEQUENCE_QUERY = "code:\"infant initiative\" THEN code:\"receiving initiatives\" WITHIN 3s";
    private static final List<String> OTHER_QUERIES = List.of("coder:ben", "code:\"infant initiative\"",
            "code:naming AND coder:chris", "note:smil*", "duration:>5s AND code:guiding",
            "start:[1m TO 2m]", "code:\"infant initiative\" OVERLAPS code:\"attentive looking\"",
            "code:\"infant initiative\" NOT FOLLOWED BY code:\"receiving initiatives\" WITHIN 5s");

    @Override
    public String name() {
        return "bench search";
    }

    @Override
    public String summary() {
        return "measure indexing and search on a synthetic corpus (prints JSON)";
    }

    @Override
    public String usage() {
        return "attune bench search [--moments N] [--per-case M] [--repeat R] [--scan-runs S] [--runs K]"
                + " [--dir DIR] [--keep]\n"
                + "  N moments (default 100000) in cases of M (default 500), written to DIR as case files of the\n"
                + "  coding model and as moment tables (default: a temporary folder, deleted unless --keep);\n"
                + "  indexing is measured K times (default 1),"
                + " each query R times (default 100), the scans S times (default 3).";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("moments", "per-case", "repeat", "scan-runs", "runs", "dir"),
                Set.of("keep")).expectPositionals(0, 0);
        int moments = args.positiveInt("moments", 100_000);
        int perCase = args.positiveInt("per-case", 500);
        int repeat = args.positiveInt("repeat", 100);
        int scanRuns = args.positiveInt("scan-runs", 3);
        int runs = args.positiveInt("runs", 1);
        boolean temporary = args.value("dir") == null;
        Path dir = temporary ? Files.createTempDirectory("attune-bench-search-") : context.resolve(args.value("dir"));
        if (!temporary && Files.exists(dir.resolve("tables"))) {
            throw new IOException(dir + " already holds a benchmark corpus (tables/); give an empty folder");
        }
        SubMonitor progress = SubMonitor.convert(context.monitor(), "Benchmark", 100);
        try {
            Map<String, Object> out = new LinkedHashMap<>();
            int cases = (moments + perCase - 1) / perCase;
            out.put("moments", moments);
            out.put("cases", cases);

            // the corpus: in memory for the indexers; on disk as model case files and as moment tables
            progress.subTask("generating the corpus");
            List<List<MomentRecord>> corpus = new ArrayList<>(cases);
            Path tablesDir = Files.createDirectories(dir.resolve("tables"));
            Path modelDir = Files.createDirectories(dir.resolve("model"));
            SubMonitor gen = progress.split(10).setWorkRemaining(cases + 1);
            for (int c = 0; c < cases; c++) {
                List<MomentRecord> records = SyntheticCorpus.caseMoments(42, c,
                        Math.min(perCase, moments - c * perCase));
                corpus.add(records);
                MomentTable.write(tablesDir.resolve(SyntheticCorpus.caseId(c) + MomentTable.SUFFIX), records);
                gen.split(1);
            }
            progress.subTask("writing the case files");
            ModelCorpusWriter.write(modelDir, "Synthetic visits", corpus);
            gen.split(1);

            // indexing the same records: Attune's sync against a bare Lucene loop, alternately, best of each
            double attuneBest = 0;
            double rawBest = 0;
            long indexBytes = 0;
            SubMonitor indexing = progress.split(40).setWorkRemaining(2 * runs + 1);
            Path memoryCorpus = Files.createDirectories(dir.resolve("memory"));
            for (int r = 0; r < runs; r++) {
                progress.subTask("indexing with a bare Lucene loop");
                rawBest = Math.max(rawBest, rawLucene(dir.resolve("raw-lucene"), corpus, indexing.split(1)));
                progress.subTask("indexing with Attune");
                CorpusIndex.delete(memoryCorpus);
                long t0 = System.nanoTime();
                try (CorpusIndex index = CorpusIndex.open(memoryCorpus)) {
                    index.sync(memory(corpus), indexing.split(1));
                }
                attuneBest = Math.max(attuneBest, moments / seconds(t0));
                indexBytes = size(CorpusIndex.folderOf(memoryCorpus));
            }
            out.put("index_moments_per_s", Math.round(attuneBest));
            out.put("raw_lucene_moments_per_s", Math.round(rawBest));
            out.put("index_vs_raw", round(attuneBest / rawBest, 3));
            out.put("index_bytes", indexBytes);
            // what ./attune index does on a real corpus: read every case file, then index
            progress.subTask("indexing the case files");
            long t0 = System.nanoTime();
            try (CorpusIndex index = CorpusIndex.open(modelDir)) {
                index.sync(new ModelMomentSource(modelDir), indexing.split(1));
            }
            out.put("index_from_case_files_moments_per_s", Math.round(moments / seconds(t0)));

            // queries, on the index of the case files
            SubMonitor querying = progress.split(15).setWorkRemaining(3);
            SearchOptions page = SearchOptions.defaults().withLimit(20);
            long termTotal;
            long sequenceTotal;
            try (CorpusIndex index = CorpusIndex.open(modelDir)) {
                // the first sequence query on a just-opened index also decodes the segments' columns
                long first0 = System.nanoTime();
                index.search(SEQUENCE_QUERY, page, null);
                double firstSequence = (System.nanoTime() - first0) / 1e6;
                progress.subTask("term queries");
                Timing term = time(index, List.of(TERM_QUERY), repeat, page, querying.split(1));
                progress.subTask("sequence queries");
                Timing sequence = time(index, List.of(SEQUENCE_QUERY), repeat, page, querying.split(1));
                out.put("term_query_ms_p50", round(percentile(term.wall, 50), 3));
                out.put("term_query_ms_p95", round(percentile(term.wall, 95), 3));
                out.put("sequence_query_ms_p50", round(percentile(sequence.wall, 50), 3));
                out.put("sequence_query_ms_p95", round(percentile(sequence.wall, 95), 3));
                out.put("sequence_first_query_ms", round(firstSequence, 1));
                out.put("warmup_ms", WARMUP_MS);
                out.put("term_query_cpu_ms_p50", round(percentile(term.cpu, 50), 3));
                out.put("sequence_query_cpu_ms_p50", round(percentile(sequence.cpu, 50), 3));
                Map<String, Object> others = new LinkedHashMap<>();
                for (String q : OTHER_QUERIES) {
                    Timing t = time(index, List.of(q), Math.max(5, repeat / 5), page, null);
                    others.put(q, round(percentile(t.wall, 50), 3));
                }
                querying.split(1);
                out.put("other_queries_ms_p50", others);
                termTotal = index.search(TERM_QUERY, page, null).total();
                sequenceTotal = index.search(SEQUENCE_QUERY, page, null).total();
                out.put("term_query_hits", termTotal);
                out.put("sequence_query_pairs", sequenceTotal);
            }

            // the same two questions, answered by loading every case file (XMI), and by reading the tables
            SubMonitor scanning = progress.split(35).setWorkRemaining(3 * scanRuns + 1);
            double[] scanModel = new double[scanRuns];
            double[] scanTables = new double[scanRuns];
            double[] scanTablesSequence = new double[scanRuns];
            long[] counts = new long[5];
            for (int r = 0; r < scanRuns; r++) {
                progress.subTask("loading the case files");
                t0 = System.nanoTime();
                counts[0] = scanModelTerm(modelDir);
                scanModel[r] = (System.nanoTime() - t0) / 1e6;
                scanning.split(1);
                progress.subTask("reading the moment tables");
                t0 = System.nanoTime();
                counts[1] = scanTerm(tablesDir);
                scanTables[r] = (System.nanoTime() - t0) / 1e6;
                scanning.split(1);
                t0 = System.nanoTime();
                counts[2] = scanSequence(tablesDir);
                scanTablesSequence[r] = (System.nanoTime() - t0) / 1e6;
                scanning.split(1);
            }
            progress.subTask("loading the case files");
            t0 = System.nanoTime();
            counts[3] = scanModelSequence(modelDir);
            double scanModelSequence = (System.nanoTime() - t0) / 1e6;
            scanning.split(1);
            double scanMs = percentile(scanModel, 50);
            out.put("scan_ms_p50", round(scanMs, 1));
            out.put("scan_sequence_ms", round(scanModelSequence, 1));
            out.put("term_speedup_vs_scan", Math.round(scanMs / (double) out.get("term_query_ms_p50")));
            out.put("sequence_speedup_vs_scan",
                    Math.round(scanModelSequence / (double) out.get("sequence_query_ms_p50")));
            out.put("scan_tables_ms_p50", round(percentile(scanTables, 50), 1));
            out.put("scan_tables_sequence_ms_p50", round(percentile(scanTablesSequence, 50), 1));
            boolean agree = counts[0] == termTotal && counts[1] == termTotal && counts[2] == sequenceTotal
                    && counts[3] == sequenceTotal;
            out.put("scan_agrees_with_index", agree);
            out.put("term_query", TERM_QUERY);
            out.put("sequence_query", SEQUENCE_QUERY);
            out.put("query_page_size", page.limit());
            out.put("cores", Runtime.getRuntime().availableProcessors());
            out.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
            context.out().println(json(out));
            if (!agree) {
                context.err().println("attune bench search: the scans found " + counts[0] + "/" + counts[1]
                        + " moments and " + counts[2] + "/" + counts[3] + " pairs, the index " + termTotal + " and "
                        + sequenceTotal);
                return FAILURE;
            }
            return OK;
        } catch (OperationCanceledException e) {
            context.err().println("attune bench search: cancelled");
            return FAILURE;
        } finally {
            progress.done();
            if (temporary && !args.has("keep")) {
                deleteTree(dir);
            } else {
                context.err().println("benchmark corpus kept in " + dir);
            }
        }
    }

    private static MomentSource memory(List<List<MomentRecord>> corpus) {
        return new MomentSource() {
            @Override
            public Map<String, String> stamps() {
                Map<String, String> stamps = new LinkedHashMap<>();
                for (int c = 0; c < corpus.size(); c++) {
                    stamps.put(SyntheticCorpus.caseId(c), "1");
                }
                return stamps;
            }

            @Override
            public List<MomentRecord> read(String unit) {
                return corpus.get(Integer.parseInt(unit.substring(unit.indexOf('-') + 1)));
            }
        };
    }

    /** The same documents, indexed by a plain IndexWriter loop. Returns moments per second. */
    private static double rawLucene(Path folder, List<List<MomentRecord>> corpus, SubMonitor monitor)
            throws IOException {
        if (Files.exists(folder)) {
            deleteTree(folder);
        }
        monitor.setWorkRemaining(corpus.size());
        long count = 0;
        long t0 = System.nanoTime();
        try (FSDirectory directory = FSDirectory.open(folder);
                IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(Fields.analyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64))) {
            for (int c = 0; c < corpus.size(); c++) {
                String unit = SyntheticCorpus.caseId(c);
                for (MomentRecord record : corpus.get(c)) {
                    writer.addDocument(Documents.toDocument(unit, record));
                    count++;
                }
                monitor.split(1);
            }
            writer.commit();
        }
        double rate = count / seconds(t0);
        deleteTree(folder);
        return rate;
    }

    private record Timing(double[] wall, double[] cpu) {
    }

    /** Wall-clock and CPU time of each run: the machine may be shared, the CPU time shows the work itself. */
    private static Timing time(CorpusIndex index, List<String> queries, int repeat, SearchOptions options,
            SubMonitor monitor) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        // warm up as a benchmark harness would (the JIT compiles the hot loops after a few hundred
        // runs): at least WARMUP_MS and 20 runs, and never more than 2,000 runs
        long warmUntil = System.nanoTime() + WARMUP_MS * 1_000_000L;
        for (int i = 0; i < 2_000 && (i < Math.min(20, repeat) || System.nanoTime() < warmUntil); i++) {
            index.search(queries.get(i % queries.size()), options, monitor);
        }
        double[] wall = new double[repeat];
        double[] cpu = new double[repeat];
        for (int i = 0; i < repeat; i++) {
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            SearchResult result = index.search(queries.get(i % queries.size()), options, monitor);
            wall[i] = (System.nanoTime() - t0) / 1e6;
            cpu[i] = (threads.getCurrentThreadCpuTime() - c0) / 1e6;
            if (result.total() < 0) {
                throw new IllegalStateException();
            }
        }
        return new Timing(wall, cpu);
    }

    /** Runs a check on every moment, loading each case file through the store as Attune would without an index. */
    private interface CaseScan {
        long count(List<CodedMoment> moments);
    }

    private static long scanCases(Path modelDir, CaseScan scan) throws IOException {
        long count = 0;
        try (CorpusStore store = CorpusStore.open(modelDir)) {
            for (String id : store.caseIds()) {
                Case theCase = store.loadCase(id);
                count += scan.count(theCase.getMoments());
                theCase.eResource().unload(); // one case in memory at a time
            }
        }
        return count;
    }

    /** The term question on the case files. */
    private static long scanModelTerm(Path modelDir) throws IOException {
        return scanCases(modelDir, moments -> {
            long count = 0;
            for (CodedMoment m : moments) {
                if (m.getCode().getLabel().equalsIgnoreCase("receiving initiatives")
                        && m.getCoder().getName().equalsIgnoreCase("anna")) {
                    count++;
                }
            }
            return count;
        });
    }

    /** The sequence question on the case files. */
    private static long scanModelSequence(Path modelDir) throws IOException {
        return scanCases(modelDir, moments -> {
            List<CodedMoment> a = new ArrayList<>();
            List<CodedMoment> b = new ArrayList<>();
            for (CodedMoment m : moments) {
                if (m.getCode().getLabel().equalsIgnoreCase("infant initiative")) {
                    a.add(m);
                }
                if (m.getCode().getLabel().equalsIgnoreCase("receiving initiatives")) {
                    b.add(m);
                }
            }
            long count = 0;
            for (CodedMoment x : a) {
                for (CodedMoment y : b) {
                    if (y != x && y.getStartMs() >= x.getEndMs() && y.getStartMs() <= x.getEndMs() + 3000) {
                        count++;
                    }
                }
            }
            return count;
        });
    }

    private static List<Path> files(Path dir, String suffix) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }

    private static List<Path> tables(Path casesDir) throws IOException {
        return files(casesDir, MomentTable.SUFFIX);
    }

    private static long scanTerm(Path casesDir) throws IOException {
        long count = 0;
        for (Path file : tables(casesDir)) {
            for (MomentRecord m : MomentTable.read(file)) {
                if (m.codeLabel().equalsIgnoreCase("receiving initiatives") && m.coder().equalsIgnoreCase("anna")) {
                    count++;
                }
            }
        }
        return count;
    }

    private static long scanSequence(Path casesDir) throws IOException {
        long count = 0;
        for (Path file : tables(casesDir)) {
            List<MomentRecord> a = new ArrayList<>();
            List<MomentRecord> b = new ArrayList<>();
            for (MomentRecord m : MomentTable.read(file)) {
                if (m.codeLabel().equalsIgnoreCase("infant initiative")) {
                    a.add(m);
                }
                if (m.codeLabel().equalsIgnoreCase("receiving initiatives")) {
                    b.add(m);
                }
            }
            b.sort(Comparator.comparingLong(MomentRecord::startMs));
            for (MomentRecord x : a) {
                for (MomentRecord y : b) {
                    if (y != x && y.startMs() >= x.endMs() && y.startMs() <= x.endMs() + 3000) {
                        count++;
                    }
                }
            }
        }
        return count;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    private static double percentile(double[] values, int p) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int i = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }

    private static double round(double value, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(value * f) / f;
    }

    private static long size(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static String json(Map<String, Object> map) {
        StringBuilder s = new StringBuilder("{\n");
        int i = 0;
        for (Map.Entry<String, Object> e : map.entrySet()) {
            s.append("  ").append(Json.string(e.getKey())).append(": ");
            Object v = e.getValue();
            if (v instanceof Map<?, ?> m) {
                @SuppressWarnings("unchecked")
                Map<String, ?> inner = (Map<String, ?>) m;
                s.append(Json.map(inner));
            } else if (v instanceof String str) {
                s.append(Json.string(str));
            } else {
                s.append(String.format(Locale.ROOT, "%s", v));
            }
            s.append(++i < map.size() ? ",\n" : "\n");
        }
        return s.append('}').toString();
    }
}
