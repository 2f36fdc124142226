package org.attune.io.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.io.Exporter;
import org.attune.io.internal.ExportCommand;
import org.attune.io.internal.ImportCommand;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import and export subcommands on real files. */
class CliCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private IProgressMonitor monitor = new NullProgressMonitor();

    private final CliContext context = new CliContext() {
        private final PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        private final PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);

        @Override
        public PrintStream out() {
            return o;
        }

        @Override
        public PrintStream err() {
            return e;
        }

        @Override
        public Path workingDirectory() {
            return TestFiles.root();
        }

        @Override
        public IProgressMonitor monitor() {
            return monitor;
        }
    };

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void importCheckReportsEachFileAndFailsOnARefusal() throws Exception {
        Path broken = dir.resolve("broken.eaf");
        Files.writeString(broken, "<ANNOTATION_DOCUMENT>\n<HEADER>\n</ANNOTATION_DOCUMENT>");
        int code = new ImportCommand().run(context, List.of("--check", TestFiles.SAMPLE_28, TestFiles.BORIS, broken.toString()));
        assertEquals(CliCommand.FAILURE, code);
        String text = out();
        assertTrue(text.contains("sample_2.8.eaf: eaf: 1 case, 8778 moments"), text);
        assertTrue(text.contains("test.boris: boris: 12 cases, 92 moments"), text);
        assertTrue(text.contains("refused: broken.eaf: line 3: not well-formed XML"), text);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("1 of 3 files refused"));

        out.reset();
        assertEquals(CliCommand.OK, new ImportCommand().run(context, List.of("--check", "--language", "nld", TestFiles.EXAMPLE)));
        assertThrows(UsageException.class, () -> new ImportCommand().run(context, List.of("--check")));
        assertThrows(UsageException.class, () -> new ImportCommand().run(context, List.of("--chek", "x.eaf")));
    }

    @Test
    void importIntoANewCorpusAndExportItAgain() throws Exception {
        Path corpus = dir.resolve("lab corpus");
        assertEquals(CliCommand.OK, new ImportCommand().run(context, List.of("--corpus", corpus.toString(), TestFiles.EXAMPLE,
                TestFiles.OPF_UI + "demo_data_to_csv.opf")));
        assertTrue(out().contains("imported 2 cases, 196 moments, 2 new schemes"), out());
        assertTrue(Files.isRegularFile(corpus.resolve("corpus.attune")));
        out.reset();
        Path csv = dir.resolve("all.csv");
        assertEquals(CliCommand.OK, new ExportCommand().run(context, List.of("--corpus", corpus.toString(), "--format", "csv", "--out",
                csv.toString())));
        assertEquals(1 + 196, Files.readAllLines(csv, StandardCharsets.UTF_8).size());
        Path eaf = dir.resolve("eaf");
        assertEquals(CliCommand.OK, new ExportCommand().run(context, List.of("--corpus", corpus.toString(), "--format", "eaf", "--out",
                eaf.toString(), "example")));
        assertTrue(Files.isRegularFile(eaf.resolve("example.eaf")));
        // a refused file: no corpus is left behind where there was none
        Path broken = dir.resolve("broken.boris");
        Files.writeString(broken, "{\"behaviors_conf\": [}");
        Path fresh = dir.resolve("fresh");
        assertThrows(org.attune.io.ImportException.class,
                () -> new ImportCommand().run(context, List.of("--corpus", fresh.toString(), TestFiles.EXAMPLE, broken.toString())));
        assertTrue(!Files.exists(fresh), "no corpus folder is left behind");
        assertThrows(UsageException.class, () -> new ImportCommand().run(context, List.of("--corpus", fresh.toString(), "--check", "x.eaf")));
    }

    @Test
    void importIsCancellable() {
        monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class, () -> new ImportCommand().run(context, List.of("--check", TestFiles.SAMPLE_28)));
        assertEquals("", out());
    }

    @Test
    void exportWritesValidEafPerCaseAndOneCsv() throws Exception {
        Path eafDir = dir.resolve("eaf");
        assertEquals(CliCommand.OK, new ExportCommand().run(context,
                List.of("--format", "eaf", "--out", eafDir.toString(), TestFiles.BORIS, TestFiles.EXAMPLE)));
        try (var files = Files.list(eafDir)) {
            List<Path> written = files.sorted().toList();
            assertEquals(13, written.size(), written.toString());
            for (Path file : written) {
                RoundTripTest.validate(Files.readAllBytes(file));
            }
        }
        Path csv = dir.resolve("moments.csv");
        assertEquals(CliCommand.OK, new ExportCommand().run(context, List.of("--format=csv", "--out", csv.toString(), TestFiles.BORIS)));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(Exporter.CSV_HEADER, lines.get(0));
        assertEquals(1 + 92, lines.size());
        assertThrows(UsageException.class, () -> new ExportCommand().run(context, List.of("--format", "xls", "--out", "x", TestFiles.BORIS)));
    }
}
