package org.attune.schemes.internal.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.attune.cli.Args;
import org.attune.cli.CliCommand;
import org.attune.cli.CliContext;
import org.attune.cli.UsageException;
import org.attune.model.store.CorpusStore;
import org.attune.schemes.DemoCorpus;
import org.osgi.service.component.annotations.Component;

/** {@code ./attune demo [DIR]}: creates the demo corpus. */
@Component(service = CliCommand.class)
public class DemoCommand implements CliCommand {

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "creates a demo corpus: 2 cases x 2 camera angles of generated video, 2 coders, VIG and VIPP-SD";
    }

    @Override
    public String usage() {
        return "attune demo [DIR] [--seconds N]   (DIR defaults to ~/attune-demo; N = video length, default 30)";
    }

    @Override
    public int run(CliContext context, List<String> words) throws Exception {
        Args args = Args.parse(words, Set.of("seconds"), Set.of()).expectPositionals(0, 1);
        Path folder = args.positionals().isEmpty() ? Path.of(System.getProperty("user.home"), "attune-demo")
                : context.resolve(args.positionals().get(0));
        int seconds;
        try {
            seconds = Integer.parseInt(args.value("seconds", "30"));
        } catch (NumberFormatException e) {
            throw new UsageException("--seconds takes a whole number of seconds");
        }
        if (seconds < 4 || seconds > 3600) {
            throw new UsageException("--seconds must be between 4 and 3600");
        }
        if (CorpusStore.isCorpus(folder)) {
            context.err().println("attune demo: " + folder + " already holds a corpus; it is left as it is (remove it or choose another folder)");
            return FAILURE;
        }
        DemoCorpus.create(folder, seconds, true, context.monitor());
        context.out().println("demo corpus created in " + folder);
        context.out().println("  cases: " + DemoCorpus.CASE_VIG + " (VIG), " + DemoCorpus.CASE_VIPP_SD + " (VIPP-SD); camera 2 starts "
                + DemoCorpus.CAMERA2_OFFSET_CASE_VIG + " ms / " + DemoCorpus.CAMERA2_OFFSET_CASE_VIPP_SD + " ms after camera 1");
        context.out().println("  try: ./attune stats --corpus " + folder);
        return OK;
    }
}
