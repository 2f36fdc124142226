package org.attune.ui.tests;

import java.io.IOException;
import java.nio.file.Path;

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
import org.attune.ui.XmiCorpusStore;

/**
 * A small corpus written to a folder for the tests: a VIG-like scheme with a mutually
 * exclusive category of interval codes and a category of point codes, two coders, two cases.
 */
final class TestCorpus {

    private static final ModelFactory F = ModelFactory.eINSTANCE;

    private TestCorpus() {
    }

    static Path create(Path folder) throws IOException {
        Corpus corpus = F.createCorpus();
        corpus.setName("Test corpus");
        Coder anna = coder("anna", "Anna");
        Coder ben = coder("ben", "Ben");
        corpus.getCoders().add(anna);
        corpus.getCoders().add(ben);

        CodingScheme scheme = F.createCodingScheme();
        scheme.setId("vig-test");
        scheme.setName("VIG (test)");
        scheme.setVersion("1");
        Category attentive = category("Being attentive", true);
        attentive.getCodes().add(code("look", "Looking at the child", CodeKind.INTERVAL, "#1f77b4", "l"));
        attentive.getCodes().add(code("away", "Looking away", CodeKind.INTERVAL, "#ff7f0e", "w"));
        Category initiatives = category("Receiving initiatives", false);
        initiatives.getCodes().add(code("nod", "Nodding", CodeKind.POINT, "#2ca02c", "n"));
        initiatives.getCodes().add(code("name", "Naming", CodeKind.POINT, "#d62728", "m"));
        scheme.getCategories().add(attentive);
        scheme.getCategories().add(initiatives);
        corpus.getSchemes().add(scheme);

        Case one = F.createCase();
        one.setId("case-1");
        one.setTitle("Mother and infant, play");
        one.setScheme(scheme);
        MediaSource camera = F.createMediaSource();
        camera.setPath("media/case-1-parent.webm");
        camera.setRole("camera 1 — parent");
        camera.setFrameRate(25);
        camera.setDurationMs(120_000);
        one.getMediaSources().add(camera);
        one.getMoments().add(moment("existing-1", scheme.findCode("look"), ben, 10_000, 14_000));
        one.getMoments().add(moment("existing-2", scheme.findCode("nod"), ben, 20_000, 20_000));
        corpus.getCases().add(one);

        Case two = F.createCase();
        two.setId("case-2");
        two.setTitle("Father and infant, meal");
        two.setScheme(scheme);
        corpus.getCases().add(two);

        XmiCorpusStore.create(folder, corpus);
        return folder;
    }

    private static Coder coder(String id, String name) {
        Coder coder = F.createCoder();
        coder.setId(id);
        coder.setName(name);
        return coder;
    }

    private static Category category(String name, boolean exclusive) {
        Category category = F.createCategory();
        category.setName(name);
        category.setMutuallyExclusive(exclusive);
        return category;
    }

    private static Code code(String id, String label, CodeKind kind, String color, String key) {
        Code code = F.createCode();
        code.setId(id);
        code.setLabel(label);
        code.setKind(kind);
        code.setColor(color);
        code.setShortcut(key);
        return code;
    }

    private static CodedMoment moment(String id, Code code, Coder coder, long start, long end) {
        CodedMoment moment = F.createCodedMoment();
        moment.setId(id);
        moment.setCode(code);
        moment.setCoder(coder);
        moment.setStartMs(start);
        moment.setEndMs(end);
        return moment;
    }
}
