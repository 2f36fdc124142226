package org.attune.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.cli.internal.Cli;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;

class CliTest {

    private final ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    private final List<List<String>> received = new ArrayList<>();

    private final CliCommand echo = new CliCommand() {
        @Override
        public String name() {
            return "echo";
        }

        @Override
        public String summary() {
            return "prints its words";
        }

        @Override
        public String usage() {
            return "attune echo [--upper] WORD...";
        }

        @Override
        public int run(CliContext context, List<String> words) throws Exception {
            Args args = Args.parse(words, java.util.Set.of(), java.util.Set.of("upper"));
            args.expectPositionals(1, 10);
            received.add(args.positionals());
            String text = String.join(" ", args.positionals());
            context.out().println(args.has("upper") ? text.toUpperCase() : text);
            if (text.equals("cancel")) {
                throw new org.eclipse.core.runtime.OperationCanceledException();
            }
            if (text.equals("fail")) {
                throw new IllegalStateException("the file x.eaf is broken at line 3");
            }
            return OK;
        }
    };

    private final CliCommand benchVideo = new CliCommand() {
        @Override
        public String name() {
            return "bench video";
        }

        @Override
        public String summary() {
            return "measures the video engine";
        }

        @Override
        public String usage() {
            return "attune bench video [--seconds N]";
        }

        @Override
        public int run(CliContext context, List<String> words) {
            context.out().println("bench video " + words);
            return OK;
        }
    };

    private int run(String... words) {
        Cli cli = new Cli("0.1.0.test", List.of(echo, benchVideo));
        return cli.run(List.of(words), new PrintStream(outBytes, true, StandardCharsets.UTF_8),
                new PrintStream(errBytes, true, StandardCharsets.UTF_8), Path.of("/tmp"), new NullProgressMonitor());
    }

    private String out() {
        return outBytes.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return errBytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void versionPrintsTheBundleVersion() {
        assertEquals(0, run("--version"));
        assertEquals("Attune 0.1.0.test\n", out());
    }

    @Test
    void helpListsContributedCommands() {
        assertEquals(0, run("help"));
        assertTrue(out().contains("echo         prints its words"), out());
        assertTrue(out().contains("bench video  measures the video engine"), out());
        assertTrue(out().contains("help"), out());
    }

    @Test
    void helpOfOneCommandPrintsItsUsage() {
        assertEquals(0, run("help", "echo"));
        assertEquals("usage: attune echo [--upper] WORD...\n", out());
    }

    @Test
    void unknownSubcommandIsAUsageErrorWithASuggestion() {
        assertEquals(CliCommand.USAGE, run("ecko", "x"));
        assertTrue(err().contains("unknown subcommand 'ecko' (did you mean 'echo'?)"), err());
        assertTrue(err().contains("subcommands:"), err());
        assertEquals("", out());
    }

    @Test
    void noSubcommandIsAUsageError() {
        assertEquals(CliCommand.USAGE, run());
        assertTrue(err().contains("no subcommand"), err());
    }

    @Test
    void twoWordCommandsAreDispatchedByBothWords() {
        assertEquals(0, run("bench", "video", "--seconds", "3"));
        assertEquals("bench video [--seconds, 3]\n", out());
        assertEquals(0, run("help", "bench", "video"));
        assertTrue(out().endsWith("usage: attune bench video [--seconds N]\n"), out());
    }

    @Test
    void unknownSecondWordListsTheGroup() {
        assertEquals(CliCommand.USAGE, run("bench", "audio"));
        assertTrue(err().contains("unknown subcommand 'bench audio' (one of: bench video)"), err());
    }

    @Test
    void commandRunsWithItsArguments() {
        assertEquals(0, run("echo", "--upper", "a", "b"));
        assertEquals("A B\n", out());
        assertEquals(List.of(List.of("a", "b")), received);
    }

    @Test
    void badOptionPrintsMessageAndUsage() {
        assertEquals(CliCommand.USAGE, run("echo", "--lower", "a"));
        assertTrue(err().contains("attune echo: unknown option --lower"), err());
        assertTrue(err().contains("usage: attune echo [--upper] WORD..."), err());
    }

    @Test
    void failureIsReportedWithItsMessage() {
        assertEquals(CliCommand.FAILURE, run("echo", "fail"));
        assertTrue(err().contains("attune echo: the file x.eaf is broken at line 3"), err());
    }

    @Test
    void jsonTextEscapesWhatJsonRequires() {
        assertEquals("\"a\\\"b\\\\c\\nd\\u0001\"", org.attune.cli.JsonText.quote("a\"b\\c\nd\u0001"));
    }

    @Test
    void cancellationSaysSo() {
        assertEquals(CliCommand.FAILURE, run("echo", "cancel"));
        assertEquals("attune echo: cancelled\n", err());
    }

    @Test
    void argsParsesValuesFlagsAndPositionals() throws UsageException {
        Args args = Args.parse(List.of("--corpus", "/c", "--json", "--unit=2s", "q1", "--", "--not-an-option"),
                java.util.Set.of("corpus", "unit"), java.util.Set.of("json"));
        assertEquals("/c", args.value("corpus"));
        assertEquals("2s", args.value("unit"));
        assertTrue(args.has("json"));
        assertEquals(List.of("q1", "--not-an-option"), args.positionals());
    }

    @Test
    void argsRejectsMissingValuesAndRepeats() {
        UsageException missing = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> Args.parse(List.of("--corpus"), java.util.Set.of("corpus"), java.util.Set.of()));
        assertEquals("option --corpus needs a value", missing.getMessage());
        UsageException twice = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> Args.parse(List.of("--corpus", "a", "--corpus", "b"), java.util.Set.of("corpus"), java.util.Set.of()));
        assertEquals("option --corpus is given twice", twice.getMessage());
        UsageException required = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> Args.parse(List.of(), java.util.Set.of("corpus"), java.util.Set.of()).required("corpus"));
        assertEquals("option --corpus is required", required.getMessage());
    }

    @Test
    void optionDurationsAreTypedAsUsersWriteThem() throws Exception {
        assertEquals(3000, org.attune.cli.Args.durationMs("before", "3s"));
        assertEquals(500, org.attune.cli.Args.durationMs("tolerance", "500ms"));
        assertEquals(1500, org.attune.cli.Args.durationMs("unit", "1.5s"));
        assertEquals(120_000, org.attune.cli.Args.durationMs("within", "2min"));
        assertEquals(2000, org.attune.cli.Args.durationMs("after", "2"));
        org.attune.cli.UsageException bad = org.junit.jupiter.api.Assertions.assertThrows(
                org.attune.cli.UsageException.class, () -> org.attune.cli.Args.durationMs("before", "soon"));
        assertTrue(bad.getMessage().contains("--before 'soon' is not a duration"), bad.getMessage());
        bad = org.junit.jupiter.api.Assertions.assertThrows(org.attune.cli.UsageException.class,
                () -> org.attune.cli.Args.durationMs("after", "-1s"));
        assertTrue(bad.getMessage().contains("must not be negative"), bad.getMessage());
    }

    @Test
    void countsForOptionsArePositiveWholeNumbers() throws Exception {
        Args args = Args.parse(List.of("--runs", "1_000", "--seeks", "0", "--cases", "ten"),
                java.util.Set.of("runs", "seeks", "cases", "width"), java.util.Set.of());
        assertEquals(1000, args.positiveInt("runs", 5));
        assertEquals(1600, args.positiveInt("width", 1600), "not given: the fallback");
        UsageException zero = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> args.positiveInt("seeks", 5));
        assertEquals("--seeks needs a positive whole number, not '0'", zero.getMessage());
        org.junit.jupiter.api.Assertions.assertThrows(UsageException.class, () -> args.positiveInt("cases", 5));
    }
}
