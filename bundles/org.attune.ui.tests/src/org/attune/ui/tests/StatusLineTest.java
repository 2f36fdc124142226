package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.attune.model.Case;
import org.attune.ui.CorpusEditor;
import org.attune.ui.SaveStatus;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.internal.parts.StatusLine;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.fragment.MModelFragment;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;

/** The status line: save and autosave state and the coder, as the user sees them change. */
class StatusLineTest {

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private IEclipseContext context;
    private WorkbenchSession session;

    @AfterEach
    void close() {
        if (context != null) {
            context.dispose();
        }
        if (shell != null) {
            shell.dispose();
        }
        if (session != null && session.editor() != null) {
            session.editor().close();
        }
    }

    private void spinUntil(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(20, () -> { });
                display.sleep();
            }
        }
    }

    @Test
    void wordsForTheSaveState() {
        ZoneId utc = ZoneOffset.UTC;
        Instant t1402 = Instant.parse("2026-11-26T14:02:10Z");
        Instant t1405 = Instant.parse("2026-11-26T14:05:59Z");
        assertEquals("No corpus open", SaveStatus.of(null, utc));
        assertEquals("No unsaved changes", SaveStatus.describe(0, null, null, false, utc));
        assertEquals("Saved 14:02", SaveStatus.describe(0, t1402, t1405, false, utc));
        assertEquals("1 unsaved change", SaveStatus.describe(1, t1402, null, false, utc));
        assertEquals("3 unsaved changes", SaveStatus.describe(3, t1402, t1405, false, utc), "an old autosave is not mentioned");
        assertEquals("3 unsaved changes · Autosaved 14:05", SaveStatus.describe(3, t1402, t1405, true, utc));
    }

    @Test
    void showsSavingAutosavingAndTheCoder() throws Exception {
        TestCorpus.create(dir);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 900, 80);
        session = new WorkbenchSession();
        session.setAutosave(display::asyncExec);
        context = EclipseContextFactory.create("status test");
        context.set(WorkbenchSession.class, session);
        Composite holder = new Composite(shell, SWT.NONE);
        holder.setLayout(new FillLayout());
        context.set(Composite.class, holder);
        StatusLine status = ContextInjectionFactory.make(StatusLine.class, context);
        shell.open();
        assertEquals("No corpus open", status.saveStateText());

        CorpusEditor editor = session.openCorpus(dir);
        List<Instant> now = new ArrayList<>(List.of(Instant.parse("2026-11-26T14:02:00Z")));
        editor.setClock(new Clock() {
            @Override
            public ZoneId getZone() {
                return ZoneId.systemDefault();
            }

            @Override
            public Clock withZone(ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get(0);
            }
        });
        assertEquals("No unsaved changes", status.saveStateText());
        assertEquals("Coder: Anna", status.coderText());
        Case theCase = session.corpus().getCases().get(0);
        session.openCase(theCase);
        session.playhead().seek(1_000);
        session.coding().keyPressed("n");
        assertEquals("1 unsaved change", status.saveStateText());
        session.playhead().seek(2_000);
        session.coding().keyPressed("n");
        session.coding().keyPressed("m");
        assertEquals("3 unsaved changes", status.saveStateText());
        editor.undo();
        assertEquals("2 unsaved changes", status.saveStateText());

        editor.save();
        String saved = "Saved " + java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .format(now.get(0).atZone(ZoneId.systemDefault()));
        assertEquals(saved, status.saveStateText());
        editor.undo();
        assertEquals("1 unsaved change", status.saveStateText(), "undo below the saved state is a change too");
        editor.redo();
        assertEquals(saved, status.saveStateText(), "redo back to the saved state is clean");

        session.setCoder(session.corpus().getCoders().get(1));
        assertEquals("Coder: Ben", status.coderText(), "switching coder shows at once");

        // autosave: a short interval, changed while the corpus is open, restarts it
        now.set(0, Instant.parse("2026-11-26T14:05:00Z"));
        session.setAutosaveInterval(Duration.ofMillis(200));
        assertEquals(Duration.ofMillis(200), editor.autosaveInterval());
        session.playhead().seek(3_000);
        session.coding().keyPressed("n");
        assertEquals("1 unsaved change", status.saveStateText());
        String autosaved = "1 unsaved change · Autosaved " + java.time.format.DateTimeFormatter.ofPattern("HH:mm")
                .format(now.get(0).atZone(ZoneId.systemDefault()));
        spinUntil(() -> autosaved.equals(status.saveStateText()), "the autosave shows: " + status.saveStateText());
        assertTrue(editor.isAutosaveCurrent());
        session.coding().keyPressed("m");
        assertEquals("2 unsaved changes", status.saveStateText(), "a change after the autosave is not in it yet");
    }

    /** The fragment hangs the status line under the application's main window, which exists. */
    @Test
    void theFragmentAddsTheStatusLineToTheMainWindow() throws Exception {
        ResourceSetImpl set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new E4XMIResourceFactory());
        Resource app = set.getResource(URI.createPlatformPluginURI("org.attune.app/Application.e4xmi", true), true);
        Resource fragment = set.getResource(URI.createPlatformPluginURI("org.attune.ui/fragment.e4xmi", true), true);
        MApplication application = (MApplication) app.getContents().get(0);
        MModelFragments fragments = (MModelFragments) fragment.getContents().get(0);
        int applied = 0;
        for (MModelFragment each : fragments.getFragments()) {
            MStringModelFragment f = (MStringModelFragment) each;
            MApplicationElement parent = find(app, f.getParentElementId());
            assertNotNull(parent, "the fragment's parent " + f.getParentElementId() + " is in Application.e4xmi");
            EStructuralFeature feature = ((EObject) parent).eClass().getEStructuralFeature(f.getFeaturename());
            assertNotNull(feature, f.getFeaturename() + " of " + f.getParentElementId());
            @SuppressWarnings("unchecked")
            List<Object> into = (List<Object>) ((EObject) parent).eGet(feature);
            into.addAll(new ArrayList<>(f.getElements()));
            applied++;
        }
        assertTrue(applied >= 1);
        assertNotNull(find(app, "org.attune.ui.toolcontrol.status"), "the status line is in the window after merging");
        for (TreeIterator<EObject> it = app.getAllContents(); it.hasNext();) {
            if (it.next() instanceof MContribution c && c.getContributionURI() != null
                    && c.getContributionURI().startsWith("bundleclass://org.attune.ui/")) {
                URI uri = URI.createURI(c.getContributionURI());
                Bundle bundle = Platform.getBundle(uri.authority());
                assertNotNull(bundle.loadClass(uri.segment(0)), c.getContributionURI());
            }
        }
        assertNotNull(application);
    }

    private static MApplicationElement find(Resource resource, String id) {
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            if (it.next() instanceof MApplicationElement e && id.equals(e.getElementId())) {
                return e;
            }
        }
        return null;
    }
}
