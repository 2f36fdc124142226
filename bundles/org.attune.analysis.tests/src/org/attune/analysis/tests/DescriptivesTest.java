package org.attune.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.attune.analysis.Descriptives;
import org.attune.analysis.Descriptives.CodeStatistics;
import org.attune.analysis.Descriptives.Transition;
import org.attune.analysis.Moment;
import org.attune.analysis.MomentSet;
import org.junit.jupiter.api.Test;

class DescriptivesTest {

    private static Moment m(String caseId, String coder, String code, long start, long end) {
        return new Moment(caseId, coder, "", code, start, end);
    }

    private static CodeStatistics row(List<CodeStatistics> rows, String caseId, String coder, String code) {
        return rows.stream().filter(r -> r.caseId().equals(caseId) && r.coder().equals(coder) && r.code().equals(code))
                .findFirst().orElseThrow();
    }

    @Test
    void countsDurationsRatesAndProportions() {
        MomentSet set = new MomentSet().addAll(List.of(m("c1", "A", "gaze", 0, 10_000), m("c1", "A", "gaze", 20_000, 25_000),
                m("c1", "A", "smile", 30_000, 30_000), m("c2", "A", "gaze", 0, 30_000)))
                .setSessionLength("c1", 60_000).setSessionLength("c2", 120_000);
        List<CodeStatistics> rows = Descriptives.codeStatistics(set, null);
        CodeStatistics gaze = row(rows, "c1", "A", "gaze");
        assertEquals(2, gaze.count());
        assertEquals(15_000, gaze.totalDurationMs());
        assertEquals(7500, gaze.meanDurationMs(), 1e-9);
        assertEquals(2.0, gaze.ratePerMinute(), 1e-9);
        assertEquals(0.25, gaze.proportion(), 1e-9);
        CodeStatistics smile = row(rows, "c1", "A", "smile");
        assertEquals(1, smile.count());
        assertEquals(0, smile.totalDurationMs());
        assertEquals(1.0, smile.ratePerMinute(), 1e-9);
        // pooled over the two cases: 3 gazes, 45 s of 180 s session
        CodeStatistics all = row(rows, Descriptives.ALL_CASES, "A", "gaze");
        assertEquals(3, all.count());
        assertEquals(45_000, all.totalDurationMs());
        assertEquals(180_000, all.sessionMs());
        assertEquals(1.0, all.ratePerMinute(), 1e-9);
        assertEquals(0.25, all.proportion(), 1e-9);
    }

    @Test
    void sessionLengthDefaultsToTheLatestEnd() {
        MomentSet set = new MomentSet().addAll(List.of(m("c1", "A", "x", 0, 30_000), m("c1", "B", "y", 50_000, 60_000)));
        CodeStatistics x = row(Descriptives.codeStatistics(set, null), "c1", "A", "x");
        assertEquals(60_000, x.sessionMs());
        assertEquals(0.5, x.proportion(), 1e-9);
    }

    @Test
    void transitionsCountTheNextMomentWithinTheWindow() {
        MomentSet set = new MomentSet().addAll(List.of(m("c1", "A", "gaze", 0, 10_000), m("c1", "A", "smile", 12_000, 12_000),
                m("c1", "A", "gaze", 30_000, 31_000), m("c1", "A", "touch", 30_500, 32_000), m("c1", "B", "gaze", 0, 1000),
                m("c1", "B", "smile", 1000, 2000)));
        List<Transition> within5 = Descriptives.transitions(set, 5000, null);
        assertEquals(List.of("c1 A gaze>smile 1", "c1 A gaze>touch 1", "c1 B gaze>smile 1", "(all) A gaze>smile 1",
                "(all) A gaze>touch 1", "(all) B gaze>smile 1"), text(within5));
        List<Transition> within20 = Descriptives.transitions(set, 20_000, null);
        assertTrue(text(within20).contains("c1 A smile>gaze 1"));
    }

    private static List<String> text(List<Transition> transitions) {
        return transitions.stream().map(t -> t.caseId() + " " + t.coder() + " " + t.from() + ">" + t.to() + " " + t.count())
                .toList();
    }
}
