package org.attune.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The coded moments of a set of cases, with each case's session length where it is known. The input
 * of every analysis in this bundle.
 */
public final class MomentSet {

    private final Map<String, List<Moment>> byCase = new TreeMap<>();
    private final Map<String, Long> sessionLengths = new LinkedHashMap<>();

    public MomentSet add(Moment moment) {
        byCase.computeIfAbsent(moment.caseId(), id -> new ArrayList<>()).add(moment);
        return this;
    }

    public MomentSet addAll(Collection<Moment> moments) {
        moments.forEach(this::add);
        return this;
    }

    /** Declares a case, also one without moments, with its session length (the media duration). */
    public MomentSet setSessionLength(String caseId, long lengthMs) {
        if (lengthMs < 0) {
            throw new IllegalArgumentException("case " + caseId + ": negative session length " + lengthMs);
        }
        byCase.computeIfAbsent(caseId, id -> new ArrayList<>());
        sessionLengths.put(caseId, lengthMs);
        return this;
    }

    /** The case ids, sorted. */
    public Set<String> cases() {
        return Collections.unmodifiableSet(byCase.keySet());
    }

    /** Every coder that coded at least one moment, sorted. */
    public Set<String> coders() {
        Set<String> coders = new TreeSet<>();
        byCase.values().forEach(list -> list.forEach(m -> coders.add(m.coder())));
        return coders;
    }

    public List<Moment> moments(String caseId) {
        return Collections.unmodifiableList(byCase.getOrDefault(caseId, List.of()));
    }

    public List<Moment> moments(String caseId, String coder) {
        return byCase.getOrDefault(caseId, List.of()).stream().filter(m -> m.coder().equals(coder)).toList();
    }

    /** True when the coder has at least one moment in the case: only then has the coder coded it. */
    public boolean hasCoded(String caseId, String coder) {
        return byCase.getOrDefault(caseId, List.of()).stream().anyMatch(m -> m.coder().equals(coder));
    }

    /**
     * The session length of a case: the declared length when there is one and it covers every
     * moment, else the latest end of any moment in the case (any coder).
     */
    public long sessionLength(String caseId) {
        long latest = byCase.getOrDefault(caseId, List.of()).stream().mapToLong(Moment::endMs).max().orElse(0);
        Long declared = sessionLengths.get(caseId);
        return declared == null ? latest : Math.max(declared, latest);
    }

    /** Only the given cases (all when {@code caseIds} is empty). */
    public MomentSet restrictTo(Collection<String> caseIds) {
        if (caseIds.isEmpty()) {
            return this;
        }
        MomentSet subset = new MomentSet();
        for (String id : caseIds) {
            if (byCase.containsKey(id)) {
                subset.byCase.put(id, new ArrayList<>(byCase.get(id)));
                if (sessionLengths.containsKey(id)) {
                    subset.sessionLengths.put(id, sessionLengths.get(id));
                }
            }
        }
        return subset;
    }

    /**
     * Only the moments of the given coders. Each case keeps the session length it has here, so
     * leaving a coder out does not shorten a session.
     */
    public MomentSet onlyCoders(Collection<String> coders) {
        MomentSet subset = new MomentSet();
        for (String caseId : byCase.keySet()) {
            subset.setSessionLength(caseId, sessionLength(caseId));
            byCase.get(caseId).stream().filter(m -> coders.contains(m.coder())).forEach(subset::add);
        }
        return subset;
    }

    public int size() {
        return byCase.values().stream().mapToInt(List::size).sum();
    }
}
