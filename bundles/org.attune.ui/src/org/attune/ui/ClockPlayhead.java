package org.attune.ui;

import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;

/**
 * A playhead driven by a clock instead of a video: the time moves at 1× while playing and
 * stays put when paused. Used when no video view drives the time (a case without media, the
 * tests, the benchmark).
 */
public final class ClockPlayhead implements Playhead {

    private final LongSupplier nanoClock;
    private final CopyOnWriteArrayList<Listener> listeners = new CopyOnWriteArrayList<>();
    private final double frameRate;
    private long baseMs;
    private long baseNanos;
    private boolean playing;

    public ClockPlayhead(double frameRate) {
        this(frameRate, System::nanoTime);
    }

    /** With a clock of nanoseconds, so that tests control time. */
    public ClockPlayhead(double frameRate, LongSupplier nanoClock) {
        this.frameRate = frameRate;
        this.nanoClock = nanoClock;
    }

    @Override
    public synchronized long positionMs() {
        if (!playing) {
            return baseMs;
        }
        return baseMs + (nanoClock.getAsLong() - baseNanos) / 1_000_000L;
    }

    @Override
    public void seek(long ms) {
        synchronized (this) {
            baseMs = Math.max(0, ms);
            baseNanos = nanoClock.getAsLong();
        }
        fire();
    }

    @Override
    public synchronized boolean isPlaying() {
        return playing;
    }

    @Override
    public void setPlaying(boolean play) {
        synchronized (this) {
            if (play == playing) {
                return;
            }
            baseMs = positionMs();
            baseNanos = nanoClock.getAsLong();
            playing = play;
        }
        fire();
    }

    @Override
    public double frameRate() {
        return frameRate;
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
