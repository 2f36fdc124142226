package org.attune.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Where two coders disagree in one case, on the case timeline: what a view highlights. It follows the
 * agreement method, so what is highlighted is what the statistics count as disagreement.
 */
public final class Disagreements {

    private Disagreements() {
    }

    /**
     * One stretch of disagreement on a track.
     *
     * @param codeA coder A's code there, {@link ConfusionMatrix#NOTHING} where A coded nothing
     * @param codeB coder B's code there, likewise
     */
    public record Disagreement(String category, long startMs, long endMs, String codeA, String codeB) {
    }

    /**
     * The disagreements of coders {@code a} and {@code b} in a case, sorted by onset. Event method: every
     * moment pair with different codes and every unmatched moment, spanning both moments of the pair.
     * Time units (also for alpha): runs of consecutive units the two coders labelled differently.
     */
    public static List<Disagreement> of(MomentSet moments, String caseId, String a, String b, AgreementMethod method,
            long toleranceMs, long unitMs) {
        List<Disagreement> found = new ArrayList<>();
        List<Moment> momentsA = moments.moments(caseId, a);
        List<Moment> momentsB = moments.moments(caseId, b);
        if (method == AgreementMethod.EVENT) {
            for (EventMatcher.Pair pair : EventMatcher.match(momentsA, momentsB, toleranceMs)) {
                if (!pair.agrees()) {
                    Moment any = pair.a() != null ? pair.a() : pair.b();
                    long end = Math.max(pair.a() == null ? 0 : pair.a().endMs(), pair.b() == null ? 0 : pair.b().endMs());
                    found.add(new Disagreement(any.category(), pair.startMs(), end, pair.codeA(), pair.codeB()));
                }
            }
        } else {
            TreeSet<String> categories = new TreeSet<>();
            momentsA.forEach(m -> categories.add(m.category()));
            momentsB.forEach(m -> categories.add(m.category()));
            long length = moments.sessionLength(caseId);
            Map<String, String[]> unitsA = TimeUnits.label(momentsA, categories, length, unitMs);
            Map<String, String[]> unitsB = TimeUnits.label(momentsB, categories, length, unitMs);
            for (String category : categories) {
                String[] la = unitsA.get(category);
                String[] lb = unitsB.get(category);
                int k = 0;
                while (k < la.length) {
                    if (la[k].equals(lb[k])) {
                        k++;
                        continue;
                    }
                    int first = k;
                    while (k < la.length && la[k].equals(la[first]) && lb[k].equals(lb[first])) {
                        k++;
                    }
                    found.add(new Disagreement(category, first * unitMs, Math.min(length, k * unitMs), la[first], lb[first]));
                }
            }
        }
        found.sort(Comparator.comparingLong(Disagreement::startMs).thenComparing(Disagreement::category));
        return found;
    }
}
