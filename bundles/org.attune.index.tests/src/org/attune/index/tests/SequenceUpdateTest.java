package org.attune.index.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.index.CorpusIndex;
import org.attune.index.MomentRecord;
import org.attune.index.MomentTable;
import org.attune.index.SearchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sequence operators read the moments' times from per-segment columns kept between searches:
 * after near-real-time updates (new segments, deleted moments in old ones) they still answer
 * exactly.
 */
class SequenceUpdateTest {

    @TempDir
    Path corpus;

    @Test
    void sequencesFollowUpdates() throws Exception {
        Fixtures.writeCorpus(corpus);
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            index.sync(MomentTable.folder(corpus), null);
            String then = "code:ini THEN code:recv WITHIN 3s";
            String overlaps = "code:ini OVERLAPS code:look";
            assertEquals(2, index.search(then, SearchOptions.defaults(), null).total());
            assertEquals(1, index.search(overlaps, SearchOptions.defaults(), null).total());
            String unit = index.stamps().keySet().stream().filter(u -> u.contains("c3")).findFirst().orElseThrow();

            // c3 gains an initiative received 1 s later
            List<MomentRecord> c3 = new ArrayList<>(Fixtures.case3());
            c3.add(Fixtures.m("c3", "Anna", "ini", "infant initiative", Fixtures.INITIATIVES, 50_000, 50_500, "reaches"));
            c3.add(Fixtures.m("c3", "Anna", "recv", "receiving initiatives", Fixtures.RECEIVING, 51_500, 52_000, "answers"));
            index.update(unit, "edited 1", c3);
            var pairs = index.search(then, SearchOptions.defaults(), null);
            assertEquals(3, pairs.total());
            assertEquals(50_000, pairs.hits().get(2).moment().startMs());
            assertEquals(51_500, pairs.hits().get(2).second().startMs());

            // the answer moves 4 s later: no longer within 3 s; the old documents are deleted, not counted
            c3.set(c3.size() - 1, Fixtures.m("c3", "Anna", "recv", "receiving initiatives", Fixtures.RECEIVING, 54_000,
                    55_000, "answers late"));
            index.update(unit, "edited 2", c3);
            assertEquals(2, index.search(then, SearchOptions.defaults(), null).total());
            assertEquals(3, index.search("code:ini THEN code:recv WITHIN 4s", SearchOptions.defaults(), null).total());
            assertEquals(1, index.search(overlaps, SearchOptions.defaults(), null).total());
        }
    }

    @Test
    void aCaseSpreadOverSeveralFilesIsSequencedInTimeOrder() throws Exception {
        Fixtures.writeCorpus(corpus);
        // a second table with moments of case c1: its documents come after all of c1's first table
        MomentTable.write(corpus.resolve("c1-more" + MomentTable.SUFFIX), List.of(Fixtures.m("c1", "Ben", "recv",
                "receiving initiatives", Fixtures.RECEIVING, 12_000, 12_500, "answers the door look")));
        try (CorpusIndex index = CorpusIndex.open(corpus)) {
            index.sync(MomentTable.folder(corpus), null);
            var pairs = index.search("code:ini THEN code:recv WITHIN 3s", SearchOptions.defaults(), null);
            assertEquals(List.of("c1@0>2000", "c1@10000>12000", "c2@0>3400"), pairs.hits().stream()
                    .map(h -> h.moment().caseId() + "@" + h.moment().startMs() + ">" + h.second().startMs()).toList());
        }
    }
}
