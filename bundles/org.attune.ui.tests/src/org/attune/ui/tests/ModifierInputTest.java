package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.CodedMoment;
import org.attune.model.ModelFactory;
import org.attune.model.Modifier;
import org.attune.model.ModifierType;
import org.attune.ui.ClockPlayhead;
import org.attune.ui.CodingSession;
import org.attune.ui.CorpusEditor;
import org.attune.ui.ModifierInput;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Modifier values typed without the mouse, and set in the same undoable command as the coding. */
class ModifierInputTest {

    @TempDir
    Path dir;

    private CorpusEditor editor;
    private Case theCase;
    private ClockPlayhead playhead;
    private CodingSession coding;

    @BeforeEach
    void open() throws IOException {
        TestCorpus.create(dir);
        editor = CorpusEditor.open(dir);
        theCase = editor.corpus().getCases().get(0);
        playhead = new ClockPlayhead(25, () -> 0L);
        coding = new CodingSession(editor, theCase, playhead, editor.corpus().getCoders().get(0));
        Code look = theCase.getScheme().findCode("look");
        look.getModifiers().add(modifier("who", ModifierType.CHOICE, "parent", "child", "professional"));
        look.getModifiers().add(modifier("intensity", ModifierType.NUMBER));
        theCase.getScheme().findCode("nod").getModifiers().add(modifier("remark", ModifierType.TEXT));
    }

    @AfterEach
    void close() {
        editor.close();
    }

    private static Modifier modifier(String name, ModifierType type, String... values) {
        Modifier modifier = ModelFactory.eINSTANCE.createModifier();
        modifier.setName(name);
        modifier.setType(type);
        modifier.getAllowedValues().addAll(java.util.List.of(values));
        return modifier;
    }

    @Test
    void choicesByNumberOrFirstLetter() {
        Modifier who = modifier("who", ModifierType.CHOICE, "parent", "child", "Professional");
        assertEquals("parent", ModifierInput.choice(who, '1'));
        assertEquals("Professional", ModifierInput.choice(who, '3'));
        assertNull(ModifierInput.choice(who, '4'), "no fourth value");
        assertEquals("child", ModifierInput.choice(who, 'c'));
        assertEquals("parent", ModifierInput.choice(who, 'P'), "the first value with that letter, any case");
        assertNull(ModifierInput.choice(who, 'z'));
        assertNull(ModifierInput.choice(who, ' '));
        assertEquals("who:   1 parent   2 child   3 Professional", ModifierInput.prompt(who));
    }

    @Test
    void numbersAreChecked() {
        Modifier intensity = modifier("intensity", ModifierType.NUMBER);
        assertNull(ModifierInput.problem(intensity, "2.5"));
        assertNull(ModifierInput.problem(intensity, "3,5"));
        assertEquals("3.5", ModifierInput.normalise(intensity, " 3,5 "));
        assertEquals("'high' is not a number", ModifierInput.problem(intensity, "high"));
        assertNull(ModifierInput.problem(intensity, "  "), "blank skips");
        Modifier who = modifier("who", ModifierType.CHOICE, "parent", "child");
        assertNotNull(ModifierInput.problem(who, "uncle"));
        assertNull(ModifierInput.problem(modifier("remark", ModifierType.TEXT), "anything"));
    }

    @Test
    void anIntervalAsksAtItsEndAndOneUndoTakesBothBack() {
        playhead.seek(1_000);
        CodingSession.Coding start = coding.prepare(theCase.getScheme().findCode("look"));
        assertFalse(start.completes());
        assertTrue(start.modifiers().isEmpty(), "nothing is asked when an interval starts");
        assertTrue(start.commit(Map.of()));
        CodedMoment moment = start.moment();
        playhead.seek(4_000);
        CodingSession.Coding end = coding.prepare(moment.getCode());
        assertTrue(end.completes());
        assertEquals(2, end.modifiers().size());
        playhead.seek(9_000); // the popup is open while the video goes on
        assertEquals(1_000, moment.getEndMs(), "nothing changes before the values are given");
        assertTrue(end.commit(Map.of("who", "child", "intensity", "3")));
        assertFalse(end.commit(Map.of()), "a coding runs once");
        assertEquals(4_000, moment.getEndMs(), "the end is the time of the key press");
        assertEquals("child", moment.getModifierValue("who"));
        assertEquals("3", moment.getModifierValue("intensity"));
        assertTrue(coding.openMoments().isEmpty());
        editor.undo();
        assertEquals(1_000, moment.getEndMs());
        assertTrue(moment.getModifierValues().isEmpty(), "the same undo takes the values back");
        assertEquals(1, coding.openMoments().size(), "and re-opens the interval");
        editor.redo();
        assertEquals("child", moment.getModifierValue("who"));
    }

    @Test
    void aPointGetsItsValuesAndSkippedOnesAreLeftOut() throws IOException {
        playhead.seek(2_000);
        CodingSession.Coding point = coding.prepare(theCase.getScheme().findCode("nod"));
        assertTrue(point.completes());
        assertEquals("remark", point.modifiers().get(0).getName());
        assertFalse(theCase.getMoments().contains(point.moment()));
        point.commit(Map.of("remark", "  with a smile "));
        assertEquals("with a smile", point.moment().getModifierValue("remark"));
        CodingSession.Coding skipped = coding.prepare(theCase.getScheme().findCode("nod"));
        skipped.commit(Map.of("remark", " "));
        assertTrue(skipped.moment().getModifierValues().isEmpty());
        editor.undo();
        assertFalse(theCase.getMoments().contains(skipped.moment()));
        editor.save();
        CorpusEditor again = CorpusEditor.open(dir);
        try {
            CodedMoment saved = again.corpus().getCases().get(0).getMoments().stream()
                    .filter(m -> m.getId().equals(point.moment().getId())).findFirst().orElseThrow();
            assertEquals("with a smile", saved.getModifierValue("remark"));
        } finally {
            again.close();
        }
    }
}
