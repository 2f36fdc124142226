package org.attune.media;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The video view's logic without SWT: it owns the open {@link MediaSet}, runs every transport
 * command on one background thread (so a seek never blocks the UI and commands keep their
 * order), keeps a copy of each stream's newest picture to paint, and formats the time display.
 * The part only forwards keys and buttons here and paints {@link #picture(int)}.
 */
public final class Player implements AutoCloseable {

    /** The rates offered by the rate selector. */
    public static final List<Double> RATES = List.of(1.0 / 32, 1.0 / 16, 1.0 / 8, 0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0,
            32.0, -1.0);

    /** A copy of a stream's newest picture (BGRx). */
    public record Picture(int stream, int width, int height, byte[] bgrx, long frameNumber, long caseTimeNs) {
    }

    /** Told when something the view shows changed; called on the transport or a streaming thread. */
    public interface Listener {
        /** A new picture of {@code stream} arrived. */
        default void pictureChanged(int stream) {
        }

        /** Media opened or closed, play/pause, rate or position changed. */
        default void stateChanged() {
        }

        /** A command failed; the message names the file and GStreamer's reason. */
        default void failed(String message) {
        }
    }

    private final ExecutorService transport = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "attune-video-transport");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final AtomicLong paintedPictures = new AtomicLong();
    private volatile MediaSet set;
    private volatile Picture[] pictures = new Picture[0];
    private volatile List<String> problems = List.of();

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** The open media set, or null. */
    public MediaSet mediaSet() {
        return set;
    }

    /** Sources that were kept out of the open set, with their reasons. */
    public List<String> problems() {
        return problems;
    }

    public int streamCount() {
        return pictures.length;
    }

    /** The newest picture of {@code stream}, or null before the first one. */
    public Picture picture(int stream) {
        Picture[] current = pictures;
        return stream < current.length ? current[stream] : null;
    }

    /** Number of pictures received since the media opened (tests and diagnostics). */
    public long pictureCount() {
        return paintedPictures.get();
    }

    /** Opens a media set in the background, closing the one before. */
    public Future<?> open(List<MediaSource> sources) {
        return submit(() -> {
            closeSet();
            MediaSet opened = MediaSet.open(sources);
            pictures = new Picture[opened.streams().size()];
            problems = opened.problems().stream().map(MediaSet.Problem::message).toList();
            opened.addFrameListener(this::keep);
            opened.addStateListener((s, state) -> fireState());
            set = opened;
            fireState();
            opened.seekToFrame(0); // delivers the first pictures to the new listener
            if (!problems.isEmpty()) {
                fail(String.join("\n", problems));
            }
        });
    }

    /** Closes the open media set (if any) and keeps the player ready for the next one. */
    public Future<?> closeMedia() {
        return submit(this::closeSet);
    }

    private void keep(VideoFrame frame) {
        byte[] copy = new byte[frame.width() * frame.height() * 4];
        frame.pixels().get(0, copy, 0, Math.min(copy.length, frame.pixels().capacity()));
        Picture[] current = pictures;
        if (frame.stream() < current.length) {
            current[frame.stream()] = new Picture(frame.stream(), frame.width(), frame.height(), copy, frame.frameNumber(),
                    frame.caseTimeNs());
            paintedPictures.incrementAndGet();
            for (Listener listener : listeners) {
                listener.pictureChanged(frame.stream());
            }
        }
    }

    public Future<?> togglePlay() {
        return submit(() -> {
            MediaSet s = set;
            if (s != null) {
                if (s.isPlaying()) {
                    s.pause();
                } else {
                    s.play();
                }
            }
        });
    }

    public Future<?> play() {
        return command(MediaSet::play);
    }

    public Future<?> pause() {
        return command(MediaSet::pause);
    }

    public Future<?> step(int frames) {
        return command(s -> s.step(frames));
    }

    public Future<?> jump(long deltaMs) {
        return command(s -> s.jump(deltaMs));
    }

    public Future<?> seek(long caseMs) {
        return command(s -> s.seek(caseMs));
    }

    /** Moves one stream on the case timeline (see {@link MediaSet#setOffset(int, long)}). */
    public Future<?> setOffset(int stream, long offsetMs) {
        return command(s -> s.setOffset(stream, offsetMs));
    }

    /**
     * Moves one stream by {@code deltaMs} from the offset it has when the command runs, so that
     * nudges pressed faster than the pipeline settles add up instead of overwriting each other.
     */
    public Future<?> moveOffset(int stream, long deltaMs) {
        return command(s -> s.setOffset(stream, s.streams().get(stream).source().offsetMs() + deltaMs));
    }

    /** Moves one stream alone by {@code frames} of its frames (see {@link MediaSet#stepAlone(int, int)}). */
    public Future<?> stepAlone(int stream, int frames) {
        return command(s -> s.stepAlone(stream, frames));
    }

    /**
     * Pauses and marks the event at the frame stream {@code stream} shows, after the commands
     * queued before (see {@link Synchronisation#mark(MediaSet, int)}); {@code result} gets, on
     * the transport thread, the offset a second mark computed (empty after a first mark).
     */
    public Future<?> mark(Synchronisation sync, int stream, java.util.function.Consumer<java.util.OptionalLong> result) {
        return command(s -> {
            s.pause();
            result.accept(sync.mark(s, stream));
        });
    }

    public Future<?> setRate(double rate) {
        return command(s -> s.setRate(rate));
    }

    /** Scales one stream's pictures in GStreamer to its cell in the view (see {@link MediaSet#setPictureSize(int, int, int)}). */
    public Future<?> setPictureSize(int stream, int width, int height) {
        return command(s -> {
            if (stream < s.streams().size()) {
                s.setPictureSize(stream, width, height);
            }
        });
    }

    /** Mutes or unmutes one stream's sound (see {@link MediaSet#setMuted(int, boolean)}). */
    public Future<?> setMuted(int stream, boolean muted) {
        return command(s -> s.setMuted(stream, muted));
    }

    /** Whether the user muted {@code stream}'s sound. */
    public boolean isMuted(int stream) {
        MediaSet s = set;
        return s != null && stream < s.streams().size() && s.isMuted(stream);
    }

    /** Whether {@code stream} has sound that plays. */
    public boolean hasAudio(int stream) {
        MediaSet s = set;
        return s != null && stream < s.streams().size() && s.hasAudio(stream);
    }

    public boolean isPlaying() {
        MediaSet s = set;
        return s != null && s.isPlaying();
    }

    public double rate() {
        MediaSet s = set;
        return s == null ? 1.0 : s.rate();
    }

    public long positionMs() {
        MediaSet s = set;
        return s == null ? 0 : s.positionMs();
    }

    public long durationMs() {
        MediaSet s = set;
        return s == null ? 0 : s.durationNs() / 1_000_000L;
    }

    /** "00:01:02.345": the running clock while playing, the start of the shown frame when paused. */
    public String timeText() {
        MediaSet s = set;
        if (s == null) {
            return formatTime(0);
        }
        if (s.isPlaying()) {
            return formatTime(s.positionMs());
        }
        return formatTime(s.masterFrameStartNs(s.masterFrame()) / 1_000_000L);
    }

    /** "frame 1558" of the master stream, or empty without media. */
    public String frameText() {
        MediaSet s = set;
        return s == null ? "" : "frame " + s.masterFrame();
    }

    public static String formatTime(long ms) {
        long t = Math.max(0, ms);
        return String.format(Locale.ROOT, "%02d:%02d:%02d.%03d", t / 3_600_000, t / 60_000 % 60, t / 1000 % 60, t % 1000);
    }

    /** "1/32×", "0.25×", "2×", "−1×" */
    public static String formatRate(double rate) {
        double magnitude = Math.abs(rate);
        String text;
        if (magnitude < 0.25 - 1e-9) {
            text = "1/" + Math.round(1 / magnitude);
        } else if (magnitude == Math.rint(magnitude)) {
            text = Long.toString(Math.round(magnitude));
        } else {
            text = Double.toString(magnitude);
        }
        return (rate < 0 ? "\u2212" : "") + text + "\u00d7";
    }

    private interface Command {
        void run(MediaSet set) throws Exception;
    }

    private interface Task {
        void run() throws Exception;
    }

    private Future<?> command(Command command) {
        return submit(() -> {
            MediaSet s = set;
            if (s != null) {
                command.run(s);
            }
        });
    }

    private Future<?> submit(Task task) {
        return transport.submit(() -> {
            try {
                task.run();
            } catch (Exception e) {
                fail(e.getMessage() == null ? e.toString() : e.getMessage());
            }
            fireState();
            return null;
        });
    }

    private void fireState() {
        for (Listener listener : listeners) {
            listener.stateChanged();
        }
    }

    private void fail(String message) {
        for (Listener listener : listeners) {
            listener.failed(message);
        }
    }

    private void closeSet() {
        MediaSet s = set;
        set = null;
        if (s != null) {
            s.close();
        }
        pictures = new Picture[0];
        problems = List.of();
    }

    /** Closes the media and stops the transport thread; waits for a running command. */
    @Override
    public void close() {
        Future<?> done = transport.submit(this::closeSet);
        try {
            done.get();
        } catch (Exception e) {
            // closing anyway
        }
        transport.shutdown();
        listeners.clear();
    }
}
