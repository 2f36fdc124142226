package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.attune.model.Case;
import org.attune.model.Coder;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.internal.bench.ExplorerBenchCommand;
import org.attune.ui.internal.parts.ExplorerComposite;
import org.attune.ui.internal.parts.ExplorerPart;
import org.attune.ui.internal.parts.PalettePart;
import org.attune.ui.internal.parts.TimelinePart;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;
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
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The explorer refreshes only what a change touched and checks only the changed case: real key
 * presses code moments and rename a case under Xvfb; the counts show the whole tree was not
 * rebuilt and the other case not checked again. The benchmark runs small and prints its figures.
 */
class ExplorerIncrementalUiTest {

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

    @Test
    void aCommandRefreshesItsCaseOnlyAndChecksItAlone() throws Exception {
        TestCorpus.create(dir);
        Files.createDirectories(dir.resolve("media"));
        Files.writeString(dir.resolve("media/case-1-parent.webm"), ""); // no problem to start with
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1200, 700);
        session = new WorkbenchSession();
        context = EclipseContextFactory.create("explorer incremental test");
        context.set(WorkbenchSession.class, session);
        context.set("activeShell", shell);
        SashForm main = new SashForm(shell, SWT.HORIZONTAL);
        ExplorerComposite explorer = part(ExplorerPart.class, main).explorer();
        TimelinePart timeline = part(TimelinePart.class, main);
        part(PalettePart.class, main);
        ExplorerUiTest.Answers answers = new ExplorerUiTest.Answers();
        explorer.setAsking(answers);
        shell.open();
        shell.forceActive();
        spinUntil(shell::isVisible, "the shell shows");

        session.openCorpus(dir);
        Tree tree = explorer.viewer().getTree();
        Case one = session.corpus().getCases().get(0);
        Case two = session.corpus().getCases().get(1);
        assertEquals(1, explorer.fullRefreshes(), "the tree is built once, when the corpus opens");
        assertEquals(2, explorer.casesChecked(), "and every case checked once");
        spinUntil(() -> item(tree, one).getText().contains("2 moments"), "the case's label");
        assertTrue(explorer.problemsOf(one).isEmpty(), explorer.problemsOf(one).toString());

        // a real key codes a moment: only case 1's node changes, only case 1 is checked
        session.openCase(one);
        timeline.timeline().canvas().setFocus();
        spinUntil(() -> timeline.timeline().canvas().isFocusControl(), "the timeline has the focus");
        session.playhead().seek(5_000);
        press('n', 'n');
        spinUntil(() -> item(tree, one).getText().contains("3 moments"), "the case's moment count");
        assertTrue(item(tree, session.corpus()).getText().contains(" *"), "the corpus shows unsaved changes");
        spinUntil(() -> explorer.casesChecked() == 3, "case 1 checked again, 0.4 s later");
        waitMs(600);
        assertEquals(3, explorer.casesChecked(), "case 2 was not checked again");
        assertEquals(1, explorer.fullRefreshes(), "no refresh of the whole tree");

        // Ben codes an interval over his own one in a one-at-a-time category: case 1 gets a problem
        Coder ben = session.corpus().getCoders().get(1);
        session.setCoder(ben);
        session.playhead().seek(12_000);
        press('l', 'l');
        spinUntil(() -> session.coding().openMoments().size() == 1, "Ben's interval starts");
        session.playhead().seek(16_000);
        press('l', 'l');
        spinUntil(() -> session.coding().openMoments().isEmpty(), "Ben's interval ends");
        waitMs(600); // the check after the change
        spinUntil(() -> !explorer.problemsOf(one).isEmpty(), "the overlap is found in case 1: "
                + one.getMoments().stream().map(m -> m.getCode().getId() + " " + m.getCoder().getId() + " " + m.getStartMs()
                        + "-" + m.getEndMs()).toList() + " " + session.editor().problems(one) + " checked " + explorer.casesChecked());
        spinUntil(() -> item(tree, one).getText().contains("⚠ 1 problem"), "and marked");
        assertTrue(explorer.problemsOf(two).isEmpty());
        long checked = explorer.casesChecked();

        // F2 on case 2 renames it (a real key): its node alone changes; undo clears case 1's problem
        tree.setSelection(item(tree, two));
        spinUntil(() -> tree.setFocus() && tree.isFocusControl(), "the tree has the focus");
        answers.input = "Father and infant, bath";
        press(SWT.F2, (char) 0);
        spinUntil(() -> item(tree, two).getText().startsWith("Father and infant, bath"), "F2 renamed case 2");
        spinUntil(() -> explorer.casesChecked() == checked + 1, "case 2 checked");
        waitMs(600);
        assertEquals(checked + 1, explorer.casesChecked(), "only case 2");
        session.editor().undo(); // the rename
        session.editor().undo(); // Ben's interval's end
        session.editor().undo(); // its start
        spinUntil(() -> explorer.problemsOf(one).isEmpty(), "undo takes the overlap away");
        spinUntil(() -> !item(tree, one).getText().contains("⚠"), "and the mark");
        assertTrue(item(tree, two).getText().startsWith("Father and infant, meal"));
        assertEquals(1, explorer.fullRefreshes(), "still no refresh of the whole tree");
        assertFalse(tree.isDisposed());
    }

    @Test
    void benchmarkComparesIncrementalWithTheWholeTree() throws Exception {
        display = Display.getDefault();
        String json = ExplorerBenchCommand.run(display, dir.resolve("bench"), 40, 50, 6,
                SubMonitor.convert(new NullProgressMonitor()));
        System.out.println("bench explorer (40 cases x 50 moments, 6 commands): " + json);
        assertTrue(json.contains("\"incremental\": {\"per_command_ms\""), json);
        assertTrue(json.contains("\"cases_checked_per_command\": 1.00, \"full_refreshes_per_command\": 0.00"),
                "incremental: one case checked per command, no whole-tree refresh: " + json);
        assertTrue(json.contains("\"cases_checked_per_command\": 40.00, \"full_refreshes_per_command\": 1.00"),
                "the old way: every case and the whole tree: " + json);
    }

    private void waitMs(int ms) {
        boolean[] later = {false};
        display.timerExec(ms, () -> later[0] = true);
        spinUntil(() -> later[0], ms + " ms more");
    }

    private TreeItem item(Tree tree, Object data) {
        TreeItem found = find(tree.getItems(), data);
        assertNotNull(found, "a tree item for " + data);
        return found;
    }

    private static TreeItem find(TreeItem[] items, Object data) {
        for (TreeItem item : items) {
            if (item.getData() == data) {
                return item;
            }
            TreeItem inner = find(item.getItems(), data);
            if (inner != null) {
                return inner;
            }
        }
        return null;
    }

    private void press(int keyCode, char character) {
        for (int type : new int[] {SWT.KeyDown, SWT.KeyUp}) {
            Event event = new Event();
            event.type = type;
            event.keyCode = keyCode;
            event.character = character;
            assertTrue(display.post(event), "the X server took the key event");
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
}
