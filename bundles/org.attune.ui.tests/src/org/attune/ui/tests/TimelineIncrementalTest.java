package org.attune.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;

import org.attune.model.Case;
import org.attune.model.Code;
import org.attune.model.CodedMoment;
import org.attune.model.Corpus;
import org.attune.model.ModelFactory;
import org.attune.ui.CodingSession;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.internal.bench.SyntheticCorpus;
import org.attune.ui.internal.parts.MomentWatch;
import org.attune.ui.internal.parts.TimelineCanvas;
import org.attune.ui.timeline.TimelineModel;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The timeline updates only the affected track when moments change, and ends up as a full build would. */
class TimelineIncrementalTest {

    @TempDir
    Path dir;

    @Test
    void updatesInPlaceEqualAFullBuild() {
        Corpus corpus = SyntheticCorpus.create(5_000, 600_000, 3);
        Case theCase = corpus.getCases().get(0);
        TimelineModel model = TimelineModel.build(theCase, TimelineModel.Grouping.CATEGORY, corpus.getCoders().get(0));
        MomentWatch watch = new MomentWatch(() -> { });
        watch.watch(theCase);
        List<Code> codes = theCase.getScheme().allCodes();
        Random random = new Random(11);
        for (int round = 0; round < 5; round++) {
            for (int i = 0; i < 40; i++) {
                CodedMoment added = ModelFactory.eINSTANCE.createCodedMoment();
                added.setCode(codes.get(random.nextInt(codes.size())));
                added.setCoder(corpus.getCoders().get(random.nextInt(2)));
                added.setStartMs(random.nextInt(600_000));
                added.setEndMs(added.getStartMs() + random.nextInt(5_000));
                theCase.getMoments().add(added);
            }
            List<CodedMoment> some = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                some.add(theCase.getMoments().get(random.nextInt(theCase.getMoments().size())));
            }
            theCase.getMoments().removeAll(new HashSet<>(some.subList(0, 10)));
            for (CodedMoment moved : some.subList(10, 30)) {
                if (moved.getCase() == theCase) {
                    moved.setStartMs(random.nextInt(600_000));
                    moved.setEndMs(moved.getStartMs() + 1_000);
                    moved.setCode(codes.get(random.nextInt(codes.size()))); // maybe another category's track
                    moved.setCoder(corpus.getCoders().get(random.nextInt(2)));
                }
            }
            assertTrue(watch.hasChanges());
            assertFalse(watch.needsRebuild(), "moments only: no full build needed");
            long version = model.version();
            assertTrue(watch.applyTo(model));
            assertTrue(model.version() > version, "the painted layer's key changes");
            assertSameTracks(TimelineModel.build(theCase, TimelineModel.Grouping.CATEGORY, corpus.getCoders().get(0)), model);
        }
        theCase.getScheme().allCodes().get(0).setColor("#000000");
        assertTrue(watch.needsRebuild(), "a scheme change builds the tracks again");
        watch.watch(null);
        assertTrue(theCase.getMoments().stream().allMatch(m -> !m.eAdapters().contains(watch)), "detached from every moment");
    }

    private static void assertSameTracks(TimelineModel expected, TimelineModel actual) {
        assertEquals(expected.tracks().size(), actual.tracks().size());
        for (int t = 0; t < expected.tracks().size(); t++) {
            TimelineModel.Track e = expected.tracks().get(t);
            TimelineModel.Track a = actual.tracks().get(t);
            assertEquals(e.label(), a.label());
            assertEquals(e.size(), a.size(), e.label());
            HashSet<CodedMoment> expectedMoments = new HashSet<>();
            HashSet<CodedMoment> actualMoments = new HashSet<>();
            for (int i = 0; i < e.size(); i++) {
                assertEquals(e.start(i), a.start(i), e.label() + " sorted by start at " + i);
                assertEquals(e.end(i), a.end(i), e.label() + " end at " + i);
                assertEquals(e.color(i), a.color(i));
                expectedMoments.add(e.moment(i));
                actualMoments.add(a.moment(i));
            }
            assertEquals(expectedMoments, actualMoments, e.label());
        }
    }

    @Test
    void codingUpdatesOnlyItsTrackInTheWidget() throws Exception {
        TestCorpus.create(dir);
        Display display = Display.getDefault();
        Shell shell = new Shell(display);
        WorkbenchSession session = new WorkbenchSession();
        try {
            shell.setLayout(new FillLayout());
            shell.setBounds(0, 0, 1000, 400);
            session.openCorpus(dir);
            CodingSession coding = session.openCase(session.corpus().getCases().get(0));
            TimelineCanvas timeline = new TimelineCanvas(shell, session);
            shell.open();
            TimelineModel model = timeline.model();
            long builds = timeline.fullBuilds();
            assertEquals(0, timeline.incrementalUpdates());

            session.playhead().seek(30_000);
            CodedMoment nod = coding.keyPressed("n");
            assertSame(model, timeline.model(), "the same tracks, changed in place");
            assertEquals(builds, timeline.fullBuilds());
            assertEquals(1, timeline.incrementalUpdates());
            TimelineModel.Track track = model.trackOf(nod);
            assertNotNull(track);
            assertEquals("Receiving initiatives — Anna", track.label());
            assertEquals(1, track.size(), "Ben's nod is in his own track");
            session.editor().undo();
            timeline.model();
            assertEquals(0, track.size(), "undo takes it out of the track");
            session.editor().redo();
            timeline.model();
            assertEquals(1, track.size());
            coding.setTimes(nod, 1_000, 1_000);
            timeline.model();
            assertEquals(1_000, track.start(0), "moved to the front of its track");
            assertEquals(builds, timeline.fullBuilds(), "undo, redo and moving never built all tracks");

            session.addCoder("cleo", "Cleo"); // a new coder gets tracks of their own: everything is built again
            timeline.model();
            assertTrue(timeline.fullBuilds() > builds);
        } finally {
            shell.dispose();
            session.editor().close();
        }
    }
}
