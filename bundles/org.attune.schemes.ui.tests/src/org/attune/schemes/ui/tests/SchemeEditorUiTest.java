package org.attune.schemes.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodingScheme;
import org.attune.model.ModifierType;
import org.attune.schemes.AvailableScheme;
import org.attune.schemes.DemoCorpus;
import org.attune.schemes.ui.internal.SchemeEditorComposite;
import org.attune.schemes.ui.internal.SchemeEditorPart;
import org.attune.ui.CorpusEditor;
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
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.TreeItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scheme editor in a real SWT shell (Xvfb in the build), next to the coding palette, on
 * the demo corpus: copy VIG into the corpus, rename a code, give it a key another code has
 * (the warning shows, naming both), fix it, undo, redo, save, reopen.
 */
class SchemeEditorUiTest {

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private IEclipseContext context;
    private WorkbenchSession session;
    private Path demo;
    private SchemeEditorComposite editor;
    private PalettePart palette;

    @BeforeEach
    void open() throws Exception {
        demo = dir.resolve("demo");
        DemoCorpus.create(demo, 20, false, new NullProgressMonitor()); // the demo corpus, without generating video
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Attune — scheme editor (UI test)");
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1280, 800);
        session = new WorkbenchSession();
        context = EclipseContextFactory.create("scheme editor test");
        context.set(WorkbenchSession.class, session);
        context.set("activeShell", shell);
        SashForm main = new SashForm(shell, SWT.HORIZONTAL);
        editor = part(SchemeEditorPart.class, main).editor();
        palette = part(PalettePart.class, main);
        main.setWeights(75, 25);
        shell.open();
        spinUntil(() -> shell.isVisible(), "the shell shows");
        session.openCorpus(demo);
        session.openCase(session.editor().store().loadCase(DemoCorpus.CASE_VIG));
        settle();
    }

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

    private <T> T part(Class<T> type, Composite parent) {
        IEclipseContext partContext = context.createChild(type.getSimpleName());
        Composite holder = new Composite(parent, SWT.NONE);
        holder.setLayout(new FillLayout());
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
        settle();
    }

    private void settle() {
        while (display.readAndDispatch()) {
            // run what is queued
        }
    }

    /** Types a value into a field as a user would finish it: the text, then Enter. */
    private void enter(Text field, String value) {
        field.setFocus();
        field.setText(value);
        field.notifyListeners(SWT.DefaultSelection, new Event());
        settle();
    }

    private AvailableScheme builtIn(String id) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            for (AvailableScheme scheme : SchemeEditorPart.builtInSchemes()) {
                if (scheme.id().equals(id) && "built-in".equals(scheme.origin())) {
                    return scheme;
                }
            }
            display.timerExec(100, () -> { });
            display.sleep();
        }
        throw new AssertionError("the SchemeCatalog service offers no built-in scheme " + id);
    }

    private TreeItem treeItem(Object data) {
        editor.tree().expandAll();
        return find(editor.tree().getTree().getItems(), data);
    }

    private static TreeItem find(TreeItem[] items, Object data) {
        for (TreeItem item : items) {
            if (item.getData() == data) {
                return item;
            }
            TreeItem inside = find(item.getItems(), data);
            if (inside != null) {
                return inside;
            }
        }
        return null;
    }

    @Test
    void copyVigRenameACodeGiveItADuplicateKeyFixItUndoRedoSaveReopen() throws Exception {
        CorpusEditor corpus = session.editor();
        assertTrue(editor.copyBuiltIn(builtIn("vig"), "vig-lab", "VIG, our lab"), editor.statusText());
        CodingScheme copy = editor.scheme();
        assertEquals("vig-lab", copy.getId());
        assertSame(copy, corpus.store().findScheme("vig-lab"), "the copy is in the corpus");
        assertTrue(corpus.isDirty());

        Code time = copy.findCode("vig.attentive.time"); // "Giving time and space", key b
        editor.select(time);
        assertTrue(editor.showsCodeForm());
        assertEquals("Giving time and space", editor.codeLabelField().getText());
        enter(editor.codeLabelField(), "Gives room");
        assertEquals("Gives room", time.getLabel());
        assertEquals("vig.attentive.time", time.getId(), "the id stays");

        editor.shortcutField().setFocus();
        editor.shortcutField().setText("a"); // the key of "Looking interested"
        settle();
        assertEquals("a", time.getShortcut(), "a duplicate key is set, and flagged");
        assertTrue(editor.shortcutWarning().isVisible(), "the warning shows");
        String warning = editor.shortcutWarning().getText();
        assertTrue(warning.contains("'a'") && warning.contains("'Looking interested'") && warning.contains("'Gives room'"), warning);
        assertTrue(treeItem(time).getText().contains("key used twice"), treeItem(time).getText());
        assertTrue(treeItem(copy.findCode("vig.attentive.interested")).getText().contains("key used twice"));

        editor.shortcutField().setText("z");
        settle();
        assertEquals("z", time.getShortcut());
        assertFalse(editor.shortcutWarning().isVisible(), "fixed: no warning");
        assertFalse(treeItem(time).getText().contains("key used twice"));

        corpus.undo(); // back to the duplicate
        settle();
        assertEquals("a", time.getShortcut());
        assertEquals("a", editor.shortcutField().getText(), "the form follows undo");
        assertTrue(editor.shortcutWarning().isVisible());
        corpus.redo();
        settle();
        assertEquals("z", editor.shortcutField().getText());
        assertFalse(editor.shortcutWarning().isVisible());

        corpus.save();
        assertFalse(corpus.isDirty());
        try (AutoCloseableEditor reopened = closeable(CorpusEditor.open(demo))) {
            CodingScheme again = reopened.store().findScheme("vig-lab");
            assertNotNull(again, "the copy was saved");
            Code saved = again.findCode("vig.attentive.time");
            assertEquals("Gives room", saved.getLabel());
            assertEquals("z", saved.getShortcut());
            assertEquals("VIG, our lab", again.getName());
            assertEquals(copy.allCodes().size(), again.allCodes().size());
            assertEquals("Giving time and space", reopened.store().findScheme("vig").findCode("vig.attentive.time").getLabel(),
                    "the demo's own VIG is untouched");
        }
    }

    private static AutoCloseableEditor closeable(CorpusEditor editor) {
        return new AutoCloseableEditor(editor);
    }

    /** A reopened corpus, closed after the check. */
    private record AutoCloseableEditor(CorpusEditor editor) implements AutoCloseable {
        CodingScheme scheme(String id) {
            return editor.store().findScheme(id);
        }

        org.attune.model.store.CorpusStore store() {
            return editor.store();
        }

        @Override
        public void close() {
            editor.close();
        }
    }

    @Test
    void thePaletteAndTheKeysFollowEditsOfTheCasesScheme() throws Exception {
        Case theCase = session.currentCase();
        CodingScheme scheme = theCase.getScheme();
        editor.showScheme(scheme);
        Code wondering = scheme.findCode("vig.attentive.wondering"); // key c
        Button button = palette.palette().buttonOf(wondering);
        assertTrue(button.getText().contains("Wondering about the other"), button.getText());

        editor.select(wondering);
        enter(editor.codeLabelField(), "Wonders aloud");
        assertTrue(palette.palette().buttonOf(wondering).getText().contains("[c]  Wonders aloud"),
                palette.palette().buttonOf(wondering).getText());
        editor.shortcutField().setText("y");
        settle();
        assertTrue(palette.palette().buttonOf(wondering).getText().startsWith("[y]"), palette.palette().buttonOf(wondering).getText());
        assertSame(wondering, session.coding().codeForKey("y"), "the key codes it now");
        assertNull(session.coding().codeForKey("c"));

        enter(editor.colorField(), "#12ab34");
        assertEquals("#12ab34", wondering.getColor());
        enter(editor.colorField(), "#12ab3"); // refused, with the reason
        assertEquals("#12ab34", wondering.getColor());
        assertTrue(editor.statusText().contains("#rrggbb"), editor.statusText());
        assertEquals("#12ab34", editor.colorField().getText(), "the field shows the model again");

        editor.kindCombo().select(1);
        editor.kindCombo().notifyListeners(SWT.Selection, new Event());
        assertEquals(CodeKind.INTERVAL, wondering.getKind());
        assertTrue(palette.palette().buttonOf(wondering).getText().contains("▸▸"), "the palette shows an interval code");

        session.editor().undo(); // kind
        session.editor().undo(); // colour
        session.editor().undo(); // key
        settle();
        assertTrue(palette.palette().buttonOf(wondering).getText().startsWith("[c]  Wonders aloud"),
                palette.palette().buttonOf(wondering).getText());
        assertSame(wondering, session.coding().codeForKey("c"));

        // An interval code with coded moments made a point code: said what it means for them.
        Code lasting = theCase.getMoments().stream().filter(m -> m.getEndMs() > m.getStartMs()).findFirst().orElseThrow().getCode();
        editor.select(lasting);
        assertFalse(editor.kindWarning().isVisible());
        editor.kindCombo().select(0);
        editor.kindCombo().notifyListeners(SWT.Selection, new Event());
        settle();
        assertEquals(CodeKind.POINT, lasting.getKind());
        assertTrue(editor.kindWarning().isVisible() && editor.kindWarning().getText().contains("last longer than an instant"),
                editor.kindWarning().getText());
        session.editor().undo();
        settle();
        assertFalse(editor.kindWarning().isVisible());

        // Deleting a code the demo's moments use is refused with the count, through the command stack.
        Code used = theCase.getMoments().get(0).getCode();
        long uses = theCase.getMoments().stream().filter(m -> m.getCode() == used).count();
        editor.select(used);
        editor.deleteSelected();
        assertSame(used, scheme.findCode(used.getId()), "not deleted");
        assertTrue(editor.statusText().contains(uses + (uses == 1 ? " coded moment" : " coded moments")), editor.statusText());
        assertTrue(editor.statusText().contains("in case " + DemoCorpus.CASE_VIG), editor.statusText());
    }

    @Test
    void aPauseInTypingKeepsTheTextSoASaveRightAfterHasIt() throws Exception {
        CodingScheme scheme = session.currentCase().getScheme();
        editor.showScheme(scheme);
        Code waiting = scheme.findCode("vig.encouraging.waiting");
        editor.select(waiting);
        Text label = editor.codeLabelField();
        label.setFocus();
        spinUntil(label::isFocusControl, "the label field has the focus");
        label.setText("Waits");
        spinUntil(() -> "Waits".equals(waiting.getLabel()), "the label is kept after a pause, without Enter");

        label.setText(""); // a label the change refuses: kept in the field, not applied, no complaint yet
        long until = System.currentTimeMillis() + 3 * 700;
        spinUntil(() -> System.currentTimeMillis() > until, "a pause");
        assertEquals("Waits", waiting.getLabel());
        assertEquals("", label.getText());
        assertEquals("", editor.statusText());
        label.notifyListeners(SWT.DefaultSelection, new Event()); // Enter: refused, said, and the field shows the model
        settle();
        assertEquals("a code needs a label", editor.statusText());
        assertEquals("Waits", label.getText());

        session.editor().save();
        try (AutoCloseableEditor reopened = closeable(CorpusEditor.open(demo))) {
            assertEquals("Waits", reopened.scheme(scheme.getId()).findCode("vig.encouraging.waiting").getLabel());
        }
    }

    @Test
    void categoriesCodesAndModifiersFromTheForm() throws Exception {
        assertTrue(editor.newScheme("lab-turns", "Turn taking"));
        CodingScheme scheme = editor.scheme();
        assertEquals("lab-turns", scheme.getId());
        editor.select(scheme);
        pushButton("+ Category");
        Category category = scheme.getCategories().get(0);
        enter(editor.categoryNameField(), "Turns");
        assertEquals("Turns", category.getName());
        editor.exclusiveCheck().setSelection(true);
        editor.exclusiveCheck().notifyListeners(SWT.Selection, new Event());
        assertTrue(category.isMutuallyExclusive());
        pushButton("+ Code");
        Code code = category.getCodes().get(0);
        assertEquals("lab-turns.new-code", code.getId());
        assertTrue(editor.showsCodeForm());
        enter(editor.codeLabelField(), "Parent's turn");

        editor.addModifierToCode();
        assertEquals(1, code.getModifiers().size());
        enter(editor.modifierNameField(), "modality");
        enter(editor.modifierValuesField(), "vocal, gesture,  gaze");
        assertEquals("modality", code.getModifiers().get(0).getName());
        assertEquals(java.util.List.of("vocal", "gesture", "gaze"), code.getModifiers().get(0).getAllowedValues());
        editor.modifierTypeCombo().select(1);
        editor.modifierTypeCombo().notifyListeners(SWT.Selection, new Event());
        assertEquals(ModifierType.TEXT, code.getModifiers().get(0).getType());
        assertEquals("modality", editor.modifierTable().getItem(0).getText(0));

        // An unused code is deleted, and undo puts it back.
        editor.select(code);
        editor.deleteSelected();
        assertTrue(category.getCodes().isEmpty(), editor.statusText());
        session.editor().undo();
        settle();
        assertSame(code, category.getCodes().get(0));

        Path exported = dir.resolve("exchange/lab-turns.attune-scheme");
        assertNull(editor.exportTo(exported));
        assertTrue(Files.size(exported) > 200);
        session.editor().save();

        // Importing it back under the same id is refused, naming the file; a damaged file names its line.
        String twice = editor.importFile(exported);
        assertTrue(twice != null && twice.contains(exported.toString()) && twice.contains("already has scheme 'lab-turns'"), twice);
        Path broken = dir.resolve("broken.attune-scheme");
        Files.writeString(broken, Files.readString(exported).substring(0, 120));
        String damaged = editor.importFile(broken);
        assertTrue(damaged != null && damaged.contains("broken.attune-scheme") && damaged.contains("line"), damaged);
        assertEquals(damaged, editor.statusText());

        Path other = dir.resolve("exchange/other.attune-scheme");
        Files.writeString(other, Files.readString(exported).replace("id=\"lab-turns\"", "id=\"lab-turns-2\""));
        assertNull(editor.importFile(other));
        assertEquals("lab-turns-2", editor.scheme().getId(), "the imported scheme is shown");
        session.editor().undo();
        settle();
        assertNull(session.editor().store().findScheme("lab-turns-2"), "undo takes the import back");
        assertTrue(editor.scheme() != null && !"lab-turns-2".equals(editor.scheme().getId()));
    }

    private void pushButton(String text) {
        Button button = findButton(editor, text);
        assertNotNull(button, "a button " + text);
        assertTrue(button.isEnabled(), text + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
        settle();
    }

    private static Button findButton(Composite parent, String text) {
        for (var child : parent.getChildren()) {
            if (child instanceof Button b && text.equals(b.getText())) {
                return b;
            }
            if (child instanceof Composite c) {
                Button found = findButton(c, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
