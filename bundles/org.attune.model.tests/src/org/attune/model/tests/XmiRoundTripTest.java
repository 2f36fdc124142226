package org.attune.model.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.Corpus;
import org.attune.model.MediaSource;
import org.attune.model.ModelFactory;
import org.attune.model.ModelPackage;
import org.attune.model.Modifier;
import org.attune.model.ModifierType;
import org.attune.model.ModifierValue;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated model saved as XMI in several files (corpus, case, scheme) and read back. */
class XmiRoundTripTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    @TempDir
    Path dir;

    private ResourceSet newResourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        return set;
    }

    @Test
    void corpusCaseAndSchemeSurviveSaveAndReload() throws Exception {
        ResourceSet set = newResourceSet();
        Resource corpusResource = set.createResource(URI.createFileURI(dir.resolve("corpus.attune").toString()));
        Resource schemeResource = set.createResource(URI.createFileURI(dir.resolve("schemes/s.attune-scheme").toString()));
        Resource caseResource = set.createResource(URI.createFileURI(dir.resolve("cases/c1.attune-case").toString()));

        Corpus corpus = F.createCorpus();
        corpus.setName("Round trip");
        Coder anna = F.createCoder();
        anna.setId("anna");
        anna.setName("Anna");
        corpus.getCoders().add(anna);

        CodingScheme scheme = F.createCodingScheme();
        scheme.setId("s");
        scheme.setName("Scheme");
        scheme.setVersion("1.0");
        Category category = F.createCategory();
        category.setName("Attention");
        category.setMutuallyExclusive(true);
        Code look = F.createCode();
        look.setId("look");
        look.setLabel("Looks at the child");
        look.setKind(CodeKind.INTERVAL);
        look.setColor("#336699");
        look.setShortcut("l");
        Modifier intensity = F.createModifier();
        intensity.setName("intensity");
        intensity.setType(ModifierType.CHOICE);
        intensity.getAllowedValues().add("low");
        intensity.getAllowedValues().add("high");
        look.getModifiers().add(intensity);
        category.getCodes().add(look);
        Category sub = F.createCategory();
        sub.setName("Sub");
        Code smile = F.createCode();
        smile.setId("smile");
        smile.setLabel("Smiles");
        smile.setKind(CodeKind.POINT);
        sub.getCodes().add(smile);
        category.getSubCategories().add(sub);
        scheme.getCategories().add(category);

        Case theCase = F.createCase();
        theCase.setId("c1");
        theCase.setTitle("Case one");
        theCase.getParticipants().add("mother");
        theCase.getParticipants().add("infant");
        theCase.setNotes("notes — with ünïcode");
        theCase.setScheme(scheme);
        MediaSource camera = F.createMediaSource();
        camera.setPath("media/c1-cam1.webm");
        camera.setRole("camera 1 — parent");
        camera.setOffsetMs(1500);
        camera.setFrameRate(25.0);
        theCase.getMediaSources().add(camera);
        CodedMoment moment = F.createCodedMoment();
        moment.setId("m1");
        moment.setCode(look);
        moment.setCoder(anna);
        moment.setStartMs(1000);
        moment.setEndMs(2500);
        moment.setNote("note");
        moment.setTranscript("\"hello\" <there> & more");
        moment.setCreated(1_700_000_000_000L);
        moment.setModified(1_700_000_000_500L);
        ModifierValue value = F.createModifierValue();
        value.setName("intensity");
        value.setValue("high");
        moment.getModifierValues().add(value);
        theCase.getMoments().add(moment);

        corpusResource.getContents().add(corpus);
        schemeResource.getContents().add(scheme);
        caseResource.getContents().add(theCase);
        corpus.getSchemes().add(scheme); // contained across resources: stays in its own file
        corpus.getCases().add(theCase);
        assertSame(caseResource, theCase.eResource(), "a case keeps its own file inside the corpus");

        for (Resource r : set.getResources()) {
            r.save(Map.of());
        }
        assertTrue(Files.readString(dir.resolve("corpus.attune")).contains("cases/c1.attune-case#c1"),
                "the corpus file refers to the case file by the case id");

        ResourceSet fresh = newResourceSet();
        Corpus loaded = (Corpus) fresh.getResource(URI.createFileURI(dir.resolve("corpus.attune").toString()), true)
                .getContents().get(0);
        assertEquals("Round trip", loaded.getName());
        Case loadedCase = loaded.getCases().get(0);
        assertFalse(loadedCase.eIsProxy());
        assertEquals("c1", loadedCase.getId());
        assertEquals(java.util.List.of("mother", "infant"), loadedCase.getParticipants());
        assertEquals("notes — with ünïcode", loadedCase.getNotes());
        assertEquals(1500, loadedCase.getMediaSources().get(0).getOffsetMs());
        assertEquals("camera 1 — parent", loadedCase.getMediaSources().get(0).getRole());
        CodedMoment loadedMoment = loadedCase.getMoments().get(0);
        assertSame(loadedCase, loadedMoment.getCase());
        assertEquals("Looks at the child", loadedMoment.getCode().getLabel());
        assertSame(loaded.getCoders().get(0), loadedMoment.getCoder());
        assertSame(loadedCase.getScheme(), loaded.getSchemes().get(0));
        assertSame(loadedCase.getScheme().findCode("look"), loadedMoment.getCode());
        assertEquals(2, loadedCase.getScheme().allCodes().size());
        assertEquals("high", loadedMoment.getModifierValue("intensity"));
        assertEquals(1500, loadedMoment.durationMs());
        assertEquals("\"hello\" <there> & more", loadedMoment.getTranscript());
        assertEquals(1_700_000_000_500L, loadedMoment.getModified());
        assertTrue(EcoreUtil.equals(theCase, loadedCase), "the reloaded case equals the saved one, feature by feature");
        assertTrue(EcoreUtil.equals(scheme, loadedCase.getScheme()));
        assertNotNull(loadedCase.getScheme().findCode("smile"));
        assertEquals(CodeKind.POINT, loadedCase.getScheme().findCode("smile").getKind());
    }
}
