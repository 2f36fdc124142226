package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.attune.model.Case;
import org.attune.model.CodingScheme;
import org.attune.ui.internal.parts.AddCaseDialog;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.internal.parts.ExplorerComposite;
import org.attune.ui.internal.parts.ExplorerPart;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.FileTransfer;
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
 * The corpus explorer's gestures in a real SWT shell: files dropped on a case and on the
 * corpus (real video probed), F2 and Delete as real key events, undo, and problems marked.
 */
class ExplorerUiTest {

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
        while (display.readAndDispatch()) {
            // settle
        }
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

    /** Answers the explorer's questions as a user would, and remembers them. */
    static final class Answers implements ExplorerComposite.Asking {
        final List<String> asked = new ArrayList<>();
        boolean confirm = true;
        String input;

        @Override
        public boolean confirm(String title, String message) {
            asked.add(message);
            return confirm;
        }

        @Override
        public String input(String title, String message, String initial) {
            asked.add(message + " [" + initial + "]");
            return input;
        }

        @Override
        public void tell(String title, String message) {
            asked.add(message);
        }
    }

    private TreeItem item(Tree tree, Object data) {
        return find(tree.getItems(), data);
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

    @Test
    void dropRenameDeleteUndoAndProblems() throws Exception {
        TestCorpus.create(dir);
        Path video = CorpusCasesTest.video(dir.resolve("incoming/family-05_cam1.webm"));
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 500, 700);
        session = new WorkbenchSession();
        context = EclipseContextFactory.create("explorer test");
        context.set(WorkbenchSession.class, session);
        context.set("activeShell", shell);
        Composite holder = new Composite(shell, SWT.NONE);
        context.set(Composite.class, holder);
        ExplorerPart part = ContextInjectionFactory.make(ExplorerPart.class, context);
        ExplorerComposite explorer = part.explorer();
        Answers answers = new Answers();
        explorer.setAsking(answers);
        shell.open();
        shell.forceActive();
        spinUntil(shell::isVisible, "the shell shows");
        session.openCorpus(dir);
        Tree tree = explorer.viewer().getTree();
        Case one = session.editor().store().loadCase("case-1");

        // the test corpus names a camera file that is not there: marked, with the message as tooltip
        spinUntil(() -> !explorer.problemsOf(one).isEmpty(), "the missing media is found");
        TreeItem oneItem = item(tree, one);
        assertTrue(oneItem.getText().contains("⚠ 1 problem"), oneItem.getText());
        assertTrue(explorer.problemsOf(one).get(0).contains("case-1-parent.webm"), explorer.problemsOf(one).toString());

        // files dropped on a case become its media, probed with GStreamer, in one undoable step
        explorer.drop(one, List.of(video, dir.resolve("notes.txt")));
        assertEquals(2, one.getMediaSources().size());
        assertEquals(25.0, one.getMediaSources().get(1).getFrameRate(), 0.01);
        assertTrue(answers.asked.stream().anyMatch(m -> m.contains("notes.txt")), "the non-media file is named");
        session.editor().undo();
        assertEquals(1, one.getMediaSources().size());

        // dropped on the corpus: a new case named after the file
        explorer.drop(session.corpus(), List.of(video));
        Case dropped = session.corpus().getCases().get(2);
        assertEquals("family-05 cam1", dropped.getTitle());
        assertEquals("vig-test", dropped.getScheme().getId(), "the scheme of the corpus");
        assertEquals(2_000, dropped.getMediaSources().get(0).getDurationMs(), 100);
        spinUntil(() -> item(tree, dropped) != null, "the new case shows");

        // F2 renames the selected case (a real key press)
        tree.setSelection(item(tree, dropped));
        spinUntil(() -> {
            shell.forceActive(); // the probing's progress dialog was active last
            return tree.setFocus() && tree.isFocusControl();
        }, "the tree has the focus");
        answers.input = "Family 5, bath time";
        press(SWT.F2, (char) 0);
        spinUntil(() -> "Family 5, bath time".equals(dropped.getTitle()), "F2 renamed the case");
        assertTrue(item(tree, dropped).getText().startsWith("Family 5, bath time"));

        // Delete asks first; No keeps it, Yes deletes it; undo brings it back
        answers.confirm = false;
        press(SWT.DEL, (char) 0x7f);
        spinUntil(() -> answers.asked.stream().anyMatch(m -> m.startsWith("Delete the case 'Family 5, bath time'")), "asked");
        assertTrue(session.corpus().getCases().contains(dropped), "not deleted without a yes");
        answers.confirm = true;
        tree.setSelection(item(tree, dropped));
        press(SWT.DEL, (char) 0x7f);
        spinUntil(() -> !session.corpus().getCases().contains(dropped), "Delete deleted the case");
        assertNull(item(tree, dropped));
        session.editor().undo();
        assertTrue(session.corpus().getCases().contains(dropped));

        // putting the missing file in place clears the mark
        Files.createDirectories(dir.resolve("media"));
        Files.copy(video, dir.resolve("media/case-1-parent.webm"));
        explorer.validateNow();
        assertTrue(explorer.problemsOf(one).isEmpty());
        assertFalse(item(tree, one).getText().contains("⚠"), item(tree, one).getText());
        assertNotNull(session.editor());

        // files from the file manager are taken where they are dropped
        assertTrue(tree.getData(DND.DROP_TARGET_KEY) instanceof DropTarget target
                && List.of(target.getTransfer()).contains(FileTransfer.getInstance()), "the tree takes dropped files");

        // Add Case…: the dialog titles the case after its first file and offers the corpus's scheme first,
        // then the built-in ones
        List<CodingScheme> schemes = explorer.schemes();
        assertEquals("vig-test", schemes.get(0).getId());
        AddCaseDialog dialog = new AddCaseDialog(shell, schemes, List.of(video));
        dialog.setBlockOnOpen(false);
        dialog.open();
        assertEquals("family-05 cam1", dialog.titleField().getText());
        dialog.titleField().setText(" ");
        assertFalse(dialog.canFinish(), "no case without a title");
        dialog.titleField().setText("Family 6");
        dialog.schemeField().select(0);
        dialog.pressOk();
        Case added = explorer.addCase(dialog.title(), dialog.scheme(), dialog.files());
        assertEquals("Family 6", added.getTitle());
        assertEquals("family-6", added.getId());
        assertEquals(1, added.getMediaSources().size());
        session.editor().save();
        assertTrue(Files.exists(session.editor().store().caseFile("family-6")), "saved through CorpusStore");
    }
}
