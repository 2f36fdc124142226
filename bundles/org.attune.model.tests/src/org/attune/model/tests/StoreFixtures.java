package org.attune.model.tests;

import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodingScheme;
import org.attune.model.ModelFactory;

/** Small, valid data for store tests. */
final class StoreFixtures {

    private StoreFixtures() {
    }

    /** A scheme with an exclusive category of two interval codes and a point code. */
    static CodingScheme scheme() {
        ModelFactory f = ModelFactory.eINSTANCE;
        CodingScheme scheme = f.createCodingScheme();
        scheme.setId("test");
        scheme.setName("Test scheme");
        scheme.setVersion("1");
        Category gaze = f.createCategory();
        gaze.setName("Gaze");
        gaze.setMutuallyExclusive(true);
        gaze.getCodes().add(code("look", "Looks at the child", CodeKind.INTERVAL, "l"));
        gaze.getCodes().add(code("away", "Looks away", CodeKind.INTERVAL, "a"));
        Category events = f.createCategory();
        events.setName("Events");
        events.getCodes().add(code("smile", "Smiles", CodeKind.POINT, "s"));
        scheme.getCategories().add(gaze);
        scheme.getCategories().add(events);
        return scheme;
    }

    static Code code(String id, String label, CodeKind kind, String shortcut) {
        Code code = ModelFactory.eINSTANCE.createCode();
        code.setId(id);
        code.setLabel(label);
        code.setKind(kind);
        code.setShortcut(shortcut);
        code.setColor("#336699");
        return code;
    }
}
