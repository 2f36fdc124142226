package org.attune.ui.media.internal;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Future;

import org.attune.media.MediaSource;
import org.attune.media.Player;
import org.attune.model.Case;
import org.attune.ui.ClockPlayhead;
import org.attune.ui.WorkbenchSession;

/**
 * Links the player to the workbench: when a case opens, its media sources play and the
 * session's time follows the video ({@link PlayerPlayhead}); a case without playable media gets a
 * {@link ClockPlayhead} back. Calls on the UI thread; {@code ui} runs the fallback there.
 */
public final class CaseMedia implements WorkbenchSession.Listener {

    private final WorkbenchSession session;
    private final Player player;
    private final Executor ui;
    private final PlayerPlayhead playhead;
    private Case shown;
    private Future<?> opening = CompletableFuture.completedFuture(null);

    public CaseMedia(WorkbenchSession session, Player player, Executor ui) {
        this.session = session;
        this.player = player;
        this.ui = ui;
        this.playhead = new PlayerPlayhead(player);
    }

    /** Starts listening and shows the case open now, if any. */
    public void start() {
        session.addListener(this);
        show();
    }

    public void stop() {
        session.removeListener(this);
        if (session.playhead() == playhead) {
            session.setPlayhead(clock(shown));
        }
    }

    @Override
    public void sessionChanged(WorkbenchSession.Change change) {
        if (change == WorkbenchSession.Change.CASE || change == WorkbenchSession.Change.CORPUS) {
            show();
        }
    }

    /** Opens the media of the session's current case (tests wait for {@link #opening()}). */
    public void show() {
        Case theCase = session.currentCase();
        if (theCase == shown) {
            return;
        }
        shown = theCase;
        List<MediaSource> sources = sources(theCase);
        if (sources.isEmpty()) {
            opening = player.closeMedia();
            if (session.playhead() == playhead) {
                session.setPlayhead(clock(theCase));
            }
            return;
        }
        if (session.playhead() != playhead) {
            session.setPlayhead(playhead);
        }
        Future<?> opened = player.open(sources);
        opening = opened;
        CompletableFuture.runAsync(() -> {
            try {
                opened.get();
            } catch (Exception e) {
                // the player has reported it
            }
            ui.execute(() -> {
                // none of the files could be played: keep coding on the clock
                if (shown == theCase && player.mediaSet() == null && session.playhead() == playhead) {
                    session.setPlayhead(clock(theCase));
                }
            });
        });
    }

    public Future<?> opening() {
        return opening;
    }

    public PlayerPlayhead playhead() {
        return playhead;
    }

    private List<MediaSource> sources(Case theCase) {
        List<MediaSource> sources = new ArrayList<>();
        if (theCase == null || session.editor() == null) {
            return sources;
        }
        Path folder = session.editor().folder();
        for (org.attune.model.MediaSource source : theCase.getMediaSources()) {
            if (source.getPath() != null && !source.getPath().isBlank()) {
                sources.add(new MediaSource(folder.resolve(source.getPath()).normalize(), source.getOffsetMs()));
            }
        }
        return sources;
    }

    private static ClockPlayhead clock(Case theCase) {
        return new ClockPlayhead(theCase == null ? 25 : WorkbenchSession.frameRate(theCase));
    }
}
