package org.attune.schemes.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.MApplicationElement;
import org.eclipse.e4.ui.model.application.MContribution;
import org.eclipse.e4.ui.model.application.commands.MHandler;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.application.ui.basic.MPartStack;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenu;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;

/**
 * The bundle's fragment.e4xmi applied to the application's Application.e4xmi as the workbench's
 * model assembler does it (each element added to the feature of the element with the parent id,
 * at its position): the Scheme editor part lands in the video stack after the video, and Edit ›
 * Edit Scheme… after Redo, with a handler whose class loads.
 */
class FragmentTest {

    @Test
    void thePartAndTheMenuItemLandWhereTheWorkbenchShowsThem() throws Exception {
        ResourceSet set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new E4XMIResourceFactory());
        Resource appResource = set.getResource(URI.createPlatformPluginURI("org.attune.app/Application.e4xmi", true), true);
        MApplication application = (MApplication) appResource.getContents().get(0);
        Resource fragmentResource = set.getResource(URI.createPlatformPluginURI("org.attune.schemes.ui/fragment.e4xmi", true), true);
        MModelFragments fragments = (MModelFragments) fragmentResource.getContents().get(0);

        for (var fragment : fragments.getFragments()) {
            MStringModelFragment f = (MStringModelFragment) fragment;
            EObject parent = find(appResource, f.getParentElementId());
            assertNotNull(parent, "the application has the element " + f.getParentElementId());
            EStructuralFeature feature = parent.eClass().getEStructuralFeature(f.getFeaturename());
            assertNotNull(feature, f.getFeaturename());
            @SuppressWarnings("unchecked")
            List<Object> list = (List<Object>) parent.eGet(feature);
            int at = list.size();
            String position = f.getPositionInList();
            if (position != null && position.startsWith("after:")) {
                EObject after = find(appResource, position.substring("after:".length()));
                assertNotNull(after, "the element the fragment goes after: " + position);
                at = list.indexOf(after) + 1;
                assertTrue(at > 0, position + " is in " + f.getParentElementId());
            }
            for (MApplicationElement element : new ArrayList<>(f.getElements())) {
                list.add(at++, element); // moves it out of the fragment, as the assembler does
            }
        }
        // cross-references inside the fragment (item → command) now point into the application
        EcoreUtil.resolveAll(set);

        MPartStack video = (MPartStack) find(appResource, "org.attune.app.stack.video");
        assertEquals(List.of("org.attune.ui.part.video", "org.attune.schemes.ui.part.editor"),
                video.getChildren().stream().map(MApplicationElement::getElementId).toList());
        MPart part = (MPart) video.getChildren().get(1);
        assertEquals("Scheme editor", part.getLabel());

        MMenu edit = (MMenu) find(appResource, "org.attune.ui.menu.edit");
        List<String> items = edit.getChildren().stream().map(MApplicationElement::getElementId).toList();
        assertEquals(items.indexOf("org.attune.ui.menuitem.redo") + 2, items.indexOf("org.attune.schemes.ui.menuitem.editScheme"), items.toString());
        MHandledMenuItem item = (MHandledMenuItem) find(appResource, "org.attune.schemes.ui.menuitem.editScheme");
        MHandler handler = application.getHandlers().stream()
                .filter(h -> "org.attune.schemes.ui.handler.editScheme".equals(h.getElementId())).findFirst().orElseThrow();
        assertSame(item.getCommand(), handler.getCommand(), "the menu item runs the handler's command");
        assertTrue(application.getCommands().contains(item.getCommand()));

        for (MContribution contribution : List.of(part, handler)) {
            URI uri = URI.createURI(contribution.getContributionURI());
            Bundle bundle = Platform.getBundle(uri.authority());
            assertNotNull(bundle, contribution.getContributionURI());
            assertNotNull(bundle.loadClass(uri.segment(0)), contribution.getContributionURI());
        }
    }

    private static EObject find(Resource resource, String elementId) {
        for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
            EObject object = it.next();
            if (object instanceof MApplicationElement element && elementId.equals(element.getElementId())) {
                return object;
            }
        }
        return null;
    }
}
