package org.attune.cli.internal;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.attune.cli.CliCommand;
import org.attune.cli.ProgressLine;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

/** The headless Equinox application that {@code ./attune <subcommand>} starts. */
public final class CliApplication implements IApplication {

    @Override
    public Object start(IApplicationContext appContext) throws Exception {
        String[] raw = (String[]) appContext.getArguments().get(IApplicationContext.APPLICATION_ARGS);
        List<String> words = new ArrayList<>(Arrays.asList(raw == null ? new String[0] : raw));
        Bundle bundle = FrameworkUtil.getBundle(CliApplication.class);
        BundleContext context = bundle.getBundleContext();
        List<ServiceReference<CliCommand>> references = new ArrayList<>(
                context.getServiceReferences(CliCommand.class, null));
        List<CliCommand> commands = new ArrayList<>();
        for (ServiceReference<CliCommand> reference : references) {
            CliCommand command = context.getService(reference);
            if (command != null) {
                commands.add(command);
            }
        }
        appContext.applicationRunning();

        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        ProgressLine monitor = new ProgressLine(err, System.console() != null);
        Path cwd = Path.of(System.getProperty("attune.cwd", System.getProperty("user.dir")));

        // Ctrl-C cancels the running command, which then ends cleanly (an index is never left
        // half written); the hook waits for that, then the JVM exits.
        CountDownLatch finished = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            monitor.setCanceled(true);
            try {
                finished.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "attune-ctrl-c");
        Runtime.getRuntime().addShutdownHook(hook);
        int code;
        try {
            code = new Cli(version(bundle), commands).run(words, out, err, cwd, monitor);
        } finally {
            finished.countDown();
            for (ServiceReference<CliCommand> reference : references) {
                context.ungetService(reference);
            }
        }
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException shuttingDown) {
            // Ctrl-C already started the shutdown
        }
        out.flush();
        err.flush();
        return Integer.valueOf(code);
    }

    @Override
    public void stop() {
        // the command runs to its end or until Ctrl-C cancels it
    }

    static String version(Bundle bundle) {
        return bundle.getVersion().toString();
    }

}
