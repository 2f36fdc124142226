package org.attune.ui.tests;

import java.io.IOException;
import java.nio.file.Path;

import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.MediaSource;
import org.attune.model.ModelFactory;
import org.attune.model.store.CorpusStore;

/**
 * A small corpus written to a folder for the tests: a VIG-like scheme with a mutually
 * exclusive category of interval codes and a category of point codes, two coders, two cases.
 */
final class TestCorpus {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private TestCorpus() {
    }

    static Path create(Path folder) throws IOException {
        try (CorpusStore store = CorpusStore.create(folder, "Test corpus")) {
            store.addCoder("anna", "Anna");
            Coder ben = store.addCoder("ben", "Ben");

            CodingScheme built = F.createCodingScheme();
            built.setId("vig-test");
            built.setName("VIG (test)");
            built.setVersion("1");
            Category attentive = category("Being attentive", true);
            attentive.getCodes().add(code("look", "Looking at the child", CodeKind.INTERVAL, "#1f77b4", "l"));
            attentive.getCodes().add(code("away", "Looking away", CodeKind.INTERVAL, "#ff7f0e", "w"));
            Category initiatives = category("Receiving initiatives", false);
            initiatives.getCodes().add(code("nod", "Nodding", CodeKind.POINT, "#2ca02c", "n"));
            initiatives.getCodes().add(code("name", "Naming", CodeKind.POINT, "#d62728", "m"));
            built.getCategories().add(attentive);
            built.getCategories().add(initiatives);
            CodingScheme scheme = store.addScheme(built);

            Case one = store.createCase("case-1", "Mother and infant, play");
            one.setScheme(scheme);
            MediaSource camera = store.addMedia(one, folder.resolve("media/case-1-parent.webm"), "camera 1 — parent", 0);
            camera.setFrameRate(25);
            camera.setDurationMs(120_000);
            CorpusStore.addMoment(one, scheme.findCode("look"), ben, 10_000, 14_000).setId("existing-1");
            CorpusStore.addMoment(one, scheme.findCode("nod"), ben, 20_000, 20_000).setId("existing-2");

            Case two = store.createCase("case-2", "Father and infant, meal");
            two.setScheme(scheme);
            store.save();
        }
        return folder;
    }

    private static Coder coder(String id, String name) {
        Coder coder = F.createCoder();
        coder.setId(id);
        coder.setName(name);
        return coder;
    }

    private static Category category(String name, boolean exclusive) {
        Category category = F.createCategory();
        category.setName(name);
        category.setMutuallyExclusive(exclusive);
        return category;
    }

    private static Code code(String id, String label, CodeKind kind, String color, String key) {
        Code code = F.createCode();
        code.setId(id);
        code.setLabel(label);
        code.setKind(kind);
        code.setColor(color);
        code.setShortcut(key);
        return code;
    }

}
