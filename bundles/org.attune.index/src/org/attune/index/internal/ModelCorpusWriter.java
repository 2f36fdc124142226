package org.attune.index.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.attune.index.ModelMomentSource;
import org.attune.index.MomentRecord;
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

/**
 * Writes records as a corpus of the coding model (corpus file, one scheme, one file per case),
 * so that the search benchmark scans the same XMI case files a tool without an index must load.
 */
public final class ModelCorpusWriter {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private ModelCorpusWriter() {
    }

    public static void write(Path dir, String name, List<List<MomentRecord>> cases) throws IOException {
        ResourceSet set = new ResourceSetImpl();
        set.getPackageRegistry().put(ModelPackage.eNS_URI, ModelPackage.eINSTANCE);
        set.getResourceFactoryRegistry().getExtensionToFactoryMap().put("*", new XMIResourceFactoryImpl());
        Resource corpusResource = set.createResource(uri(dir, "corpus" + ModelMomentSource.CORPUS_EXTENSION));
        Resource schemeResource = set.createResource(uri(dir, "schemes/scheme" + ModelMomentSource.SCHEME_EXTENSION));
        Corpus corpus = F.createCorpus();
        corpus.setName(name);
        corpusResource.getContents().add(corpus);
        CodingScheme scheme = F.createCodingScheme();
        scheme.setId("scheme");
        schemeResource.getContents().add(scheme);
        corpus.getSchemes().add(scheme);
        Map<String, Coder> coders = new HashMap<>();
        Map<String, Code> codes = new HashMap<>();
        Map<String, Category> categories = new HashMap<>();
        Map<String, String> saveOptions = Map.of();
        for (List<MomentRecord> records : cases) {
            if (records.isEmpty()) {
                continue;
            }
            MomentRecord first = records.get(0);
            Case theCase = F.createCase();
            theCase.setId(first.caseId());
            theCase.setTitle(first.caseTitle());
            theCase.getParticipants().addAll(first.participants());
            theCase.setScheme(scheme);
            if (scheme.getName() == null) {
                scheme.setName(first.scheme());
            }
            for (MomentRecord r : records) {
                CodedMoment moment = F.createCodedMoment();
                moment.setId(theCase.getId() + "-" + theCase.getMoments().size());
                moment.setCoder(coders.computeIfAbsent(r.coder(), n -> {
                    Coder coder = F.createCoder();
                    coder.setId(n.toLowerCase(java.util.Locale.ROOT));
                    coder.setName(n);
                    corpus.getCoders().add(coder);
                    return coder;
                }));
                moment.setCode(codes.computeIfAbsent(r.codeId(), id -> {
                    Code code = F.createCode();
                    code.setId(id);
                    code.setLabel(r.codeLabel());
                    code.setKind(r.durationMs() == 0 ? CodeKind.POINT : CodeKind.INTERVAL);
                    category(scheme, categories, r.categoryPath()).getCodes().add(code);
                    return code;
                }));
                moment.setStartMs(r.startMs());
                moment.setEndMs(r.endMs());
                moment.setNote(r.note());
                moment.setTranscript(r.transcript());
                for (Map.Entry<String, String> m : r.modifiers().entrySet()) {
                    ModifierValue value = F.createModifierValue();
                    value.setName(m.getKey());
                    value.setValue(m.getValue());
                    moment.getModifierValues().add(value);
                }
                theCase.getMoments().add(moment);
            }
            Resource caseResource = set.createResource(
                    uri(dir, "cases/" + theCase.getId() + ModelMomentSource.CASE_EXTENSION));
            caseResource.getContents().add(theCase);
            corpus.getCases().add(theCase);
            caseResource.save(saveOptions);
            caseResource.unload(); // the corpus keeps a reference to the file, not the moments
        }
        schemeResource.save(saveOptions);
        corpusResource.save(saveOptions);
    }

    private static Category category(CodingScheme scheme, Map<String, Category> categories, List<String> path) {
        Category parent = null;
        StringBuilder key = new StringBuilder();
        for (String level : path.isEmpty() ? List.of("codes") : path) {
            key.append('/').append(level);
            Category p = parent;
            parent = categories.computeIfAbsent(key.toString(), k -> {
                Category c = F.createCategory();
                c.setName(level);
                if (p == null) {
                    scheme.getCategories().add(c);
                } else {
                    p.getSubCategories().add(c);
                }
                return c;
            });
        }
        return parent;
    }

    private static URI uri(Path dir, String relative) {
        return URI.createFileURI(dir.resolve(relative).toAbsolutePath().toString());
    }
}
