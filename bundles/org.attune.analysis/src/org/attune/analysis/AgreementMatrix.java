package org.attune.analysis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Agreement of any number of coders: the all-coder statistic and every pair's two-coder agreement.
 * With two coders both are the same report. With more, the all-coder report is what {@code ./attune
 * agreement --coders A,B,C} computes (Fleiss' kappa and Krippendorff's alpha); the event method only
 * pairs two coders' moments, so with it the all-coder report uses time units (the pairs keep events).
 *
 * @param coders    the coders, in the order given
 * @param method    the method asked for; the pairs use it
 * @param allCoders the agreement of all coders together ({@link #allCodersMethod()})
 * @param pairs     one report per pair of coders, in the order (0,1), (0,2), ... (1,2), ...
 */
public record AgreementMatrix(List<String> coders, AgreementMethod method, AgreementReport allCoders,
        List<AgreementReport> pairs) {

    public static AgreementMatrix compute(MomentSet moments, List<String> coders, AgreementMethod method, long toleranceMs,
            long unitMs, IProgressMonitor monitor) {
        if (coders.size() < 2) {
            throw new IllegalArgumentException("agreement needs at least two coders, got " + coders);
        }
        int n = coders.size();
        int pairCount = n * (n - 1) / 2;
        SubMonitor progress = SubMonitor.convert(monitor, "Agreement of " + String.join(", ", coders),
                n == 2 ? 1 : pairCount + 1);
        MomentSet selected = moments.onlyCoders(coders);
        AgreementReport all = Agreement.compute(selected, coders, allCodersMethod(method, n), toleranceMs, unitMs,
                progress.split(1));
        if (n == 2) {
            return new AgreementMatrix(List.copyOf(coders), method, all, List.of(all));
        }
        List<AgreementReport> pairs = new ArrayList<>(pairCount);
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                if (progress.isCanceled()) {
                    throw new OperationCanceledException("cancelled");
                }
                List<String> pair = List.of(coders.get(i), coders.get(j));
                pairs.add(Agreement.compute(selected.onlyCoders(pair), pair, method, toleranceMs, unitMs,
                        progress.split(1)));
            }
        }
        return new AgreementMatrix(List.copyOf(coders), method, all, List.copyOf(pairs));
    }

    /** The method of the all-coder statistic: the one asked for, or time units where events cannot hold more than two. */
    public static AgreementMethod allCodersMethod(AgreementMethod method, int coders) {
        return method == AgreementMethod.EVENT && coders > 2 ? AgreementMethod.TIME_UNIT : method;
    }

    /** The method of the all-coder statistic. */
    public AgreementMethod allCodersMethod() {
        return allCodersMethod(method, coders.size());
    }

    /** The report of two of the coders, in either order; its coders are in the order of {@link #coders()}. */
    public AgreementReport pair(String a, String b) {
        int i = coders.indexOf(a);
        int j = coders.indexOf(b);
        if (i < 0 || j < 0 || i == j) {
            throw new IllegalArgumentException("no pair " + a + " and " + b + " among " + coders);
        }
        if (coders.size() == 2) {
            return allCoders;
        }
        int lo = Math.min(i, j);
        int hi = Math.max(i, j);
        int n = coders.size();
        // pairs before row lo: (n-1) + (n-2) + ... + (n-lo)
        int index = lo * n - lo * (lo + 1) / 2 + (hi - lo - 1);
        return pairs.get(index);
    }

    /**
     * The figure a pair is summed up by: Krippendorff's alpha with the alpha method, else Cohen's kappa
     * (NaN when undefined or when the scope was not compared).
     */
    public static double pairValue(AgreementMethod method, AgreementResult result) {
        if (result == null) {
            return Double.NaN;
        }
        return method == AgreementMethod.ALPHA ? result.alpha().alpha() : result.cohenKappa();
    }

    /** The name of {@link #pairValue}'s figure. */
    public static String pairValueName(AgreementMethod method) {
        return method == AgreementMethod.ALPHA ? "Krippendorff's alpha" : "Cohen's kappa";
    }

    /** The result of a report for one case, or null when the case was not compared. */
    public static AgreementResult caseResult(AgreementReport report, String caseId) {
        return report.cases().stream().filter(r -> r.scope().equals(caseId)).findFirst().orElse(null);
    }
}
