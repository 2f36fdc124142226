package org.attune.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.media.internal.BenchVideoCommand;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

/** The command's words; its measurements are run by ./attune bench video, not by unit tests. */
class BenchVideoCommandTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    private final CliContext context = new CliContext() {
        @Override
        public PrintStream out() {
            return new PrintStream(out, true);
        }

        @Override
        public PrintStream err() {
            return new PrintStream(new ByteArrayOutputStream(), true);
        }

        @Override
        public Path workingDirectory() {
            return Path.of(".").toAbsolutePath();
        }

        @Override
        public IProgressMonitor monitor() {
            return new NullProgressMonitor();
        }
    };

    @Test
    void isNamedBenchVideoAndRejectsBadWords() {
        BenchVideoCommand command = new BenchVideoCommand();
        assertEquals("bench video", command.name());
        assertTrue(command.usage().contains("--seeks"));
        UsageException e = assertThrows(UsageException.class, () -> command.run(context, List.of("--seeks", "many")));
        assertTrue(e.getMessage().contains("--seeks") && e.getMessage().contains("many"), e.getMessage());
        assertThrows(UsageException.class, () -> command.run(context, List.of("--seconds", "0")));
        assertThrows(UsageException.class, () -> command.run(context, List.of("--fast")));
        assertThrows(UsageException.class, () -> command.run(context, List.of("extra")));
        assertEquals(0, out.size(), "nothing printed on a usage error");
    }
}
