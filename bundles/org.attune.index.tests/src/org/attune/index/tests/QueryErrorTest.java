package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.attune.index.CorpusIndex;
import org.attune.index.MomentTable;
import org.attune.index.QueryException;
import org.attune.index.SearchOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Malformed queries and unknown fields: an error at the right position with a fix, never an empty result. */
class QueryErrorTest {

    @TempDir
    static Path corpus;
    static CorpusIndex index;

    @BeforeAll
    static void build() throws Exception {
        Fixtures.writeCorpus(corpus);
        index = CorpusIndex.open(corpus);
        index.sync(MomentTable.folder(corpus), null);
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    private static QueryException error(String query) {
        return assertThrows(QueryException.class, () -> index.search(query, SearchOptions.defaults(), null),
                "should be refused: " + query);
    }

    private static void assertError(String query, int position, String problemPart, String fixPart) {
        QueryException e = error(query);
        assertEquals(position, e.position(), "position in " + query + ": " + e.getMessage());
        assertTrue(e.problem().contains(problemPart), e.getMessage());
        assertTrue(e.fix().contains(fixPart), e.getMessage());
        assertTrue(e.getMessage().contains(" ".repeat(position + 2) + "^"), "the caret points at it:\n" + e.getMessage());
    }

    @Test
    void unknownFieldsAreReportedWithASuggestion() {
        assertError("coders:anna", 0, "unknown field 'coders'", "did you mean 'coder'?");
        assertError("code:x AND coderr:anna", 11, "unknown field 'coderr'", "did you mean 'coder'?");
        assertError("note:smile AND colour:red", 15, "unknown field 'colour'", "fields: case");
        assertError("modifier.mood:happy", 0, "modifier 'mood'", "modifier.intensity");
        assertError("code:a THEN kode:b WITHIN 2s", 12, "unknown field 'kode'", "did you mean 'code'?");
    }

    @Test
    void malformedQueriesPointAtTheProblem() {
        assertError("code:\"receiving initiatives AND coder:anna", 5, "never closed", "closing \"");
        assertError("(code:x OR code:y", 0, "'(' is never closed", "')'");
        assertError("code:x)", 6, "closes nothing", "remove it");
        assertError("start:[1m TO 5m", 6, "range is never closed", "start:[1m TO 5m]");
        assertError("code:x AND", 10, "nothing after it", "add a query after AND");
        assertError("OR code:x", 0, "nothing before it", "put a query before OR");
        assertError("code: x", 4, "'code:' has no value", "right after the colon");
        assertError("code:x AND OR code:y", 11, "two operators in a row", "remove one");
        assertError("duration:>2x", 0, "'2x' is not a time", "1m30s");
        assertError("start:[1m TO soon]", 0, "'soon' is not a time", "start:[1m TO 5m]");
        assertError("start:1m*", 0, "start is a time", "start:>2s");
        assertError("   ", 0, "empty", "code:");
    }

    @Test
    void luceneSyntaxErrorsGetAPosition() {
        QueryException e = error("note:smile^^2");
        assertTrue(e.position() >= 10 && e.position() <= 12, e.getMessage());
        assertTrue(e.fix().contains("quote values"), e.getMessage());
    }

    @Test
    void sequenceOperatorsNeedTheirParts() {
        String a = "code:\"infant initiative\"";
        assertError(a + " THEN code:recv", (a + " THEN code:recv").length(), "needs a time window", "WITHIN 3s");
        assertError(a + " THEN code:recv WITHIN 3q", (a + " THEN code:recv WITHIN ").length(), "'3q' is not a time",
                "500ms");
        assertError("THEN code:recv WITHIN 3s", 0, "needs a query before it", "THEN");
        assertError(a + " THEN WITHIN 3s", (a + " THEN").length(), "needs a query after it", "THEN");
        assertError(a + " OVERLAPS code:recv WITHIN 2s", (a + " OVERLAPS code:recv ").length(), "no time window",
                "remove");
        assertError("code:recv WITHIN 3s", 10, "WITHIN needs a sequence", "THEN");
        assertError(a + " THEN code:recv WITHIN 3s THEN code:x", (a + " THEN code:recv WITHIN 3s ").length(),
                "only one", "one step");
        assertError(a + " NOT FOLLOWED code:recv WITHIN 3s", (a + " NOT FOLLOWED").length(), "lacks 'BY'",
                "NOT FOLLOWED BY");
        assertError(a + " THEN code:recv WITHIN 3s extra", (a + " THEN code:recv WITHIN 3s ").length(),
                "unexpected text after", "before WITHIN (to narrow B)");
        assertError(a + " THEN code:recv WITHIN", (a + " THEN code:recv WITHIN").length(), "needs a time", "1.5s");
    }

    @Test
    void aValidQueryPassesTheCheck() throws Exception {
        index.check("code:\"receiving initiatives\" AND coder:anna");
        index.check("code:ini THEN code:recv WITHIN 1m30s");
        assertThrows(QueryException.class, () -> index.check("coders:anna"));
    }
}
