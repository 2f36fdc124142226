package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.attune.model.Case;
import org.attune.schemes.DemoCorpus;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.internal.parts.PalettePart;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A letter codes a moment only while the focus is in a coding part (video, timeline, palette,
 * moments); in the other parts' trees and tables (scheme editor, search, playlists) it is theirs.
 */
class CodingKeysTest {

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private IEclipseContext context;

    @AfterEach
    void close() {
        if (context != null) {
            context.dispose();
        }
        if (shell != null) {
            shell.dispose();
        }
    }

    /** A composite rendered for a workbench part with this id, as e4's renderer marks it. */
    private Composite partArea(Composite parent, String elementId) {
        Composite area = new Composite(parent, SWT.NONE);
        area.setLayout(new FillLayout());
        MPart part = MBasicFactory.INSTANCE.createPart();
        part.setElementId(elementId);
        area.setData("modelElement", part);
        return area;
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
        while (display.readAndDispatch()) {
            // settle
        }
    }

    private void typeInto(Control control, char key) {
        control.setFocus();
        spinUntil(control::isFocusControl, "the focus on " + control);
        for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
            Event event = new Event();
            event.type = type;
            event.character = key;
            event.keyCode = key;
            assertTrue(display.post(event), "the X server took the key event");
        }
        // let the events arrive
        long until = System.currentTimeMillis() + 300;
        spinUntil(() -> System.currentTimeMillis() > until, "the key is handled");
    }

    @Test
    void lettersCodeInTheCodingPartsOnly() throws Exception {
        Path demo = dir.resolve("demo");
        DemoCorpus.create(demo, 20, false, new NullProgressMonitor());
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1000, 600);
        WorkbenchSession session = new WorkbenchSession();
        context = EclipseContextFactory.create("coding keys test");
        context.set(WorkbenchSession.class, session);
        context.set("activeShell", shell);
        SashForm main = new SashForm(shell, SWT.HORIZONTAL);

        Composite schemeEditor = partArea(main, "org.attune.schemes.ui.part.schemeEditor");
        Tree tree = new Tree(schemeEditor, SWT.SINGLE);
        new TreeItem(tree, SWT.NONE).setText("Wondering about the other");
        Composite timeline = partArea(main, "org.attune.ui.part.timeline");
        Canvas canvas = new Canvas(timeline, SWT.NONE);
        Composite palette = partArea(main, "org.attune.ui.part.palette");
        IEclipseContext partContext = context.createChild("palette");
        partContext.set(Composite.class, palette);
        partContext.set(MPart.class, (MPart) palette.getData("modelElement"));
        ContextInjectionFactory.make(PalettePart.class, partContext);
        shell.open();
        shell.forceActive();
        spinUntil(shell::isVisible, "the shell shows");

        session.openCorpus(demo);
        session.openCase(session.editor().store().loadCase(DemoCorpus.CASE_VIG));
        Case theCase = session.currentCase();
        int before = theCase.getMoments().size();
        session.playhead().seek(2_000);

        typeInto(tree, 'c'); // 'c' is a code's key in the VIG demo, but the tree is the scheme editor's
        assertEquals(before, theCase.getMoments().size(), "a letter in another part's tree codes nothing");

        typeInto(canvas, 'c');
        spinUntil(() -> theCase.getMoments().size() == before + 1, "the letter on the timeline codes");
        assertEquals("vig.attentive.wondering", theCase.getMoments().get(before).getCode().getId());
    }
}
