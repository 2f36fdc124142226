package org.attune.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.OptionalLong;

import org.attune.media.MediaSet;
import org.attune.media.MediaSource;
import org.attune.media.Synchronisation;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Typed offsets and offsets from marking the same event in two streams, on real files. */
@Timeout(60)
class SynchronisationTest {

    @BeforeAll
    static void generate() throws Exception {
        Media.dir();
    }

    @Test
    void readsMillisecondsSecondsAndClockTimes() {
        assertEquals(1500, Synchronisation.parseOffset("1500"));
        assertEquals(-40, Synchronisation.parseOffset(" -40 "));
        assertEquals(250, Synchronisation.parseOffset("+250 ms"));
        assertEquals(1500, Synchronisation.parseOffset("1.5 s"));
        assertEquals(1500, Synchronisation.parseOffset("00:00:01.500"));
        assertEquals(-62_500, Synchronisation.parseOffset("-1:02.5"));
        assertEquals(3_723_045, Synchronisation.parseOffset("01:02:03.045"));
        assertEquals(-1500, Synchronisation.parseOffset("\u221200:00:01.500"), "the minus sign the display writes");
        for (long ms : new long[] { 0, 40, -1500, 3_723_045 }) {
            assertEquals(ms, Synchronisation.parseOffset(Synchronisation.formatOffset(ms)), "round trip of " + ms);
        }
        assertEquals("+00:00:01.500", Synchronisation.formatOffset(1500));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Synchronisation.parseOffset("1,5 sec"));
        assertTrue(e.getMessage().contains("'1,5 sec'") && e.getMessage().contains("hh:mm:ss.mmm"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> Synchronisation.parseOffset("00:75:00"));
        assertTrue(e.getMessage().contains("59"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Synchronisation.parseOffset(""));
    }

    @Test
    void markingTheSameEventInTwoStreamsGivesTheOffsetThatAlignsThem() throws Exception {
        // both clips show the same frame numbers, so "the event" is a frame number; the second
        // camera is opened 1 s out of sync and must end up at offset 0
        try (MediaSet set = MediaSet.open(List.of(MediaSource.of(Media.h264), new MediaSource(Media.vp8, -1000)))) {
            MediaEngineTest.Seen seen = new MediaEngineTest.Seen(set);
            set.seekToFrame(60);
            assertEquals(60, seen.barcode[0]);
            assertEquals(85, seen.barcode[1], "out of sync by 25 frames");
            Synchronisation sync = new Synchronisation();
            assertTrue(sync.mark(set, 0).isEmpty(), "the first mark only records");
            assertEquals(60, sync.first().frame());

            // step the second stream alone back to the event: the master stays
            for (int i = 0; i < 25; i++) {
                set.stepAlone(1, -1);
            }
            assertEquals(60, set.masterFrame());
            assertEquals(60, seen.barcode[0], "the master did not move");
            assertEquals(60, seen.barcode[1], "the second stream stepped alone to the event");
            OptionalLong offset = sync.mark(set, 1);
            assertEquals(0, offset.getAsLong());
            assertEquals(null, sync.first(), "a pair of marks starts over");

            // the other way round, at a half-frame offset: the master is stepped alone
            set.setOffset(1, 1500);
            set.seekToFrame(70);
            assertEquals(32, seen.barcode[1], "case 2800 ms - 1500 ms is in frame 32");
            sync.mark(set, 1);
            set.stepAlone(0, -3);
            assertEquals(67, seen.barcode[0], "the master stepped alone");
            assertEquals(32, seen.barcode[1], "the other stream stayed");
            long masterOffset = sync.mark(set, 0).getAsLong();
            assertEquals(1500 + 32 * 40 - 67 * 40, masterOffset);
            set.setOffset(0, masterOffset);
            set.seekToFrame(67);
            assertEquals(67, seen.barcode[0]);
            assertEquals(32, seen.barcode[1], "the marked frames now start at the same case time");
        }
    }
}
