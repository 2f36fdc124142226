package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.index.CorpusIndex;
import org.attune.index.MomentRecord;
import org.attune.index.MomentTable;
import org.attune.index.internal.SyntheticCorpus;
import org.attune.index.internal.cli.BenchSearchCommand;
import org.attune.index.internal.cli.IndexCommand;
import org.attune.index.internal.cli.SearchCommand;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index, search and bench search subcommands, run as the CLI runs them. */
class CliCommandsTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(CliCommand command, IProgressMonitor monitor, String... words) throws Exception {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        PrintStream po = new PrintStream(o, true, StandardCharsets.UTF_8);
        PrintStream pe = new PrintStream(e, true, StandardCharsets.UTF_8);
        CliContext context = new CliContext() {
            @Override
            public PrintStream out() {
                return po;
            }

            @Override
            public PrintStream err() {
                return pe;
            }

            @Override
            public Path workingDirectory() {
                return dir;
            }

            @Override
            public IProgressMonitor monitor() {
                return monitor;
            }
        };
        int code = command.run(context, Arrays.asList(words));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private int run(CliCommand command, String... words) throws Exception {
        return run(command, new NullProgressMonitor(), words);
    }

    @Test
    void indexThenSearchPrintsOneLinePerHit() throws Exception {
        Path corpus = dir.resolve("corpus");
        java.nio.file.Files.createDirectories(corpus);
        Fixtures.writeCorpus(corpus);
        assertEquals(0, run(new IndexCommand(), "--corpus", "corpus"));
        assertTrue(out.contains("indexed 10 moments from 3 files"), out);
        assertEquals(0, run(new IndexCommand(), "--corpus", "corpus"));
        assertTrue(out.contains("indexed 0 moments from 0 files, removed 0, 3 unchanged"), out);

        assertEquals(0, run(new SearchCommand(), "--corpus", "corpus", "code:\"receiving initiatives\" AND coder:anna"));
        assertEquals("c1\t2000\t4500\tAnna\treceiving initiatives\tmother smiles and names the ball\n"
                + "c3\t0\t100\tAnna\treceiving initiatives\tcalm voice\n", out);
        assertTrue(err.contains("2 moments match"), err);
        assertTrue(err.contains("coder: Anna 2"), err);

        // words after the options are one query
        assertEquals(0, run(new SearchCommand(), "--corpus", "corpus", "note:smil*", "AND", "case:c2"));
        assertEquals("c2\t120000\t123000\tChris\tinfant initiative\t[smile] at the camera\n", out);

        assertEquals(0, run(new SearchCommand(), "--corpus", "corpus",
                "code:\"infant initiative\" THEN code:\"receiving initiatives\" WITHIN 3s"));
        assertEquals(List.of("c1\t0\t1000\tAnna\tinfant initiative\tbaby reaches for the ball\t2000\t4500\tAnna"
                + "\treceiving initiatives\tmother smiles and names the ball",
                "c2\t0\t500\tBen\tinfant initiative\tpoints at the dog\t3400\t5000\tBen\treceiving initiatives"
                        + "\tfollows the point"), out.lines().toList());
        assertTrue(err.contains("2 pairs match"), err);

        assertEquals(0, run(new SearchCommand(), "--corpus", "corpus", "--json", "--limit", "1", "code:recv"));
        assertTrue(out.startsWith("{\"query\":\"code:recv\",\"pairs\":false,\"total\":4,"), out);
        assertTrue(out.contains("\"facets\":{\"case\":{\"c1\":2,\"c2\":1,\"c3\":1}"), out);
        assertEquals(1, out.split("\"case_title\"", -1).length - 1, "one hit: " + out);
    }

    @Test
    void badQueriesAndWordsAreUsageErrors() throws Exception {
        Path corpus = dir.resolve("corpus");
        java.nio.file.Files.createDirectories(corpus);
        Fixtures.writeCorpus(corpus);
        assertEquals(CliCommand.USAGE, run(new SearchCommand(), "--corpus", "corpus", "coders:anna"));
        assertTrue(err.contains("unknown field 'coders'") && err.contains("did you mean 'coder'?"), err);
        assertEquals("", out);
        assertThrows(UsageException.class, () -> run(new SearchCommand(), "--corpus", "corpus"));
        assertThrows(UsageException.class, () -> run(new SearchCommand(), "--corpus", "corpus", "--sort", "x", "a"));
        assertThrows(UsageException.class, () -> run(new IndexCommand(), "--corpus"));
        Exception e = assertThrows(Exception.class, () -> run(new IndexCommand(), "--corpus", "nowhere"));
        assertTrue(e.getMessage().contains("nowhere") && e.getMessage().contains("does not exist"), e.getMessage());
        java.nio.file.Files.createDirectories(dir.resolve("empty"));
        Exception empty = assertThrows(Exception.class, () -> run(new IndexCommand(), "--corpus", "empty"));
        assertTrue(empty.getMessage().contains("holds no corpus"), empty.getMessage());
    }

    @Test
    void anInterruptedIndexRunLeavesAUsableIndex() throws Exception {
        Path corpus = dir.resolve("big");
        java.nio.file.Files.createDirectories(corpus);
        long total = 0;
        for (int c = 0; c < 40; c++) {
            List<MomentRecord> records = SyntheticCorpus.caseMoments(3, c, 50);
            total += records.size();
            MomentTable.write(corpus.resolve(SyntheticCorpus.caseId(c) + MomentTable.SUFFIX), records);
        }
        // Ctrl-C sets the monitor cancelled, as CliApplication's hook does
        assertEquals(CliCommand.FAILURE, run(new IndexCommand(), new IndexLifecycleTest.CancelAt(0.25), "--corpus", "big"));
        assertTrue(err.contains("cancelled; the index is usable"), err);
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            assertEquals("opened", index.openedAs());
            int partial = index.size();
            assertTrue(partial > 0 && partial < total, partial + " of " + total);
        }
        assertEquals(0, run(new IndexCommand(), "--corpus", "big"));
        assertTrue(out.contains("the index holds " + total + " moments"), out);
        assertEquals(0, run(new IndexCommand(), "--corpus", "big", "--rebuild"));
        assertTrue(out.contains("indexed " + total + " moments from 40 files"), out);
    }

    @Test
    void benchSearchAgreesWithTheScan() throws Exception {
        assertEquals(0, run(new BenchSearchCommand(), "--moments", "3000", "--per-case", "300", "--repeat", "5",
                "--scan-runs", "1", "--dir", "bench"), err);
        for (String field : List.of("index_moments_per_s", "raw_lucene_moments_per_s", "term_query_ms_p50",
                "term_query_ms_p95", "sequence_query_ms_p50", "sequence_query_ms_p95", "scan_ms_p50")) {
            assertTrue(out.contains("\"" + field + "\": "), field + " in " + out);
        }
        assertTrue(out.contains("\"scan_agrees_with_index\": true"), out);
        assertTrue(out.contains("\"cases\": 10"), out);
        assertTrue(out.contains("\"index_from_case_files_moments_per_s\": "), out);
    }
}
