package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.Corpus;
import org.attune.ui.internal.bench.SyntheticCorpus;
import org.attune.ui.timeline.TimeAxis;
import org.attune.ui.timeline.TimelineModel;
import org.attune.ui.timeline.TimelinePainter;
import org.attune.ui.timeline.TimelineView;
import org.junit.jupiter.api.Test;

/** The timeline's time↔pixel mapping, its tracks, and what it paints (recorded, no widget). */
class TimelineTest {

    /** Records the rectangles a paint makes. */
    static final class Recorder implements TimelinePainter {
        final List<int[]> rects = new ArrayList<>();
        final List<String> texts = new ArrayList<>();

        @Override
        public void fillRect(int x, int y, int width, int height, int rgb) {
            rects.add(new int[] {x, y, width, height, rgb});
        }

        @Override
        public void drawLine(int x1, int y1, int x2, int y2, int rgb) {
        }

        @Override
        public void drawText(String text, int x, int y, int rgb) {
            texts.add(text);
        }

        @Override
        public void clip(int x, int y, int width, int height) {
        }

        @Override
        public void unclip() {
        }

        long ofColor(int rgb) {
            return rects.stream().filter(r -> r[4] == rgb).count();
        }
    }

    @Test
    void axisMapsTimeAndPixelsAndZoomsFromSessionToFrames() {
        TimeAxis axis = new TimeAxis();
        axis.setWidth(1000);
        axis.setContent(3_600_000, 25);
        axis.showAll();
        assertEquals(3600, axis.msPerPixel(), 1e-9);
        assertEquals(0, axis.x(0), 1e-9);
        assertEquals(1000, axis.x(3_600_000), 1e-9);
        assertEquals(1_800_000, axis.timeAt(500));
        assertTrue(axis.isWholeSession());

        axis.zoom(10, 500);
        assertEquals(360, axis.msPerPixel(), 1e-9);
        assertEquals(1_800_000, axis.timeAt(500), "the time under the anchor stays put");

        axis.zoom(1e9, 500);
        assertEquals(40.0 / TimeAxis.PIXELS_PER_FRAME_MAX, axis.msPerPixel(), 1e-9, "deepest zoom: one frame is 24 px");
        assertEquals(24, axis.x(axis.startMs() + 40) - axis.x(axis.startMs()), 1e-6);

        axis.zoom(1e-9, 0);
        assertTrue(axis.isWholeSession(), "zooming out stops at the whole session");
        axis.scrollPixels(-100);
        assertEquals(0, axis.startMs(), 1e-9, "cannot scroll before the start");

        axis.show(60_000, 120_000);
        assertEquals(60, axis.msPerPixel(), 1e-9);
        axis.reveal(500_000);
        assertTrue(axis.startMs() <= 500_000 && axis.endMs() >= 500_000);
        assertEquals("1:00", TimeAxis.format(60_000, 10_000));
        assertEquals("1:02:03.004", TimeAxis.format(3_723_004, 100));
    }

    @Test
    void tracksAreCategoryTimesCoderSortedByStart() {
        Corpus corpus = SyntheticCorpus.create(2_000, 600_000, 7);
        Case theCase = corpus.getCases().get(0);
        TimelineModel model = TimelineModel.build(theCase, TimelineModel.Grouping.CATEGORY, corpus.getCoders().get(0));
        assertEquals(12, model.tracks().size(), "6 categories × 2 coders");
        assertEquals("Category 1 — Anna", model.tracks().get(0).label());
        assertEquals("Category 1 — Ben", model.tracks().get(1).label());
        int total = 0;
        for (TimelineModel.Track track : model.tracks()) {
            total += track.size();
            for (int i = 1; i < track.size(); i++) {
                assertTrue(track.start(i - 1) <= track.start(i));
            }
            for (int i = 0; i < track.size(); i++) {
                assertSame(track.coder(), track.moment(i).getCoder());
                assertEquals(TimelineModel.rgb(track.moment(i).getCode()), track.color(i));
            }
        }
        assertEquals(2_000, total);
        TimelineModel perCode = TimelineModel.build(theCase, TimelineModel.Grouping.CODE, null);
        assertEquals(48, perCode.tracks().size(), "24 codes × 2 coders");
        CodedMoment any = theCase.getMoments().get(0);
        assertSame(any.getCode(), perCode.trackOf(any).group());
    }

    @Test
    void paintsOnlyTheVisibleRangeAndHitsMoments() {
        Corpus corpus = SyntheticCorpus.create(2_000, 600_000, 11);
        Case theCase = corpus.getCases().get(0);
        TimelineView view = new TimelineView();
        view.setModel(TimelineModel.build(theCase, TimelineModel.Grouping.CATEGORY, null));
        view.setSize(TimelineView.HEADER_WIDTH + 1000, 400);
        view.axis().setContent(600_000, 25);
        view.axis().show(100_000, 110_000);

        Recorder recorder = new Recorder();
        view.paint(recorder, 105_000, List.of(), List.of());
        for (int[] r : recorder.rects) {
            if (r[1] >= TimelineView.RULER_HEIGHT && r[0] >= TimelineView.HEADER_WIDTH && r[2] < 1000) {
                assertTrue(r[0] + r[2] <= TimelineView.HEADER_WIDTH + 1000, "nothing past the right edge");
            }
        }
        // find a moment fully inside the view and hit it in the middle of its track
        TimelineModel.Track track = view.model().tracks().get(0);
        CodedMoment target = null;
        for (int i = 0; i < track.size(); i++) {
            if (track.start(i) > 101_000 && track.end(i) < 109_000 && track.end(i) - track.start(i) > 500) {
                target = track.moment(i);
                break;
            }
        }
        assertNotNull(target, "the generated data has a moment there");
        int x = view.xOf((target.getStartMs() + target.getEndMs()) / 2);
        int y = view.trackY(0) + TimelineView.TRACK_HEIGHT / 2;
        CodedMoment hit = view.momentAt(x, y);
        assertNotNull(hit);
        assertTrue(hit.getStartMs() <= view.timeAt(x) + 30 && hit.getEndMs() >= view.timeAt(x) - 30);
        assertNull(view.momentAt(5, y), "the header is not the time area");
        assertTrue(recorder.texts.contains(TimeAxis.format(105_000)), "the playhead time is shown");
    }

    @Test
    void aHundredThousandMomentsPaintAsBoundedRectangles() {
        Corpus corpus = SyntheticCorpus.create(100_000, 7_200_000, 3);
        Case theCase = corpus.getCases().get(0);
        TimelineView view = new TimelineView();
        view.setModel(TimelineModel.build(theCase, TimelineModel.Grouping.CATEGORY, null));
        view.setSize(TimelineView.HEADER_WIDTH + 1600, 600);
        view.axis().setContent(7_200_000, 25);
        view.axis().showAll();
        Recorder recorder = new Recorder();
        view.paint(recorder, 0, List.of(), List.of());
        int tracks = view.model().tracks().size();
        assertTrue(view.lastRectangles() > tracks, "moments were painted: " + view.lastRectangles());
        assertTrue(view.lastRectangles() <= tracks * 1600 && view.lastRectangles() < 100_000 / 4,
                "at most one run per pixel column and track, not a rectangle per moment: "
                + view.lastRectangles());
        for (int[] r : recorder.rects) {
            if (r[1] >= TimelineView.RULER_HEIGHT && r[3] == TimelineView.TRACK_HEIGHT - 7) {
                assertTrue(r[0] >= TimelineView.HEADER_WIDTH && r[0] + r[2] <= TimelineView.HEADER_WIDTH + 1600, "inside the time area");
            }
        }

        view.axis().show(3_600_000, 3_600_000 + 1);
        recorder.rects.clear();
        view.paint(recorder, 3_600_000, List.of(), List.of());
        assertTrue(view.lastRectangles() < 200, "at frame zoom only the few moments under the playhead: " + view.lastRectangles());
    }
}
