package org.attune.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.attune.media.MediaSource;
import org.attune.media.Player;
import org.attune.media.internal.FrameBarcode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The video view's logic without SWT, on real files. */
@Timeout(60)
class PlayerTest {

    @BeforeAll
    static void generate() throws Exception {
        Media.dir();
    }

    @Test
    void formatsTimeAndRates() {
        assertEquals("00:00:00.000", Player.formatTime(0));
        assertEquals("01:02:03.045", Player.formatTime(3_723_045));
        assertEquals("1/32\u00d7", Player.formatRate(1.0 / 32));
        assertEquals("0.25\u00d7", Player.formatRate(0.25));
        assertEquals("2\u00d7", Player.formatRate(2));
        assertEquals("\u22121\u00d7", Player.formatRate(-1));
        assertEquals(1.0 / 32, Player.RATES.get(0));
        assertEquals(32.0, Player.RATES.get(Player.RATES.size() - 2));
    }

    @Test
    void commandsRunInOrderAndPicturesFollow() throws Exception {
        try (Player player = new Player()) {
            List<String> failures = new ArrayList<>();
            player.addListener(new Player.Listener() {
                @Override
                public void failed(String message) {
                    failures.add(message);
                }
            });
            player.open(List.of(MediaSource.of(Media.h264), new MediaSource(Media.vp8, 400))).get();
            assertEquals(2, player.streamCount());
            assertEquals("frame 0", player.frameText());
            // queued without waiting: the transport thread keeps their order
            player.seek(2000);
            player.step(1);
            player.step(1);
            player.jump(-1000);
            player.step(-1).get();
            assertEquals("frame 26", player.frameText());
            assertEquals("00:00:01.040", player.timeText());
            Player.Picture first = player.picture(0);
            Player.Picture second = player.picture(1);
            assertEquals(26, FrameBarcode.readBgrx(java.nio.ByteBuffer.wrap(first.bgrx()), first.width(), first.height()));
            assertEquals(16, FrameBarcode.readBgrx(java.nio.ByteBuffer.wrap(second.bgrx()), second.width(), second.height()),
                    "the second stream starts 400 ms (10 frames) later");
            assertTrue(failures.isEmpty(), failures.toString());

            // nudges pressed faster than the pipeline settles add up
            player.moveOffset(1, 40);
            player.moveOffset(1, 40).get();
            assertEquals(480, player.mediaSet().streams().get(1).source().offsetMs());
            Player.Picture nudged = player.picture(1);
            assertEquals(14, FrameBarcode.readBgrx(java.nio.ByteBuffer.wrap(nudged.bgrx()), nudged.width(), nudged.height()),
                    "two frames later on the timeline shows two frames earlier of the second stream");

            player.open(List.of(MediaSource.of(Media.dir().resolve("gone.mp4")))).get();
            assertEquals(1, failures.size());
            assertTrue(failures.get(0).contains("gone.mp4"), failures.get(0));
            assertEquals(0, player.streamCount());
        }
    }
}
