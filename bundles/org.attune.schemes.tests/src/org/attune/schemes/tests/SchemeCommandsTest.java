package org.attune.schemes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.Modifier;
import org.attune.model.ModifierType;
import org.attune.model.store.CorpusStore;
import org.attune.model.store.CorruptFileException;
import org.attune.schemes.CodeInUseException;
import org.attune.schemes.SchemeCommands;
import org.attune.schemes.SchemeEditing;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every scheme edit as a command on the corpus's editing domain: one undoable step each, refused
 * with a reason when it would break something, saved and read back.
 */
class SchemeCommandsTest {

    @TempDir
    Path dir;

    private Path folder;
    private CorpusStore store;
    private AdapterFactoryEditingDomain domain;
    private BasicCommandStack stack;
    private CodingScheme scheme;
    private Case one;
    private Case two;
    private Coder anna;

    @BeforeEach
    void corpus() throws Exception {
        folder = dir.resolve("corpus");
        store = CorpusStore.create(folder, "Study");
        anna = store.addCoder("anna", "Anna");
        scheme = store.addScheme(SchemeEditing.copy(BuiltInSchemesTest.catalogService().find("vig", null).orElseThrow().scheme(),
                "lab-vig", "Our VIG"));
        one = store.createCase("one", "One");
        two = store.createCase("two", "Two");
        one.setScheme(scheme);
        two.setScheme(scheme);
        Code waiting = scheme.findCode("vig.encouraging.waiting");
        CorpusStore.addMoment(one, waiting, anna, 0, 1000);
        CorpusStore.addMoment(one, waiting, anna, 2000, 3000);
        CorpusStore.addMoment(two, waiting, anna, 0, 500);
        store.save();
        domain = store.createEditingDomain();
        stack = (BasicCommandStack) domain.getCommandStack();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** Runs a command and checks that it is exactly one undoable step that undo and redo reverse. */
    private void oneStep(Command command, Runnable changed, Runnable unchanged) {
        assertTrue(command.canExecute(), "can execute: " + SchemeCommands.reason(command));
        unchanged.run();
        stack.execute(command);
        assertSame(command, stack.getUndoCommand(), "one step on the stack");
        changed.run();
        stack.undo();
        assertSame(command, stack.getRedoCommand());
        unchanged.run();
        stack.redo();
        changed.run();
    }

    private Code code(String id) {
        return scheme.findCode(id);
    }

    @Test
    void renameCategoryAndCodeKeepTheIdsMomentsUse() throws Exception {
        Code waiting = code("vig.encouraging.waiting");
        Category category = (Category) waiting.eContainer();
        oneStep(SchemeCommands.renameCode(domain, waiting, "Waits for the child"),
                () -> assertEquals("Waits for the child", one.getMoments().get(0).getCode().getLabel()),
                () -> assertEquals("Waiting", waiting.getLabel()));
        assertEquals("vig.encouraging.waiting", waiting.getId());
        oneStep(SchemeCommands.renameCategory(domain, category, "Encouraging"),
                () -> assertEquals("Encouraging", category.getName()),
                () -> assertEquals("Encouraging initiatives", category.getName()));
        assertEquals("a code needs a label", SchemeCommands.reason(SchemeCommands.renameCode(domain, waiting, "  ")));
        assertFalse(SchemeCommands.renameCategory(domain, category, "").canExecute());

        store.save();
        try (CorpusStore again = CorpusStore.open(folder)) {
            Case reread = again.loadCase("one");
            assertEquals("Waits for the child", reread.getMoments().get(0).getCode().getLabel());
            assertEquals("Encouraging", ((Category) reread.getMoments().get(0).getCode().eContainer()).getName());
        }
    }

    @Test
    void addCategoriesAndCodesWithFreshIds() {
        Command addCategory = SchemeCommands.addCategory(domain, scheme, "Turn taking");
        int categories = scheme.getCategories().size();
        oneStep(addCategory, () -> assertEquals(categories + 1, scheme.getCategories().size()),
                () -> assertEquals(categories, scheme.getCategories().size()));
        Category turns = scheme.getCategories().get(categories);
        assertEquals("Turn taking", turns.getName());
        assertSame(turns, addCategory.getResult().iterator().next());

        Command addSub = SchemeCommands.addCategory(domain, turns, "Vocal");
        stack.execute(addSub);
        assertEquals("Vocal", turns.getSubCategories().get(0).getName());

        Command addCode = SchemeCommands.addCode(domain, turns, "Takes a turn");
        oneStep(addCode, () -> assertEquals(1, turns.getCodes().size()), () -> assertEquals(0, turns.getCodes().size()));
        Code added = turns.getCodes().get(0);
        assertEquals("lab-vig.takes-a-turn", added.getId());
        assertEquals(CodeKind.POINT, added.getKind());
        assertNull(SchemeCommands.colorProblem(added.getColor()));
        assertNull(added.getShortcut());

        stack.execute(SchemeCommands.addCode(domain, turns, "Takes a turn"));
        assertEquals("lab-vig.takes-a-turn-2", turns.getCodes().get(1).getId(), "ids stay unique in the scheme");
        assertEquals(added.getColor(), turns.getCodes().get(1).getColor(), "a category's codes share its colour");
    }

    @Test
    void descriptionColourKindAndExclusiveFlag() {
        Code look = code("vig.attentive.interested");
        Category attentive = (Category) look.eContainer();
        String description = look.getDescription();
        oneStep(SchemeCommands.setDescription(domain, look, "Eyes on the child."),
                () -> assertEquals("Eyes on the child.", look.getDescription()),
                () -> assertEquals(description, look.getDescription()));
        oneStep(SchemeCommands.setDescription(domain, attentive, "Principle 1."),
                () -> assertEquals("Principle 1.", attentive.getDescription()),
                () -> assertTrue(attentive.getDescription().startsWith("Principle 1 of")));
        oneStep(SchemeCommands.setDescription(domain, scheme, "Our lab's VIG."),
                () -> assertEquals("Our lab's VIG.", scheme.getDescription()),
                () -> assertTrue(scheme.getDescription().startsWith("Copied from")));

        oneStep(SchemeCommands.setColor(domain, look, "#A0B1C2"), () -> assertEquals("#a0b1c2", look.getColor()),
                () -> assertEquals("#4e79a7", look.getColor()));
        for (String bad : new String[] {"a0b1c2", "#a0b1c", "#a0b1c2f", "#ggg000", "red", "", null}) {
            Command refused = SchemeCommands.setColor(domain, look, bad);
            assertFalse(refused.canExecute(), bad);
            assertTrue(SchemeCommands.reason(refused).contains("#rrggbb"), SchemeCommands.reason(refused));
        }
        assertEquals("#a0b1c2", look.getColor());

        oneStep(SchemeCommands.setKind(domain, look, CodeKind.POINT), () -> assertEquals(CodeKind.POINT, look.getKind()),
                () -> assertEquals(CodeKind.INTERVAL, look.getKind()));
        boolean exclusive = attentive.isMutuallyExclusive();
        oneStep(SchemeCommands.setMutuallyExclusive(domain, attentive, !exclusive),
                () -> assertEquals(!exclusive, attentive.isMutuallyExclusive()),
                () -> assertEquals(exclusive, attentive.isMutuallyExclusive()));
    }

    @Test
    void makingAUsedIntervalCodeAPointOrACategoryExclusiveSaysWhatItMeansForTheMoments() {
        Code waiting = code("vig.encouraging.waiting"); // 3 interval moments
        Category encouraging = (Category) waiting.eContainer();
        assertNull(SchemeCommands.kindWarning(store, waiting));
        stack.execute(SchemeCommands.setKind(domain, waiting, CodeKind.POINT));
        String kind = SchemeCommands.kindWarning(store, waiting);
        assertTrue(kind != null && kind.startsWith("3 coded moments of 'Waiting' last longer than an instant"), kind);
        stack.undo();
        assertNull(SchemeCommands.kindWarning(store, waiting));

        CorpusStore.addMoment(one, code("vig.encouraging.listening"), anna, 500, 1500); // overlaps waiting 0–1000
        assertNull(SchemeCommands.exclusiveWarning(store, encouraging), "not exclusive: overlaps are fine");
        stack.execute(SchemeCommands.setMutuallyExclusive(domain, encouraging, true));
        String exclusive = SchemeCommands.exclusiveWarning(store, encouraging);
        assertTrue(exclusive != null && exclusive.contains("overlap 1 time"), exclusive);
        assertNull(SchemeCommands.exclusiveWarning(store, (Category) code("vig.attentive.time").eContainer()));
    }

    @Test
    void aDuplicateShortcutIsSetAndFlaggedNamingBothCodes() throws Exception {
        Code look = code("vig.attentive.interested"); // key a
        Code time = code("vig.attentive.time"); // key b
        assertNull(SchemeCommands.duplicateShortcut(look));
        assertTrue(SchemeCommands.duplicateShortcuts(scheme).isEmpty());

        oneStep(SchemeCommands.setShortcut(domain, time, "a"), () -> assertEquals("a", time.getShortcut()),
                () -> assertEquals("b", time.getShortcut()));
        String flagged = SchemeCommands.duplicateShortcut(time);
        assertNotNull(flagged);
        assertTrue(flagged.contains("'a'") && flagged.contains("'Looking interested'") && flagged.contains("'Giving time and space'"),
                flagged);
        assertEquals(flagged, SchemeCommands.duplicateShortcut(look), "both codes are flagged");
        assertEquals(List.of(flagged), SchemeCommands.duplicateShortcuts(scheme));

        stack.execute(SchemeCommands.setShortcut(domain, time, "B"));
        assertNull(SchemeCommands.duplicateShortcut(time));
        stack.execute(SchemeCommands.setShortcut(domain, time, ""));
        assertNull(time.getShortcut(), "empty: no key");

        for (String bad : new String[] {"ab", " ", "\t"}) {
            Command refused = SchemeCommands.setShortcut(domain, time, bad);
            assertFalse(refused.canExecute(), bad);
            assertNotNull(SchemeCommands.reason(refused));
        }
        assertTrue(SchemeCommands.reason(SchemeCommands.setShortcut(domain, time, "ab")).contains("single character"));
    }

    @Test
    void modifiersNameTypeAndAllowedValues() {
        Code look = code("vig.attentive.interested"); // has modifier "who"
        int modifiers = look.getModifiers().size();
        Command add = SchemeCommands.addModifier(domain, look, "intensity", ModifierType.CHOICE,
                SchemeCommands.splitValues(" low, high ,, low"));
        oneStep(add, () -> assertEquals(modifiers + 1, look.getModifiers().size()),
                () -> assertEquals(modifiers, look.getModifiers().size()));
        Modifier intensity = look.getModifiers().get(modifiers);
        assertEquals(List.of("low", "high"), intensity.getAllowedValues());
        assertFalse(SchemeCommands.addModifier(domain, look, "intensity", ModifierType.TEXT, null).canExecute(),
                "two modifiers of one name");

        oneStep(SchemeCommands.setAllowedValues(domain, intensity, List.of("low", "medium", "high")),
                () -> assertEquals(List.of("low", "medium", "high"), intensity.getAllowedValues()),
                () -> assertEquals(List.of("low", "high"), intensity.getAllowedValues()));
        oneStep(SchemeCommands.setModifierType(domain, intensity, ModifierType.NUMBER),
                () -> assertEquals(ModifierType.NUMBER, intensity.getType()),
                () -> assertEquals(ModifierType.CHOICE, intensity.getType()));
        oneStep(SchemeCommands.renameModifier(domain, intensity, "strength"),
                () -> assertEquals("strength", intensity.getName()), () -> assertEquals("intensity", intensity.getName()));
        assertFalse(SchemeCommands.renameModifier(domain, intensity, "who").canExecute());
        oneStep(SchemeCommands.delete(domain, store, List.of(intensity)),
                () -> assertEquals(modifiers, look.getModifiers().size()),
                () -> assertEquals(modifiers + 1, look.getModifiers().size()));
    }

    @Test
    void deletingAUsedCodeThroughACommandIsRefusedWithTheCount() throws Exception {
        Code waiting = code("vig.encouraging.waiting");
        Category encouraging = (Category) waiting.eContainer();
        Command delete = SchemeCommands.delete(domain, store, List.of(waiting));
        assertFalse(delete.canExecute());
        String reason = SchemeCommands.reason(delete);
        assertTrue(reason.contains("'Waiting'") && reason.contains("3 coded moments") && reason.contains("2 in case one")
                && reason.contains("1 in case two"), reason);
        stack.execute(delete);
        assertSame(waiting, scheme.findCode("vig.encouraging.waiting"), "the command stack did not run it");
        assertFalse(stack.canUndo());

        Command deleteCategory = SchemeCommands.delete(domain, store, List.of(encouraging));
        assertFalse(deleteCategory.canExecute());
        assertTrue(SchemeCommands.reason(deleteCategory).contains("category 'Encouraging initiatives' has codes used by 3 coded moments"),
                SchemeCommands.reason(deleteCategory));

        // The refusal follows the moments: once they are gone, the same command may run.
        Code listening = code("vig.encouraging.listening");
        Command deleteListening = SchemeCommands.delete(domain, store, List.of(listening));
        assertTrue(deleteListening.canExecute());
        CorpusStore.addMoment(two, listening, anna, 4000, 5000);
        assertFalse(deleteListening.canExecute(), "a moment coded since the command was made");
        assertTrue(SchemeCommands.reason(deleteListening).contains("1 coded moment (1 in case two)"),
                SchemeCommands.reason(deleteListening));
        two.getMoments().remove(two.getMoments().size() - 1);

        oneStep(deleteListening, () -> assertNull(scheme.findCode("vig.encouraging.listening")),
                () -> assertSame(listening, scheme.findCode("vig.encouraging.listening")));
        stack.undo();
        int index = encouraging.getCodes().indexOf(listening);
        assertEquals(1, index, "undo puts the code back in its place");
    }

    @Test
    void theHeadlessDeletesRefuseAndCountLikeTheCommand() throws Exception {
        Code waiting = code("vig.encouraging.waiting");
        CodeInUseException refused = assertThrows(CodeInUseException.class,
                () -> SchemeEditing.deleteCategory(store, (Category) waiting.eContainer()));
        assertEquals(3, refused.uses(), "each moment counted once");
        assertTrue(refused.getMessage().contains("3 coded moments"), refused.getMessage());
    }

    @Test
    void schemeNameVersionAndAuthor() {
        oneStep(SchemeCommands.renameScheme(domain, scheme, "VIG, our lab"), () -> assertEquals("VIG, our lab", scheme.getName()),
                () -> assertEquals("Our VIG", scheme.getName()));
        oneStep(SchemeCommands.setVersion(domain, scheme, SchemeEditing.nextVersion(scheme.getVersion())),
                () -> assertEquals("2", scheme.getVersion()), () -> assertEquals("1", scheme.getVersion()));
        oneStep(SchemeCommands.setAuthor(domain, scheme, "Lab A"), () -> assertEquals("Lab A", scheme.getAuthor()),
                () -> assertEquals("Attune (built-in)", scheme.getAuthor()));
        assertFalse(SchemeCommands.renameScheme(domain, scheme, " ").canExecute());
        assertFalse(SchemeCommands.setVersion(domain, scheme, "").canExecute());
        assertEquals("lab-vig", scheme.getId(), "the id cases point at stays");
    }

    @Test
    void addingASchemeIsUndoableAndSaved() throws Exception {
        CodingScheme fresh = SchemeCommands.newScheme("lab-new", "Our new scheme", "Lab");
        Supplier<Integer> schemes = () -> store.corpus().getSchemes().size();
        int before = schemes.get();
        Command add = SchemeCommands.addScheme(store, fresh);
        oneStep(add, () -> assertNotNull(store.findScheme("lab-new")), () -> assertNull(store.findScheme("lab-new")));
        assertEquals(before + 1, schemes.get());
        CodingScheme added = store.findScheme("lab-new");
        stack.execute(SchemeCommands.addCategory(domain, added, "First"));
        stack.execute(SchemeCommands.addCode(domain, added.getCategories().get(0), "One"));
        assertEquals("lab-new.one", added.allCodes().get(0).getId());

        assertTrue(SchemeCommands.reason(SchemeCommands.addScheme(store, SchemeCommands.newScheme("lab-new", "x", null)))
                .contains("already has a scheme with id 'lab-new'"));
        assertTrue(SchemeCommands.reason(SchemeCommands.addScheme(store, SchemeCommands.newScheme("no good", "x", null)))
                .contains("cannot be a scheme id"));

        store.save();
        try (CorpusStore again = CorpusStore.open(folder)) {
            CodingScheme reread = again.findScheme("lab-new");
            assertEquals("Our new scheme", reread.getName());
            assertEquals("One", reread.allCodes().get(0).getLabel());
        }
        assertTrue(Files.exists(folder.resolve("schemes/lab-new.attune-scheme")));

        // Undone and saved, the scheme's file stays in schemes/: another scheme may not take it over,
        // but the file itself can be imported again.
        stack.undo();
        stack.undo();
        stack.undo();
        store.save();
        assertNull(store.findScheme("lab-new"));
        Command other = SchemeCommands.addScheme(store, SchemeCommands.newScheme("lab-new", "Another", null));
        assertTrue(SchemeCommands.reason(other).contains("has a scheme file"), SchemeCommands.reason(other));
        Command again = SchemeCommands.addScheme(store, SchemeEditing.readForImport(store, store.schemeFile("lab-new")));
        oneStep(again, () -> assertEquals("One", store.findScheme("lab-new").allCodes().get(0).getLabel()),
                () -> assertNull(store.findScheme("lab-new")));
    }

    @Test
    void importIsOneStepAndABadFileIsNamed() throws Exception {
        Path exported = dir.resolve("out/lab-vig-2.attune-scheme");
        CodingScheme copy = SchemeEditing.copy(scheme, "lab-vig-2", "Our VIG, 2");
        SchemeEditing.export(copy, exported);
        CodingScheme read = SchemeEditing.readForImport(store, exported);
        oneStep(SchemeCommands.addScheme(store, read), () -> assertNotNull(store.findScheme("lab-vig-2")),
                () -> assertNull(store.findScheme("lab-vig-2")));
        IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> SchemeEditing.readForImport(store, exported));
        assertTrue(twice.getMessage().contains(exported.toString()) && twice.getMessage().contains("already has scheme 'lab-vig-2'"));

        Path broken = dir.resolve("broken.attune-scheme");
        Files.writeString(broken, Files.readString(exported).substring(0, 400));
        CorruptFileException corrupt = assertThrows(CorruptFileException.class, () -> SchemeEditing.readForImport(store, broken));
        assertTrue(corrupt.getMessage().contains("broken.attune-scheme") && corrupt.getMessage().contains("line"), corrupt.getMessage());
    }
}
