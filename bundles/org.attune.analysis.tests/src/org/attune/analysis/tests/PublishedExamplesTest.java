package org.attune.analysis.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.attune.analysis.ConfusionMatrix;
import org.attune.analysis.Reliability;
import org.attune.analysis.Reliability.AlphaResult;
import org.attune.analysis.Reliability.FleissResult;
import org.junit.jupiter.api.Test;

/**
 * The coefficients against worked examples whose values are printed in the cited sources. Every
 * expected number below is the published one, to the precision it is published with.
 */
class PublishedExamplesTest {

    /**
     * Cohen, J. (1960). A coefficient of agreement for nominal scales. Educational and Psychological
     * Measurement 20(1), 37-46, the worked example on p. 45 (Table 1): 200 items, 3 categories, judge A
     * in rows, judge B in columns. Published: p_o = .70, p_c = .41, kappa = .492. (Counts transcribed
     * as in the Cohen1960Test of DKPro Statistics.)
     */
    @Test
    void cohen1960() {
        ConfusionMatrix m = new ConfusionMatrix();
        m.add("1", "1", 88);
        m.add("1", "2", 14);
        m.add("1", "3", 18);
        m.add("2", "1", 10);
        m.add("2", "2", 40);
        m.add("2", "3", 10);
        m.add("3", "1", 2);
        m.add("3", "2", 6);
        m.add("3", "3", 12);
        assertEquals(200, m.total());
        assertEquals(0.70, m.observedAgreement(), 0.005);
        assertEquals(0.41, m.expectedAgreement(), 0.005);
        assertEquals(0.492, m.cohenKappa(), 0.0005);
    }

    /**
     * Krippendorff, K. (2004). Content Analysis: An Introduction to Its Methodology, 2nd ed., Sage,
     * p. 246: two tables with the same percentage agreement but different marginals. Published:
     * percentage agreement .460 for both; Cohen's kappa .186 for the first (equal marginals) and .258 for
     * the second (unequal marginals). (Tables transcribed as in the Krippendorff2004Test of DKPro
     * Statistics.)
     */
    @Test
    void krippendorff2004KappaDependsOnMarginals() {
        ConfusionMatrix equal = table(new String[] { "a", "b", "c" }, new long[][] { { 12, 9, 9 }, { 9, 14, 9 }, { 9, 9, 20 } });
        assertEquals(0.460, equal.observedAgreement(), 0.0005);
        assertEquals(0.186, equal.cohenKappa(), 0.0005);
        ConfusionMatrix unequal = table(new String[] { "a", "b", "c" },
                new long[][] { { 12, 18, 18 }, { 0, 14, 18 }, { 0, 0, 20 } });
        assertEquals(0.460, unequal.observedAgreement(), 0.0005);
        assertEquals(0.258, unequal.cohenKappa(), 0.0005);
    }

    /**
     * Fleiss, J. L. (1971). Measuring nominal scale agreement among many raters. Psychological Bulletin
     * 76(5), 378-382, Table 1: 30 patients, 6 psychiatrists each, 5 diagnoses (1 depression, 2
     * personality disorder, 3 schizophrenia, 4 neurosis, 5 other), each row the six diagnoses of one
     * patient. Published: P-bar = .556, P-bar_e = .220, kappa = .430. (The table transcribed as in the
     * Fleiss1971Test of DKPro Statistics, checked to reproduce these values.)
     */
    @Test
    void fleiss1971() {
        int[][] table = { { 4, 4, 4, 4, 4, 4 }, { 2, 2, 2, 5, 5, 5 }, { 2, 3, 3, 3, 3, 5 }, { 5, 5, 5, 5, 5, 5 },
                { 2, 2, 2, 4, 4, 4 }, { 1, 1, 3, 3, 3, 3 }, { 3, 3, 3, 3, 5, 5 }, { 1, 1, 3, 3, 3, 4 },
                { 1, 1, 4, 4, 4, 4 }, { 5, 5, 5, 5, 5, 5 }, { 1, 4, 4, 4, 4, 4 }, { 1, 2, 4, 4, 4, 4 },
                { 2, 2, 2, 3, 3, 3 }, { 1, 4, 4, 4, 4, 4 }, { 2, 2, 4, 4, 4, 5 }, { 3, 3, 3, 3, 3, 5 },
                { 1, 1, 1, 4, 5, 5 }, { 1, 1, 1, 1, 1, 2 }, { 2, 2, 4, 4, 4, 4 }, { 1, 3, 3, 5, 5, 5 },
                { 5, 5, 5, 5, 5, 5 }, { 2, 4, 4, 4, 4, 4 }, { 2, 2, 4, 5, 5, 5 }, { 1, 1, 4, 4, 4, 4 },
                { 1, 4, 4, 4, 4, 5 }, { 2, 2, 2, 2, 2, 4 }, { 1, 1, 1, 1, 5, 5 }, { 2, 2, 4, 4, 4, 4 },
                { 1, 3, 3, 3, 3, 3 }, { 5, 5, 5, 5, 5, 5 } };
        List<List<String>> items = new ArrayList<>();
        for (int[] row : table) {
            items.add(Arrays.stream(row).mapToObj(Integer::toString).toList());
        }
        FleissResult result = Reliability.fleissKappa(items);
        assertEquals(30, result.items());
        assertEquals(6, result.ratersPerItem());
        assertEquals(0.556, result.observedAgreement(), 0.0005);
        assertEquals(0.220, result.expectedAgreement(), 0.0005);
        assertEquals(0.430, result.kappa(), 0.0005);
        // P-bar is the mean pairwise agreement, so the percentage agreement of these items is the same number
        assertEquals(0.556, Reliability.percentAgreement(items), 0.0005);
    }

    /**
     * Krippendorff, K. (2011). Computing Krippendorff's Alpha-Reliability. Annenberg School for
     * Communication, University of Pennsylvania (repository.upenn.edu/asc_papers/43), example C
     * "Nominal data, any number of observers, missing data" (also Krippendorff 2004, p. 230): 4
     * observers, 12 units, "." missing. Published: alpha = 0.743. (Unit 12 has a single value and is
     * not pairable, so which observer gave it does not change alpha.)
     */
    @Test
    void krippendorff2011NominalMissingData() {
        List<List<String>> units = units(new String[][] { { "1", "1", null, "1" }, { "2", "2", "3", "2" },
                { "3", "3", "3", "3" }, { "3", "3", "3", "3" }, { "2", "2", "2", "2" }, { "1", "2", "3", "4" },
                { "4", "4", "4", "4" }, { "1", "1", "2", "1" }, { "2", "2", "2", "2" }, { null, "5", "5", "5" },
                { null, null, "1", "1" }, { null, null, "3", null } });
        AlphaResult alpha = Reliability.krippendorffAlphaNominal(units);
        assertEquals(0.743, alpha.alpha(), 0.0005);
        assertEquals(11, alpha.pairableUnits());
        assertEquals(40, alpha.pairableValues());
    }

    /**
     * Krippendorff (2004), p. 224: binary data, two observers, 10 units, no missing data. Published:
     * percentage agreement .60 (D_o = .400), D_e = .442, alpha = .095. (Transcribed as in the
     * Krippendorff2004Test of DKPro Statistics.)
     */
    @Test
    void krippendorff2004Binary() {
        String[] a = { "1", "1", "0", "0", "0", "0", "0", "0", "0", "0" };
        String[] b = { "0", "1", "1", "0", "0", "1", "0", "1", "0", "0" };
        List<List<String>> units = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            units.add(Arrays.asList(a[i], b[i]));
        }
        AlphaResult alpha = Reliability.krippendorffAlphaNominal(units);
        assertEquals(0.095, alpha.alpha(), 0.0005);
        assertEquals(0.400, alpha.observedDisagreement(), 0.0005);
        assertEquals(0.442, alpha.expectedDisagreement(), 0.0005);
        assertEquals(0.600, Reliability.percentAgreement(units), 0.0005);
    }

    /**
     * Krippendorff (2004), p. 227: two observers, 12 units, three values. Published: percentage
     * agreement .833, alpha = .734. (Transcribed as in the Krippendorff2004Test of DKPro Statistics.)
     */
    @Test
    void krippendorff2004NominalTwoObservers() {
        String[][] pairs = { { "a", "a" }, { "a", "b" }, { "b", "b" }, { "b", "b" }, { "b", "b" }, { "b", "b" },
                { "b", "c" }, { "c", "c" }, { "c", "c" }, { "c", "c" }, { "c", "c" }, { "c", "c" } };
        List<List<String>> units = units(pairs);
        assertEquals(0.734, Reliability.krippendorffAlphaNominal(units).alpha(), 0.0005);
        assertEquals(0.833, Reliability.percentAgreement(units), 0.0005);
    }

    private static List<List<String>> units(String[][] rows) {
        List<List<String>> units = new ArrayList<>();
        for (String[] row : rows) {
            units.add(Arrays.asList(row));
        }
        return units;
    }

    private static ConfusionMatrix table(String[] labels, long[][] counts) {
        ConfusionMatrix m = new ConfusionMatrix();
        for (int i = 0; i < labels.length; i++) {
            for (int j = 0; j < labels.length; j++) {
                m.add(labels[i], labels[j], counts[i][j]);
            }
        }
        return m;
    }
}
