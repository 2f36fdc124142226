package org.attune.model.internal.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.ModelFactory;
import org.attune.model.ModifierValue;
import org.attune.model.store.CorpusStore;
import org.eclipse.core.runtime.SubMonitor;
import org.osgi.service.component.annotations.Component;

/**
 * {@code ./attune bench model}: how long opening and saving a big case takes, in XMI and in
 * EMF binary, and how much memory a coded moment needs.
 */
@Component(service = CliCommand.class)
public class BenchModelCommand implements CliCommand {

    @Override
    public String name() {
        return "bench model";
    }

    @Override
    public String summary() {
        return "benchmarks opening/saving a case with many coded moments (XMI and EMF binary) and memory per moment";
    }

    @Override
    public String usage() {
        return "attune bench model [--moments N] [--runs R] [--dir DIR]   (defaults: 100000 moments, 5 runs, a temporary folder)";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("moments", "runs", "dir"), Set.of()).expectPositionals(0, 0);
        int moments;
        int runs;
        try {
            moments = Integer.parseInt(args.value("moments", "100000"));
            runs = Integer.parseInt(args.value("runs", "5"));
        } catch (NumberFormatException e) {
            throw new UsageException("--moments and --runs take whole numbers");
        }
        if (moments < 1 || runs < 1) {
            throw new UsageException("--moments and --runs must be at least 1");
        }
        Path dir = args.value("dir") != null ? context.resolve(args.value("dir")) : Files.createTempDirectory("attune-bench-model");
        boolean temporary = args.value("dir") == null;
        PrintStream out = context.out();
        SubMonitor progress = SubMonitor.convert(context.monitor(), "bench model", 2 * (2 * runs + 1));
        out.printf("bench model: one case with %,d coded moments, %d runs each (first run = cold JVM, median of the rest)%n", moments, runs);
        out.printf("java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);
        try {
            for (boolean binary : new boolean[] {false, true}) {
                Path folder = dir.resolve(binary ? "binary" : "xmi");
                Result result = measure(folder, moments, runs, binary, progress);
                String format = binary ? "binary" : "XMI";
                out.printf("%-6s save to disk (atomic, fsync): first %5.0f ms, median %5.0f ms (CPU %5.0f ms); serialise only: median %5.0f ms%n",
                        format, result.saveFirst, result.saveMedian, result.saveCpuMedian, result.serialiseMedian);
                out.printf("%-6s open: first %5.0f ms, median %5.0f ms (CPU %5.0f ms); open + resolve every code/coder: median %5.0f ms (CPU %5.0f ms)%n",
                        format, result.openFirst, result.openMedian, result.openCpuMedian, result.openResolveMedian, result.openResolveCpuMedian);
                out.printf("%-6s file %.1f MB (%.0f bytes/moment), heap %.0f bytes/moment%n",
                        format, result.fileBytes / 1e6, result.fileBytes / (double) moments, result.bytesPerMoment);
            }
        } finally {
            if (temporary) {
                deleteTree(dir);
            }
        }
        return OK;
    }

    private record Result(double saveFirst, double saveMedian, double saveCpuMedian, double serialiseMedian,
            double openFirst, double openMedian, double openCpuMedian, double openResolveMedian, double openResolveCpuMedian,
            long fileBytes, double bytesPerMoment) {
    }

    private static long cpuNanos() {
        return ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static Result measure(Path folder, int count, int runs, boolean binary, SubMonitor progress) throws IOException {
        if (CorpusStore.isCorpus(folder)) {
            deleteTree(folder);
        }
        List<Double> saves = new ArrayList<>();
        List<Double> saveCpus = new ArrayList<>();
        List<Double> serialises = new ArrayList<>();
        try (CorpusStore store = CorpusStore.create(folder, "bench")) {
            List<Coder> coders = new ArrayList<>();
            for (int i = 1; i <= 4; i++) {
                coders.add(store.addCoder("coder" + i, "Coder " + i));
            }
            CodingScheme scheme = store.addScheme(scheme());
            Case theCase = store.createCase("big", "Big case");
            theCase.setScheme(scheme);
            store.setBinaryThreshold(binary ? 0 : Integer.MAX_VALUE);
            fill(theCase, scheme.allCodes(), coders, count);
            store.save(); // schemes, corpus and the case's first version
            for (int run = 0; run < runs; run++) {
                progress.checkCanceled();
                theCase.setNotes("run " + run);
                long start = System.nanoTime();
                long cpu = cpuNanos();
                store.saveCase(theCase);
                saves.add((System.nanoTime() - start) / 1e6);
                saveCpus.add((cpuNanos() - cpu) / 1e6);
                start = System.nanoTime();
                theCase.eResource().save(java.io.OutputStream.nullOutputStream(),
                        org.attune.model.internal.AttuneResourceFactory.saveOptions());
                serialises.add((System.nanoTime() - start) / 1e6);
                theCase.eResource().setModified(true);
                progress.worked(1);
            }
        }
        long fileBytes = Files.size(folder.resolve("cases/big.attune-case"));
        List<Double> opens = new ArrayList<>();
        List<Double> openResolves = new ArrayList<>();
        List<Double> openCpus = new ArrayList<>();
        List<Double> openResolveCpus = new ArrayList<>();
        double bytesPerMoment = 0;
        for (int run = 0; run < runs; run++) {
            progress.checkCanceled();
            long heapBefore = usedHeapAfterGc();
            long start = System.nanoTime();
            long cpu = cpuNanos();
            CorpusStore store = CorpusStore.open(folder);
            Case theCase = store.loadCase("big");
            long loaded = System.nanoTime();
            long loadedCpu = cpuNanos();
            long resolved = 0;
            for (CodedMoment moment : theCase.getMoments()) {
                if (moment.getCode() != null && moment.getCoder() != null) {
                    resolved++;
                }
            }
            long end = System.nanoTime();
            long endCpu = cpuNanos();
            openCpus.add((loadedCpu - cpu) / 1e6);
            openResolveCpus.add((endCpu - cpu) / 1e6);
            if (resolved != count) {
                throw new IllegalStateException("only " + resolved + " of " + count + " moments resolved their code and coder");
            }
            opens.add((loaded - start) / 1e6);
            openResolves.add((end - start) / 1e6);
            long heapAfter = usedHeapAfterGc();
            bytesPerMoment = (heapAfter - heapBefore) / (double) count;
            if (theCase.getMoments().size() != count) {
                throw new IllegalStateException("expected " + count + " moments");
            }
            store.close();
            progress.worked(1);
        }
        return new Result(saves.get(0), median(saves), median(saveCpus), median(serialises), opens.get(0), median(opens),
                median(openCpus), median(openResolves), median(openResolveCpus), fileBytes, bytesPerMoment);
    }

    private static double median(List<Double> values) {
        List<Double> rest = new ArrayList<>(values.size() > 1 ? values.subList(1, values.size()) : values);
        Collections.sort(rest);
        return rest.get(rest.size() / 2);
    }

    private static long usedHeapAfterGc() {
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    private static CodingScheme scheme() {
        ModelFactory f = ModelFactory.eINSTANCE;
        CodingScheme scheme = f.createCodingScheme();
        scheme.setId("bench");
        scheme.setName("Benchmark scheme");
        scheme.setVersion("1");
        for (int c = 0; c < 5; c++) {
            Category category = f.createCategory();
            category.setName("Category " + c);
            for (int i = 0; i < 4; i++) {
                Code code = f.createCode();
                code.setId("cat" + c + ".code" + i);
                code.setLabel("Code " + c + "." + i);
                code.setKind(i == 3 ? CodeKind.POINT : CodeKind.INTERVAL);
                category.getCodes().add(code);
            }
            scheme.getCategories().add(category);
        }
        return scheme;
    }

    /** Realistic content: times spread over ~3 hours, 1 in 10 with a note, 1 in 20 with a modifier value. */
    private static void fill(Case theCase, List<Code> codes, List<Coder> coders, int count) {
        Random random = new Random(1);
        long t = 0;
        long now = System.currentTimeMillis();
        List<CodedMoment> moments = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            t += random.nextInt(200);
            Code code = codes.get(random.nextInt(codes.size()));
            CodedMoment moment = ModelFactory.eINSTANCE.createCodedMoment();
            moment.setCode(code);
            moment.setCoder(coders.get(random.nextInt(coders.size())));
            moment.setStartMs(t);
            moment.setEndMs(code.getKind() == CodeKind.POINT ? t : t + 200 + random.nextInt(3000));
            moment.setCreated(now - random.nextInt(1_000_000));
            moment.setModified(now);
            if (i % 10 == 0) {
                moment.setNote("Parent follows the child's lead (note " + i + ")");
            }
            if (i % 20 == 0) {
                ModifierValue value = ModelFactory.eINSTANCE.createModifierValue();
                value.setName("intensity");
                value.setValue("high");
                moment.getModifierValues().add(value);
            }
            moments.add(moment);
        }
        theCase.getMoments().addAll(moments);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
