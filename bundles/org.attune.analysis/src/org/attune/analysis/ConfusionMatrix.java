package org.attune.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The two-coder table: how often coder A said {@code a} where coder B said {@code b}. Rows are
 * coder A, columns coder B. {@link #NOTHING} stands for "this coder coded nothing here".
 */
public final class ConfusionMatrix {

    /** The label of "no code": an unmatched moment's partner, or a time unit nobody coded. */
    public static final String NOTHING = "(nothing)";

    private final Map<String, Map<String, Long>> cells = new HashMap<>();
    private long total;

    public void add(String a, String b) {
        add(a, b, 1);
    }

    public void add(String a, String b, long count) {
        if (count < 0) {
            throw new IllegalArgumentException("negative count");
        }
        cells.computeIfAbsent(a, k -> new HashMap<>()).merge(b, count, Long::sum);
        total += count;
    }

    public void addAll(ConfusionMatrix other) {
        other.cells.forEach((a, row) -> row.forEach((b, n) -> add(a, b, n)));
    }

    public long count(String a, String b) {
        return cells.getOrDefault(a, Map.of()).getOrDefault(b, 0L);
    }

    public long total() {
        return total;
    }

    public long rowTotal(String a) {
        return cells.getOrDefault(a, Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long columnTotal(String b) {
        return cells.values().stream().mapToLong(row -> row.getOrDefault(b, 0L)).sum();
    }

    /** Every label used by either coder, sorted, with {@link #NOTHING} last. */
    public List<String> labels() {
        TreeSet<String> labels = new TreeSet<>(Comparator.comparing((String s) -> s.equals(NOTHING)).thenComparing(s -> s));
        cells.forEach((a, row) -> {
            row.forEach((b, n) -> {
                if (n > 0) {
                    labels.add(a);
                    labels.add(b);
                }
            });
        });
        return new ArrayList<>(labels);
    }

    /** Proportion of items on the diagonal (percentage agreement / 100); NaN when empty. */
    public double observedAgreement() {
        if (total == 0) {
            return Double.NaN;
        }
        long diagonal = 0;
        for (String label : labels()) {
            diagonal += count(label, label);
        }
        return (double) diagonal / total;
    }

    /** Chance agreement from the two coders' own marginals (Cohen 1960): sum of p(a=k) p(b=k). */
    public double expectedAgreement() {
        if (total == 0) {
            return Double.NaN;
        }
        double expected = 0;
        for (String label : labels()) {
            expected += ((double) rowTotal(label) / total) * ((double) columnTotal(label) / total);
        }
        return expected;
    }

    /** Cohen's kappa; NaN when undefined (no items, or both coders always used one same label). */
    public double cohenKappa() {
        double po = observedAgreement();
        double pe = expectedAgreement();
        if (Double.isNaN(po) || pe >= 1.0) {
            return Double.NaN;
        }
        return (po - pe) / (1 - pe);
    }

    /**
     * Agreement on one code: the table collapsed to "this code" vs "anything else" (2 x 2).
     */
    public CodeAgreement codeAgreement(String label) {
        long a = count(label, label);
        long b = rowTotal(label) - a; // A said label, B something else
        long c = columnTotal(label) - a; // B said label, A something else
        long d = total - a - b - c;
        double kappaDenominator = (double) (a + b) * (b + d) + (double) (a + c) * (c + d);
        double kappa = kappaDenominator == 0 ? Double.NaN : 2.0 * ((double) a * d - (double) b * c) / kappaDenominator;
        double specific = (2 * a + b + c) == 0 ? Double.NaN : 2.0 * a / (2 * a + b + c);
        return new CodeAgreement(label, a + b, a + c, a, specific, kappa);
    }

    /**
     * Agreement on one code.
     *
     * @param countA            items coder A gave this code
     * @param countB            items coder B gave this code
     * @param agreed            items both gave this code
     * @param specificAgreement 2 x agreed / (countA + countB): the proportion of specific agreement
     * @param kappa             Cohen's kappa of the collapsed 2 x 2 table (code vs anything else)
     */
    public record CodeAgreement(String code, long countA, long countB, long agreed, double specificAgreement,
            double kappa) {
    }
}
