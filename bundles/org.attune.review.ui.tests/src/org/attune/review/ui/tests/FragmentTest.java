package org.attune.review.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The model fragment adds the Playlists part to the left stack of Application.e4xmi: applied
 * here as the workbench applies it (elements added to the parent found by its id).
 */
class FragmentTest {

    @Test
    void thePlaylistsPartJoinsTheLeftStack() throws Exception {
        ResourceSetImpl set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new E4XMIResourceFactory());
        Resource app = set.getResource(URI.createPlatformPluginURI("org.attune.app/Application.e4xmi", true), true);
        Resource fragments = set.getResource(URI.createPlatformPluginURI("org.attune.review.ui/fragment.e4xmi", true), true);
        MApplication application = (MApplication) app.getContents().get(0);
        MModelFragments model = (MModelFragments) fragments.getContents().get(0);
        assertEquals(1, model.getFragments().size());
        MStringModelFragment fragment = (MStringModelFragment) model.getFragments().get(0);
        MPartStack stack = (MPartStack) find(app, fragment.getParentElementId());
        assertNotNull(stack, "no " + fragment.getParentElementId() + " in Application.e4xmi");
        int before = stack.getChildren().size();
        for (var element : new ArrayList<>(fragment.getElements())) {
            stack.getChildren().add((MPart) EcoreUtil.copy((EObject) element));
        }
        assertEquals(before + 1, stack.getChildren().size());
        MPart part = (MPart) stack.getChildren().get(before);
        assertEquals("org.attune.review.ui.part.playlists", part.getElementId());
        assertEquals("Playlists", part.getLabel());
        URI contribution = URI.createURI(part.getContributionURI());
        Bundle bundle = Platform.getBundle(contribution.authority());
        assertNotNull(bundle.loadClass(contribution.segment(0)));
        assertTrue(application.getChildren().size() > 0);
    }

    private static MUIElement find(Resource resource, String id) {
        List<MUIElement> found = new ArrayList<>();
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            if (it.next() instanceof MUIElement element && id.equals(element.getElementId())) {
                found.add(element);
            }
        }
        return found.isEmpty() ? null : found.get(0);
    }
}
