package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.schemes.DemoCorpus;
import org.attune.ui.CorpusEditor;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.internal.handlers.RedoHandler;
import org.attune.ui.internal.handlers.SaveHandler;
import org.attune.ui.internal.handlers.UndoHandler;
import org.attune.ui.internal.parts.ExplorerPart;
import org.attune.ui.internal.parts.MomentsPart;
import org.attune.ui.internal.parts.PalettePart;
import org.attune.ui.internal.parts.TimelineCanvas;
import org.attune.ui.internal.parts.TimelinePart;
import org.attune.ui.timeline.TimelineModel;
import org.attune.ui.timeline.TimelineView;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The coding workbench's parts, made through e4 injection in a real SWT shell (Xvfb in the
 * build): open a corpus, open a case from the explorer, code with real key events, undo,
 * redo, save, reopen; the timeline's pixels show the moments.
 */
class WorkbenchUiTest {

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

    private void type(char key) {
        for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
            Event event = new Event();
            event.type = type;
            event.character = key;
            event.keyCode = key;
            assertTrue(display.post(event), "the X server took the key event");
        }
    }

    private Object run(Class<?> handlerType) {
        Object handler = ContextInjectionFactory.make(handlerType, context);
        Object can = ContextInjectionFactory.invoke(handler, CanExecute.class, context, Boolean.TRUE);
        assertEquals(Boolean.TRUE, can, handlerType.getSimpleName() + " can run");
        return ContextInjectionFactory.invoke(handler, Execute.class, context);
    }

    @Test
    void codeTheDemoCorpusWithItsOwnKeys() throws Exception {
        Path demo = dir.resolve("demo");
        DemoCorpus.create(demo, 20, false, new NullProgressMonitor()); // the demo corpus, without generating video
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1280, 800);
        WorkbenchSession session = new WorkbenchSession();
        context = EclipseContextFactory.create("demo test");
        context.set(WorkbenchSession.class, session);
        context.set("activeShell", shell);
        SashForm main = new SashForm(shell, SWT.HORIZONTAL);
        ExplorerPart explorer = part(ExplorerPart.class, main);
        TimelinePart timelinePart = part(TimelinePart.class, main);
        PalettePart palette = part(PalettePart.class, main);
        shell.open();
        shell.forceActive();
        spinUntil(() -> shell.isVisible(), "the shell shows");

        session.openCorpus(demo);
        TreeItem caseItem = null;
        for (TreeItem item : explorer.explorer().viewer().getTree().getItems()[0].getItems()[0].getItems()) {
            if (item.getData() instanceof Case c && DemoCorpus.CASE_VIG.equals(c.getId())) {
                caseItem = item;
            }
        }
        assertNotNull(caseItem, "the explorer lists the VIG case of the demo");
        explorer.explorer().viewer().getTree().setSelection(caseItem);
        explorer.explorer().viewer().getTree().notifyListeners(SWT.DefaultSelection, new Event());
        Case theCase = session.currentCase();
        assertEquals(DemoCorpus.CASE_VIG, theCase.getId());
        int before = theCase.getMoments().size();
        assertTrue(before > 0, "the demo comes coded");
        assertNotNull(palette.palette().buttonOf(theCase.getScheme().findCode("vig.attentive.wondering")));

        timelinePart.timeline().canvas().setFocus();
        spinUntil(() -> timelinePart.timeline().canvas().isFocusControl(), "the timeline has the focus");
        session.playhead().seek(2_000);
        type('c'); // Wondering about the other: a point
        spinUntil(() -> theCase.getMoments().size() == before + 1, "the point moment");
        session.playhead().seek(3_000);
        type('a'); // Looking interested: an interval
        spinUntil(() -> theCase.getMoments().size() == before + 2, "the interval starts");
        session.playhead().seek(6_500);
        type('a'); // ends it: the code has a modifier "who", asked for in a popup
        spinUntil(() -> palette.palette().modifierPopup() != null, "the modifier popup opens");
        assertEquals("who", palette.palette().modifierPopup().current().getName());
        spinUntil(() -> palette.palette().modifierPopup().shell().isVisible(), "the popup shows");
        session.playhead().seek(7_000); // the video plays on: the end stays at the press
        type('2'); // the second choice
        spinUntil(() -> palette.palette().openMoments().isEmpty(), "the interval ends");
        assertNull(palette.palette().modifierPopup(), "the popup closed after its one modifier");
        CodedMoment interval = theCase.getMoments().stream()
                .filter(m -> "vig.attentive.interested".equals(m.getCode().getId()) && m.getStartMs() == 3_000).findFirst().orElseThrow();
        assertEquals(6_500, interval.getEndMs());
        assertEquals("child", interval.getModifierValue("who"));

        session.playhead().seek(8_000);
        type('i'); // Showing the initiative was noticed: a point with "who"
        spinUntil(() -> palette.palette().modifierPopup() != null, "the popup for the point");
        type('p'); // the first letter of "parent" (and the key of another code, which must not be coded)
        spinUntil(() -> theCase.getMoments().size() == before + 3, "the point with its modifier");
        CodedMoment noticed = theCase.getMoments().get(theCase.getMoments().size() - 1);
        assertEquals("vig.receiving.noticed", noticed.getCode().getId());
        assertEquals("parent", noticed.getModifierValue("who"));
        session.playhead().seek(9_000);
        type('i');
        spinUntil(() -> palette.palette().modifierPopup() != null, "the popup again");
        type((char) SWT.ESC); // skips the modifier, keeps the moment
        spinUntil(() -> theCase.getMoments().size() == before + 4, "the point without modifier");
        CodedMoment skipped = theCase.getMoments().get(theCase.getMoments().size() - 1);
        assertEquals(9_000, skipped.getStartMs());
        assertTrue(skipped.getModifierValues().isEmpty(), "Esc skipped the modifier");
        run(UndoHandler.class);
        run(UndoHandler.class);
        assertEquals(before + 2, theCase.getMoments().size(), "one undo removes a moment with its modifier values");
        assertTrue(noticed.getModifierValues().isEmpty(), "the same undo took its modifier value back");
        run(UndoHandler.class);
        assertEquals(null, interval.getModifierValue("who"), "undoing the end undoes its modifier in the same step");
        assertEquals(interval.getStartMs(), interval.getEndMs(), "and re-opens the interval");
        run(RedoHandler.class);
        run(RedoHandler.class);
        assertEquals("child", interval.getModifierValue("who"));
        assertEquals(before + 3, theCase.getMoments().size());
        assertEquals("parent", noticed.getModifierValue("who"), "redo gives it back");
        String coder = session.coder().getId();
        run(SaveHandler.class);

        CorpusEditor reopened = CorpusEditor.open(demo);
        try {
            Case again = reopened.store().loadCase(DemoCorpus.CASE_VIG);
            assertTrue(again.getMoments().stream().anyMatch(m -> "vig.attentive.wondering".equals(m.getCode().getId())
                    && m.getStartMs() == 2_000 && coder.equals(m.getCoder().getId())), "the point was saved");
            assertTrue(again.getMoments().stream().anyMatch(m -> "vig.attentive.interested".equals(m.getCode().getId())
                    && m.getStartMs() == 3_000 && m.getEndMs() == 6_500 && coder.equals(m.getCoder().getId())
                    && "child".equals(m.getModifierValue("who"))), "the interval was saved with its modifier");
            assertTrue(again.getMoments().stream().anyMatch(m -> "vig.receiving.noticed".equals(m.getCode().getId())
                    && m.getStartMs() == 8_000 && "parent".equals(m.getModifierValue("who"))), "the point was saved with its modifier");
            assertEquals(before + 3, again.getMoments().size());
        } finally {
            reopened.close();
        }
    }

    @Test
    void codeACaseWithTheKeyboardUndoRedoSaveReopen() throws Exception {
        TestCorpus.create(dir);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Attune — coding workbench (UI test)");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1280, 800);
        WorkbenchSession session = new WorkbenchSession();
        context = EclipseContextFactory.create("workbench test");
        context.set(WorkbenchSession.class, session);
        context.set("activeShell", shell);

        SashForm main = new SashForm(shell, SWT.HORIZONTAL);
        ExplorerPart explorer = part(ExplorerPart.class, main);
        SashForm center = new SashForm(main, SWT.VERTICAL);
        Label video = new Label(center, SWT.CENTER | SWT.BORDER);
        video.setText("\n\n\nVideo view (org.attune.ui.media)");
        TimelinePart timelinePart = part(TimelinePart.class, center);
        center.setWeights(40, 60);
        SashForm right = new SashForm(main, SWT.VERTICAL);
        PalettePart palette = part(PalettePart.class, right);
        MomentsPart moments = part(MomentsPart.class, right);
        main.setWeights(20, 55, 25);
        shell.open();
        shell.forceActive();
        spinUntil(() -> shell.isVisible(), "the shell shows");

        // open the corpus, then the case from the explorer
        session.openCorpus(dir);
        TreeItem caseItem = findItem(explorer.explorer().viewer().getTree().getItems(), "Mother and infant, play");
        assertNotNull(caseItem, "the explorer lists the case");
        explorer.explorer().viewer().getTree().setSelection(caseItem);
        explorer.explorer().viewer().getTree().notifyListeners(SWT.DefaultSelection, new Event());
        Case theCase = session.currentCase();
        assertNotNull(theCase, "Enter on the case opened it");
        assertEquals("case-1", theCase.getId());
        assertEquals("anna", session.coder().getId(), "the first coder codes by default");
        assertNotNull(palette.palette().buttonOf(theCase.getScheme().findCode("look")), "a button per code");

        // code with real key events, the focus on the timeline
        TimelineCanvas timeline = timelinePart.timeline();
        timeline.canvas().setFocus();
        spinUntil(() -> timeline.canvas().isFocusControl(), "the timeline has the focus");
        session.playhead().seek(5_000);
        type('n');
        spinUntil(() -> theCase.getMoments().size() == 3, "the point moment");
        session.playhead().seek(8_000);
        type('l');
        spinUntil(() -> theCase.getMoments().size() == 4, "the interval starts");
        assertEquals(1, palette.palette().openMoments().size());
        assertTrue(palette.palette().buttonOf(theCase.getScheme().findCode("look")).getSelection(), "the open code's button is down");
        session.playhead().seek(11_000);
        type('l');
        spinUntil(() -> palette.palette().openMoments().isEmpty(), "the interval ends");
        CodedMoment point = momentOf(theCase, "nod", "anna");
        CodedMoment interval = momentOf(theCase, "look", "anna");
        assertEquals(5_000, point.getStartMs());
        assertEquals(8_000, interval.getStartMs());
        assertEquals(11_000, interval.getEndMs());
        assertEquals(4, moments.moments().rows().size(), "the moments table lists them");

        // undo the end and the start, redo both
        run(UndoHandler.class);
        assertEquals(8_000, interval.getEndMs(), "undo re-opens the interval");
        run(UndoHandler.class);
        assertFalse(theCase.getMoments().contains(interval));
        run(RedoHandler.class);
        run(RedoHandler.class);
        assertEquals(11_000, interval.getEndMs());
        assertTrue(timelinePart.timeline().canvas().isVisible());

        // the timeline shows the interval in its code's colour
        timeline.showAll();
        spinUntil(() -> { display.update(); return true; }, "paint");
        TimelineModel model = timeline.model();
        TimelineModel.Track track = model.trackOf(interval);
        assertNotNull(track, "the interval has a track");
        int trackIndex = model.tracks().indexOf(track);
        TimelineView view = timeline.view();
        RGB pixel = pixel(timeline, view.xOf(9_500), view.trackY(trackIndex) + TimelineView.TRACK_HEIGHT / 2);
        assertEquals(new RGB(0x1f, 0x77, 0xb4), pixel, "the timeline paints the interval in its code's colour");
        RGB pointPixel = pixel(timeline, view.xOf(5_000), view.trackY(model.tracks().indexOf(model.trackOf(point))) + TimelineView.TRACK_HEIGHT / 2);
        assertEquals(new RGB(0x2c, 0xa0, 0x2c), pointPixel, "and the point in its colour");

        // a click on the timeline seeks (an SWT event: posted X clicks reach GTK without
        // their position when Xvfb runs without a window manager)
        Event press = new Event();
        press.button = 1;
        press.x = view.xOf(30_000);
        press.y = view.trackY(0) + 5;
        timeline.canvas().notifyListeners(SWT.MouseDown, press);
        timeline.canvas().notifyListeners(SWT.MouseUp, press);
        assertEquals(30_000, session.playhead().positionMs(), view.axis().msPerPixel() + 1, "the click seeks");

        // drag the interval's end one second later (snapped to frames), then undo it
        int rowY = view.trackY(model.tracks().indexOf(model.trackOf(interval))) + TimelineView.TRACK_HEIGHT / 2;
        Event grab = new Event();
        grab.button = 1;
        grab.x = view.xOf(11_000);
        grab.y = rowY;
        timeline.canvas().notifyListeners(SWT.MouseDown, grab);
        Event drag = new Event();
        drag.x = view.xOf(12_000);
        drag.y = rowY;
        drag.stateMask = SWT.BUTTON1;
        timeline.canvas().notifyListeners(SWT.MouseMove, drag);
        timeline.canvas().notifyListeners(SWT.MouseUp, new Event());
        assertEquals(12_000, interval.getEndMs(), view.axis().msPerPixel() + 40, "dragging the edge moved the end");
        assertEquals(0, interval.getEndMs() % 40, "snapped to a frame (25 fps)");
        assertEquals(8_000, interval.getStartMs());
        run(UndoHandler.class);
        assertEquals(11_000, interval.getEndMs(), "one undo puts the edge back");

        spinUntil(() -> { display.update(); return true; }, "paint");
        screenshot(Path.of("target", "screenshots", "coding-workbench-ui-test.png"));

        // save and reopen
        assertTrue(session.editor().isDirty());
        run(SaveHandler.class);
        assertFalse(session.editor().isDirty());
        CorpusEditor reopened = CorpusEditor.open(dir);
        Case again = reopened.corpus().getCases().get(0);
        assertEquals(4, again.getMoments().size());
        CodedMoment loadedPoint = momentOf(again, "nod", "anna");
        CodedMoment loadedInterval = momentOf(again, "look", "anna");
        assertEquals(5_000, loadedPoint.getStartMs());
        assertEquals(5_000, loadedPoint.getEndMs());
        assertEquals(8_000, loadedInterval.getStartMs());
        assertEquals(11_000, loadedInterval.getEndMs());
        assertSame(again.getScheme().findCode("look"), loadedInterval.getCode());
    }

    private RGB pixel(TimelineCanvas timeline, int x, int y) {
        timeline.canvas().redraw();
        timeline.canvas().update();
        Rectangle area = timeline.canvas().getClientArea();
        Image image = new Image(display, area.width, area.height);
        try {
            GC gc = new GC(timeline.canvas());
            gc.copyArea(image, 0, 0);
            gc.dispose();
            ImageData data = image.getImageData();
            return data.palette.getRGB(data.getPixel(x, y));
        } finally {
            image.dispose();
        }
    }

    private void screenshot(Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Rectangle bounds = shell.getBounds();
        Image image = new Image(display, bounds.width, bounds.height);
        try {
            GC gc = new GC(display);
            gc.copyArea(image, bounds.x, bounds.y);
            gc.dispose();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
        }
    }

    private static CodedMoment momentOf(Case theCase, String codeId, String coderId) {
        List<CodedMoment> found = theCase.getMoments().stream()
                .filter(m -> m.getCode() != null && codeId.equals(m.getCode().getId()) && coderId.equals(m.getCoder().getId()))
                .toList();
        assertEquals(1, found.size(), "one " + codeId + " moment of " + coderId);
        return found.get(0);
    }

    private static TreeItem findItem(TreeItem[] items, String prefix) {
        for (TreeItem item : items) {
            if (item.getText().startsWith(prefix)) {
                return item;
            }
            TreeItem inner = findItem(item.getItems(), prefix);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }
}
