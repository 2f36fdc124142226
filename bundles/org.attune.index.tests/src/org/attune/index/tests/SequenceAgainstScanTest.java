package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.attune.index.CorpusIndex;
import org.attune.index.Hit;
import org.attune.index.MomentRecord;
import org.attune.index.MomentTable;
import org.attune.index.SearchOptions;
import org.attune.index.SearchResult;
import org.attune.index.internal.SyntheticCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sequence operators against the plainest possible answer: every pair of moments of a case
 * checked one by one. Large enough (≈ 8,000 moments per operand) that the operands come from
 * several segments and the cases are paired in two halves at once; checked again after
 * near-real-time edits leave deleted documents in the old segments and new ones in small segments.
 * Operands are read two ways — a code (its run in the per-segment columns) and any other query
 * (its documents one by one) — and both are checked.
 */
class SequenceAgainstScanTest {

    private static final int CASES = 130;
    private static final int PER_CASE = 500;

    @TempDir
    Path corpus;

    private final Map<String, List<MomentRecord>> cases = new LinkedHashMap<>();

    private static final Predicate<MomentRecord> INITIATIVE = m -> m.codeLabel().equals("infant initiative");
    private static final Predicate<MomentRecord> RECEIVING = m -> m.codeLabel().equals("receiving initiatives");
    private static final Predicate<MomentRecord> LOOKING = m -> m.codeLabel().equals("attentive looking");

    @Test
    void everyOperatorFindsWhatAScanOfTheMomentsFinds() throws Exception {
        for (int c = 0; c < CASES; c++) {
            List<MomentRecord> records = SyntheticCorpus.caseMoments(7, c, PER_CASE);
            cases.put(SyntheticCorpus.caseId(c), records);
            MomentTable.write(corpus.resolve(SyntheticCorpus.caseId(c) + MomentTable.SUFFIX), records);
        }
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            index.sync(MomentTable.folder(corpus), null);
            checkAll(index);

            // edits: some cases lose a third of their moments, one gains a burst of initiatives and answers
            for (String unit : index.stamps().keySet()) {
                java.util.regex.Matcher id = java.util.regex.Pattern.compile("case-(\\d{5})").matcher(unit);
                assertTrue(id.find(), unit);
                String caseId = id.group();
                int c = Integer.parseInt(id.group(1));
                if (c % 29 != 0) {
                    continue;
                }
                List<MomentRecord> edited = new ArrayList<>();
                List<MomentRecord> old = cases.get(caseId);
                for (int i = 0; i < old.size(); i++) {
                    if (i % 3 != 1) {
                        edited.add(old.get(i));
                    }
                }
                if (c == 58) {
                    for (int k = 0; k < 40; k++) {
                        long t = 5_000_000 + k * 2_000L;
                        edited.add(Fixtures.m(caseId, "Anna", "ini-inf", "infant initiative", Fixtures.INITIATIVES, t,
                                t + 700, "burst"));
                        edited.add(Fixtures.m(caseId, "Anna", "recv", "receiving initiatives", Fixtures.RECEIVING,
                                t + 900, t + 1_500, "burst answer"));
                    }
                }
                cases.put(caseId, edited);
                index.update(unit, "edited", edited);
            }
            checkAll(index);
        }
    }

    private void checkAll(CorpusIndex index) throws Exception {
        String a = "code:\"infant initiative\"";
        String b = "code:\"receiving initiatives\"";
        check(index, a + " THEN " + b + " WITHIN 3s", then(INITIATIVE, RECEIVING, 3_000));
        check(index, "code:ini-inf THEN code:recv WITHIN 1500ms", then(INITIATIVE, RECEIVING, 1_500));
        // an operand that is not a single code: read document by document
        check(index, "(" + a + " AND coder:anna) THEN (" + b + " AND NOT coder:ben) WITHIN 3s",
                then(INITIATIVE.and(m -> m.coder().equals("Anna")), RECEIVING.and(m -> !m.coder().equals("Ben")),
                        3_000));
        check(index, a + " THEN " + a + " WITHIN 4s", then(INITIATIVE, INITIATIVE, 4_000));
        check(index, a + " OVERLAPS code:\"attentive looking\"", overlaps(INITIATIVE, LOOKING));
        check(index, a + " NOT FOLLOWED BY " + b + " WITHIN 5s", notFollowed(INITIATIVE, RECEIVING, 5_000));
    }

    private static void check(CorpusIndex index, String query, List<String> expected) throws Exception {
        SearchResult result = index.search(query, SearchOptions.defaults().withLimit(1_000_000).withSnippets(false),
                null);
        assertTrue(expected.size() > 500, query + ": the check needs many hits, has " + expected.size());
        assertEquals(expected.size(), result.total(), query);
        List<String> found = new ArrayList<>();
        Map<String, Integer> perCase = new TreeMap<>();
        for (Hit hit : result.hits()) {
            found.add(key(hit.moment(), hit.second()));
        }
        for (String k : expected) {
            perCase.merge(k.substring(0, k.indexOf('|')), 1, Integer::sum);
        }
        // hits come in time order: as the scan lists them, up to moments that start and end together
        assertEquals(expected.stream().sorted().toList(), found.stream().sorted().toList(), query);
        assertEquals(expected.stream().map(k -> k.substring(0, k.indexOf('|', k.indexOf('|') + 1))).toList(),
                found.stream().map(k -> k.substring(0, k.indexOf('|', k.indexOf('|') + 1))).toList(),
                query + ": order by case and start");
        assertEquals(perCase, new TreeMap<>(result.facets().get("case")), query + ": counts per case");
    }

    private static String key(MomentRecord m, MomentRecord second) {
        return m.caseId() + "|" + String.format("%09d", m.startMs()) + "|" + m.endMs() + "|" + m.coder() + "|"
                + m.codeLabel() + (second == null ? "" : "|" + second.startMs() + "|" + second.endMs() + "|" + second.coder());
    }

    private List<MomentRecord> timeOrdered(List<MomentRecord> moments, Predicate<MomentRecord> which) {
        return moments.stream().filter(which)
                .sorted((x, y) -> x.startMs() != y.startMs() ? Long.compare(x.startMs(), y.startMs())
                        : Long.compare(x.endMs(), y.endMs()))
                .toList();
    }

    private List<String> then(Predicate<MomentRecord> first, Predicate<MomentRecord> second, long within) {
        List<String> keys = new ArrayList<>();
        for (List<MomentRecord> moments : new TreeMap<>(cases).values()) {
            for (MomentRecord x : timeOrdered(moments, first)) {
                for (MomentRecord y : timeOrdered(moments, second)) {
                    if (x != y && y.startMs() >= x.endMs() && y.startMs() <= x.endMs() + within) {
                        keys.add(key(x, y));
                    }
                }
            }
        }
        return keys;
    }

    private List<String> notFollowed(Predicate<MomentRecord> first, Predicate<MomentRecord> second, long within) {
        List<String> keys = new ArrayList<>();
        for (List<MomentRecord> moments : new TreeMap<>(cases).values()) {
            for (MomentRecord x : timeOrdered(moments, first)) {
                boolean followed = timeOrdered(moments, second).stream()
                        .anyMatch(y -> x != y && y.startMs() >= x.endMs() && y.startMs() <= x.endMs() + within);
                if (!followed) {
                    keys.add(key(x, null));
                }
            }
        }
        return keys;
    }

    private List<String> overlaps(Predicate<MomentRecord> first, Predicate<MomentRecord> second) {
        List<String> keys = new ArrayList<>();
        for (List<MomentRecord> moments : new TreeMap<>(cases).values()) {
            for (MomentRecord x : timeOrdered(moments, first)) {
                for (MomentRecord y : timeOrdered(moments, second)) {
                    boolean both = x.endMs() > x.startMs() && y.endMs() > y.startMs();
                    boolean meet = both ? x.startMs() < y.endMs() && y.startMs() < x.endMs()
                            : x.startMs() <= y.endMs() && y.startMs() <= x.endMs();
                    if (x != y && meet) {
                        keys.add(key(x, y));
                    }
                }
            }
        }
        return keys;
    }
}
