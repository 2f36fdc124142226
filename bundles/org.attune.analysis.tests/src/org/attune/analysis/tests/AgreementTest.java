package org.attune.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.attune.analysis.Agreement;
import org.attune.analysis.AgreementMethod;
import org.attune.analysis.AgreementReport;
import org.attune.analysis.AgreementResult;
import org.attune.analysis.ConfusionMatrix;
import org.attune.analysis.EventMatcher;
import org.attune.analysis.Moment;
import org.attune.analysis.MomentSet;
import org.attune.analysis.Reliability;
import org.attune.analysis.TimeUnits;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.junit.jupiter.api.Test;

/** The matching rules, time units, pooling, and properties every coefficient must have. */
class AgreementTest {

    private static final String N = ConfusionMatrix.NOTHING;

    static Moment m(String coder, String code, long start, long end) {
        return new Moment("c1", coder, "", code, start, end);
    }

    static Moment m(String caseId, String coder, String category, String code, long start, long end) {
        return new Moment(caseId, coder, category, code, start, end);
    }

    private static List<String> codes(List<EventMatcher.Pair> pairs) {
        return pairs.stream().map(p -> p.codeA() + "|" + p.codeB()).toList();
    }

    @Test
    void onsetsWithinTheToleranceMatch() {
        List<Moment> a = List.of(m("A", "smile", 1000, 1000));
        assertEquals(List.of("smile|smile"), codes(EventMatcher.match(a, List.of(m("B", "smile", 1900, 1900)), 1000)));
        assertTrue(EventMatcher.match(a, List.of(m("B", "smile", 1900, 1900)), 1000).get(0).agrees());
        assertEquals(List.of("smile|smile"), codes(EventMatcher.match(a, List.of(m("B", "smile", 2000, 2000)), 1000)));
        assertEquals(List.of("smile|" + N, N + "|smile"),
                codes(EventMatcher.match(a, List.of(m("B", "smile", 2001, 2001)), 1000)));
    }

    @Test
    void overlappingIntervalsMatchWhateverTheOnsetDistance() {
        List<EventMatcher.Pair> pairs = EventMatcher.match(List.of(m("A", "play", 0, 10_000)),
                List.of(m("B", "play", 5000, 8000)), 1000);
        assertEquals(List.of("play|play"), codes(pairs));
        // touching is not overlapping
        assertEquals(2, EventMatcher.match(List.of(m("A", "x", 0, 1000)), List.of(m("B", "x", 1000, 2000)), 500).size());
        // a point on an interval overlaps it
        assertEquals(List.of("x|x"),
                codes(EventMatcher.match(List.of(m("A", "x", 0, 5000)), List.of(m("B", "x", 5000, 5000)), 0)));
    }

    @Test
    void aSameCodePartnerIsPreferredToANearerOtherCode() {
        List<Moment> a = List.of(m("A", "smile", 1050, 1050), m("A", "gaze", 1200, 1200));
        List<Moment> b = List.of(m("B", "gaze", 1100, 1100));
        assertEquals(List.of("smile|" + N, "gaze|gaze"), codes(EventMatcher.match(a, b, 1000)));
    }

    @Test
    void differentCodesInTheSamePlaceAreADisagreement() {
        List<EventMatcher.Pair> pairs = EventMatcher.match(List.of(m("A", "gaze", 0, 2000)),
                List.of(m("B", "smile", 300, 1500)), 1000);
        assertEquals(List.of("gaze|smile"), codes(pairs));
        assertTrue(!pairs.get(0).agrees());
    }

    @Test
    void momentsOfDifferentCategoriesAreNeverPaired() {
        List<EventMatcher.Pair> pairs = EventMatcher.match(List.of(m("c1", "A", "parent", "x", 1000, 2000)),
                List.of(m("c1", "B", "child", "x", 1000, 2000)), 1000);
        assertEquals(2, pairs.size());
        assertTrue(pairs.stream().allMatch(p -> p.a() == null || p.b() == null));
    }

    @Test
    void eventKappaByHand() {
        // pairs: (gaze,gaze) (smile,smile) (gaze,nothing) (nothing,smile)
        // p_o = 2/4; marginals A: gaze 2, smile 1, nothing 1; B: gaze 1, smile 2, nothing 1
        // p_e = (2*1 + 1*2 + 1*1) / 16 = 5/16; kappa = (1/2 - 5/16) / (11/16) = 3/11
        MomentSet set = new MomentSet().addAll(List.of(m("A", "gaze", 0, 1000), m("A", "smile", 5000, 5000),
                m("A", "gaze", 10_000, 11_000), m("B", "gaze", 200, 900), m("B", "smile", 5300, 5300),
                m("B", "smile", 15_000, 15_000)));
        AgreementReport report = Agreement.compute(set, List.of("A", "B"), AgreementMethod.EVENT, 1000, 1000,
                new NullProgressMonitor());
        AgreementResult r = report.pooled();
        assertEquals(4, r.items());
        assertEquals(0.5, r.percentAgreement(), 1e-12);
        assertEquals(3.0 / 11, r.cohenKappa(), 1e-12);
        assertEquals(1, r.confusion().count("gaze", N));
        assertEquals(1, r.confusion().count(N, "smile"));
        assertEquals(0, r.confusion().count(N, N));
        assertEquals(List.of("gaze", "smile", N), r.confusion().labels());
        // per code "gaze": A 2, B 1, both 1 -> specific agreement 2*1/(2+1)
        assertEquals(2.0 / 3, r.codeAgreements().get(0).specificAgreement(), 1e-12);
    }

    @Test
    void timeUnitKappaByHand() {
        // 1 s units over a 4 s session: A = g g g -, B = g g s -
        // p_o = 3/4; marginals A: g 3, - 1; B: g 2, s 1, - 1; p_e = (3*2 + 1*1)/16 = 7/16; kappa = 5/9
        MomentSet set = new MomentSet().addAll(List.of(m("A", "g", 0, 3000), m("B", "g", 0, 2000), m("B", "s", 2000, 3000)))
                .setSessionLength("c1", 4000);
        AgreementResult r = Agreement.compute(set, List.of("A", "B"), AgreementMethod.TIME_UNIT, 1000, 1000,
                new NullProgressMonitor()).pooled();
        assertEquals(4, r.items());
        assertEquals(0.75, r.percentAgreement(), 1e-12);
        assertEquals(5.0 / 9, r.cohenKappa(), 1e-12);
        assertEquals(1, r.confusion().count(N, N));
    }

    @Test
    void aUnitTakesTheCodeCoveringMostOfIt() {
        List<Moment> moments = List.of(m("A", "gaze", 0, 1400), m("A", "smile", 1400, 2000), m("A", "nod", 2500, 2500),
                m("A", "gaze", 3100, 3200), m("A", "nod", 3300, 3300));
        String[] units = TimeUnits.label(moments, List.of(""), 4500, 1000).get("");
        assertEquals(List.of("gaze", "smile", "nod", "gaze", N), List.of(units));
    }

    @Test
    void pooledStatisticsComeFromTheSummedTableNotAnAverage() {
        MomentSet set = new MomentSet();
        set.addAll(List.of(m("c1", "A", "", "x", 0, 1000), m("c1", "B", "", "x", 0, 1000), m("c1", "A", "", "y", 5000, 6000),
                m("c1", "B", "", "y", 5000, 6000)));
        set.addAll(List.of(m("c2", "A", "", "x", 0, 1000), m("c2", "B", "", "y", 0, 1000), m("c2", "A", "", "x", 9000, 9000),
                m("c2", "B", "", "x", 9000, 9000), m("c2", "A", "", "y", 20_000, 20_000)));
        AgreementReport report = Agreement.compute(set, List.of("A", "B"), AgreementMethod.EVENT, 1000, 1000,
                new NullProgressMonitor());
        assertEquals(2, report.cases().size());
        ConfusionMatrix summed = new ConfusionMatrix();
        report.cases().forEach(r -> summed.addAll(r.confusion()));
        assertEquals(summed.total(), report.pooled().items());
        assertEquals(summed.cohenKappa(), report.pooled().cohenKappa(), 1e-12);
        double mean = (report.cases().get(0).cohenKappa() + report.cases().get(1).cohenKappa()) / 2;
        assertTrue(Math.abs(mean - report.pooled().cohenKappa()) > 0.01, "the pooled kappa is not the mean kappa");
    }

    @Test
    void aCaseOneCoderDidNotCodeIsSkippedWithTheReason() {
        MomentSet set = new MomentSet().addAll(List.of(m("c1", "A", "", "x", 0, 1000), m("c1", "B", "", "x", 0, 1000),
                m("c2", "A", "", "x", 0, 1000)));
        AgreementReport report = Agreement.compute(set, List.of("A", "B"), AgreementMethod.EVENT, 1000, 1000,
                new NullProgressMonitor());
        assertEquals(1, report.cases().size());
        assertEquals("c2", report.skipped().get(0).caseId());
        assertTrue(report.skipped().get(0).reason().contains("B"));
    }

    @Test
    void alphaAcceptsACoderMissingFromACase() {
        MomentSet set = new MomentSet();
        for (String coder : List.of("A", "B", "C")) {
            set.add(m("c1", coder, "", "x", 0, 2000)).add(m("c1", coder, "", "y", 2000, 4000));
        }
        set.add(m("c2", "A", "", "x", 0, 2000)).add(m("c2", "B", "", "x", 0, 1000)).add(m("c2", "B", "", "y", 1000, 2000));
        AgreementReport alpha = Agreement.compute(set, List.of("A", "B", "C"), AgreementMethod.ALPHA, 1000, 1000,
                new NullProgressMonitor());
        assertEquals(2, alpha.cases().size());
        assertEquals(1.0, alpha.cases().get(0).alpha().alpha(), 1e-12);
        assertTrue(alpha.pooled().alpha().alpha() < 1.0);
        // Fleiss' kappa needs every coder on every item: only case c1 enters it
        assertEquals(4, alpha.pooled().fleiss().items());
        AgreementReport fleiss = Agreement.compute(set, List.of("A", "B", "C"), AgreementMethod.TIME_UNIT, 1000, 1000,
                new NullProgressMonitor());
        assertEquals(1, fleiss.cases().size());
        assertEquals("c2", fleiss.skipped().get(0).caseId());
        assertEquals(1.0, fleiss.pooled().fleiss().kappa(), 1e-12);
        assertNull(fleiss.pooled().confusion());
    }

    @Test
    void perfectAgreementIsOneForEveryCoefficient() {
        Random random = new Random(7);
        MomentSet set = new MomentSet();
        long t = 0;
        for (int i = 0; i < 60; i++) {
            String code = List.of("gaze", "smile", "touch").get(random.nextInt(3));
            long length = 500 + random.nextInt(4000);
            for (String coder : List.of("A", "B", "C")) {
                set.add(m("c1", coder, "", code, t, t + length));
            }
            t += length + random.nextInt(3000);
        }
        for (AgreementMethod method : AgreementMethod.values()) {
            List<String> coders = method == AgreementMethod.EVENT ? List.of("A", "B") : List.of("A", "B", "C");
            AgreementResult r = Agreement.compute(set, coders, method, 1000, 1000, new NullProgressMonitor()).pooled();
            assertEquals(1.0, r.percentAgreement(), 1e-12, method.word());
            assertEquals(1.0, r.alpha().alpha(), 1e-12, method.word());
            if (coders.size() == 2) {
                assertEquals(1.0, r.cohenKappa(), 1e-12, method.word());
            } else {
                assertEquals(1.0, r.fleiss().kappa(), 1e-12, method.word());
            }
        }
    }

    @Test
    void systematicDisagreementIsAtMostZero() {
        ConfusionMatrix m = new ConfusionMatrix();
        m.add("x", "y", 10);
        m.add("y", "x", 10);
        assertEquals(0.0, m.observedAgreement());
        assertTrue(m.cohenKappa() <= 0);
        assertEquals(-1.0, m.cohenKappa(), 1e-12);
    }

    @Test
    void undefinedStatisticsAreNaNNotAnException() {
        ConfusionMatrix one = new ConfusionMatrix();
        one.add("x", "x", 5);
        assertTrue(Double.isNaN(one.cohenKappa()), "both coders always used one code: kappa is undefined");
        assertTrue(Double.isNaN(new ConfusionMatrix().cohenKappa()));
        assertTrue(Double.isNaN(Reliability.krippendorffAlphaNominal(List.of(List.of("x", "x"))).alpha()));
        assertTrue(Double.isNaN(Reliability.fleissKappa(List.of()).kappa()));
    }

    /**
     * Cross-checks between independent formulas on random data: for two coders without missing values,
     * Fleiss' kappa is Scott's pi and 1 - alpha = (1 - pi)(n - 1)/n with n = 2 x items (Krippendorff 2004,
     * the small-sample correction); kappa and alpha stay in range; swapping the coders changes nothing.
     */
    @Test
    void randomDataRespectsTheRelationsBetweenCoefficients() {
        Random random = new Random(42);
        for (int round = 0; round < 50; round++) {
            List<List<String>> items = new ArrayList<>();
            ConfusionMatrix ab = new ConfusionMatrix();
            ConfusionMatrix ba = new ConfusionMatrix();
            int n = 5 + random.nextInt(200);
            for (int i = 0; i < n; i++) {
                String a = "c" + random.nextInt(4);
                String b = random.nextInt(3) == 0 ? "c" + random.nextInt(4) : a;
                items.add(List.of(a, b));
                ab.add(a, b);
                ba.add(b, a);
            }
            double pi = Reliability.fleissKappa(items).kappa();
            double alpha = Reliability.krippendorffAlphaNominal(items).alpha();
            if (Double.isNaN(pi)) {
                continue;
            }
            assertEquals(1 - (1 - pi) * (2.0 * n - 1) / (2.0 * n), alpha, 1e-9);
            assertEquals(ab.cohenKappa(), ba.cohenKappa(), 1e-12);
            assertEquals(ab.observedAgreement(), Reliability.percentAgreement(items), 1e-12);
            assertTrue(ab.cohenKappa() <= 1 && ab.cohenKappa() >= -1);
            assertTrue(alpha <= 1);
            for (String code : ab.labels()) {
                double k = ab.codeAgreement(code).kappa();
                assertTrue(Double.isNaN(k) || k <= 1 + 1e-12 && k >= -1 - 1e-12);
            }
        }
    }

    @Test
    void wrongCallsAreRefused() {
        MomentSet set = new MomentSet().add(m("A", "x", 0, 10));
        assertThrows(IllegalArgumentException.class,
                () -> Agreement.compute(set, List.of("A"), AgreementMethod.EVENT, 1000, 1000, null));
        assertThrows(IllegalArgumentException.class,
                () -> Agreement.compute(set, List.of("A", "B", "C"), AgreementMethod.EVENT, 1000, 1000, null));
        assertThrows(IllegalArgumentException.class,
                () -> Agreement.compute(set, List.of("A", "B"), AgreementMethod.TIME_UNIT, 1000, 0, null));
        assertThrows(IllegalArgumentException.class, () -> m("A", "x", 100, 50));
    }

    @Test
    void cancellingStops() {
        MomentSet set = new MomentSet().add(m("A", "x", 0, 10)).add(m("B", "x", 0, 10));
        NullProgressMonitor monitor = new NullProgressMonitor();
        monitor.setCanceled(true);
        assertThrows(OperationCanceledException.class,
                () -> Agreement.compute(set, List.of("A", "B"), AgreementMethod.EVENT, 1000, 1000, monitor));
    }

    @Test
    void aLongSessionIsMatchedOneToOne() {
        // a long session: 20 000 moments per coder (speed is measured by a benchmark, not here)
        MomentSet set = new MomentSet();
        Random random = new Random(1);
        for (int i = 0; i < 20_000; i++) {
            long start = i * 3000L;
            set.add(m("A", "k" + random.nextInt(5), start, start + 1500));
            set.add(m("B", "k" + random.nextInt(5), start + random.nextInt(800), start + 1400));
        }
        AgreementResult r = Agreement.compute(set, List.of("A", "B"), AgreementMethod.EVENT, 1000, 1000, null).pooled();
        assertEquals(20_000, r.items());
        Map<String, String[]> units = TimeUnits.label(set.moments("c1", "A"), List.of(""), set.sessionLength("c1"), 1000);
        // the session ends with A's last moment: 19 999 x 3 s + 1.5 s
        assertEquals(59_998_500, set.sessionLength("c1"));
        assertEquals(59_999, units.get("").length);
    }
}
