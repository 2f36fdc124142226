package org.attune.index.tests;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.attune.index.MomentRecord;
import org.attune.index.MomentTable;

/** A small hand-built corpus whose answers are known (see the comments). */
final class Fixtures {

    static final List<String> INITIATIVES = List.of("Attuned interaction", "Initiatives");
    static final List<String> RECEIVING = List.of("Attuned interaction", "Receiving");
    static final List<String> GUIDANCE = List.of("Guidance");

    private Fixtures() {
    }

    static MomentRecord m(String caseId, String coder, String codeId, String code, List<String> category, long start,
            long end, String note) {
        return MomentRecord.builder(caseId).caseTitle("Visit " + caseId).participants(List.of("mother", "infant"))
                .coder(coder).scheme("VIG").category(category).code(codeId, code).time(start, end).note(note).build();
    }

    /** Case c1: the sequences and overlaps. */
    static List<MomentRecord> case1() {
        List<MomentRecord> c1 = new ArrayList<>();
        c1.add(MomentRecord.builder("c1").caseTitle("Visit at 12 months").participants(List.of("mother", "infant"))
                .coder("Anna").scheme("VIG").category(INITIATIVES).code("ini", "infant initiative").time(0, 1000)
                .note("baby reaches for the ball").modifiers(Map.of("intensity", "high")).build()); // m1
        c1.add(m("c1", "Anna", "recv", "receiving initiatives", RECEIVING, 2000, 4500,
                "mother smiles and names the ball")); // m2: 1 s after m1
        c1.add(m("c1", "Anna", "ini", "infant initiative", INITIATIVES, 10000, 11000, "looks at the door")); // m3
        c1.add(m("c1", "Ben", "recv", "receiving initiatives", RECEIVING, 16500, 17000, "late answer")); // m4: 5.5 s after m3
        c1.add(m("c1", "Ben", "look", "attentive looking", RECEIVING, 500, 3000, "watches closely")); // m5: overlaps m1, m2
        c1.add(MomentRecord.builder("c1").caseTitle("Visit at 12 months").participants(List.of("mother", "infant"))
                .coder("Anna").scheme("VIG").category(GUIDANCE).code("name", "naming").time(70000, 70000)
                .note("names the cup, smiling").transcript("that's a cup").modifiers(Map.of("intensity", "low"))
                .build()); // m6: a point at 1m10s
        return c1;
    }

    /** Case c2: one sequence within 3 s, one initiative nobody receives. */
    static List<MomentRecord> case2() {
        return List.of(m("c2", "Ben", "ini", "infant initiative", INITIATIVES, 0, 500, "points at the dog"), // n1
                m("c2", "Ben", "recv", "receiving initiatives", RECEIVING, 3400, 5000, "follows the point"), // n2: 2.9 s after n1
                m("c2", "Chris", "ini", "infant initiative", INITIATIVES, 120000, 123000, "smile at the camera")); // n3
    }

    /** Case c3: a receiving moment at the very start (nothing precedes it in its case). */
    static List<MomentRecord> case3() {
        return List.of(m("c3", "Anna", "recv", "receiving initiatives", RECEIVING, 0, 100, "calm voice"));
    }

    /** Writes the three cases as moment tables into a corpus folder. */
    static void writeCorpus(Path corpus) throws IOException {
        MomentTable.write(corpus.resolve("c1" + MomentTable.SUFFIX), case1());
        MomentTable.write(corpus.resolve("c2" + MomentTable.SUFFIX), case2());
        MomentTable.write(corpus.resolve("c3" + MomentTable.SUFFIX), case3());
    }
}
