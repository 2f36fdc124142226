package org.attune.ui;

/**
 * The current time of the open case: what the timeline's playhead shows, what a code key
 * codes, where a click on the timeline seeks to. The workbench starts with a
 * {@link ClockPlayhead}; the video view replaces it ({@link WorkbenchSession#setPlayhead})
 * with one driven by the media engine, so coding follows the video.
 *
 * <p>Listeners hear seeks and play/pause changes (on any thread); while playing, views poll
 * {@link #positionMs()} at their own frame rate.
 */
public interface Playhead {

    /** The current time on the case timeline, in ms. */
    long positionMs();

    /** Moves to a time on the case timeline (clamped to 0 and up). */
    void seek(long ms);

    boolean isPlaying();

    void setPlaying(boolean playing);

    /** Frames per second of the master stream; 0 when unknown. */
    double frameRate();

    void addListener(Listener listener);

    void removeListener(Listener listener);

    /** Hears seeks and play/pause changes. */
    @FunctionalInterface
    interface Listener {
        void playheadChanged(Playhead playhead);
    }
}
