package org.attune.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.analysis.Agreement;
import org.attune.analysis.AgreementMethod;
import org.attune.analysis.CorpusMoments;
import org.attune.analysis.Moment;
import org.attune.analysis.MomentSet;
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
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The adapter from the coding model, on a corpus in memory and saved to files and read back. */
class CorpusMomentsTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    @TempDir
    Path dir;

    private Corpus corpus;

    private static Code code(Category category, String id, String label, CodeKind kind) {
        Code code = F.createCode();
        code.setId(id);
        code.setLabel(label);
        code.setKind(kind);
        category.getCodes().add(code);
        return code;
    }

    private static Category category(String name) {
        Category category = F.createCategory();
        category.setName(name);
        return category;
    }

    private static void moment(Case c, Code code, Coder coder, long start, long end) {
        CodedMoment m = F.createCodedMoment();
        m.setCode(code);
        m.setCoder(coder);
        m.setStartMs(start);
        m.setEndMs(end);
        c.getMoments().add(m);
    }

    private Case build() {
        corpus = F.createCorpus();
        corpus.setName("demo");
        Coder anna = F.createCoder();
        anna.setId("anna");
        Coder ben = F.createCoder();
        ben.setId("ben");
        corpus.getCoders().addAll(List.of(anna, ben));
        CodingScheme scheme = F.createCodingScheme();
        scheme.setId("vig");
        Category parent = category("parent");
        Code attuned = code(parent, "ar", "attuned response", CodeKind.INTERVAL);
        Code initiative = code(parent, "in", "initiative", CodeKind.INTERVAL);
        Category child = category("child");
        Category face = category("face");
        child.getSubCategories().add(face);
        Code smile = code(face, "sm", "smile", CodeKind.POINT);
        scheme.getCategories().addAll(List.of(parent, child));
        corpus.getSchemes().add(scheme);
        Case c = F.createCase();
        c.setId("c1");
        c.setScheme(scheme);
        MediaSource camera = F.createMediaSource();
        camera.setPath("media/c1.mp4");
        camera.setOffsetMs(500);
        camera.setDurationMs(60_000);
        c.getMediaSources().add(camera);
        moment(c, attuned, anna, 1000, 4000);
        moment(c, initiative, anna, 9000, 11_000);
        moment(c, smile, anna, 12_000, 12_000);
        moment(c, attuned, ben, 1300, 3900);
        moment(c, attuned, ben, 9100, 10_500);
        moment(c, smile, ben, 12_400, 12_400);
        corpus.getCases().add(c);
        return c;
    }

    @Test
    void momentsAreNamedByCaseCoderCategoryPathAndLabel() {
        build();
        List<String> problems = new ArrayList<>();
        MomentSet set = CorpusMoments.from(corpus, problems::add);
        assertEquals(List.of(), problems);
        assertEquals(6, set.size());
        assertEquals(new Moment("c1", "anna", "parent", "attuned response", 1000, 4000), set.moments("c1", "anna").get(0));
        assertEquals(new Moment("c1", "ben", "child/face", "smile", 12_400, 12_400), set.moments("c1", "ben").get(2));
        assertEquals(60_500, set.sessionLength("c1"), "the camera ends at offset + duration");
        // pairs: (attuned, attuned) (initiative, attuned) (smile, smile): p_o = 2/3,
        // A: attuned 1, initiative 1, smile 1; B: attuned 2, smile 1; p_e = (1*2 + 1*1)/9 = 1/3; kappa = 1/2
        assertEquals(0.5, Agreement.compute(set, List.of("anna", "ben"), AgreementMethod.EVENT, 1000, 1000, null).pooled()
                .cohenKappa(), 1e-12);
    }

    @Test
    void aCorpusSavedToFilesGivesTheSameMomentsAndALostSchemeIsReported() throws Exception {
        Case c = build();
        ResourceSet out = resourceSet();
        Resource corpusResource = out.createResource(URI.createFileURI(dir.resolve("corpus.attune").toString()));
        Resource schemeResource = out.createResource(URI.createFileURI(dir.resolve("schemes/vig.attune-scheme").toString()));
        Resource caseResource = out.createResource(URI.createFileURI(dir.resolve("cases/c1.attune-case").toString()));
        corpusResource.getContents().add(corpus);
        schemeResource.getContents().add(corpus.getSchemes().get(0));
        caseResource.getContents().add(c);
        for (Resource r : out.getResources()) {
            r.save(null);
        }
        MomentSet before = CorpusMoments.from(corpus, p -> {
        });

        Corpus reloaded = (Corpus) resourceSet().getResource(URI.createFileURI(dir.resolve("corpus.attune").toString()), true)
                .getContents().get(0);
        List<String> problems = new ArrayList<>();
        MomentSet after = CorpusMoments.from(reloaded, problems::add);
        assertEquals(List.of(), problems);
        assertEquals(before.moments("c1"), after.moments("c1"));
        assertEquals(60_500, after.sessionLength("c1"));

        Files.delete(dir.resolve("schemes/vig.attune-scheme"));
        Corpus withoutScheme = (Corpus) resourceSet()
                .getResource(URI.createFileURI(dir.resolve("corpus.attune").toString()), true).getContents().get(0);
        MomentSet lost = CorpusMoments.from(withoutScheme, problems::add);
        assertEquals(0, lost.size());
        assertEquals(6, problems.size());
        assertTrue(problems.get(0).startsWith("case c1, moment at 1000 ms: its code cannot be found"), problems.get(0));
    }

    private static ResourceSet resourceSet() {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        return set;
    }
}
