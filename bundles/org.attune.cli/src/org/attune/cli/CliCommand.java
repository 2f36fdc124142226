package org.attune.cli;

import java.util.List;

/**
 * A subcommand of {@code ./attune}. The bundle that owns a capability contributes its
 * command as an OSGi service (Declarative Services), so the CLI grows with the product
 * without knowing its commands in advance.
 */
public interface CliCommand {

    /** Exit code of a command that did what it was asked. */
    int OK = 0;
    /** Exit code of a command that failed (bad data, I/O error, cancelled). */
    int FAILURE = 1;
    /** Exit code of a call whose words are wrong (unknown option, missing argument). */
    int USAGE = 2;

    /** The word that selects the command, e.g. {@code demo}. */
    String name();

    /** One line for the command list of {@code ./attune help}. */
    String summary();

    /** The synopsis and options, printed by {@code ./attune help NAME} and on a usage error. */
    String usage();

    /**
     * Runs the command.
     *
     * @return the process exit code ({@link #OK}, {@link #FAILURE}, ...)
     * @throws UsageException when the arguments are wrong; the CLI prints the message and the
     *                        usage and exits with {@link #USAGE}
     * @throws Exception      any other failure; the CLI prints its message and exits with
     *                        {@link #FAILURE}
     */
    int run(CliContext context, List<String> args) throws Exception;
}
