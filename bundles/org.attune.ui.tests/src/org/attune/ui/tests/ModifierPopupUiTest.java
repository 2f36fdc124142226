package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.CodingScheme;
import org.attune.model.ModelFactory;
import org.attune.model.Modifier;
import org.attune.model.ModifierType;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.internal.parts.ModifierPopup;
import org.attune.ui.internal.parts.PaletteComposite;
import org.attune.ui.internal.parts.PalettePart;
import org.attune.ui.internal.parts.TimelinePart;
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
 * The modifier popup asks the same whichever way a moment ends: by its own key, by another code
 * of its one-at-a-time category, or by Esc; the ending and the values are one undoable step.
 * Real key events under Xvfb, the focus on the timeline.
 */
class ModifierPopupUiTest {

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
    void endedByAnotherCodeOrByEscTheModifiersAreAsked() throws Exception {
        TestCorpus.create(dir);
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1200, 760);
        WorkbenchSession session = new WorkbenchSession();
        context = EclipseContextFactory.create("modifier popup test");
        context.set(WorkbenchSession.class, session);
        context.set("activeShell", shell);
        SashForm main = new SashForm(shell, SWT.HORIZONTAL);
        TimelinePart timeline = part(TimelinePart.class, main);
        PalettePart palettePart = part(PalettePart.class, main);
        main.setWeights(70, 30);
        shell.open();
        shell.forceActive();
        spinUntil(() -> shell.isVisible(), "the shell shows");

        session.openCorpus(dir);
        Case theCase = session.corpus().getCases().get(0);
        CodingScheme scheme = theCase.getScheme();
        Code look = scheme.findCode("look");
        Code away = scheme.findCode("away");
        look.getModifiers().add(choice("who", "parent", "child", "professional"));
        away.getModifiers().add(choice("who", "parent", "child", "professional"));
        // an interval of another category, so that Esc ends two moments at once
        Category hands = ModelFactory.eINSTANCE.createCategory();
        hands.setName("Hands");
        Code hold = ModelFactory.eINSTANCE.createCode();
        hold.setId("hold");
        hold.setLabel("Holding");
        hold.setKind(CodeKind.INTERVAL);
        hold.setColor("#9467bd");
        hold.setShortcut("h");
        hold.getModifiers().add(choice("hand", "left", "right"));
        hands.getCodes().add(hold);
        scheme.getCategories().add(hands);
        session.openCase(theCase);
        PaletteComposite palette = palettePart.palette();
        int before = theCase.getMoments().size();

        timeline.timeline().canvas().setFocus();
        spinUntil(() -> timeline.timeline().canvas().isFocusControl(), "the timeline has the focus");
        session.playhead().seek(1_000);
        type('l');
        spinUntil(() -> palette.openMoments().size() == 1, "looking starts");
        assertNull(palette.modifierPopup(), "nothing is asked when an interval starts");
        CodedMoment looking = palette.openMoments().get(0);

        // another code of the one-at-a-time category ends it: its modifiers are asked
        session.playhead().seek(3_000);
        type('w');
        spinUntil(() -> palette.modifierPopup() != null, "the popup for the interval ended by 'away'");
        ModifierPopup popup = palette.modifierPopup();
        assertSame(looking, popup.currentMoment());
        assertEquals("who", popup.current().getName());
        spinUntil(() -> popup.shell().isVisible(), "the popup shows");
        session.playhead().seek(3_800); // the video plays on: the end stays at the press
        type('2');
        spinUntil(() -> palette.modifierPopup() == null && theCase.getMoments().size() == before + 2, "looking ends, away starts");
        assertEquals(3_000, looking.getEndMs());
        assertEquals("child", looking.getModifierValue("who"));
        CodedMoment lookingAway = palette.openMoments().get(0);
        assertSame(away, lookingAway.getCode());
        assertEquals(3_000, lookingAway.getStartMs());

        session.editor().undo();
        assertEquals(before + 1, theCase.getMoments().size(), "one undo takes 'away' out");
        assertEquals(looking.getStartMs(), looking.getEndMs(), "re-opens looking");
        assertNull(looking.getModifierValue("who"), "and takes its value back");
        session.editor().redo();
        assertEquals("child", looking.getModifierValue("who"));
        assertEquals(3_000, looking.getEndMs());
        assertTrue(theCase.getMoments().contains(lookingAway));

        session.playhead().seek(4_000);
        type('h');
        spinUntil(() -> palette.openMoments().size() == 2, "holding starts too");
        assertNull(palette.modifierPopup());

        // Esc ends both open moments and asks for each one's modifiers in turn
        session.playhead().seek(6_000);
        type((char) SWT.ESC);
        spinUntil(() -> palette.modifierPopup() != null, "the popup for the moments Esc ended");
        ModifierPopup escPopup = palette.modifierPopup();
        assertSame(lookingAway, escPopup.currentMoment());
        spinUntil(() -> escPopup.shell().isVisible(), "the popup shows");
        session.playhead().seek(6_600);
        type('3'); // professional, for 'away'
        spinUntil(() -> escPopup.isOpen() && escPopup.currentMoment() != lookingAway, "the next moment's modifier");
        assertEquals(hold, escPopup.currentMoment().getCode());
        assertEquals("hand", escPopup.current().getName());
        CodedMoment holding = escPopup.currentMoment();
        assertEquals(4_000, holding.getEndMs(), "nothing ends before the popup is done");
        type('r');
        spinUntil(() -> palette.modifierPopup() == null && palette.openMoments().isEmpty(), "both end");
        assertEquals(6_000, lookingAway.getEndMs(), "ended at the time of Esc");
        assertEquals(6_000, holding.getEndMs());
        assertEquals("professional", lookingAway.getModifierValue("who"));
        assertEquals("right", holding.getModifierValue("hand"));

        session.editor().undo();
        assertEquals(2, palette.openMoments().size(), "one undo re-opens both");
        assertTrue(lookingAway.getModifierValues().isEmpty() && holding.getModifierValues().isEmpty(),
                "and takes both values back");
        session.editor().redo();
        assertEquals("right", holding.getModifierValue("hand"));
        assertEquals("professional", lookingAway.getModifierValue("who"));

        // Esc in the popup skips a modifier; the moment still ends
        session.playhead().seek(7_000);
        type('h');
        spinUntil(() -> palette.openMoments().size() == 1, "holding again");
        session.playhead().seek(8_000);
        type((char) SWT.ESC);
        spinUntil(() -> palette.modifierPopup() != null, "the popup for holding");
        spinUntil(() -> palette.modifierPopup().shell().isVisible(), "the popup shows");
        type((char) SWT.ESC);
        spinUntil(() -> palette.openMoments().isEmpty(), "holding ends");
        CodedMoment second = theCase.getMoments().get(theCase.getMoments().size() - 1);
        assertEquals(8_000, second.getEndMs());
        assertTrue(second.getModifierValues().isEmpty(), "skipped");
        assertFalse(session.editor().commandStack().getUndoCommand().getLabel().isEmpty());
        assertNotNull(session.editor().commandStack().getUndoCommand());
    }

    private static Modifier choice(String name, String... values) {
        Modifier modifier = ModelFactory.eINSTANCE.createModifier();
        modifier.setName(name);
        modifier.setType(ModifierType.CHOICE);
        modifier.getAllowedValues().addAll(List.of(values));
        return modifier;
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
}
