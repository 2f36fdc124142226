package org.attune.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Pairs two coders' moments of one case for event-based agreement.
 *
 * <p>Moments are compared only within the same category (track). Moment {@code a} of coder A and
 * {@code b} of coder B can be paired when their onsets are at most the tolerance apart, or when they
 * overlap in time (intervals sharing more than an instant; a point lying inside or on the edge of an
 * interval, or two points at the same instant). Among all such candidates, pairs are chosen one to one,
 * greedily, in this order: same code before different code, then the smaller onset distance, then the
 * larger overlap, then the earlier moments. A moment left without a partner is paired with
 * {@link ConfusionMatrix#NOTHING}.
 */
public final class EventMatcher {

    private EventMatcher() {
    }

    /**
     * A matched pair; {@code a} or {@code b} is null where that coder coded nothing. The pairs of a
     * case, in time order, are what a view shows to highlight the disagreements.
     */
    public record Pair(Moment a, Moment b) {
        public String codeA() {
            return a == null ? ConfusionMatrix.NOTHING : a.code();
        }

        public String codeB() {
            return b == null ? ConfusionMatrix.NOTHING : b.code();
        }

        /** True when both coders gave the same code; a moment paired with nothing never agrees. */
        public boolean agrees() {
            return a != null && b != null && a.code().equals(b.code());
        }

        public long startMs() {
            return Math.min(a == null ? Long.MAX_VALUE : a.startMs(), b == null ? Long.MAX_VALUE : b.startMs());
        }
    }

    private record Candidate(int i, int j, boolean sameCode, long onsetDistance, long overlap) {
    }

    public static List<Pair> match(List<Moment> coderA, List<Moment> coderB, long toleranceMs) {
        if (toleranceMs < 0) {
            throw new IllegalArgumentException("negative tolerance");
        }
        Map<String, List<Moment>> tracksA = byCategory(coderA);
        Map<String, List<Moment>> tracksB = byCategory(coderB);
        List<Pair> pairs = new ArrayList<>();
        TreeMap<String, Boolean> categories = new TreeMap<>();
        tracksA.keySet().forEach(c -> categories.put(c, true));
        tracksB.keySet().forEach(c -> categories.put(c, true));
        for (String category : categories.keySet()) {
            pairs.addAll(matchTrack(tracksA.getOrDefault(category, List.of()), tracksB.getOrDefault(category, List.of()),
                    toleranceMs));
        }
        pairs.sort(Comparator.comparingLong(Pair::startMs).thenComparing(Pair::codeA).thenComparing(Pair::codeB));
        return pairs;
    }

    private static Map<String, List<Moment>> byCategory(List<Moment> moments) {
        Map<String, List<Moment>> tracks = new TreeMap<>();
        for (Moment m : moments) {
            tracks.computeIfAbsent(m.category(), c -> new ArrayList<>()).add(m);
        }
        Comparator<Moment> order = Comparator.comparingLong(Moment::startMs).thenComparingLong(Moment::endMs)
                .thenComparing(Moment::code);
        tracks.values().forEach(list -> list.sort(order));
        return tracks;
    }

    private static List<Pair> matchTrack(List<Moment> a, List<Moment> b, long tolerance) {
        long longestB = b.stream().mapToLong(Moment::durationMs).max().orElse(0);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            Moment ma = a.get(i);
            long from = ma.startMs() - Math.max(tolerance, longestB);
            long to = Math.max(ma.startMs() + tolerance, ma.endMs());
            for (int j = firstStartingAtOrAfter(b, from); j < b.size() && b.get(j).startMs() <= to; j++) {
                Moment mb = b.get(j);
                long onsetDistance = Math.abs(ma.startMs() - mb.startMs());
                long overlap = Math.min(ma.endMs(), mb.endMs()) - Math.max(ma.startMs(), mb.startMs());
                boolean overlaps = (ma.isPoint() || mb.isPoint()) ? overlap >= 0 : overlap > 0;
                if (onsetDistance <= tolerance || overlaps) {
                    candidates.add(new Candidate(i, j, ma.code().equals(mb.code()), onsetDistance, Math.max(0, overlap)));
                }
            }
        }
        candidates.sort(Comparator.comparing((Candidate c) -> !c.sameCode()).thenComparingLong(Candidate::onsetDistance)
                .thenComparing(Comparator.comparingLong(Candidate::overlap).reversed()).thenComparingInt(Candidate::i)
                .thenComparingInt(Candidate::j));
        boolean[] usedA = new boolean[a.size()];
        boolean[] usedB = new boolean[b.size()];
        List<Pair> pairs = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!usedA[c.i()] && !usedB[c.j()]) {
                usedA[c.i()] = true;
                usedB[c.j()] = true;
                pairs.add(new Pair(a.get(c.i()), b.get(c.j())));
            }
        }
        for (int i = 0; i < a.size(); i++) {
            if (!usedA[i]) {
                pairs.add(new Pair(a.get(i), null));
            }
        }
        for (int j = 0; j < b.size(); j++) {
            if (!usedB[j]) {
                pairs.add(new Pair(null, b.get(j)));
            }
        }
        return pairs;
    }

    private static int firstStartingAtOrAfter(List<Moment> sorted, long time) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).startMs() < time) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
