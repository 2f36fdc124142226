package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.internal.parts.MomentsComposite;
import org.attune.ui.internal.parts.MomentsPart;
import org.attune.ui.internal.parts.TimelineCanvas;
import org.attune.ui.internal.parts.TimelinePart;
import org.attune.ui.timeline.TimelineView;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link WorkbenchSession#selectedMoments()}: what the user selects in the Moments table (real
 * arrow keys under Xvfb) or with a click on the timeline, for other parts to read.
 */
class SelectedMomentsUiTest {

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

    @Test
    void theTableAndTheTimelineSelectForOtherParts() throws Exception {
        TestCorpus.create(dir);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1200, 700);
        WorkbenchSession session = new WorkbenchSession();
        context = EclipseContextFactory.create("selection test");
        context.set(WorkbenchSession.class, session);
        context.set("activeShell", shell);
        SashForm main = new SashForm(shell, SWT.HORIZONTAL);
        TimelinePart timelinePart = part(TimelinePart.class, main);
        MomentsPart momentsPart = part(MomentsPart.class, main);
        shell.open();
        shell.forceActive();
        spinUntil(() -> shell.isVisible(), "the shell shows");
        session.openCorpus(dir);
        Case theCase = session.corpus().getCases().get(0);
        session.openCase(theCase);
        AtomicInteger heard = new AtomicInteger();
        session.addSelectionListener(heard::incrementAndGet);
        assertTrue(session.selectedMoments().isEmpty());

        MomentsComposite moments = momentsPart.moments();
        List<CodedMoment> rows = moments.rows();
        assertEquals(2, rows.size());
        moments.table().setFocus();
        moments.table().setSelection(0);
        spinUntil(() -> moments.table().isFocusControl(), "the table has the focus");
        key(SWT.ARROW_DOWN, 0);
        spinUntil(() -> session.selectedMoments().equals(List.of(rows.get(1))), "the second row selected by the arrow key");
        key(SWT.ARROW_UP, SWT.SHIFT);
        spinUntil(() -> session.selectedMoments().size() == 2, "shift+up selects both rows");
        assertEquals(rows, session.selectedMoments(), "in the order shown");
        assertTrue(heard.get() >= 2, "the listeners heard it");

        // a click on a moment of the timeline selects it instead
        TimelineCanvas timeline = timelinePart.timeline();
        timeline.showAll();
        spinUntil(() -> { display.update(); return true; }, "paint");
        CodedMoment look = rows.get(0);
        TimelineView view = timeline.view();
        Event press = new Event();
        press.button = 1;
        press.x = view.xOf(12_000);
        press.y = view.trackY(timeline.model().tracks().indexOf(timeline.model().trackOf(look))) + TimelineView.TRACK_HEIGHT / 2;
        timeline.canvas().notifyListeners(SWT.MouseDown, press);
        timeline.canvas().notifyListeners(SWT.MouseUp, press);
        assertEquals(List.of(look), session.selectedMoments());

        // deleted (here by another part) it is no longer selected; undo brings it back
        session.coding().delete(List.of(look));
        assertTrue(session.selectedMoments().isEmpty(), "only moments still in the case");
        session.editor().undo();
        assertEquals(List.of(look), session.selectedMoments());

        // another case: nothing selected
        session.openCase(session.corpus().getCases().get(1));
        assertTrue(session.selectedMoments().isEmpty());
    }

    private void key(int keyCode, int modifier) {
        if (modifier != 0) {
            post(SWT.KeyDown, modifier);
        }
        post(SWT.KeyDown, keyCode);
        post(SWT.KeyUp, keyCode);
        if (modifier != 0) {
            post(SWT.KeyUp, modifier);
        }
    }

    private void post(int type, int keyCode) {
        Event event = new Event();
        event.type = type;
        event.keyCode = keyCode;
        assertTrue(display.post(event), "the X server took the key event");
    }

    private <T> T part(Class<T> type, Composite parent) {
        IEclipseContext partContext = context.createChild(type.getSimpleName());
        Composite holder = new Composite(parent, SWT.NONE);
        partContext.set(Composite.class, holder);
        MPart mpart = MBasicFactory.INSTANCE.createPart();
        mpart.setLabel(type.getSimpleName());
        partContext.set(MPart.class, mpart);
        return ContextInjectionFactory.make(type, partContext);
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
}
