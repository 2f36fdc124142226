package org.attune.index.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.attune.index.CorpusIndex;
import org.attune.index.SearchOptions;
import org.attune.index.SearchResult;
import org.attune.index.ui.internal.LiveIndex;
import org.attune.index.ui.internal.SearchAddon;
import org.attune.index.ui.internal.SearchPart;
import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.ModelFactory;
import org.attune.model.ModelPackage;
import org.attune.schemes.DemoCorpus;
import org.attune.ui.CorpusEditor;
import org.attune.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.model.application.MAddon;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/**
 * The live index starts with the workbench (the addon this bundle's model fragment contributes),
 * not with the Search part: a moment coded before the Search tab was ever shown is found at once,
 * and the part, when it is finally made, searches the same index.
 */
class LiveIndexAddonUiTest {

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private IEclipseContext application;
    private final WorkbenchSession session = new WorkbenchSession();

    @AfterEach
    void close() {
        if (application != null) {
            application.dispose();
        }
        if (shell != null) {
            shell.dispose();
        }
        if (session.editor() != null) {
            session.editor().close();
        }
    }

    private void spinUntil(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // settle
        }
    }

    private static long count(LiveIndex live, String query) {
        try {
            CorpusIndex index = live.index();
            return index == null ? -1 : index.search(query, SearchOptions.defaults(), null).total();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aMomentCodedBeforeTheSearchTabIsShownIsFoundAtOnce() throws Exception {
        Path demo = dir.resolve("demo");
        DemoCorpus.create(demo, 30, false, new NullProgressMonitor());
        Path other = dir.resolve("other");
        DemoCorpus.create(other, 30, false, new NullProgressMonitor());
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 900, 600);
        shell.open();

        // as the workbench starts: the session addon puts the session (with the last corpus) into
        // the application context, then the addons of the fragments are made; no part is shown
        application = EclipseContextFactory.create("application");
        session.openCorpus(demo);
        application.set(WorkbenchSession.class, session);
        SearchAddon addon = ContextInjectionFactory.make(SearchAddon.class, application);
        LiveIndex live = addon.live();
        assertNotNull(live, "the addon started the live index");
        assertSame(live, application.get(LiveIndex.class));
        spinUntil(() -> live.index() != null, "the index opens in the background");
        assertTrue(live.index().folder().startsWith(demo), live.index().folder().toString());
        assertEquals(0, count(live, "note:okapi"));

        CorpusEditor editor = session.editor();
        Case theCase = session.corpus().getCases().stream().filter(c -> DemoCorpus.CASE_VIG.equals(c.getId()))
                .findFirst().orElseThrow();
        CodedMoment moment = ModelFactory.eINSTANCE.createCodedMoment();
        moment.setCode(theCase.getScheme().allCodes().get(0));
        moment.setCoder(session.corpus().getCoders().get(0));
        moment.setStartMs(7_000);
        moment.setEndMs(8_000);
        moment.setNote("an okapi on the rug");
        long t0 = System.nanoTime();
        assertTrue(editor.execute(AddCommand.create(editor.domain(), theCase, ModelPackage.Literals.CASE__MOMENTS, moment)));
        spinUntil(() -> count(live, "note:okapi") == 1, "the moment coded with no Search part is found");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.println("with no Search part made, a moment coded through the editing domain was found after " + ms + " ms");
        // the 1 s target holds on an idle machine; this bound catches an index that is not following
        assertTrue(ms < 5000, "found after " + ms + " ms");

        // the Search tab shown at last: the part searches the workbench's index, and closing it leaves it running
        IEclipseContext partContext = application.createChild("search part");
        partContext.set(Composite.class, new Composite(shell, SWT.NONE));
        partContext.set(MPart.class, MBasicFactory.INSTANCE.createPart());
        SearchPart part = ContextInjectionFactory.make(SearchPart.class, partContext);
        assertSame(live, part.live());
        long before = part.search().searches();
        part.search().search("note:okapi");
        spinUntil(() -> part.search().searches() > before, "the part's search");
        SearchResult found = part.search().result();
        assertEquals(1, found.total());
        assertEquals(7_000, found.hits().get(0).moment().startMs());
        partContext.dispose();
        assertNotNull(live.index(), "the index outlives the part");

        // another corpus: the index follows it; the first one's index is closed (its folder is free)
        session.openCorpus(other);
        spinUntil(() -> live.index() != null && live.index().folder().startsWith(other), "the index of the other corpus");
        assertEquals(0, count(live, "note:okapi"));
        try (CorpusIndex reopened = CorpusIndex.open(demo)) {
            assertTrue(!reopened.isReadOnly(), "the first corpus's index was closed");
        }

        // the workbench closes: the index is closed and leaves the context
        application.dispose();
        application = null;
        assertNull(live.index());
        assertNull(addon.live());
    }

    @Test
    void theFragmentAddsTheAddonToTheApplication() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(SearchAddon.class);
        URL url = bundle.getEntry("fragment.e4xmi");
        assertNotNull(url, "fragment.e4xmi is in the bundle");
        assertNotNull(bundle.getEntry("plugin.xml"));
        ResourceSetImpl set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new E4XMIResourceFactory());
        Resource resource = set.getResource(URI.createURI(url.toString()), true);
        MModelFragments fragments = (MModelFragments) resource.getContents().get(0);
        assertEquals(1, fragments.getFragments().size());
        MStringModelFragment fragment = (MStringModelFragment) fragments.getFragments().get(0);
        assertEquals("org.attune.app.application", fragment.getParentElementId());
        assertEquals("addons", fragment.getFeaturename());
        List<String> ids = fragment.getElements().stream().map(e -> e.getElementId()).toList();
        assertEquals(List.of("org.attune.index.ui.addon.liveindex"), ids);
        MAddon addon = (MAddon) fragment.getElements().get(0);
        assertEquals("bundleclass://org.attune.index.ui/" + SearchAddon.class.getName(), addon.getContributionURI());
        assertSame(SearchAddon.class, bundle.loadClass(SearchAddon.class.getName()));
    }
}
