package org.attune.ui.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;

import org.attune.model.Case;
import org.attune.ui.WorkbenchPreferences;
import org.attune.ui.WorkbenchSession;
import org.attune.model.store.CorpusStore;
import org.attune.schemes.DemoCorpus;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.Platform;
import org.osgi.framework.FrameworkUtil;
import org.attune.ui.internal.handlers.SaveHandler;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.e4.ui.workbench.modeling.IWindowCloseHandler;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Display;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Puts the {@link WorkbenchSession} into the application context, and reopens the corpus and
 * case of the last run (or the folder named by {@code ATTUNE_CORPUS} / {@code -Dattune.corpus}).
 */
public class SessionAddon {

    static final String CORPUS = "corpus";
    static final String CASE = "case";

    private WorkbenchSession session;

    @PostConstruct
    public void init(IEclipseContext context) {
        session = new WorkbenchSession();
        Display display = Display.getCurrent();
        if (display != null) {
            session.setAutosave(display::asyncExec);
            session.setRecovery(files -> MessageDialog.openQuestion(display.getActiveShell(), "Unsaved coding found",
                    "Attune ended last time before this coding was saved:\n\n" + describe(files)
                            + "\n\nTake it back? (The replaced files are kept as .bak; answering No keeps the copies"
                            + " for later.)"));
        }
        context.set(WorkbenchSession.class, session);
        try {
            WorkbenchPreferences.apply(WorkbenchPreferences.read(WorkbenchPreferences.node()), session);
        } catch (RuntimeException e) {
            ILog.of(getClass()).warn("Could not read the preferences: " + e.getMessage(), e);
        }
        Path memory = memoryFile();
        Properties last = read(memory);
        String folder = System.getProperty("attune.corpus", System.getenv("ATTUNE_CORPUS"));
        String caseId = System.getenv("ATTUNE_CASE");
        if (folder == null || folder.isBlank()) {
            folder = last.getProperty(CORPUS);
            caseId = last.getProperty(CASE);
            if (folder == null && display != null && !Boolean.getBoolean("attune.noDemo")) {
                firstStart(session, display);
            }
        }
        if (folder != null && !folder.isBlank() && Files.isDirectory(Path.of(folder))) {
            try {
                session.openCorpus(Path.of(folder));
                Case toOpen = null;
                for (Case c : session.corpus().getCases()) {
                    if (toOpen == null || (caseId != null && caseId.equals(c.getId()))) {
                        toOpen = c;
                    }
                }
                if (toOpen != null) {
                    session.openCase(toOpen);
                }
            } catch (IOException | RuntimeException e) {
                ILog.of(getClass()).warn("Could not reopen the corpus " + folder + ": " + e.getMessage(), e);
            }
        }
        remember(session, memory);
        session.addListener(change -> remember(session, memory));
    }

    /**
     * The very first start: opens the demo corpus (~/attune-demo), creating it first in the
     * background (videos are generated with GStreamer), so that a new user sees coded moments at
     * once. It is built in a temporary folder and renamed into place, so that an interrupted
     * creation never leaves half a corpus.
     */
    private static void firstStart(WorkbenchSession session, Display display) {
        Path demo = Path.of(System.getProperty("user.home"), "attune-demo");
        if (CorpusStore.isCorpus(demo)) {
            openDemo(session, demo);
            return;
        }
        if (Files.exists(demo)) {
            return; // something else lives there: leave it alone
        }
        Job job = Job.create("Creating the demo corpus in " + demo, monitor -> {
            Path building = null;
            try {
                building = Files.createTempDirectory(demo.getParent(), "attune-demo.building-");
                Files.delete(building);
                DemoCorpus.create(building, 30, true, monitor);
                Files.move(building, demo, StandardCopyOption.ATOMIC_MOVE);
                building = null;
                display.asyncExec(() -> {
                    if (session.editor() == null) {
                        openDemo(session, demo);
                    }
                });
                return Status.OK_STATUS;
            } catch (OperationCanceledException e) {
                return Status.CANCEL_STATUS;
            } catch (IOException | RuntimeException e) {
                if (monitor.isCanceled()) {
                    return Status.CANCEL_STATUS;
                }
                return Status.warning("Could not create the demo corpus in " + demo + ": " + e.getMessage(), e);
            } finally {
                deleteQuietly(building);
            }
        });
        job.schedule();
    }

    private static void openDemo(WorkbenchSession session, Path demo) {
        try {
            session.openCorpus(demo);
            if (!session.corpus().getCases().isEmpty()) {
                session.openCase(session.corpus().getCases().get(0));
            }
        } catch (IOException | RuntimeException e) {
            ILog.of(SessionAddon.class).warn("Could not open the demo corpus " + demo + ": " + e.getMessage(), e);
        }
    }

    private static String describe(java.util.List<Path> files) {
        StringBuilder b = new StringBuilder();
        for (Path file : files) {
            b.append("  ").append(file.getFileName()).append('\n');
        }
        return b.toString().stripTrailing();
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try (var paths = Files.walk(folder)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temporary folder is harmless
        }
    }

    /** Closing the window with unsaved changes asks to save, discard or cancel. */
    @Inject
    @Optional
    public void startupComplete(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) Object event, MApplication application) {
        for (MWindow window : application.getChildren()) {
            if (window.getContext() != null) {
                window.getContext().set(IWindowCloseHandler.class,
                        w -> SaveHandler.saveOrDiscard((Shell) w.getWidget(), session));
            }
        }
    }

    /** Quitting with unsaved changes (Ctrl+Q) keeps them in the autosave copies. */
    @PreDestroy
    public void shutdown() {
        if (session != null && session.editor() != null) {
            try {
                session.editor().autosaveNow();
            } catch (IOException | RuntimeException e) {
                ILog.of(getClass()).error("Could not write the autosave copies of " + session.editor().folder(), e);
            }
            session.editor().close();
        }
    }

    /** In the workbench's state area (~/.attune/workspace/.metadata/.plugins/org.attune.ui/). */
    private Path memoryFile() {
        try {
            return Platform.getStateLocation(FrameworkUtil.getBundle(getClass())).append("workbench.properties").toPath();
        } catch (RuntimeException e) {
            return Path.of(System.getProperty("user.home"), ".attune", "workbench.properties");
        }
    }

    private static Properties read(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                properties.load(in);
            } catch (IOException e) {
                // a lost memory only means the user opens the corpus again
            }
        }
        return properties;
    }

    private static void remember(WorkbenchSession session, Path file) {
        if (session.editor() == null) {
            return;
        }
        Properties properties = new Properties();
        properties.setProperty(CORPUS, session.editor().folder().toAbsolutePath().toString());
        if (session.currentCase() != null && session.currentCase().getId() != null) {
            properties.setProperty(CASE, session.currentCase().getId());
        }
        try {
            Files.createDirectories(file.getParent());
            try (OutputStream out = Files.newOutputStream(file)) {
                properties.store(out, "Attune: what the workbench reopens at start");
            }
        } catch (IOException e) {
            ILog.of(SessionAddon.class).warn("Could not remember the open corpus in " + file, e);
        }
    }
}
