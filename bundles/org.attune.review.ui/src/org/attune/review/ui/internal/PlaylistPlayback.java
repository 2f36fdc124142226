package org.attune.review.ui.internal;

import java.io.IOException;
import java.util.List;

import org.attune.model.Case;
import org.attune.review.ClipPlan;
import org.attune.ui.Playhead;
import org.attune.ui.WorkbenchSession;
import org.eclipse.swt.widgets.Display;

/**
 * Plays a playlist's moments one after another in the workbench: opens each entry's case
 * (its cameras open in the Video part), seeks to the start of the moment's context, plays,
 * and moves on at the end of the context after it. On the UI thread.
 */
final class PlaylistPlayback {

    /** Hears which entry plays; -1 when the playback stopped. */
    interface Listener {
        void entryChanged(int index, ClipPlan.Entry entry, String problem);
    }

    private static final int TICK_MS = 40;
    /** An entry whose picture does not arrive within this time is skipped. */
    private static final long ARRIVAL_TIMEOUT_MS = 15_000;

    private final WorkbenchSession session;
    private final Display display;
    private final List<ClipPlan.Entry> entries;
    private final Listener listener;
    private int index = -1;
    private boolean stopped;
    private boolean arrived;
    private boolean seenPlaying;
    private long startedAt;
    private long mediaEndMs;
    private final Runnable tick = this::tick;

    PlaylistPlayback(WorkbenchSession session, Display display, List<ClipPlan.Entry> entries, Listener listener) {
        this.session = session;
        this.display = display;
        this.entries = List.copyOf(entries);
        this.listener = listener;
    }

    void start() {
        show(0);
    }

    /** The entry playing, -1 when stopped. */
    int index() {
        return stopped ? -1 : index;
    }

    boolean isRunning() {
        return !stopped && index >= 0;
    }

    /** Jumps to an entry of the playlist. */
    void show(int i) {
        if (stopped) {
            return;
        }
        if (i < 0 || i >= entries.size()) {
            stop();
            return;
        }
        index = i;
        ClipPlan.Entry entry = entries.get(i);
        String problem = null;
        try {
            Case theCase = session.editor().store().loadCase(entry.caseId());
            if (session.currentCase() != theCase) {
                session.openCase(theCase); // the Video part opens its cameras and takes over the playhead
            }
            mediaEndMs = mediaEnd(theCase);
            Playhead playhead = session.playhead();
            playhead.seek(entry.startMs());
            playhead.setPlaying(true);
        } catch (IOException | RuntimeException e) {
            problem = e.getMessage();
        }
        arrived = false;
        seenPlaying = false;
        startedAt = System.nanoTime();
        listener.entryChanged(i, entry, problem);
        if (problem != null) {
            display.timerExec(1500, () -> show(index + 1)); // leaves the message up a moment
        } else {
            display.timerExec(TICK_MS, tick);
        }
    }

    void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        display.timerExec(-1, tick);
        if (session.playhead() != null && session.playhead().isPlaying()) {
            session.playhead().setPlaying(false);
        }
        listener.entryChanged(-1, null, null);
    }

    /** Where the case's last video ends, as the model knows it; 0 when unknown. */
    private static long mediaEnd(Case theCase) {
        long end = 0;
        for (org.attune.model.MediaSource source : theCase.getMediaSources()) {
            if (source.getDurationMs() <= 0) {
                return 0;
            }
            end = Math.max(end, source.getOffsetMs() + source.getDurationMs());
        }
        return end;
    }

    private void tick() {
        if (stopped || index < 0) {
            return;
        }
        ClipPlan.Entry entry = entries.get(index);
        Playhead playhead = session.playhead();
        long position = playhead.positionMs();
        boolean playing = playhead.isPlaying();
        long elapsedMs = (System.nanoTime() - startedAt) / 1_000_000;
        // the seek lands asynchronously (the video opens first): until the playhead is inside the
        // window, its position is the previous entry's
        if (!arrived && position >= entry.startMs() - 250 && position < entry.endMs()) {
            arrived = true;
        }
        if (arrived && playing) {
            seenPlaying = true;
        }
        // paused before the end: the guider stops to talk it over; hold until play resumes, unless
        // the video itself ended there
        boolean mediaEnded = seenPlaying && !playing && mediaEndMs > 0 && position >= mediaEndMs - 100;
        boolean done = arrived && (position >= entry.endMs() || mediaEnded);
        if (done || (!arrived && elapsedMs > ARRIVAL_TIMEOUT_MS)) {
            show(index + 1);
        } else {
            display.timerExec(TICK_MS, tick);
        }
    }
}
