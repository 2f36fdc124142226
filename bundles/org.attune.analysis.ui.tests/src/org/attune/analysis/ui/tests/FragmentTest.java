package org.attune.analysis.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.model.fragment.MModelFragments;
import org.eclipse.e4.ui.model.fragment.MStringModelFragment;
import org.eclipse.e4.ui.internal.workbench.E4XMIResourceFactory;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The model fragment puts the two parts into the timeline stack, and their classes load. */
class FragmentTest {

    @Test
    void partsGoBesideTheTimeline() throws Exception {
        Bundle bundle = FrameworkUtil.getBundle(org.attune.analysis.ui.internal.AgreementPart.class);
        URL url = bundle.getEntry("fragment.e4xmi");
        assertNotNull(url, "fragment.e4xmi is in the bundle");
        ResourceSetImpl set = new ResourceSetImpl();
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("e4xmi", new E4XMIResourceFactory());
        Resource resource = set.getResource(URI.createURI(url.toString()), true);
        MModelFragments fragments = (MModelFragments) resource.getContents().get(0);
        assertEquals(1, fragments.getFragments().size());
        MStringModelFragment fragment = (MStringModelFragment) fragments.getFragments().get(0);
        assertEquals("org.attune.app.stack.timeline", fragment.getParentElementId());
        assertEquals("children", fragment.getFeaturename());
        List<String> ids = fragment.getElements().stream().map(e -> e.getElementId()).toList();
        assertEquals(List.of("org.attune.analysis.ui.part.agreement", "org.attune.analysis.ui.part.statistics"), ids);
        for (var element : fragment.getElements()) {
            MPart part = (MPart) element;
            String uri = part.getContributionURI();
            assertTrue(uri.startsWith("bundleclass://org.attune.analysis.ui/"), uri);
            assertNotNull(bundle.loadClass(uri.substring(uri.lastIndexOf('/') + 1)));
        }
        assertTrue(bundle.getEntry("plugin.xml") != null);
    }
}
