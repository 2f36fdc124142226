package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.attune.index.CorpusIndex;
import org.attune.index.MomentTable;
import org.attune.index.QueryAssist;
import org.attune.index.QueryAssist.Proposal;
import org.attune.index.SearchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Completion of field names, code labels, coder names and case ids, and narrowing by a facet, on a real index. */
class QueryAssistTest {

    @TempDir
    Path corpus;

    private QueryAssist assist() throws Exception {
        Fixtures.writeCorpus(corpus);
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            index.sync(MomentTable.folder(corpus), null);
            return QueryAssist.of(index);
        }
    }

    private static List<String> labels(List<Proposal> proposals) {
        return proposals.stream().map(Proposal::label).toList();
    }

    @Test
    void completesFieldNamesAndOperators() throws Exception {
        QueryAssist assist = assist();
        List<Proposal> c = assist.complete("co", 2);
        assertEquals(List.of("coder:", "code:"), labels(c));
        assertEquals("coder:", c.get(0).query());
        assertEquals(6, c.get(0).caret());
        // the corpus's modifiers are fields too
        assertTrue(labels(assist.complete("mod", 3)).contains("modifier.intensity:"), labels(assist.complete("mod", 3)).toString());
        // in the middle of a query only the word at the caret is replaced
        List<Proposal> mid = assist.complete("code:ini AND no", 15);
        assertEquals("note:", mid.get(0).label());
        assertEquals("code:ini AND note:", mid.get(0).query());
        assertTrue(labels(assist.complete("code:ini TH", 11)).contains("THEN"));
    }

    @Test
    void completesCodeLabelsCoderNamesAndCasesFromTheIndex() throws Exception {
        QueryAssist assist = assist();
        List<Proposal> codes = assist.complete("code:rec", 8);
        assertEquals(List.of("code:receiving initiatives"), labels(codes));
        assertEquals("code:\"receiving initiatives\" ", codes.get(0).query());
        assertEquals(codes.get(0).query().length(), codes.get(0).caret());
        // a word inside the label matches after the labels that start with it
        assertEquals(List.of("code:infant initiative", "code:receiving initiatives"),
                labels(assist.complete("code:\"ini", 9)));
        assertEquals(List.of("coder:Anna", "coder:Ben", "coder:Chris"), labels(assist.complete("coder:", 6)));
        assertEquals(List.of("case:c1", "case:c2", "case:c3"), labels(assist.complete("x AND case:c", 12)));
        // replacing a half-typed quoted value keeps what follows
        Proposal p = assist.complete("code:\"infant AND coder:anna", 12).get(0);
        assertEquals("code:\"infant initiative\" AND coder:anna", p.query());
        // fields without indexed values propose nothing
        assertTrue(assist.complete("note:smi", 8).isEmpty());
    }

    @Test
    void everyCompletedQueryParses() throws Exception {
        QueryAssist assist = assist();
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            for (Proposal p : assist.complete("code:", 5)) {
                index.check(p.query());
                assertTrue(index.search(p.query(), SearchOptions.defaults(), null).total() > 0, p.query());
            }
            for (Proposal p : assist.complete("coder:", 6)) {
                assertTrue(index.search(p.query(), SearchOptions.defaults(), null).total() > 0, p.query());
            }
        }
    }

    @Test
    void narrowingByAFacetValue() throws Exception {
        assist();
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            String narrowed = QueryAssist.narrow("code:\"infant initiative\"", "coder", "Chris");
            assertEquals("(code:\"infant initiative\") AND coder:Chris", narrowed);
            assertEquals(1, index.search(narrowed, SearchOptions.defaults(), null).total());
            // a sequence narrows its first query, whose moments the facets count
            String seq = "code:ini THEN code:recv WITHIN 3s";
            assertEquals(2, index.search(seq, SearchOptions.defaults(), null).total());
            String narrowedSeq = QueryAssist.narrow(seq, "case", "c2");
            assertEquals("(code:ini) AND case:c2 THEN code:recv WITHIN 3s", narrowedSeq);
            assertEquals(1, index.search(narrowedSeq, SearchOptions.defaults(), null).total());
            assertEquals("code:\"receiving initiatives\"", QueryAssist.narrow("  ", "code", "receiving initiatives"));
            assertEquals("\"say \\\"hi\\\"\"", QueryAssist.quote("say \"hi\""));
        }
    }
}
