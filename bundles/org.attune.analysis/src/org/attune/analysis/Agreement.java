package org.attune.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.attune.analysis.ConfusionMatrix.CodeAgreement;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;

/**
 * Inter-coder agreement on a {@link MomentSet}, per case and pooled. Pooling adds up the items of all
 * compared cases (moment pairs or time units) and computes the statistics once on the sum; it does not
 * average the per-case values.
 */
public final class Agreement {

    public static final long DEFAULT_TOLERANCE_MS = 1000;
    public static final long DEFAULT_UNIT_MS = 1000;

    private Agreement() {
    }

    public static AgreementReport compute(MomentSet moments, List<String> coders, AgreementMethod method,
            long toleranceMs, long unitMs, IProgressMonitor monitor) {
        if (coders.size() < 2) {
            throw new IllegalArgumentException("agreement needs at least two coders, got " + coders);
        }
        if (new TreeSet<>(coders).size() != coders.size()) {
            throw new IllegalArgumentException("a coder is named twice: " + coders);
        }
        if (method == AgreementMethod.EVENT && coders.size() != 2) {
            throw new IllegalArgumentException(
                    "event-based agreement compares two coders; for " + coders.size() + " use time-unit or alpha");
        }
        if (toleranceMs < 0 || unitMs <= 0) {
            throw new IllegalArgumentException("the tolerance must be 0 or more and the unit more than 0 ms");
        }
        SubMonitor progress = SubMonitor.convert(monitor, "Agreement", moments.cases().size() + 1);
        List<AgreementResult> results = new ArrayList<>();
        List<AgreementReport.Skipped> skipped = new ArrayList<>();
        List<List<String>> pooledItems = new ArrayList<>();
        ConfusionMatrix pooledConfusion = coders.size() == 2 ? new ConfusionMatrix() : null;
        for (String caseId : moments.cases()) {
            if (progress.isCanceled()) {
                throw new OperationCanceledException("cancelled");
            }
            progress.subTask(caseId);
            List<String> missing = coders.stream().filter(c -> !moments.hasCoded(caseId, c)).toList();
            boolean allowMissing = method == AgreementMethod.ALPHA;
            if (!missing.isEmpty() && (!allowMissing || coders.size() - missing.size() < 2)) {
                skipped.add(new AgreementReport.Skipped(caseId,
                        "not coded by " + String.join(", ", missing) + " (no moments in this case)"));
                progress.worked(1);
                continue;
            }
            List<List<String>> items = caseItems(moments, caseId, coders, method, toleranceMs, unitMs);
            ConfusionMatrix confusion = coders.size() == 2 ? new ConfusionMatrix() : null;
            if (confusion != null) {
                items.forEach(item -> confusion.add(label(item.get(0)), label(item.get(1))));
                pooledConfusion.addAll(confusion);
            }
            pooledItems.addAll(items);
            results.add(result(caseId, items, confusion, coders.size()));
            progress.worked(1);
        }
        AgreementResult pooled = result(AgreementResult.POOLED, pooledItems, pooledConfusion, coders.size());
        progress.done();
        return new AgreementReport(method, List.copyOf(coders), toleranceMs, unitMs, results, pooled, skipped);
    }

    /**
     * The items of one case, as {@link #compute} counts them: per item the value of each coder (in the
     * order of {@code coders}, null where a coder gave none). Event method: one item per moment pair or
     * unmatched moment, by onset; time units: per track (sorted) its units in time order.
     */
    public static List<List<String>> caseItems(MomentSet moments, String caseId, List<String> coders,
            AgreementMethod method, long toleranceMs, long unitMs) {
        List<List<String>> items = new ArrayList<>();
        if (method == AgreementMethod.EVENT) {
            for (EventMatcher.Pair pair : EventMatcher.match(moments.moments(caseId, coders.get(0)),
                    moments.moments(caseId, coders.get(1)), toleranceMs)) {
                items.add(Arrays.asList(pair.codeA(), pair.codeB()));
            }
        } else {
            items.addAll(timeUnitItems(moments, caseId, coders, unitMs));
        }
        return items;
    }

    private static String label(String value) {
        return value == null ? ConfusionMatrix.NOTHING : value;
    }

    /** One item per category and time unit: the label each coder gave it (null when not coded). */
    private static List<List<String>> timeUnitItems(MomentSet moments, String caseId, List<String> coders, long unitMs) {
        TreeSet<String> categories = new TreeSet<>();
        moments.moments(caseId).stream().filter(m -> coders.contains(m.coder())).forEach(m -> categories.add(m.category()));
        long length = moments.sessionLength(caseId);
        List<Map<String, String[]>> perCoder = new ArrayList<>();
        for (String coder : coders) {
            perCoder.add(moments.hasCoded(caseId, coder)
                    ? TimeUnits.label(moments.moments(caseId, coder), categories, length, unitMs)
                    : null);
        }
        int units = TimeUnits.unitCount(length, unitMs);
        List<List<String>> items = new ArrayList<>();
        for (String category : categories) {
            for (int k = 0; k < units; k++) {
                String[] values = new String[coders.size()];
                for (int c = 0; c < coders.size(); c++) {
                    values[c] = perCoder.get(c) == null ? null : perCoder.get(c).get(category)[k];
                }
                items.add(Arrays.asList(values));
            }
        }
        return items;
    }

    private static AgreementResult result(String scope, List<List<String>> items, ConfusionMatrix confusion, int coders) {
        Reliability.AlphaResult alpha = Reliability.krippendorffAlphaNominal(items);
        if (confusion != null) {
            List<CodeAgreement> perCode = confusion.labels().stream().map(confusion::codeAgreement).toList();
            return new AgreementResult(scope, items.size(), confusion.observedAgreement(), confusion.cohenKappa(),
                    confusion, perCode, null, alpha);
        }
        return new AgreementResult(scope, items.size(), Reliability.percentAgreement(items), Double.NaN, null, List.of(),
                Reliability.fleissKappa(items), alpha);
    }
}
