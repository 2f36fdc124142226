package org.attune.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.List;

import org.attune.analysis.Agreement;
import org.attune.analysis.AgreementMatrix;
import org.attune.analysis.AgreementMethod;
import org.attune.analysis.AgreementReport;
import org.attune.analysis.Moment;
import org.attune.analysis.MomentSet;
import org.attune.analysis.MomentsCsv;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

/** Any number of coders: the all-coder statistic and each pair's, as the two-coder analysis computes them. */
class AgreementMatrixTest {

    @TempDir
    Path dir;

    private static Moment m(String coder, String code, long start, long end) {
        return new Moment("c1", coder, "parent", code, start, end);
    }

    /**
     * Units of 1 s, labels (N = nothing): anna X X N Y, ben X N Y Y, carla X X Y Y. By hand: Fleiss'
     * P = (1 + 1/3 + 1/3 + 1) / 4 = 2/3, p = (5/12, 2/12, 5/12), Pe = 54/144, kappa = 7/15; anna and ben:
     * p_o = 1/2, p_e = (2*1 + 1*1 + 1*2) / 16 = 5/16, kappa = 3/11.
     */
    @Test
    void threeCodersByHand() {
        MomentSet moments = new MomentSet().addAll(List.of(m("anna", "X", 0, 2000), m("anna", "Y", 3000, 4000),
                m("ben", "X", 0, 1000), m("ben", "Y", 2000, 4000), m("carla", "X", 0, 2000), m("carla", "Y", 2000, 4000)));
        AgreementMatrix matrix = AgreementMatrix.compute(moments, List.of("anna", "ben", "carla"), AgreementMethod.TIME_UNIT,
                1000, 1000, new NullProgressMonitor());
        assertEquals(7.0 / 15, matrix.allCoders().pooled().fleiss().kappa(), 1e-12);
        assertEquals(4, matrix.allCoders().pooled().items());
        assertEquals(3, matrix.pairs().size());
        assertEquals(3.0 / 11, matrix.pair("anna", "ben").pooled().cohenKappa(), 1e-12);
        assertSame(matrix.pair("anna", "ben"), matrix.pair("ben", "anna"));
        assertEquals(List.of("ben", "carla"), matrix.pair("carla", "ben").coders());
        // ben and carla: X X, N X, Y Y, Y Y -> p_o = 3/4, p_e = (1*2 + 1*0 + 2*2) / 16 = 6/16, kappa = 0.6
        assertEquals(0.6, matrix.pair("ben", "carla").pooled().cohenKappa(), 1e-12);
        assertThrows(IllegalArgumentException.class, () -> matrix.pair("anna", "anna"));
        assertThrows(IllegalArgumentException.class, () -> matrix.pair("anna", "zoe"));
    }

    private MomentSet demo() throws Exception {
        Enumeration<URL> found = FrameworkUtil.getBundle(AgreementMatrixTest.class).findEntries("testfiles",
                "demo-moments.csv", false);
        Path csv = dir.resolve("demo.csv");
        try (InputStream in = found.nextElement().openStream()) {
            Files.copy(in, csv);
        }
        return MomentsCsv.read(csv);
    }

    @Test
    void eachPairIsTheTwoCoderAnalysisAndTheWholeIsTheMultiCoderOne() throws Exception {
        MomentSet moments = demo();
        List<String> coders = List.of("anna", "ben", "carla");
        for (AgreementMethod method : AgreementMethod.values()) {
            AgreementMatrix matrix = AgreementMatrix.compute(moments, coders, method, 1000, 500, new NullProgressMonitor());
            AgreementMethod whole = method == AgreementMethod.EVENT ? AgreementMethod.TIME_UNIT : method;
            assertEquals(whole, matrix.allCodersMethod());
            AgreementReport expected = Agreement.compute(moments.onlyCoders(coders), coders, whole, 1000, 500,
                    new NullProgressMonitor());
            assertEquals(expected.pooled().fleiss().kappa(), matrix.allCoders().pooled().fleiss().kappa(), 0.0,
                    method.word());
            assertEquals(expected.pooled().alpha().alpha(), matrix.allCoders().pooled().alpha().alpha(), 0.0);
            for (int i = 0; i < coders.size(); i++) {
                for (int j = i + 1; j < coders.size(); j++) {
                    List<String> pair = List.of(coders.get(i), coders.get(j));
                    AgreementReport two = Agreement.compute(moments.onlyCoders(pair), pair, method, 1000, 500,
                            new NullProgressMonitor());
                    AgreementReport fromMatrix = matrix.pair(pair.get(0), pair.get(1));
                    assertEquals(method, fromMatrix.method());
                    assertEquals(two.pooled().cohenKappa(), fromMatrix.pooled().cohenKappa(), 0.0, pair + " " + method);
                    assertEquals(two.pooled().confusion().labels(), fromMatrix.pooled().confusion().labels());
                    assertEquals(two.cases().size(), fromMatrix.cases().size());
                }
            }
        }
        // two coders: the pair is the whole
        AgreementMatrix two = AgreementMatrix.compute(moments, List.of("ben", "anna"), AgreementMethod.EVENT, 1000, 1000,
                new NullProgressMonitor());
        assertSame(two.allCoders(), two.pair("anna", "ben"));
        assertEquals(AgreementMethod.EVENT, two.allCodersMethod());
        assertEquals(List.of("ben", "anna"), two.allCoders().coders());
    }
}
