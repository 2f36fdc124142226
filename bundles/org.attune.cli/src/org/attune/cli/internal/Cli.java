package org.attune.cli.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;

/**
 * Dispatches {@code ./attune <subcommand> ...} to the contributed {@link CliCommand}s.
 * Knows no OSGi, so that it is tested directly.
 */
public final class Cli {

    private final String version;
    private final Map<String, CliCommand> commands = new TreeMap<>();

    public Cli(String version, Collection<CliCommand> contributed) {
        this.version = version;
        for (CliCommand command : contributed) {
            commands.putIfAbsent(command.name(), command);
        }
    }

    /** Runs one command line and returns the exit code. */
    public int run(List<String> words, PrintStream out, PrintStream err, Path cwd, IProgressMonitor monitor) {
        if (words.isEmpty()) {
            err.println("attune: no subcommand given (the workbench opens when ./attune has no argument)");
            err.print(overview());
            return CliCommand.USAGE;
        }
        String first = words.get(0);
        List<String> rest = new ArrayList<>(words.subList(1, words.size()));
        switch (first) {
        case "--version":
        case "-version":
        case "version":
            out.println("Attune " + version);
            return CliCommand.OK;
        case "help":
        case "--help":
        case "-h":
            return help(rest, out, err);
        default:
            break;
        }
        // a command's name may be two words ("bench video")
        String name = first;
        if (!rest.isEmpty() && commands.containsKey(first + " " + rest.get(0))) {
            name = first + " " + rest.remove(0);
        }
        CliCommand command = commands.get(name);
        if (command == null) {
            List<String> group = commands.keySet().stream().filter(known -> known.startsWith(first + " ")).toList();
            if (group.isEmpty()) {
                err.println("attune: unknown subcommand '" + first + "'" + suggestion(first));
            } else {
                String typed = rest.isEmpty() ? first : first + " " + rest.get(0);
                err.println("attune: unknown subcommand '" + typed + "' (one of: " + String.join(", ", group) + ")");
            }
            err.print(overview());
            return CliCommand.USAGE;
        }
        if (rest.contains("--help")) {
            out.println(command.usage());
            return CliCommand.OK;
        }
        CliContext context = new Context(out, err, cwd, monitor);
        try {
            return command.run(context, rest);
        } catch (UsageException e) {
            err.println("attune " + name + ": " + e.getMessage());
            err.println("usage: " + command.usage());
            return CliCommand.USAGE;
        } catch (OperationCanceledException e) {
            err.println("attune " + name + ": cancelled");
            return CliCommand.FAILURE;
        } catch (Exception e) {
            String message = e.getMessage() == null ? e.toString() : e.getMessage();
            err.println("attune " + name + ": " + message);
            if (Boolean.getBoolean("attune.debug")) {
                e.printStackTrace(err);
            }
            return CliCommand.FAILURE;
        }
    }

    private int help(List<String> rest, PrintStream out, PrintStream err) {
        if (rest.isEmpty()) {
            out.print(overview());
            return CliCommand.OK;
        }
        CliCommand command = commands.get(String.join(" ", rest));
        if (command == null) {
            err.println("attune help: unknown subcommand '" + String.join(" ", rest) + "'" + suggestion(rest.get(0)));
            err.print(overview());
            return CliCommand.USAGE;
        }
        out.println("usage: " + command.usage());
        return CliCommand.OK;
    }

    /** The text of {@code ./attune help}. */
    public String overview() {
        StringBuilder text = new StringBuilder();
        text.append("Attune ").append(version).append(" - qualitative video coding of human interaction\n\n");
        text.append("usage: attune                 open the workbench\n");
        text.append("       attune <subcommand> [options]\n");
        text.append("       attune help <subcommand>\n");
        text.append("       attune --version\n\n");
        text.append("subcommands:\n");
        int width = commands.keySet().stream().mapToInt(String::length).max().orElse(4);
        width = Math.max(width, "help".length());
        for (CliCommand command : commands.values()) {
            text.append(String.format("  %-" + width + "s  %s%n", command.name(), command.summary()));
        }
        text.append(String.format("  %-" + width + "s  %s%n", "help", "show this text, or the usage of one subcommand"));
        return text.toString();
    }

    private String suggestion(String typed) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String known : commands.keySet()) {
            String word = known.split(" ")[0];
            int distance = distance(typed, word);
            if (distance < bestDistance) {
                bestDistance = distance;
                best = word;
            }
        }
        return best != null && bestDistance <= 2 ? " (did you mean '" + best + "'?)" : "";
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private record Context(PrintStream out, PrintStream err, Path workingDirectory, IProgressMonitor monitor)
            implements CliContext {
    }
}
