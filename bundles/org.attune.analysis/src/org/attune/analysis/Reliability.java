package org.attune.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * The multi-coder coefficients on plain reliability data. Each item (unit) is the list of values the
 * coders gave it, one entry per coder, {@code null} where a coder gave none (missing).
 */
public final class Reliability {

    private Reliability() {
    }

    /** Fleiss' kappa with its parts; kappa is NaN when undefined. */
    public record FleissResult(int items, int ratersPerItem, double observedAgreement, double expectedAgreement,
            double kappa, Map<String, Double> categoryKappa) {
    }

    /** Krippendorff's alpha with its parts; alpha is NaN when undefined. */
    public record AlphaResult(int pairableUnits, long pairableValues, double observedDisagreement,
            double expectedDisagreement, double alpha) {
    }

    /**
     * Fleiss' kappa (Fleiss 1971) for a constant number of raters per item. Items where any value is
     * missing are left out (Fleiss' kappa needs every item rated the same number of times).
     */
    public static FleissResult fleissKappa(List<? extends List<String>> items) {
        List<List<String>> complete = new ArrayList<>();
        int m = -1;
        for (List<String> item : items) {
            if (item.stream().anyMatch(Objects::isNull)) {
                continue;
            }
            if (m < 0) {
                m = item.size();
            } else if (m != item.size()) {
                throw new IllegalArgumentException("Fleiss' kappa needs the same number of raters for every item ("
                        + m + " and " + item.size() + ")");
            }
            complete.add(item);
        }
        int n = complete.size();
        if (n == 0 || m < 2) {
            return new FleissResult(n, Math.max(m, 0), Double.NaN, Double.NaN, Double.NaN, Map.of());
        }
        Map<String, Long> categoryTotals = new HashMap<>();
        double sumPi = 0;
        List<Map<String, Integer>> counts = new ArrayList<>();
        for (List<String> item : complete) {
            Map<String, Integer> nij = new HashMap<>();
            item.forEach(v -> nij.merge(v, 1, Integer::sum));
            counts.add(nij);
            long agreeingPairs = 0;
            for (int c : nij.values()) {
                agreeingPairs += (long) c * (c - 1);
            }
            sumPi += (double) agreeingPairs / ((double) m * (m - 1));
            nij.forEach((k, c) -> categoryTotals.merge(k, (long) c, Long::sum));
        }
        double pBar = sumPi / n;
        double peBar = 0;
        Map<String, Double> p = new HashMap<>();
        for (Map.Entry<String, Long> e : categoryTotals.entrySet()) {
            double pj = (double) e.getValue() / ((double) n * m);
            p.put(e.getKey(), pj);
            peBar += pj * pj;
        }
        double kappa = peBar >= 1.0 ? Double.NaN : (pBar - peBar) / (1 - peBar);
        // category-specific kappa, Fleiss (1971) eq. for kappa_j
        Map<String, Double> categoryKappa = new java.util.TreeMap<>();
        for (String category : new TreeSet<>(p.keySet())) {
            double pj = p.get(category);
            double disagreement = 0;
            for (Map<String, Integer> nij : counts) {
                int c = nij.getOrDefault(category, 0);
                disagreement += (double) c * (m - c);
            }
            double denominator = (double) n * m * (m - 1) * pj * (1 - pj);
            categoryKappa.put(category, denominator == 0 ? Double.NaN : 1 - disagreement / denominator);
        }
        return new FleissResult(n, m, pBar, peBar, kappa, categoryKappa);
    }

    /**
     * Krippendorff's alpha for nominal data with missing values (Krippendorff 2011, "Computing
     * Krippendorff's Alpha-Reliability"): from the coincidence matrix of all pairable values; units
     * with fewer than two values are not pairable and left out.
     */
    public static AlphaResult krippendorffAlphaNominal(List<? extends List<String>> units) {
        Map<String, Map<String, Double>> coincidences = new HashMap<>();
        int pairableUnits = 0;
        for (List<String> unit : units) {
            List<String> values = unit.stream().filter(Objects::nonNull).toList();
            int mu = values.size();
            if (mu < 2) {
                continue;
            }
            pairableUnits++;
            Map<String, Integer> counts = new HashMap<>();
            values.forEach(v -> counts.merge(v, 1, Integer::sum));
            // o_ck += n_uc * (n_uk - [c == k]) / (m_u - 1)
            for (Map.Entry<String, Integer> c : counts.entrySet()) {
                for (Map.Entry<String, Integer> k : counts.entrySet()) {
                    int pairs = c.getValue() * (k.getValue() - (c.getKey().equals(k.getKey()) ? 1 : 0));
                    if (pairs > 0) {
                        coincidences.computeIfAbsent(c.getKey(), x -> new HashMap<>())
                                .merge(k.getKey(), (double) pairs / (mu - 1), Double::sum);
                    }
                }
            }
        }
        Map<String, Double> marginals = new HashMap<>();
        coincidences.forEach((c, row) -> marginals.put(c, row.values().stream().mapToDouble(Double::doubleValue).sum()));
        double n = marginals.values().stream().mapToDouble(Double::doubleValue).sum();
        double observed = 0;
        for (Map.Entry<String, Map<String, Double>> row : coincidences.entrySet()) {
            for (Map.Entry<String, Double> cell : row.getValue().entrySet()) {
                if (!cell.getKey().equals(row.getKey())) {
                    observed += cell.getValue();
                }
            }
        }
        double expected = 0;
        for (Map.Entry<String, Double> c : marginals.entrySet()) {
            for (Map.Entry<String, Double> k : marginals.entrySet()) {
                if (!c.getKey().equals(k.getKey())) {
                    expected += c.getValue() * k.getValue();
                }
            }
        }
        long pairableValues = Math.round(n);
        if (n < 2) {
            return new AlphaResult(pairableUnits, pairableValues, Double.NaN, Double.NaN, Double.NaN);
        }
        double dObserved = observed / n;
        double dExpected = expected / (n * (n - 1));
        double alpha = expected == 0 ? Double.NaN : 1 - (n - 1) * observed / expected;
        return new AlphaResult(pairableUnits, pairableValues, dObserved, dExpected, alpha);
    }

    /**
     * Mean pairwise agreement over items: for each item, the share of coder pairs (among the values
     * present) that gave the same value; items with fewer than two values are left out.
     */
    public static double percentAgreement(List<? extends List<String>> items) {
        double sum = 0;
        int counted = 0;
        for (List<String> item : items) {
            List<String> values = item.stream().filter(Objects::nonNull).toList();
            int m = values.size();
            if (m < 2) {
                continue;
            }
            Map<String, Integer> counts = new HashMap<>();
            values.forEach(v -> counts.merge(v, 1, Integer::sum));
            long agreeing = 0;
            for (int c : counts.values()) {
                agreeing += (long) c * (c - 1);
            }
            sum += (double) agreeing / ((double) m * (m - 1));
            counted++;
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }
}
