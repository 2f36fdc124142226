package org.attune.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;

import org.attune.analysis.Agreement;
import org.attune.analysis.AgreementIntervals;
import org.attune.analysis.AgreementIntervals.CodeInterval;
import org.attune.analysis.AgreementIntervals.Interval;
import org.attune.analysis.AgreementMethod;
import org.attune.analysis.AgreementReport;
import org.attune.analysis.ConfusionMatrix.CodeAgreement;
import org.attune.analysis.MomentSet;
import org.attune.analysis.MomentsCsv;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** Bootstrap intervals: their estimates are the report's figures, they are reproducible, blocks widen them. */
class AgreementIntervalsTest {

    @TempDir
    Path dir;

    private MomentSet moments;

    @BeforeEach
    void demo() throws Exception {
        Enumeration<URL> found = FrameworkUtil.getBundle(AgreementIntervalsTest.class).findEntries("testfiles",
                "demo-moments.csv", false);
        Path csv = dir.resolve("demo.csv");
        try (InputStream in = found.nextElement().openStream()) {
            Files.copy(in, csv);
        }
        moments = MomentsCsv.read(csv);
    }

    private static void inside(Interval interval, String what) {
        assertTrue(interval.low() < interval.high(), what + ": " + interval);
        assertTrue(interval.low() <= interval.estimate() && interval.estimate() <= interval.high(), what + ": " + interval);
    }

    @Test
    void twoCodersEstimatesAreTheReportsFigures() {
        for (AgreementMethod method : AgreementMethod.values()) {
            List<String> coders = List.of("anna", "carla");
            AgreementReport report = Agreement.compute(moments.onlyCoders(coders), coders, method, 1000, 1000,
                    new NullProgressMonitor());
            AgreementIntervals ci = AgreementIntervals.of(moments.onlyCoders(coders), report, null, 10_000, 500, 7,
                    new NullProgressMonitor());
            assertEquals(report.pooled().items(), ci.items());
            assertEquals(method == AgreementMethod.EVENT ? 1 : 10, ci.blockItems());
            assertEquals(report.pooled().cohenKappa(), ci.kappa().estimate(), 1e-12, method.word());
            assertEquals(report.pooled().alpha().alpha(), ci.alpha().estimate(), 1e-12, method.word());
            inside(ci.kappa(), method.word() + " kappa");
            inside(ci.alpha(), method.word() + " alpha");
            List<CodeAgreement> codes = report.pooled().codeAgreements();
            assertEquals(codes.stream().map(CodeAgreement::code).toList(), ci.codes().stream().map(CodeInterval::code).toList());
            for (int i = 0; i < codes.size(); i++) {
                assertEquals(codes.get(i).kappa(), ci.codes().get(i).kappa().estimate(), 1e-12, codes.get(i).code());
                assertEquals(codes.get(i).specificAgreement(), ci.codes().get(i).specific().estimate(), 1e-12);
                if (!codes.get(i).code().equals("(nothing)") || method != AgreementMethod.EVENT) {
                    inside(ci.codes().get(i).kappa(), method.word() + " " + codes.get(i).code());
                }
            }
        }
    }

    @Test
    void threeCodersEstimatesAreFleissAndAlpha() {
        List<String> coders = List.of("anna", "ben", "carla");
        for (AgreementMethod method : List.of(AgreementMethod.TIME_UNIT, AgreementMethod.ALPHA)) {
            AgreementReport report = Agreement.compute(moments, coders, method, 1000, 1000, new NullProgressMonitor());
            AgreementIntervals ci = AgreementIntervals.of(moments, report, null, 10_000, 300, 1, new NullProgressMonitor());
            assertEquals(report.pooled().fleiss().kappa(), ci.kappa().estimate(), 1e-12);
            assertEquals(report.pooled().alpha().alpha(), ci.alpha().estimate(), 1e-12);
            inside(ci.kappa(), "Fleiss");
            Map<String, Double> category = report.pooled().fleiss().categoryKappa();
            for (CodeInterval c : ci.codes()) {
                assertEquals(category.get(c.code()), c.kappa().estimate(), 1e-12, c.code());
                assertTrue(Double.isNaN(c.specific().estimate()));
                inside(c.kappa(), c.code());
            }
        }
        // one case: only its items
        AgreementReport report = Agreement.compute(moments, coders, AgreementMethod.TIME_UNIT, 1000, 1000,
                new NullProgressMonitor());
        AgreementIntervals one = AgreementIntervals.of(moments, report, "family-02", 10_000, 200, 1, new NullProgressMonitor());
        assertEquals(report.cases().get(1).items(), one.items());
        assertEquals(report.cases().get(1).fleiss().kappa(), one.kappa().estimate(), 1e-12);
        assertNull(AgreementIntervals.of(moments, report, "family-99", 10_000, 200, 1, new NullProgressMonitor()));
    }

    @Test
    void theSameSeedGivesTheSameIntervalsAndBlocksWidenThem() {
        List<String> coders = List.of("anna", "ben");
        AgreementReport report = Agreement.compute(moments.onlyCoders(coders), coders, AgreementMethod.TIME_UNIT, 1000, 500,
                new NullProgressMonitor());
        AgreementIntervals a = AgreementIntervals.of(moments, report, null, 10_000, 1000, 42, new NullProgressMonitor());
        AgreementIntervals b = AgreementIntervals.of(moments, report, null, 10_000, 1000, 42, new NullProgressMonitor());
        AgreementIntervals c = AgreementIntervals.of(moments, report, null, 10_000, 1000, 43, new NullProgressMonitor());
        assertEquals(a, b);
        assertNotEquals(a.kappa(), c.kappa());
        assertEquals(20, a.blockItems(), "10 s of 500 ms units");
        // neighbouring units repeat each other's labels: resampling them one by one understates the spread
        AgreementIntervals single = AgreementIntervals.of(moments, report, null, 0, 1000, 42, new NullProgressMonitor());
        assertEquals(1, single.blockItems());
        double blockWidth = a.kappa().high() - a.kappa().low();
        double singleWidth = single.kappa().high() - single.kappa().low();
        assertTrue(blockWidth > 1.5 * singleWidth, "blocks " + a.kappa() + " vs single units " + single.kappa());
    }
}
