package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.attune.index.CorpusIndex;
import org.attune.index.Hit;
import org.attune.index.MomentRecord;
import org.attune.index.MomentTable;
import org.attune.index.SearchOptions;
import org.attune.index.SearchResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every operator of the query language on the hand-built corpus of {@link Fixtures}, with known answers. */
class QueryLanguageTest {

    @TempDir
    static Path corpus;
    static CorpusIndex index;

    @BeforeAll
    static void build() throws Exception {
        Fixtures.writeCorpus(corpus);
        index = CorpusIndex.open(corpus);
        CorpusIndex.SyncReport report = index.sync(MomentTable.folder(corpus), null);
        assertEquals(3, report.unitsIndexed());
        assertEquals(10, report.momentsIndexed());
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static SearchResult search(String query) throws Exception {
        return index.search(query, SearchOptions.defaults(), null);
    }

    /** Hits as "case@start" (moments) or "case@start>start" (pairs), in result order. */
    private static List<String> keys(String query) throws Exception {
        SearchResult result = search(query);
        assertEquals(result.total(), result.hits().size(), "all hits fit the default limit");
        return result.hits().stream().map(QueryLanguageTest::key).toList();
    }

    private static String key(Hit h) {
        String k = h.moment().caseId() + "@" + h.moment().startMs();
        return h.isPair() ? k + ">" + h.second().startMs() : k;
    }

    private static Set<String> keySet(String query) throws Exception {
        return keys(query).stream().collect(Collectors.toSet());
    }

    @Test
    void codePhraseAndCoder() throws Exception {
        assertEquals(List.of("c1@2000", "c3@0"), keys("code:\"receiving initiatives\" AND coder:anna"));
        assertEquals(List.of("c1@2000", "c1@16500", "c2@3400", "c3@0"), keys("code:\"Receiving Initiatives\""));
        assertEquals(keys("code:\"receiving initiatives\""), keys("code:recv"), "a code matches by id too");
        assertEquals(List.of("c1@16500", "c2@3400"), keys("code:\"receiving initiatives\" AND NOT coder:anna"));
        assertEquals(Set.of("c1@500", "c1@2000", "c1@16500", "c2@3400", "c3@0"),
                keySet("code:\"receiving initiatives\" OR code:\"attentive looking\""));
    }

    @Test
    void fullTextWithWildcardsAndSnippets() throws Exception {
        SearchResult result = search("note:smil*");
        assertEquals(Set.of("c1@2000", "c1@70000", "c2@120000"),
                result.hits().stream().map(QueryLanguageTest::key).collect(Collectors.toSet()));
        Hit m2 = result.hits().get(0);
        assertEquals("mother [smiles] and names the ball", m2.snippet());
        assertEquals(Set.of("c1@2000", "c1@70000", "c2@120000"), keySet("smil*"), "terms without a field search all texts");
        assertEquals(List.of("c1@70000"), keys("transcript:cup"));
        assertEquals(List.of("c1@2000"), keys("note:\"names the ball\""));
        assertEquals(6, search("participant:infant AND case:c1").total());
        assertEquals(List.of("c1@0", "c1@2000"), keys("note:ball"));
    }

    @Test
    void timesAndRanges() throws Exception {
        assertEquals(Set.of("c1@2000", "c1@500", "c2@120000"), keySet("duration:>2s"));
        assertEquals(Set.of("c1@2000", "c1@500", "c2@120000"), keySet("duration:>=2.5s"));
        assertEquals(Set.of("c2@120000"), keySet("duration:>2500ms"));
        assertEquals(Set.of("c1@16500", "c2@0", "c1@70000", "c3@0"), keySet("duration:<1s"));
        assertEquals(Set.of("c1@70000", "c2@120000"), keySet("start:[1m TO 5m]"));
        assertEquals(Set.of("c1@70000"), keySet("start:[1m TO 2m}"), "an exclusive upper bound");
        assertEquals(Set.of("c1@70000"), keySet("start:\"01:10\""), "m:s, quoted because of the colon");
        assertEquals(Set.of("c1@16500", "c1@70000", "c2@120000"), keySet("end:>16s"));
        assertEquals(Set.of("c1@10000", "c1@16500"), keySet("start:[10s TO 1m] AND NOT code:naming"));
    }

    @Test
    void categoriesModifiersAndExactFields() throws Exception {
        assertEquals(Set.of("c1@0", "c1@10000", "c2@0", "c2@120000"), keySet("category:initiatives"));
        assertEquals(keySet("category:initiatives"), keySet("category:\"Attuned interaction / Initiatives\""));
        assertEquals(9, search("category:\"attuned interaction\"").total());
        assertEquals(List.of("c1@0"), keys("modifier.intensity:high"));
        assertEquals(List.of("c1@0", "c1@70000"), keys("modifier.intensity:*"));
        assertEquals(10, search("scheme:vig").total());
        assertEquals(1, search("title:\"12 months\" AND code:naming").total());
        assertEquals(10, search("*:*").total());
    }

    @Test
    void thenWithin() throws Exception {
        SearchResult result = search("code:\"infant initiative\" THEN code:\"receiving initiatives\" WITHIN 3s");
        assertTrue(result.pairs());
        assertEquals(List.of("c1@0>2000", "c2@0>3400"), result.hits().stream().map(QueryLanguageTest::key).toList());
        Hit first = result.hits().get(0);
        assertEquals("infant initiative", first.moment().codeLabel());
        assertEquals("receiving initiatives", first.second().codeLabel());
        assertEquals(List.of("c1@0>2000", "c1@10000>16500", "c2@0>3400"),
                keys("code:\"infant initiative\" THEN code:\"receiving initiatives\" WITHIN 6s"));
        assertEquals(List.of("c2@0>3400"),
                keys("code:\"infant initiative\" THEN code:\"receiving initiatives\" AND coder:ben WITHIN 2900ms"));
        assertEquals(List.of("c1@0>2000"),
                keys("code:\"infant initiative\" THEN code:\"receiving initiatives\" WITHIN 2899ms"),
                "n2 starts 2900 ms after n1 ends");
        // never across cases: c3's receiving moment at 0 follows nothing
        assertTrue(keys("code:recv THEN code:recv WITHIN 1h").stream().noneMatch(k -> k.startsWith("c3")));
        assertEquals(List.of("c1@2000>16500"), keys("code:recv THEN code:recv WITHIN 1h"), "a moment never pairs with itself");
    }

    @Test
    void overlaps() throws Exception {
        assertEquals(List.of("c1@0>500"), keys("code:\"infant initiative\" OVERLAPS code:\"attentive looking\""));
        assertEquals(List.of("c1@500>2000"), keys("code:\"attentive looking\" OVERLAPS code:\"receiving initiatives\""));
        assertEquals(List.of("c1@0>500", "c1@500>0", "c1@500>2000", "c1@2000>500"),
                keys("case:c1 OVERLAPS case:c1"));
        assertEquals(List.of(), keys("code:naming OVERLAPS *:*"), "the point at 1m10s lies in no interval");
    }

    @Test
    void notFollowedBy() throws Exception {
        SearchResult result = search(
                "code:\"infant initiative\" NOT FOLLOWED BY code:\"receiving initiatives\" WITHIN 5s");
        assertFalse(result.pairs());
        assertEquals(List.of("c1@10000", "c2@120000"), result.hits().stream().map(QueryLanguageTest::key).toList());
        assertEquals(List.of("c2@120000"),
                keys("code:\"infant initiative\" NOT FOLLOWED BY code:\"receiving initiatives\" WITHIN 6s"));
    }

    @Test
    void facetsCountEveryMatch() throws Exception {
        SearchResult result = index.search("code:\"receiving initiatives\"", SearchOptions.defaults().withLimit(1), null);
        assertEquals(4, result.total());
        assertEquals(1, result.hits().size());
        assertEquals(Map.of("Anna", 2, "Ben", 2), result.facets().get("coder"));
        assertEquals(Map.of("c1", 2, "c2", 1, "c3", 1), result.facets().get("case"));
        assertEquals(List.of("c1", "c2", "c3"), List.copyOf(result.facets().get("case").keySet()), "largest first");
        assertEquals(Map.of("receiving initiatives", 4), result.facets().get("code"));
        SearchResult pairs = search("code:\"infant initiative\" THEN code:\"receiving initiatives\" WITHIN 6s");
        assertEquals(Map.of("c1", 2, "c2", 1), pairs.facets().get("case"));
        assertEquals(Map.of("Anna", 2, "Ben", 1), pairs.facets().get("coder"), "pairs count by their first moment");
    }

    @Test
    void ordering() throws Exception {
        SearchOptions all = SearchOptions.defaults();
        List<Long> durations = index.search("*:*", all.withOrder(SearchOptions.Order.DURATION), null).hits().stream()
                .map(h -> h.moment().durationMs()).toList();
        assertEquals(durations.stream().sorted((a, b) -> Long.compare(b, a)).toList(), durations);
        assertEquals(3000L, durations.get(0));
        List<String> coders = index.search("*:*", all.withOrder(SearchOptions.Order.CODER), null).hits().stream()
                .map(h -> h.moment().coder()).toList();
        assertEquals(coders.stream().sorted().toList(), coders);
        List<String> time = index.search("*:*", all, null).hits().stream().map(QueryLanguageTest::key).toList();
        assertEquals(List.of("c1@0", "c1@500", "c1@2000", "c1@10000", "c1@16500", "c1@70000", "c2@0", "c2@3400",
                "c2@120000", "c3@0"), time);
        for (int limit = 0; limit <= time.size(); limit++) {
            List<String> page = index.search("*:*", all.withLimit(limit), null).hits().stream()
                    .map(QueryLanguageTest::key).toList();
            assertEquals(time.subList(0, limit), page, "the first " + limit + " in time order");
        }
        assertEquals(10, index.search("*:*", all.withLimit(Integer.MAX_VALUE), null).hits().size(), "a huge limit");
        assertEquals(10, index.search("*:*", all.withLimit(Integer.MAX_VALUE).withOrder(SearchOptions.Order.CODE), null)
                .hits().size());
        List<String> pairs = keys("case:c1 OVERLAPS case:c1");
        for (int limit = 0; limit <= pairs.size(); limit++) {
            assertEquals(pairs.subList(0, limit), index.search("case:c1 OVERLAPS case:c1", all.withLimit(limit), null)
                    .hits().stream().map(QueryLanguageTest::key).toList());
        }
        SearchResult relevance = index.search("note:ball OR note:smiles", all.withOrder(SearchOptions.Order.RELEVANCE), null);
        assertEquals("c1@2000", key(relevance.hits().get(0)), "the note with both words first");
    }

    @Test
    void recordsComeBackWhole() throws Exception {
        MomentRecord m6 = search("code:naming").hits().get(0).moment();
        assertEquals(Fixtures.case1().get(5), m6);
        MomentRecord m1 = search("modifier.intensity:high").hits().get(0).moment();
        assertEquals(Fixtures.case1().get(0), m1);
    }

    @Test
    void completionLists() throws Exception {
        assertEquals(List.of("Anna", "Ben", "Chris"), index.values("coder"));
        assertTrue(index.values("code").contains("receiving initiatives"));
        assertTrue(index.fieldNames().containsAll(List.of("code", "coder", "note", "modifier.intensity")));
    }
}
