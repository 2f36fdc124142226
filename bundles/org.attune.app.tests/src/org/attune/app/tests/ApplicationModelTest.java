package org.attune.app.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.model.application.MAddon;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MTrimmedWindow;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * Checks Application.e4xmi as the workbench reads it: the window, the parts the later
 * components fill, and that every class the model names can really be loaded (a typo in a
 * contribution URI would otherwise only show as an empty part at run time).
 */
class ApplicationModelTest {

    private static MApplication application;
    private static Resource resource;

    @BeforeAll
    static void load() {
        ResourceSetImpl set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new E4XMIResourceFactory());
        resource = set.getResource(URI.createPlatformPluginURI("org.attune.app/Application.e4xmi", true), true);
        application = (MApplication) resource.getContents().get(0);
    }

    @Test
    void mainWindowIsTitledAttune() {
        MTrimmedWindow window = (MTrimmedWindow) application.getChildren().get(0);
        assertEquals("Attune", window.getLabel());
        assertNotNull(window.getMainMenu());
    }

    @Test
    void codingLayoutHasThePartsOfTheBundleMap() {
        List<String> ids = new ArrayList<>();
        for (MPart part : parts()) {
            ids.add(part.getElementId());
        }
        assertEquals(List.of("org.attune.ui.part.explorer", "org.attune.ui.part.search", "org.attune.ui.part.video",
                "org.attune.ui.part.timeline", "org.attune.ui.part.palette", "org.attune.ui.part.moments"), ids);
    }

    @Test
    void everyContributionClassLoads() throws Exception {
        List<MContribution> contributions = new ArrayList<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof MContribution contribution && contribution.getContributionURI() != null) {
                contributions.add(contribution);
            }
        }
        assertTrue(contributions.size() >= 15, "parts, handlers and addons: " + contributions.size());
        for (MContribution contribution : contributions) {
            URI uri = URI.createURI(contribution.getContributionURI());
            assertEquals("bundleclass", uri.scheme(), contribution.getContributionURI());
            Bundle bundle = Platform.getBundle(uri.authority());
            assertNotNull(bundle, "no bundle " + uri.authority() + " for " + contribution.getElementId());
            assertNotNull(bundle.loadClass(uri.segment(0)), contribution.getContributionURI());
        }
        long addons = contributions.stream().filter(MAddon.class::isInstance).count();
        assertEquals(12, addons);
    }

    static List<MPart> parts() {
        List<MPart> parts = new ArrayList<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            if (it.next() instanceof MPart part) {
                parts.add(part);
            }
        }
        return parts;
    }
}
