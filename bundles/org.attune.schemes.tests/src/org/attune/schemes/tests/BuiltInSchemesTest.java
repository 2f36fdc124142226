package org.attune.schemes.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodingScheme;
import org.attune.model.util.ModelRules;
import org.attune.schemes.AvailableScheme;
import org.attune.schemes.SchemeCatalog;
import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The VIG and VIPP-SD schemes, as the running OSGi services offer them. */
class BuiltInSchemesTest {

    static SchemeCatalog catalogService() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(SchemeCatalog.class);
        bundle.start(Bundle.START_ACTIVATION_POLICY);
        ServiceTracker<SchemeCatalog, SchemeCatalog> tracker = new ServiceTracker<>(bundle.getBundleContext(), SchemeCatalog.class, null);
        tracker.open();
        try {
            SchemeCatalog catalog = tracker.waitForService(TimeUnit.SECONDS.toMillis(20));
            assertNotNull(catalog, "the SchemeCatalog service is registered (Declarative Services)");
            return catalog;
        } finally {
            tracker.close();
        }
    }

    private static CodingScheme scheme(String id) throws Exception {
        return catalogService().find(id, null).orElseThrow().scheme();
    }

    @Test
    void theCatalogServiceOffersBothBuiltInSchemes() throws Exception {
        List<AvailableScheme> available = catalogService().available();
        assertEquals(List.of("vig", "vipp-sd"), available.stream().map(AvailableScheme::id).toList());
        assertTrue(available.stream().allMatch(s -> s.origin().equals("built-in")));
    }

    @Test
    void vigHasTheSixPrinciplesWithObservableBehaviours() throws Exception {
        CodingScheme vig = scheme("vig");
        assertEquals(List.of("Being attentive", "Encouraging initiatives", "Receiving initiatives",
                "Developing attuned interactions", "Guiding", "Deepening discussion"),
                vig.getCategories().stream().map(Category::getName).toList());
        for (Category principle : vig.getCategories()) {
            assertTrue(principle.getCodes().size() >= 3, principle.getName() + " has its behaviours as codes");
            for (Code code : principle.getCodes()) {
                assertTrue(code.getDescription() != null && code.getDescription().length() > 20, code.getId() + " describes what to look for");
            }
        }
        assertTrue(vig.getDescription().contains("Where the wording comes from"), "the description says where its wording comes from");
    }

    @Test
    void vippSdHasTheSensitivityAndDisciplineThemes() throws Exception {
        CodingScheme vipp = scheme("vipp-sd");
        List<String> names = vipp.getCategories().stream().map(Category::getName).toList();
        for (String theme : List.of("exploration versus attachment", "speaking for the child", "Sensitivity chain",
                "sharing emotions", "inductive discipline and distraction", "positive reinforcement", "sensitive time-out",
                "empathy for the child")) {
            assertTrue(names.stream().anyMatch(n -> n.toLowerCase().contains(theme.toLowerCase())), "theme " + theme + " in " + names);
        }
        assertTrue(vipp.getDescription().contains("Where the wording comes from"));
        Category chain = vipp.getCategories().stream().filter(c -> c.getName().equals("Sensitivity chain")).findFirst().orElseThrow();
        assertTrue(chain.getSubCategories().get(0).isMutuallyExclusive(), "one response to a signal at a time");
    }

    @Test
    void builtInSchemesAreValidWithUniqueIdsAndShortcuts() throws Exception {
        for (String id : List.of("vig", "vipp-sd")) {
            CodingScheme scheme = scheme(id);
            Diagnostic result = ModelRules.validate(scheme);
            assertEquals(Diagnostic.OK, result.getSeverity(), () -> String.join("\n", ModelRules.messages(result)));
            Set<String> shortcuts = new HashSet<>();
            for (Code code : scheme.allCodes()) {
                assertTrue(code.getId().startsWith(id.replace("-", "") + "."), code.getId());
                assertTrue(code.getColor().matches("#[0-9a-f]{6}"), code.getColor());
                assertTrue(shortcuts.add(code.getShortcut()));
            }
        }
    }
}
