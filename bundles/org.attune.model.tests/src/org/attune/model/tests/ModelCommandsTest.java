package org.attune.model.tests;

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
import org.attune.model.internal.cli.BenchModelCommand;
import org.attune.model.internal.cli.RestoreCommand;
import org.attune.model.internal.cli.StatsCommand;
import org.attune.model.store.CorpusStore;
import org.attune.model.store.CorruptFileException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The model's subcommands, run as the CLI runs them. */
class ModelCommandsTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private CliContext context() {
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        return new CliContext() {
            @Override
            public PrintStream out() {
                return print;
            }

            @Override
            public PrintStream err() {
                return System.err;
            }

            @Override
            public Path workingDirectory() {
                return dir;
            }

            @Override
            public IProgressMonitor monitor() {
                return new NullProgressMonitor();
            }
        };
    }

    private String output() {
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void benchModelMeasuresBothFormats() throws Exception {
        assertEquals(CliCommand.OK, new BenchModelCommand().run(context(), List.of("--moments", "3000", "--runs", "2", "--dir", "bench")));
        String text = output();
        assertTrue(text.contains("3,000 coded moments"), text);
        assertTrue(text.lines().anyMatch(l -> l.startsWith("XMI    open:")) && text.lines().anyMatch(l -> l.startsWith("binary open:")), text);
        assertTrue(text.contains("heap") && text.contains("bytes/moment"), text);
        assertEquals('<', Files.readAllBytes(dir.resolve("bench/xmi/cases/big.attune-case"))[0]);
        assertEquals((byte) 0x89, Files.readAllBytes(dir.resolve("bench/binary/cases/big.attune-case"))[0]);
        assertThrows(UsageException.class, () -> new BenchModelCommand().run(context(), List.of("--moments", "many")));
    }

    @Test
    void restorePutsTheBackupBack() throws Exception {
        Path folder = dir.resolve("c");
        try (CorpusStore store = CorpusStore.create(folder, "C")) {
            store.createCase("one", "One").setNotes("first");
            store.save();
            store.loadCase("one").setNotes("second");
            store.save();
        }
        Path caseFile = folder.resolve("cases/one.attune-case");
        Files.writeString(caseFile, "<?xml version=\"1.0\"?>\n<attune:Case");
        try (CorpusStore store = CorpusStore.open(folder)) {
            assertThrows(CorruptFileException.class, () -> store.loadCase("one"));
        }
        assertEquals(CliCommand.OK, new RestoreCommand().run(context(), List.of("c/cases/one.attune-case")));
        assertTrue(output().contains("restored " + caseFile), output());
        try (CorpusStore store = CorpusStore.open(folder)) {
            assertEquals("first", store.loadCase("one").getNotes(), "the previous version is back");
        }
        assertThrows(UsageException.class, () -> new StatsCommand().run(context(), List.of("--corpus", "nothing")));
    }
}
