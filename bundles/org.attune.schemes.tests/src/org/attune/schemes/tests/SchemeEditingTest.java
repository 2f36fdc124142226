package org.attune.schemes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.CodingScheme;
import org.attune.model.store.CorpusStore;
import org.attune.schemes.AvailableScheme;
import org.attune.schemes.CodeInUseException;
import org.attune.schemes.SchemeCatalog;
import org.attune.schemes.SchemeEditing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom schemes: copied, versioned, renamed, exported and imported without losing coded moments. */
class SchemeEditingTest {

    @TempDir
    Path dir;

    private static CodingScheme builtIn(String id) throws Exception {
        return BuiltInSchemesTest.catalogService().find(id, null).orElseThrow().scheme();
    }

    @Test
    void aCopyIsEditableUnderANewIdAndKeepsCodeIds() throws Exception {
        CodingScheme vig = builtIn("vig");
        CodingScheme copy = SchemeEditing.copy(vig, "lab-vig", "Our VIG");
        assertEquals("lab-vig", copy.getId());
        assertEquals("1", copy.getVersion());
        assertTrue(copy.getDescription().startsWith("Copied from"));
        assertEquals(vig.allCodes().stream().map(Code::getId).toList(), copy.allCodes().stream().map(Code::getId).toList());
        copy.getCategories().get(0).setName("Changed");
        assertEquals("Being attentive", vig.getCategories().get(0).getName(), "the built-in scheme is untouched");
        assertEquals("1.1", SchemeEditing.nextVersion("1.0"));
        assertEquals("4", SchemeEditing.nextVersion("3"));
        assertEquals("2.0-lab.1", SchemeEditing.nextVersion("2.0-lab"));
        assertEquals("2", SchemeEditing.newVersion(copy));
    }

    @Test
    void renamingKeepsMomentsAndDeletingAUsedCodeIsRefusedWithTheCount() throws Exception {
        Path folder = dir.resolve("corpus");
        try (CorpusStore store = CorpusStore.create(folder, "Study")) {
            var anna = store.addCoder("anna", "Anna");
            CodingScheme scheme = store.addScheme(SchemeEditing.copy(builtIn("vig"), "lab-vig", "Our VIG"));
            Case one = store.createCase("one", "One");
            Case two = store.createCase("two", "Two");
            one.setScheme(scheme);
            two.setScheme(scheme);
            Code waiting = scheme.findCode("vig.encouraging.waiting");
            CorpusStore.addMoment(one, waiting, anna, 0, 1000);
            CorpusStore.addMoment(one, waiting, anna, 2000, 3000);
            CorpusStore.addMoment(two, waiting, anna, 0, 500);
            store.save();
        }
        try (CorpusStore store = CorpusStore.open(folder)) {
            CodingScheme scheme = store.findScheme("lab-vig");
            Code waiting = scheme.findCode("vig.encouraging.waiting");
            SchemeEditing.renameCode(waiting, "Waits for the child");
            SchemeEditing.newVersion(scheme);
            CodeInUseException refused = assertThrows(CodeInUseException.class, () -> SchemeEditing.deleteCode(store, waiting));
            assertEquals(3, refused.uses());
            assertTrue(refused.getMessage().contains("3 coded moments") && refused.getMessage().contains("2 in case one")
                    && refused.getMessage().contains("1 in case two"), refused.getMessage());
            assertNotNull(scheme.findCode("vig.encouraging.waiting"), "nothing was deleted");
            assertThrows(CodeInUseException.class, () -> SchemeEditing.deleteCategory(store, waiting.eContainer() instanceof org.attune.model.Category c ? c : null));

            Code unused = scheme.findCode("vig.guiding.choices");
            SchemeEditing.deleteCode(store, unused);
            assertNull(scheme.findCode("vig.guiding.choices"));
            store.save();
        }
        try (CorpusStore store = CorpusStore.open(folder)) {
            Case one = store.loadCase("one");
            assertEquals("Waits for the child", one.getMoments().get(0).getCode().getLabel(), "moments follow the renamed code");
            assertSame(store.findScheme("lab-vig").findCode("vig.encouraging.waiting"), one.getMoments().get(0).getCode());
            assertEquals("2", store.findScheme("lab-vig").getVersion());
        }
    }

    @Test
    void exportImportAndTheCorpusSchemesFolder() throws Exception {
        Path exported = dir.resolve("exchange/vipp-lab.attune-scheme");
        SchemeEditing.export(SchemeEditing.copy(builtIn("vipp-sd"), "vipp-lab", "VIPP-SD, our lab"), exported);
        assertTrue(Files.size(exported) > 1000);

        Path folder = dir.resolve("corpus");
        try (CorpusStore store = CorpusStore.create(folder, "Study")) {
            CodingScheme imported = SchemeEditing.importInto(store, exported);
            assertEquals("vipp-lab", imported.getId());
            assertEquals(builtIn("vipp-sd").allCodes().size(), imported.allCodes().size());
            IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> SchemeEditing.importInto(store, exported));
            assertTrue(twice.getMessage().contains("already has scheme 'vipp-lab'"), twice.getMessage());
            store.save();
        }
        // A scheme file a lab drops into schemes/ is available too.
        Files.copy(exported, folder.resolve("schemes/dropped.attune-scheme"));
        SchemeCatalog catalog = BuiltInSchemesTest.catalogService();
        List<AvailableScheme> available = catalog.available(folder);
        assertTrue(available.stream().anyMatch(s -> s.id().equals("vipp-lab") && s.origin().equals("corpus")
                && s.file().equals(folder.resolve("schemes/vipp-lab.attune-scheme"))), available.toString());
        assertEquals(4, available.size(), "2 built-in + the imported one + the dropped file: " + available);
    }
}
