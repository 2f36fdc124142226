package org.attune.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.attune.media.MediaProbe;
import org.attune.media.MediaSet;
import org.attune.media.MediaSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Sound of the case's sources in the same pipeline: real Vorbis in a WebM file, played to the
 * system's output or (no sound card, as in CI) a fakesink on the same clock.
 */
@Timeout(60)
class AudioTest {

    @BeforeAll
    static void generate() throws Exception {
        Media.dir();
    }

    @Test
    void soundIsMutedPerStreamAndSilentAtOddRates() throws Exception {
        assertTrue(MediaProbe.probe(Media.withSound).hasAudio());
        try (MediaSet set = MediaSet.open(List.of(MediaSource.of(Media.h264), MediaSource.of(Media.withSound)))) {
            assertFalse(set.hasAudio(0), "the H.264 clip has no sound");
            assertTrue(set.hasAudio(1));
            assertTrue(set.isSilent(0));
            assertFalse(set.isSilent(1), "sound plays at 1x");
            set.setMuted(1, true);
            assertTrue(set.isMuted(1));
            assertTrue(set.isSilent(1), "the muted stream's volume element is muted");
            set.setMuted(1, false);
            assertFalse(set.isSilent(1));
            set.setRate(8);
            assertTrue(set.isSilent(1), "no sound at 8x");
            set.setRate(-1);
            assertTrue(set.isSilent(1), "no sound backwards");
            set.setRate(1);
            assertFalse(set.isSilent(1), "sound again at 1x");
            set.setMuted(1, true);
            set.setRate(2);
            set.setRate(1);
            assertTrue(set.isSilent(1), "a muted stream stays muted across rate changes");
        }
    }

    @Test
    void soundKeepsToThePicturesAndFramesStayExact() throws Exception {
        // the sound's stream starts 500 ms into the case: its pad offset must move the sound too
        try (MediaSet set = MediaSet.open(List.of(MediaSource.of(Media.h264), new MediaSource(Media.withSound, 500)))) {
            MediaEngineTest.Seen seen = new MediaEngineTest.Seen(set);
            for (long frame : new long[] { 40, 13, 77, 51 }) {
                set.seekToFrame(frame);
                assertEquals(frame, seen.barcode[0]);
                assertEquals(MediaEngineTest.containing(set, 1, frame), seen.barcode[1], "with sound, at master frame " + frame);
            }
            // from before the sound's stream starts (case 80 ms) into it
            set.seekToFrame(2);
            set.play();
            List<Long> gaps = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                Thread.sleep(80);
                long sound = set.audioPositionNs(1);
                long picture = set.positionNs();
                if (sound >= 0 && set.isPlaying()) {
                    gaps.add(Math.abs(sound - picture) / 1_000_000L);
                }
            }
            set.pause();
            assertTrue(gaps.size() >= 10, "sound positions while playing: " + gaps);
            gaps.sort(null);
            assertTrue(gaps.get(gaps.size() / 2) <= 40, "sound to picture (ms) while playing: " + gaps);
            set.stepForward();
            assertEquals(set.masterFrame(), seen.barcode[0]);
            assertEquals(MediaEngineTest.containing(set, 1, set.masterFrame()), seen.barcode[1]);
            // a case with sound still ends (the audio sink reaches its end too)
            set.seekToFrame(90);
            set.play();
            long deadline = System.currentTimeMillis() + 5000;
            while (set.state() != MediaSet.State.ENDED && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertEquals(MediaSet.State.ENDED, set.state());
        }
    }
}
