package org.attune.ui.media.internal;

import java.util.concurrent.CopyOnWriteArrayList;

import org.attune.media.MediaSet;
import org.attune.media.Player;
import org.attune.ui.Playhead;

/**
 * The workbench's time driven by the video: the timeline follows the {@link Player}, a seek on
 * the timeline moves the video, codes are placed at the shown frame.
 */
public final class PlayerPlayhead implements Playhead {

    private final Player player;
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();

    public PlayerPlayhead(Player player) {
        this.player = player;
        player.addListener(new Player.Listener() {
            @Override
            public void stateChanged() {
                fire();
            }

            @Override
            public void pictureChanged(int stream) {
                // while playing the views poll; when paused a new master picture is a step or seek
                if (stream == 0 && !player.isPlaying()) {
                    fire();
                }
            }
        });
    }

    /** While playing the running clock; when paused the start of the shown master frame. */
    @Override
    public long positionMs() {
        MediaSet set = player.mediaSet();
        if (set == null) {
            return 0;
        }
        if (set.isPlaying()) {
            return set.positionMs();
        }
        return set.masterFrameStartNs(set.masterFrame()) / 1_000_000L;
    }

    @Override
    public void seek(long ms) {
        player.seek(Math.max(0, ms));
    }

    @Override
    public boolean isPlaying() {
        return player.isPlaying();
    }

    @Override
    public void setPlaying(boolean playing) {
        if (playing) {
            player.play();
        } else {
            player.pause();
        }
    }

    @Override
    public double frameRate() {
        MediaSet set = player.mediaSet();
        return set == null || set.streams().isEmpty() ? 0 : set.streams().get(0).info().frameRate();
    }

    @Override
    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Listener listener : listeners) {
            listener.playheadChanged(this);
        }
    }
}
