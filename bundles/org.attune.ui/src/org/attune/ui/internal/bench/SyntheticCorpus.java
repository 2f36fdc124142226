package org.attune.ui.internal.bench;

import java.util.Random;

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

/**
 * A corpus built in memory for the timeline benchmark: a scheme of 6 categories × 4 codes
 * (interval and point codes), 2 coders and one case with as many moments as asked, spread
 * over the case like a long, densely coded session.
 */
public final class SyntheticCorpus {

    private static final ModelFactory F = ModelFactory.eINSTANCE;
    private static final String[] COLORS = {"#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#46f0f0",
        "#f032e6", "#bcf60c", "#008080", "#9a6324", "#800000", "#000075"};

    private SyntheticCorpus() {
    }

    /** A corpus with one case "bench" of {@code moments} moments over {@code durationMs}. */
    public static Corpus create(int moments, long durationMs, long seed) {
        Corpus corpus = F.createCorpus();
        corpus.setName("Benchmark");
        Coder[] coders = {coder("anna", "Anna"), coder("ben", "Ben")};
        for (Coder coder : coders) {
            corpus.getCoders().add(coder);
        }
        CodingScheme scheme = F.createCodingScheme();
        scheme.setId("bench");
        scheme.setName("Benchmark scheme");
        scheme.setVersion("1");
        int colour = 0;
        char key = 'a';
        for (int c = 0; c < 6; c++) {
            Category category = F.createCategory();
            category.setName("Category " + (c + 1));
            category.setMutuallyExclusive(c % 2 == 0);
            for (int k = 0; k < 4; k++) {
                Code code = F.createCode();
                code.setId("c" + c + "k" + k);
                code.setLabel("Code " + (c + 1) + "." + (k + 1));
                code.setKind(c < 4 ? CodeKind.INTERVAL : CodeKind.POINT);
                code.setColor(COLORS[colour++ % COLORS.length]);
                code.setShortcut(String.valueOf(key++));
                category.getCodes().add(code);
            }
            scheme.getCategories().add(category);
        }
        corpus.getSchemes().add(scheme);

        Case theCase = F.createCase();
        theCase.setId("bench");
        theCase.setTitle("Benchmark case");
        theCase.setScheme(scheme);
        MediaSource source = F.createMediaSource();
        source.setPath("media/bench.webm");
        source.setRole("camera 1");
        source.setFrameRate(25);
        source.setDurationMs(durationMs);
        theCase.getMediaSources().add(source);
        var codes = scheme.allCodes();
        Random random = new Random(seed);
        var list = theCase.getMoments();
        CodedMoment[] batch = new CodedMoment[moments];
        for (int i = 0; i < moments; i++) {
            Code code = codes.get(random.nextInt(codes.size()));
            CodedMoment moment = F.createCodedMoment();
            moment.setId("m" + i);
            moment.setCode(code);
            moment.setCoder(coders[random.nextInt(coders.length)]);
            long start = (long) (random.nextDouble() * (durationMs - 10_000));
            moment.setStartMs(start);
            moment.setEndMs(code.getKind() == CodeKind.POINT ? start : start + 200 + random.nextInt(8_000));
            batch[i] = moment;
        }
        list.addAll(java.util.Arrays.asList(batch));
        corpus.getCases().add(theCase);
        return corpus;
    }

    private static Coder coder(String id, String name) {
        Coder coder = F.createCoder();
        coder.setId(id);
        coder.setName(name);
        return coder;
    }
}
