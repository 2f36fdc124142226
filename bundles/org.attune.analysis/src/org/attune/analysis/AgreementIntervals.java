package org.attune.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Bootstrap confidence intervals of the agreement figures: the overall kappa (Cohen's for two coders,
 * Fleiss' for more), Krippendorff's alpha and each code's kappa (two coders: the kappa of the collapsed
 * 2 x 2 table and the proportion of specific agreement; more: Fleiss' category kappa).
 * <p>
 * The items (moment pairs, or time units) are resampled with replacement in a <em>moving block
 * bootstrap</em> (Künsch 1989): blocks of {@code blockItems} consecutive items (in the order
 * {@link Agreement#caseItems} gives them: per case, per track, in time order) start at uniformly drawn
 * positions and are joined until there are as many items as in the data. Neighbouring time units are
 * not independent (a moment covers several), so resampling single units would make the intervals too
 * narrow; blocks keep that dependence. Moment pairs are resampled one by one (blocks of 1). Each
 * interval is the percentile interval of the replicates' finite values; it is undefined (NaN) when
 * fewer than half the replicates give a finite value. The same seed gives the same intervals.
 *
 * @param level      the confidence level, e.g. 0.95
 * @param replicates the number of bootstrap replicates
 * @param blockItems the number of consecutive items in one block
 * @param seed       the seed of the random draws
 * @param items      the number of items resampled
 * @param kappa      Cohen's kappa (two coders) or Fleiss' kappa (more)
 * @param alpha      Krippendorff's alpha (nominal)
 * @param codes      per code, sorted, {@link ConfusionMatrix#NOTHING} last
 */
public record AgreementIntervals(double level, int replicates, int blockItems, long seed, int items, Interval kappa,
        Interval alpha, List<CodeInterval> codes) {

    public static final int DEFAULT_REPLICATES = 1000;
    public static final long DEFAULT_BLOCK_MS = 10_000;
    public static final long DEFAULT_SEED = 1;
    public static final double DEFAULT_LEVEL = 0.95;

    /** A figure on the data and its bootstrap interval; low and high NaN when undefined. */
    public record Interval(double estimate, double low, double high) {
    }

    /**
     * One code's intervals.
     *
     * @param kappa    two coders: the kappa of "this code" vs anything else; more: Fleiss' category kappa
     * @param specific two coders: the proportion of specific agreement; more: NaN
     */
    public record CodeInterval(String code, Interval kappa, Interval specific) {
    }

    /** The block length for a method: one moment pair, or the units in {@code blockMs}. */
    public static int blockItems(AgreementMethod method, long unitMs, long blockMs) {
        return method == AgreementMethod.EVENT ? 1 : (int) Math.max(1, Math.round((double) blockMs / unitMs));
    }

    /**
     * The intervals of a report's pooled figures (all its compared cases), or of one case when
     * {@code caseId} is not null; null when that case was not compared.
     */
    public static AgreementIntervals of(MomentSet moments, AgreementReport report, String caseId, long blockMs,
            int replicates, long seed, IProgressMonitor monitor) {
        List<List<String>> items = new ArrayList<>();
        for (AgreementResult r : report.cases()) {
            if (caseId == null || r.scope().equals(caseId)) {
                items.addAll(Agreement.caseItems(moments, r.scope(), report.coders(), report.method(), report.toleranceMs(),
                        report.unitMs()));
            }
        }
        if (caseId != null && report.cases().stream().noneMatch(r -> r.scope().equals(caseId))) {
            return null;
        }
        return bootstrap(items, report.coders().size(), blockItems(report.method(), report.unitMs(), blockMs), replicates,
                seed, DEFAULT_LEVEL, monitor);
    }

    /** The intervals of reliability data: each item the values of the {@code coders} coders (null: none). */
    public static AgreementIntervals bootstrap(List<? extends List<String>> items, int coders, int blockItems,
            int replicates, long seed, double level, IProgressMonitor monitor) {
        if (coders < 2 || blockItems < 1 || replicates < 1 || !(level > 0 && level < 1)) {
            throw new IllegalArgumentException("bootstrap needs 2+ coders, blocks of 1+ items, 1+ replicates and a level"
                    + " between 0 and 1");
        }
        Figures figures = new Figures(items, coders);
        int n = items.size();
        int k = figures.labels.size();
        int[] all = new int[n];
        Arrays.setAll(all, i -> i);
        double[] estimate = figures.compute(all);
        int values = estimate.length;
        double[][] samples = new double[values][replicates];
        SubMonitor progress = SubMonitor.convert(monitor, "Bootstrap intervals", replicates);
        SplittableRandom random = new SplittableRandom(seed);
        int block = Math.min(blockItems, Math.max(1, n));
        int[] sample = new int[n];
        for (int r = 0; r < replicates; r++) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException("cancelled");
            }
            int filled = 0;
            while (filled < n) {
                int start = random.nextInt(n - block + 1);
                for (int j = 0; j < block && filled < n; j++) {
                    sample[filled++] = start + j;
                }
            }
            double[] replicate = n == 0 ? estimate : figures.compute(sample);
            for (int v = 0; v < values; v++) {
                samples[v][r] = replicate[v];
            }
            progress.worked(1);
        }
        Interval kappa = interval(estimate[0], samples[0], level);
        Interval alpha = interval(estimate[1], samples[1], level);
        List<CodeInterval> codes = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            int at = 2 + 2 * c;
            codes.add(new CodeInterval(figures.labels.get(c), interval(estimate[at], samples[at], level),
                    interval(estimate[at + 1], samples[at + 1], level)));
        }
        return new AgreementIntervals(level, replicates, block, seed, n, kappa, alpha, List.copyOf(codes));
    }

    private static Interval interval(double estimate, double[] replicates, double level) {
        double[] finite = Arrays.stream(replicates).filter(Double::isFinite).sorted().toArray();
        if (finite.length == 0 || finite.length * 2 < replicates.length) {
            return new Interval(estimate, Double.NaN, Double.NaN);
        }
        double tail = (1 - level) / 2;
        return new Interval(estimate, quantile(finite, tail), quantile(finite, 1 - tail));
    }

    /** The p-quantile of sorted values, linear between order statistics (type 7, R's default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }

    /**
     * The figures of any resample, from per-item tallies made once: labels as indices, each item's
     * labels kept sparse, so a replicate costs O(items x coders + labels).
     */
    private static final class Figures {

        private final List<String> labels;
        private final int coders;
        /** two coders: per item the label index of A and of B */
        private final int[] a;
        private final int[] b;
        /**
         * per item the labels it has and how many coders gave each, flat (entries offset[i] to
         * offset[i + 1]): arrays of arrays would cost a cache miss per item and replicate
         */
        private final int[] offset;
        private int[] flatLabel;
        private int[] flatCount;
        /** two coders and every item has both values: alpha follows from the confusion counts */
        private boolean alphaFromConfusion;
        /** per item: every coder gave a value (Fleiss), and then its share of agreeing coder pairs P_i */
        private final boolean[] complete;
        private final double[] agreeingShare;
        /** per item (Krippendorff): at least two values, and the sum of its coincidences o_ck with c != k */
        private final boolean[] pairable;
        private final double[] offDiagonal;

        Figures(List<? extends List<String>> items, int coders) {
            this.coders = coders;
            java.util.TreeSet<String> sorted = new java.util.TreeSet<>(
                    java.util.Comparator.comparing((String s) -> s.equals(ConfusionMatrix.NOTHING)).thenComparing(s -> s));
            for (List<String> item : items) {
                for (String v : item) {
                    if (v != null || coders == 2) {
                        sorted.add(label(v)); // two coders: none is "(nothing)"; more: a missing value
                    }
                }
            }
            labels = List.copyOf(sorted);
            Map<String, Integer> index = new HashMap<>();
            for (int i = 0; i < labels.size(); i++) {
                index.put(labels.get(i), i);
            }
            int n = items.size();
            a = new int[n];
            b = new int[n];
            offset = new int[n + 1];
            flatLabel = new int[Math.max(16, n * Math.min(coders, 4))];
            flatCount = new int[flatLabel.length];
            alphaFromConfusion = coders == 2;
            complete = new boolean[n];
            agreeingShare = new double[n];
            pairable = new boolean[n];
            offDiagonal = new double[n];
            for (int i = 0; i < n; i++) {
                List<String> item = items.get(i);
                if (item.size() != coders) {
                    throw new IllegalArgumentException("item " + i + " has " + item.size() + " values, not " + coders);
                }
                if (coders == 2) {
                    a[i] = index.get(label(item.get(0)));
                    b[i] = index.get(label(item.get(1)));
                }
                Map<Integer, Integer> count = new java.util.TreeMap<>();
                int m = 0;
                for (String v : item) {
                    if (v != null) {
                        count.merge(index.get(v), 1, Integer::sum);
                        m++;
                    }
                }
                int at = offset[i];
                if (at + count.size() > flatLabel.length) {
                    flatLabel = Arrays.copyOf(flatLabel, Math.max(flatLabel.length * 2, at + count.size()));
                    flatCount = Arrays.copyOf(flatCount, flatLabel.length);
                }
                long agreeing = 0;
                for (Map.Entry<Integer, Integer> e : count.entrySet()) {
                    flatLabel[at] = e.getKey();
                    flatCount[at++] = e.getValue();
                    agreeing += (long) e.getValue() * (e.getValue() - 1);
                }
                offset[i + 1] = at;
                complete[i] = m == coders;
                alphaFromConfusion &= m == 2;
                agreeingShare[i] = (double) agreeing / ((double) coders * (coders - 1));
                // Krippendorff: a unit with m values adds n_c (n_k - [c == k]) / (m - 1) to o_ck
                pairable[i] = m >= 2;
                double off = 0;
                if (m >= 2) {
                    for (int x = offset[i]; x < at; x++) {
                        for (int y = offset[i]; y < at; y++) {
                            if (x != y) {
                                off += (double) flatCount[x] * flatCount[y] / (m - 1);
                            }
                        }
                    }
                }
                offDiagonal[i] = off;
            }
        }

        private static String label(String value) {
            return value == null ? ConfusionMatrix.NOTHING : value;
        }

        /** [kappa, alpha, then per label: kappa, specific agreement] of the items at these positions. */
        double[] compute(int[] sample) {
            int k = labels.size();
            double[] out = new double[2 + 2 * k];
            Arrays.fill(out, Double.NaN);
            if (coders == 2) {
                twoCoders(sample, out);
            } else {
                fleiss(sample, out);
            }
            out[1] = alpha(sample);
            return out;
        }

        /**
         * Two values per unit: each unit adds 1 to n_c of both values, and a disagreeing one adds 1 to
         * o_ab and to o_ba; the same alpha as the general sum, without reading each item's labels.
         */
        private double alphaOfPairs(int[] sample) {
            int k = labels.size();
            long[] marginal = new long[k];
            long disagreeing = 0;
            for (int i : sample) {
                marginal[a[i]]++;
                marginal[b[i]]++;
                if (a[i] != b[i]) {
                    disagreeing++;
                }
            }
            double n = 2.0 * sample.length;
            double sumSquares = 0;
            for (long nc : marginal) {
                sumSquares += (double) nc * nc;
            }
            double expected = n * n - sumSquares;
            if (n < 2 || expected == 0) {
                return Double.NaN;
            }
            return 1 - (n - 1) * 2.0 * disagreeing / expected;
        }

        private void twoCoders(int[] sample, double[] out) {
            int k = labels.size();
            long[] row = new long[k];
            long[] column = new long[k];
            long[] diagonal = new long[k];
            long total = sample.length;
            for (int i : sample) {
                row[a[i]]++;
                column[b[i]]++;
                if (a[i] == b[i]) {
                    diagonal[a[i]]++;
                }
            }
            if (total == 0) {
                return;
            }
            // as ConfusionMatrix: Cohen's kappa, then each code's 2 x 2 kappa and specific agreement
            double po = 0;
            double pe = 0;
            for (int c = 0; c < k; c++) {
                po += diagonal[c];
                pe += ((double) row[c] / total) * ((double) column[c] / total);
            }
            po /= total;
            out[0] = pe >= 1.0 ? Double.NaN : (po - pe) / (1 - pe);
            for (int c = 0; c < k; c++) {
                long both = diagonal[c];
                long onlyA = row[c] - both;
                long onlyB = column[c] - both;
                long neither = total - both - onlyA - onlyB;
                double denominator = (double) (both + onlyA) * (onlyA + neither) + (double) (both + onlyB) * (onlyB + neither);
                out[2 + 2 * c] = denominator == 0 ? Double.NaN
                        : 2.0 * ((double) both * neither - (double) onlyA * onlyB) / denominator;
                out[3 + 2 * c] = (2 * both + onlyA + onlyB) == 0 ? Double.NaN : 2.0 * both / (2 * both + onlyA + onlyB);
            }
        }

        private void fleiss(int[] sample, double[] out) {
            int k = labels.size();
            int m = coders;
            long[] totals = new long[k];
            double[] disagreement = new double[k];
            double sumP = 0;
            int n = 0;
            for (int i : sample) {
                if (!complete[i]) {
                    continue; // Fleiss' kappa leaves out items a coder did not rate
                }
                n++;
                for (int x = offset[i]; x < offset[i + 1]; x++) {
                    totals[flatLabel[x]] += flatCount[x];
                    disagreement[flatLabel[x]] += (double) flatCount[x] * (m - flatCount[x]);
                }
                sumP += agreeingShare[i];
            }
            if (n == 0) {
                return;
            }
            double pBar = sumP / n;
            double peBar = 0;
            for (int c = 0; c < k; c++) {
                double p = (double) totals[c] / ((double) n * m);
                peBar += p * p;
                double denominator = (double) n * m * (m - 1) * p * (1 - p);
                // a code absent from the resample has no category kappa (NaN), as in Reliability
                out[2 + 2 * c] = totals[c] == 0 || denominator == 0 ? Double.NaN : 1 - disagreement[c] / denominator;
            }
            out[0] = peBar >= 1.0 ? Double.NaN : (pBar - peBar) / (1 - peBar);
        }

        private double alpha(int[] sample) {
            if (alphaFromConfusion) {
                return alphaOfPairs(sample);
            }
            int k = labels.size();
            double[] marginal = new double[k];
            double observed = 0;
            for (int i : sample) {
                if (!pairable[i]) {
                    continue;
                }
                for (int x = offset[i]; x < offset[i + 1]; x++) {
                    marginal[flatLabel[x]] += flatCount[x]; // n_c of this unit: the sum over k of o_ck
                }
                observed += offDiagonal[i];
            }
            double n = 0;
            double sumSquares = 0;
            for (double nc : marginal) {
                n += nc;
                sumSquares += nc * nc;
            }
            double expected = n * n - sumSquares; // sum over c != k of n_c n_k
            if (n < 2 || expected == 0) {
                return Double.NaN;
            }
            return 1 - (n - 1) * observed / expected;
        }
    }
}
