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
import org.attune.model.ModelPackage;
import org.attune.ui.ClockPlayhead;
import org.attune.ui.WorkbenchSession;
import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.impl.AdapterImpl;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.SetCommand;

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
    /** The model's sources of the shown case, which the player plays, and who listens to them. */
    private final List<org.attune.model.MediaSource> watched = new ArrayList<>();
    private final Adapter offsetFollower = new AdapterImpl() {
        @Override
        public void notifyChanged(Notification msg) {
            if (msg.getFeature() == ModelPackage.Literals.MEDIA_SOURCE__OFFSET_MS
                    && msg.getNotifier() instanceof org.attune.model.MediaSource source) {
                int stream = streamOf(source);
                if (stream >= 0) {
                    player.setOffset(stream, source.getOffsetMs());
                }
            }
        }
    };
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
        unwatch();
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
        unwatch();
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

    /**
     * Moves a stream of the shown case by {@code deltaMs} on the case timeline as an undoable
     * change of its media source's offset (saved with the case); the player follows the model, so
     * undo and redo move the picture too. False when the stream is not one of the case's sources.
     */
    public boolean moveOffset(int stream, long deltaMs) {
        org.attune.model.MediaSource source = sourceOf(stream);
        return source != null && setOffset(source, source.getOffsetMs() + deltaMs);
    }

    /**
     * Sets a stream's offset (typed, or from marking the same event in two streams) as one
     * undoable change of the case, like {@link #moveOffset(int, long)}. False when the stream is
     * not one of the case's sources.
     */
    public boolean setOffset(int stream, long offsetMs) {
        org.attune.model.MediaSource source = sourceOf(stream);
        return source != null && setOffset(source, offsetMs);
    }

    /** The saved offset of a stream of the case, or null when it is not one of the case's sources. */
    public Long savedOffset(int stream) {
        org.attune.model.MediaSource source = sourceOf(stream);
        return source == null ? null : source.getOffsetMs();
    }

    private boolean setOffset(org.attune.model.MediaSource source, long offsetMs) {
        if (session.editor() == null) {
            return false;
        }
        if (source.getOffsetMs() == offsetMs) {
            // nothing changes in the case, but the picture may have been moved on trial
            int stream = streamOf(source);
            if (stream >= 0) {
                player.setOffset(stream, offsetMs);
            }
            return true;
        }
        Command command = SetCommand.create(session.editor().domain(), source,
                ModelPackage.Literals.MEDIA_SOURCE__OFFSET_MS, Long.valueOf(offsetMs));
        return session.editor().execute(command);
    }

    /** The model's media source behind a stream the player plays, or null. */
    org.attune.model.MediaSource sourceOf(int stream) {
        org.attune.media.MediaSet set = player.mediaSet();
        if (set == null || stream < 0 || stream >= set.streams().size() || session.editor() == null) {
            return null;
        }
        Path file = set.streams().get(stream).source().file().toAbsolutePath().normalize();
        for (org.attune.model.MediaSource source : watched) {
            if (resolve(source).equals(file)) {
                return source;
            }
        }
        return null;
    }

    private int streamOf(org.attune.model.MediaSource source) {
        org.attune.media.MediaSet set = player.mediaSet();
        if (set == null || session.editor() == null) {
            return -1;
        }
        Path file = resolve(source);
        for (int i = 0; i < set.streams().size(); i++) {
            if (set.streams().get(i).source().file().toAbsolutePath().normalize().equals(file)) {
                return i;
            }
        }
        return -1;
    }

    private Path resolve(org.attune.model.MediaSource source) {
        return session.editor().folder().resolve(source.getPath()).toAbsolutePath().normalize();
    }

    private void unwatch() {
        for (org.attune.model.MediaSource source : watched) {
            source.eAdapters().remove(offsetFollower);
        }
        watched.clear();
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
                watched.add(source);
                source.eAdapters().add(offsetFollower);
            }
        }
        return sources;
    }

    private static ClockPlayhead clock(Case theCase) {
        return new ClockPlayhead(theCase == null ? 25 : WorkbenchSession.frameRate(theCase));
    }
}
