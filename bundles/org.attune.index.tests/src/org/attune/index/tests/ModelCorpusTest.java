package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.attune.index.CorpusIndex;
import org.attune.index.Hit;
import org.attune.index.ModelMomentSource;
import org.attune.index.SearchOptions;
import org.attune.index.SearchResult;
import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.CodeKind;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.Corpus;
import org.attune.model.ModelFactory;
import org.attune.model.ModelPackage;
import org.attune.model.ModifierValue;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceFactoryImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A corpus of the coding model, saved as XMI files, indexed and searched through {@link ModelMomentSource}. */
class ModelCorpusTest {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    @TempDir
    Path dir;

    private ResourceSet set;
    private Corpus corpus;
    private CodingScheme scheme;
    private Case c1;
    private Case c2;

    private void saveCorpus() throws Exception {
        set = new ResourceSetImpl();
        set.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        Resource corpusResource = set.createResource(uri("corpus.attune"));
        Resource schemeResource = set.createResource(uri("schemes/vig.attune-scheme"));
        corpus = F.createCorpus();
        corpus.setName("Visits");
        Coder anna = coder("anna", "Anna (coder 1)");
        Coder ben = coder("ben", "");
        scheme = F.createCodingScheme();
        scheme.setId("vig");
        scheme.setName("VIG");
        Category attuned = category("Attuned interaction");
        Category initiatives = category("Initiatives");
        Category receiving = category("Receiving");
        attuned.getSubCategories().add(initiatives);
        attuned.getSubCategories().add(receiving);
        scheme.getCategories().add(attuned);
        Code ini = code("ini", "infant initiative", initiatives);
        Code recv = code("recv", "receiving initiatives", receiving);
        corpusResource.getContents().add(corpus);
        schemeResource.getContents().add(scheme);
        corpus.getSchemes().add(scheme);

        c1 = newCase("c1", "Visit at 12 months");
        moment(c1, "m1", ini, anna, 0, 1000, "baby reaches for the ball", "high");
        moment(c1, "m2", recv, anna, 2000, 4500, "mother smiles", null);
        moment(c1, "m3", ini, ben, 10000, 11000, "looks at the door", null);
        c2 = newCase("c2", "Visit at 18 months");
        moment(c2, "n1", ini, ben, 0, 500, "points at the dog", null);
        moment(c2, "n2", recv, ben, 3400, 5000, "follows the point", "low");
        for (Resource r : set.getResources()) {
            r.save(Map.of());
        }
    }

    private URI uri(String relative) {
        return URI.createFileURI(dir.resolve(relative).toString());
    }

    private Coder coder(String id, String name) {
        Coder coder = F.createCoder();
        coder.setId(id);
        coder.setName(name);
        corpus.getCoders().add(coder);
        return coder;
    }

    private static Category category(String name) {
        Category category = F.createCategory();
        category.setName(name);
        return category;
    }

    private static Code code(String id, String label, Category category) {
        Code code = F.createCode();
        code.setId(id);
        code.setLabel(label);
        code.setKind(CodeKind.INTERVAL);
        category.getCodes().add(code);
        return code;
    }

    private Case newCase(String id, String title) {
        Case theCase = F.createCase();
        theCase.setId(id);
        theCase.setTitle(title);
        theCase.getParticipants().addAll(List.of("mother", "infant"));
        theCase.setScheme(scheme);
        set.createResource(uri("cases/" + id + ".attune-case")).getContents().add(theCase);
        corpus.getCases().add(theCase);
        return theCase;
    }

    private static void moment(Case theCase, String id, Code code, Coder coder, long start, long end, String note,
            String intensity) {
        CodedMoment moment = F.createCodedMoment();
        moment.setId(id);
        moment.setCode(code);
        moment.setCoder(coder);
        moment.setStartMs(start);
        moment.setEndMs(end);
        moment.setNote(note);
        if (intensity != null) {
            ModifierValue value = F.createModifierValue();
            value.setName("intensity");
            value.setValue(intensity);
            moment.getModifierValues().add(value);
        }
        theCase.getMoments().add(moment);
    }

    private static List<String> keys(SearchResult result) {
        return result.hits().stream().map(ModelCorpusTest::key).toList();
    }

    private static String key(Hit h) {
        String k = h.moment().caseId() + "@" + h.moment().startMs();
        return h.isPair() ? k + ">" + h.second().startMs() : k;
    }

    @Test
    void aSavedCorpusIsIndexedAndFollowsItsFiles() throws Exception {
        saveCorpus();
        assertTrue(ModelMomentSource.isModelCorpus(dir));
        ModelMomentSource source = new ModelMomentSource(dir);
        try (CorpusIndex index = CorpusIndex.open(dir)) {
            CorpusIndex.SyncReport report = index.sync(source, null);
            assertEquals(2, report.unitsIndexed(), report.failures().toString());
            assertEquals(5, index.size());
            SearchOptions options = SearchOptions.defaults();

            SearchResult anna = index.search("code:\"receiving initiatives\" AND coder:anna", options, null);
            assertEquals(List.of("c1@2000"), keys(anna));
            Hit hit = anna.hits().get(0);
            assertEquals("Anna (coder 1)", hit.moment().coder(), "found by the coder's id, shown by name");
            assertEquals("anna", hit.moment().coderId());
            assertEquals(anna.total(), index.search("code:recv AND coder:\"anna (coder 1)\"", options, null).total());
            assertEquals("Visit at 12 months", hit.moment().caseTitle());
            assertEquals(List.of("Attuned interaction", "Receiving"), hit.moment().categoryPath());
            assertEquals("VIG", hit.moment().scheme());
            assertEquals("recv", hit.moment().codeId());
            assertEquals("m2", hit.moment().momentId(), "a hit names its moment");
            assertEquals(List.of("c1@10000", "c2@0", "c2@3400"), keys(index.search("coder:ben", options, null)),
                    "a coder without a name is found by id");
            assertEquals(List.of("c1@0>2000", "c2@0>3400"), keys(index.search(
                    "code:\"infant initiative\" THEN code:\"receiving initiatives\" WITHIN 3s", options, null)));
            assertEquals(List.of("c1@0", "c2@3400"), keys(index.search("modifier.intensity:*", options, null)));
            assertEquals(2, index.search("category:\"attuned interaction/initiatives\" AND coder:ben", options, null)
                    .total());

            // a moment coded in one case: only that case file is read again
            moment(c2, "n3", scheme.findCode("recv"), corpus.getCoders().get(0), 8000, 9000, "giggles", null);
            c2.eResource().save(Map.of());
            CorpusIndex.SyncReport one = index.sync(new ModelMomentSource(dir), null);
            assertEquals(1, one.unitsIndexed());
            assertEquals(List.of("c2@8000"), keys(index.search("note:giggles", options, null)));

            // the moment as the editor holds it, before any save: update() makes it searchable at once
            moment(c1, "m4", scheme.findCode("ini"), corpus.getCoders().get(0), 20000, 21000, "claps", null);
            index.update("cases/c1.attune-case", "unsaved", ModelMomentSource.records(c1));
            assertEquals(List.of("c1@20000"), keys(index.search("note:claps", options, null)));

            // renaming a code touches the scheme file: every case shows the new label
            scheme.findCode("recv").setLabel("receiving");
            scheme.eResource().save(Map.of());
            c1.eResource().save(Map.of());
            CorpusIndex.SyncReport renamed = index.sync(new ModelMomentSource(dir), null);
            assertEquals(2, renamed.unitsIndexed());
            assertEquals(3, index.search("code:receiving", options, null).total());
            assertEquals(0, index.search("code:\"receiving initiatives\"", options, null).total());
        }
    }

    @Test
    void theCommandLineFindsTheModelCorpus() throws Exception {
        saveCorpus();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
        java.io.PrintStream po = new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8);
        java.io.PrintStream pe = new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8);
        org.attune.cli.CliContext context = new org.attune.cli.CliContext() {
            @Override
            public java.io.PrintStream out() {
                return po;
            }

            @Override
            public java.io.PrintStream err() {
                return pe;
            }

            @Override
            public Path workingDirectory() {
                return dir;
            }

            @Override
            public org.eclipse.core.runtime.IProgressMonitor monitor() {
                return new org.eclipse.core.runtime.NullProgressMonitor();
            }
        };
        int code = new org.attune.index.internal.cli.SearchCommand().run(context,
                List.of("--corpus", ".", "code:\"infant initiative\" NOT FOLLOWED BY code:recv WITHIN 5s"));
        assertEquals(0, code, err.toString());
        assertEquals("c1\t10000\t11000\tben\tinfant initiative\tlooks at the door\n", out.toString());
    }

    @Test
    void searchResultsAreSavedAsAPlaylistOfTheCorpus() throws Exception {
        saveCorpus();
        org.attune.cli.CliContext context = new org.attune.cli.CliContext() {
            @Override
            public java.io.PrintStream out() {
                return new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
            }

            @Override
            public java.io.PrintStream err() {
                return new java.io.PrintStream(java.io.OutputStream.nullOutputStream());
            }

            @Override
            public Path workingDirectory() {
                return dir;
            }

            @Override
            public org.eclipse.core.runtime.IProgressMonitor monitor() {
                return new org.eclipse.core.runtime.NullProgressMonitor();
            }
        };
        String query = "code:\"infant initiative\" THEN code:\"receiving initiatives\" WITHIN 3s";
        // --limit cuts what is printed, never what is saved
        assertEquals(0, new org.attune.index.internal.cli.SearchCommand().run(context,
                List.of("--corpus", ".", "--limit", "1", "--save-playlist", "Received within 3 s", query)));
        try (org.attune.model.store.CorpusStore store = org.attune.model.store.CorpusStore.open(dir)) {
            org.attune.model.Playlist playlist = store.findPlaylist("Received within 3 s");
            assertEquals(query, playlist.getQuery());
            assertEquals(List.of("c1/m1", "c1/m2", "c2/n1", "c2/n2"), playlist.getEntries().stream()
                    .map(e -> e.getCaseId() + "/" + e.getMomentId()).toList(), "both moments of each pair");
            assertEquals("mother smiles", store.resolve(playlist.getEntries().get(1)).getNote());
        }
        // a name in use is refused and the corpus file is not touched
        byte[] before = Files.readAllBytes(dir.resolve("corpus.attune"));
        java.io.IOException refused = org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class,
                () -> new org.attune.index.internal.cli.SearchCommand().run(context,
                        List.of("--corpus", ".", "--save-playlist", "Received within 3 s", "code:ini")));
        assertTrue(refused.getMessage().contains("already has a playlist 'Received within 3 s'"), refused.getMessage());
        org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(dir.resolve("corpus.attune")));
    }

    @Test
    void aDamagedCaseFileIsReportedByName() throws Exception {
        saveCorpus();
        Files.writeString(dir.resolve("cases/c2.attune-case"), "<?xml version=\"1.0\"?><broken");
        try (CorpusIndex index = CorpusIndex.open(dir)) {
            CorpusIndex.SyncReport report = index.sync(new ModelMomentSource(dir), null);
            assertEquals(1, report.unitsIndexed());
            String message = report.failures().get("cases/c2.attune-case");
            assertTrue(message != null && message.contains("c2.attune-case: cannot be read as a case file"),
                    String.valueOf(report.failures()));
            assertEquals(3, index.size());
        }
    }
}
