package org.attune.media;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.attune.media.internal.AudioOutput;
import org.attune.media.internal.Branch;
import org.attune.media.internal.GstNatives;
import org.attune.media.internal.GstRuntime;
import org.freedesktop.gstreamer.Bus;
import org.freedesktop.gstreamer.Clock;
import org.freedesktop.gstreamer.Element;
import org.freedesktop.gstreamer.Gst;
import org.freedesktop.gstreamer.GstObject;
import org.freedesktop.gstreamer.Pad;
import org.freedesktop.gstreamer.glib.Natives;
import org.freedesktop.gstreamer.Pipeline;
import org.freedesktop.gstreamer.State;
import org.freedesktop.gstreamer.StateChangeReturn;
import org.freedesktop.gstreamer.elements.AppSink;
import org.freedesktop.gstreamer.event.SeekFlags;

/**
 * All video streams of a case in ONE GStreamer pipeline on one clock, so they cannot drift
 * apart. Sources that fail probing are kept out (see {@link #problems()}) and the others play.
 * Transport methods block until every stream shows the frame asked for, so after
 * {@link #seek(long)} or {@link #stepForward()} the delivered pictures are the ones at
 * {@link #positionNs()}. Offsets are applied inside the pipeline: each branch is seeked to
 * its own media time and delayed with a pad offset where it starts later than the position.
 */
public final class MediaSet implements AutoCloseable {

    /** A stream that plays: its index is its place in {@link #streams()}. */
    public record Stream(int index, MediaSource source, MediaInfo info) {
    }

    /** A source that was kept out, with the reason naming the file. */
    public record Problem(MediaSource source, String message) {
    }

    public enum State {
        PAUSED, PLAYING, ENDED, FAILED, CLOSED
    }

    /** Told about transport changes (play, pause, end, failure), on any thread. */
    @FunctionalInterface
    public interface StateListener {
        void stateChanged(MediaSet set, State state);
    }

    /** Rates the transport accepts: 1/32x to 32x, forwards or (where the container allows) backwards. */
    public static final double MIN_RATE = 1.0 / 32, MAX_RATE = 32;

    private static final long WAIT_NS = TimeUnit.SECONDS.toNanos(10);

    private volatile List<Stream> streams;
    private final List<Problem> problems;
    private final List<Branch> branches = new ArrayList<>();
    private final Pipeline pipeline;
    private final boolean realTime;
    private final List<FrameListener> frameListeners = new CopyOnWriteArrayList<>();
    private final List<StateListener> stateListeners = new CopyOnWriteArrayList<>();
    private volatile long durationNs;
    /** Per stream: its sound's volume element and audio sink pad, or null when it has no sound (or no clock). */
    private final Element[] volumes;
    private final Pad[] audioPads;
    private final Element[] audioSinks;
    private final boolean[] muted;
    /** Per stream: the caps filter that sets its picture size, and the size asked for (0: its own). */
    private final Element[] sizeFilters;
    private final int[][] pictureSizes;

    private volatile State state = State.PAUSED;
    private volatile String failure;
    /**
     * The shown case time: while paused a master frame's start (what the time display says).
     * Every stream shows the frame whose presentation interval contains it.
     */
    private volatile long shownNs;
    /**
     * Case time at running time 0 of the current segment. Each stream is seeked to the middle
     * of its own frame (robust against timestamp rounding), so with offsets that are not whole
     * frames the streams' segments start at slightly different case times; pad offsets delay
     * each one from this common zero so that all play on one clock.
     */
    private volatile long clockZeroNs;
    /** True after step events: the sinks' running times no longer share the clock's zero until the next seek. */
    private boolean stepped;
    private volatile double rate = 1.0;

    private MediaSet(List<Stream> streams, List<Problem> problems, boolean realTime) throws MediaException {
        this.streams = List.copyOf(streams);
        this.problems = List.copyOf(problems);
        this.realTime = realTime;
        long end = 0;
        StringBuilder description = new StringBuilder();
        int count = streams.size();
        volumes = new Element[count];
        audioPads = new Pad[count];
        audioSinks = new Element[count];
        muted = new boolean[count];
        sizeFilters = new Element[count];
        pictureSizes = new int[count][2];
        for (Stream stream : streams) {
            int i = stream.index();
            // sound only where it can be heard in step with the pictures (not in benchmarks)
            boolean audio = realTime && stream.info().hasAudio();
            end = Math.max(end, stream.source().offsetMs() * 1_000_000L + stream.info().durationNs());
            description.append("uridecodebin name=dec").append(i).append(" uri=\"")
                    .append(stream.source().file().toAbsolutePath().toUri())
                    .append(audio ? "\" caps=\"video/x-raw(ANY);audio/x-raw(ANY)\"" : "\" caps=\"video/x-raw(ANY)\"")
                    // scaled before the conversion to BGRx: fewer bytes to convert when the view is smaller
                    .append(" expose-all-streams=false dec").append(i).append(". ! videoscale name=scale").append(i)
                    .append(" add-borders=false ! videoconvert name=conv").append(i)
                    .append(" ! capsfilter name=size").append(i).append(" caps=video/x-raw,format=BGRx ! appsink name=sink").append(i)
                    .append(" emit-signals=true enable-last-sample=false max-buffers=4 qos=false sync=")
                    .append(realTime).append(' ');
            if (audio) {
                // the same demuxer feeds both, so every seek moves picture and sound together
                description.append("dec").append(i).append(". ! queue name=aqueue").append(i)
                        .append(" ! audioconvert name=aconv").append(i).append(" ! audioresample name=aresample").append(i)
                        .append(" ! volume name=vol").append(i).append(" ! ").append(AudioOutput.sink("asink" + i))
                        .append(' ');
            }
        }
        this.durationNs = end;
        try {
            pipeline = (Pipeline) Gst.parseLaunch(description.toString());
        } catch (RuntimeException e) {
            throw new MediaException("GStreamer cannot build the pipeline: " + e.getMessage(), e);
        }
        for (Stream stream : streams) {
            AppSink sink = (AppSink) pipeline.getElementByName("sink" + stream.index());
            branches.add(new Branch(stream, sink, this::deliver));
            sizeFilters[stream.index()] = pipeline.getElementByName("size" + stream.index());
            Element volume = pipeline.getElementByName("vol" + stream.index());
            if (volume != null) {
                volumes[stream.index()] = volume;
                Element audioSink = pipeline.getElementByName("asink" + stream.index());
                audioSinks[stream.index()] = audioSink;
                audioPads[stream.index()] = audioSink.getStaticPad("sink");
            }
        }
        Bus bus = pipeline.getBus();
        bus.connect((Bus.ERROR) (source, code, message) -> fail(describe(source) + message));
        bus.connect((Bus.EOS) source -> ended());
    }

    /**
     * Probes the sources, builds the pipeline of those that play and shows the first frame of
     * every stream (case time 0).
     *
     * @throws MediaException when no source can be played; the message names every file
     */
    public static MediaSet open(List<MediaSource> sources) throws MediaException {
        return open(sources, true);
    }

    /**
     * @param realTime false lets the streams run as fast as they decode (benchmarks): there
     *                 is no clock sync, so position and sync are meaningless then
     */
    public static MediaSet open(List<MediaSource> sources, boolean realTime) throws MediaException {
        if (sources.isEmpty()) {
            throw new MediaException("no media sources given", null);
        }
        GstRuntime.init();
        List<Stream> streams = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (MediaSource source : sources) {
            try {
                streams.add(new Stream(streams.size(), source, MediaProbe.probe(source.file())));
            } catch (MediaException e) {
                problems.add(new Problem(source, e.getMessage()));
            }
        }
        if (streams.isEmpty()) {
            StringBuilder text = new StringBuilder("no source can be played:");
            problems.forEach(p -> text.append("\n  ").append(p.message()));
            throw new MediaException(text.toString(), null);
        }
        MediaSet set = new MediaSet(streams, problems, realTime);
        try {
            set.preroll();
        } catch (MediaException | RuntimeException e) {
            set.close();
            throw e;
        }
        return set;
    }

    private void preroll() throws MediaException {
        long[] marks = marks();
        StateChangeReturn result = pipeline.pause();
        if (result == StateChangeReturn.FAILURE) {
            throw new MediaException("GStreamer cannot start the pipeline" + reason(), null);
        }
        awaitFrames(marks);
        awaitState(org.freedesktop.gstreamer.State.PAUSED);
        if (realTime) {
            seekInternal(0, 1.0);
        }
    }

    /** The streams that play, in order; stream 0 is the master. Offsets are current. */
    public List<Stream> streams() {
        return streams;
    }

    public List<Problem> problems() {
        return problems;
    }

    /** The master stream, whose frame numbers the position is reported in. */
    public Stream master() {
        return streams.get(0);
    }

    public State state() {
        return state;
    }

    /** Why the pipeline failed, naming the file; null unless {@link #state()} is FAILED. */
    public String failure() {
        return failure;
    }

    /** Length of the case timeline: the end of the stream that ends last. */
    public long durationNs() {
        return durationNs;
    }

    public double rate() {
        return rate;
    }

    public void addFrameListener(FrameListener listener) {
        frameListeners.add(listener);
    }

    public void removeFrameListener(FrameListener listener) {
        frameListeners.remove(listener);
    }

    public void addStateListener(StateListener listener) {
        stateListeners.add(listener);
    }

    public void removeStateListener(StateListener listener) {
        stateListeners.remove(listener);
    }

    /** The position on the case timeline, from the pipeline clock while playing. */
    public long positionNs() {
        if (state != State.PLAYING) {
            return shownNs;
        }
        Clock clock = pipeline.getClock();
        if (clock == null) {
            return shownNs;
        }
        long running = clock.getTime() - pipeline.getBaseTime();
        long position = clockZeroNs + Math.round(Math.max(0, running) * rate);
        // the clock's zero may lie up to half a frame before (reverse: after) the shown frame
        position = rate > 0 ? Math.max(position, shownNs) : Math.min(position, shownNs);
        return Math.max(0, Math.min(durationNs, position));
    }

    public long positionMs() {
        return positionNs() / 1_000_000L;
    }

    /** Frame number of the master stream at the position. */
    public long masterFrame() {
        return masterFrameAt(positionNs());
    }

    private long masterFrameAt(long caseNs) {
        Stream master = master();
        long media = caseNs - master.source().offsetMs() * 1_000_000L;
        return Math.max(0, Math.min(lastMasterFrame(), master.info().frameAt(media)));
    }

    /**
     * The case's last moment counted in master frames: past the master's own end (another
     * stream plays on) frame numbers continue at the master's rate.
     */
    private long lastMasterFrame() {
        Stream master = master();
        return Math.max(0, master.info().frameAt(durationNs - 1 - master.source().offsetMs() * 1_000_000L));
    }

    /** Case time where master frame {@code frame} begins (what a time display shows for it). */
    public long masterFrameStartNs(long frame) {
        Stream master = master();
        MediaInfo info = master.info();
        return Math.round(frame * 1e9 * info.frameRateDen() / info.frameRateNum()) + master.source().offsetMs() * 1_000_000L;
    }


    /**
     * Moves stream {@code index} on the case timeline (the synchronisation of camera angles):
     * its pictures are shown {@code offsetMs} after the case's time 0. The position stays
     * where it is and every stream is re-seeked to it; play continues if it was playing.
     */
    public synchronized void setOffset(int index, long offsetMs) throws MediaException {
        checkOpen();
        Stream old = streams.get(index);
        if (old.source().offsetMs() == offsetMs) {
            return;
        }
        boolean resume = state == State.PLAYING;
        long position = positionNs();
        stopClock();
        List<Stream> changed = new ArrayList<>(streams);
        changed.set(index, new Stream(index, new MediaSource(old.source().file(), offsetMs), old.info()));
        streams = List.copyOf(changed);
        branches.get(index).setStream(streams.get(index));
        long end = 0;
        for (Stream stream : streams) {
            end = Math.max(end, stream.source().offsetMs() * 1_000_000L + stream.info().durationNs());
        }
        durationNs = end;
        seekInternal(masterFrameStartNs(masterFrameAt(Math.max(0, Math.min(position, durationNs - 1)))), rate);
        if (resume) {
            play();
        }
    }

    /**
     * The frame stream {@code index} shows at the position: the one whose interval contains the
     * position minus its offset (its first frame before it starts, its last after it ends).
     */
    public long shownFrame(int index) {
        Stream stream = streams.get(index);
        MediaInfo info = stream.info();
        long frame = info.frameAt(positionNs() - stream.source().offsetMs() * 1_000_000L);
        return Math.max(0, Math.min(info.frameCount() - 1, frame));
    }

    /**
     * Pauses and moves only stream {@code index} by {@code frames} of its own frames while the
     * others stay (synchronising: stepping one camera to an event). Done by moving the stream on
     * the case timeline so that the position falls in the middle of the wanted frame.
     *
     * @return the stream's new offset in ms
     */
    public synchronized long stepAlone(int index, int frames) throws MediaException {
        checkOpen();
        stopClock();
        Stream stream = streams.get(index);
        MediaInfo info = stream.info();
        long target = Math.max(0, Math.min(info.frameCount() - 1, shownFrame(index) + frames));
        // the position stays a master frame's start: the master's wanted frame starts there
        // (floored to a whole ms, so it starts at most 1 ms before), another stream's is centred on it
        long offsetMs = index == 0 ? Math.floorDiv(shownNs - info.frameStartNs(target), 1_000_000L)
                : Math.round((shownNs - info.frameMiddleNs(target)) / 1e6);
        setOffset(index, offsetMs);
        return offsetMs;
    }

    // ---------------------------------------------------------------- transport

    public synchronized void play() throws MediaException {
        checkOpen();
        if (state == State.PLAYING) {
            return;
        }
        if (state == State.ENDED || (rate > 0 && positionNs() >= durationNs - master().info().frameDurationNs())) {
            seekInternal(rate > 0 ? masterFrameStartNs(0) : shownNs, rate);
        }
        if (stepped) {
            seekInternal(shownNs, rate); // steps moved each sink's running time by its own amount
        }
        setState(State.PLAYING);
        if (pipeline.play() == StateChangeReturn.FAILURE) {
            setState(State.FAILED);
            throw new MediaException("GStreamer cannot play" + reason(), null);
        }
    }

    /** Pauses and settles every stream exactly on the master frame that was showing. */
    public synchronized void pause() throws MediaException {
        checkOpen();
        if (state != State.PLAYING && state != State.ENDED) {
            return;
        }
        long position = positionNs();
        stopClock();
        seekInternal(masterFrameStartNs(masterFrameAt(position)), rate);
    }

    /** Not synchronized: frame listeners on streaming threads call it while close() waits for them. */
    public boolean isPlaying() {
        return state == State.PLAYING;
    }

    /** Accurate seek of all streams to the master frame at case time {@code caseMs}. */
    public synchronized void seek(long caseMs) throws MediaException {
        seekToFrame(masterFrameAt(Math.max(0, caseMs) * 1_000_000L));
    }

    /** Accurate seek of all streams to frame {@code frame} of the master stream. */
    public synchronized void seekToFrame(long frame) throws MediaException {
        checkOpen();
        boolean resume = state == State.PLAYING;
        stopClock();
        seekInternal(masterFrameStartNs(Math.max(0, Math.min(lastMasterFrame(), frame))), rate);
        if (resume) {
            play();
        }
    }

    public synchronized void stepForward() throws MediaException {
        step(1);
    }

    public synchronized void stepBackward() throws MediaException {
        step(-1);
    }

    /** Pauses and moves {@code frames} master frames. */
    public synchronized void step(int frames) throws MediaException {
        checkOpen();
        long current = masterFrame();
        stopClock();
        long target = Math.max(0, Math.min(lastMasterFrame(), current + frames));
        if (target > current && stepEvents(target)) {
            return;
        }
        seekInternal(masterFrameStartNs(target), rate);
    }

    /**
     * Steps forwards with step events: each sink shows its next frame(s) without the decoders
     * starting again from a keyframe, as an accurate seek must. Only where that is exact: every
     * stream plays forwards, has started, shows the frame it should and does not reach its
     * last frame; each advances by the number of its own frames between the two shown times
     * (0 or 1 at equal rates with an offset of a fraction of a frame). False (nothing sent)
     * when any stream cannot, and the caller seeks.
     */
    private boolean stepEvents(long targetFrame) throws MediaException {
        if (rate <= 0 || state != State.PAUSED) {
            return false;
        }
        long next = masterFrameStartNs(targetFrame);
        int[] counts = new int[branches.size()];
        long[] expected = new long[branches.size()];
        for (Branch branch : branches) {
            MediaInfo info = branch.stream().info();
            long nowMedia = shownNs - branch.offsetNs();
            long nextMedia = next - branch.offsetNs();
            if (nowMedia < 0) {
                return false;
            }
            long now = info.frameAt(nowMedia);
            long then = info.frameAt(nextMedia);
            if (then >= info.frameCount() - 1 || branch.lastFrameNumber() != now) {
                return false;
            }
            counts[branch.index()] = (int) (then - now);
            expected[branch.index()] = then;
        }
        long[] marks = marks();
        for (Branch branch : branches) {
            int i = branch.index();
            if (counts[i] == 0) {
                marks[i] = Long.MIN_VALUE;
            } else if (!branch.sink().sendEvent(new org.freedesktop.gstreamer.event.StepEvent(
                    org.freedesktop.gstreamer.Format.BUFFERS, counts[i], 1.0, true, false))) {
                stepped = true; // some may have stepped: the seek after this puts every stream right
                return false;
            }
        }
        stepped = true;
        awaitFrames(marks);
        for (Branch branch : branches) {
            if (branch.lastFrameNumber() != expected[branch.index()]) {
                return false; // not what a step should show: the caller seeks
            }
        }
        shownNs = next;
        return true;
    }

    /** Jumps by {@code deltaMs} (e.g. ±1000, ±10000), keeping play or pause. */
    public synchronized void jump(long deltaMs) throws MediaException {
        seek(positionMs() + deltaMs);
    }

    /**
     * Sets the playback rate (1/32x to 32x, negative for reverse). Reverse needs a container
     * that can seek backwards; if one cannot, a MediaException names it.
     */
    public synchronized void setRate(double newRate) throws MediaException {
        checkOpen();
        double magnitude = Math.abs(newRate);
        if (magnitude < MIN_RATE - 1e-9 || magnitude > MAX_RATE + 1e-9) {
            throw new IllegalArgumentException("rate " + newRate + " outside 1/32x to 32x");
        }
        if (newRate == rate) {
            return;
        }
        boolean resume = state == State.PLAYING;
        long position = positionNs();
        stopClock();
        // late frames are dropped (in the sink, and by decoders through QoS) only at fast
        // rates; up to 2x every frame is decoded and shown, late rather than never
        for (Branch branch : branches) {
            branch.sink().set("qos", magnitude > 2);
            branch.sink().set("max-lateness", magnitude > 2 ? 20_000_000L : -1L);
        }
        seekInternal(masterFrameStartNs(masterFrameAt(position)), newRate);
        applyVolumes();
        if (resume) {
            play();
        }
    }

    // ---------------------------------------------------------------- picture size

    /**
     * Scales stream {@code index}'s pictures in GStreamer to {@code width} x {@code height} (the
     * view's cell for it), or back to its own size when either is 0 or less. Paused, the frame
     * shown is delivered again at the new size; playing, the next frame comes at it.
     */
    public synchronized void setPictureSize(int index, int width, int height) throws MediaException {
        checkOpen();
        int w = width > 0 && height > 0 ? Math.max(16, width) : 0;
        int h = width > 0 && height > 0 ? Math.max(16, height) : 0;
        if (pictureSizes[index][0] == w && pictureSizes[index][1] == h) {
            return;
        }
        pictureSizes[index][0] = w;
        pictureSizes[index][1] = h;
        String caps = w == 0 ? "video/x-raw,format=BGRx"
                : "video/x-raw,format=BGRx,width=" + w + ",height=" + h + ",pixel-aspect-ratio=1/1";
        sizeFilters[index].set("caps", org.freedesktop.gstreamer.Caps.fromString(caps));
        if (state == State.PAUSED) {
            seekInternal(shownNs, rate);
        }
    }

    /** The picture size asked for stream {@code index}: {width, height}, or {0, 0} for its own. */
    public int[] pictureSize(int index) {
        return pictureSizes[index].clone();
    }

    // ---------------------------------------------------------------- sound

    /** True when stream {@code index} has sound that plays with the pictures. */
    public boolean hasAudio(int index) {
        return volumes[index] != null;
    }

    /**
     * Mutes or unmutes the sound of stream {@code index} (a stream without sound ignores it).
     * Sound plays only at 1/2x to 2x forwards; it is silent at other rates, and while paused,
     * stepping or seeking.
     */
    public synchronized void setMuted(int index, boolean mute) {
        checkOpenState();
        muted[index] = mute;
        applyVolumes();
    }

    /** Whether the user muted stream {@code index}. */
    public boolean isMuted(int index) {
        return muted[index];
    }

    /** Whether stream {@code index}'s volume element is muted now (true for a stream without sound). */
    public boolean isSilent(int index) {
        Element volume = volumes[index];
        return volume == null || Boolean.TRUE.equals(volume.get("mute"));
    }

    /**
     * Where stream {@code index}'s sound is on the case timeline (its audio sink's position plus
     * the stream's offset), or -1 without sound; for checking that sound keeps to the pictures.
     */
    public long audioPositionNs(int index) {
        Element sink = audioSinks[index];
        if (sink == null || state == State.CLOSED) {
            return -1;
        }
        long position = sink.queryPosition(org.freedesktop.gstreamer.Format.TIME);
        return position < 0 ? -1 : position + streams.get(index).source().offsetMs() * 1_000_000L;
    }

    private void applyVolumes() {
        boolean audibleRate = rate >= 0.5 && rate <= 2.0;
        for (int i = 0; i < volumes.length; i++) {
            if (volumes[i] != null) {
                volumes[i].set("mute", muted[i] || !audibleRate);
            }
        }
    }

    private void checkOpenState() {
        if (state == State.CLOSED) {
            throw new IllegalStateException("the media set is closed");
        }
    }

    private void stopClock() throws MediaException {
        if (state == State.PLAYING || state == State.ENDED) {
            shownNs = positionNs();
            setState(State.PAUSED);
            pipeline.pause();
            awaitState(org.freedesktop.gstreamer.State.PAUSED);
        }
    }

    /**
     * Shows case time {@code caseNs}: every branch is seeked to the middle of its frame whose
     * presentation interval contains {@code caseNs} minus its offset. A branch that starts later
     * is seeked to its start, one that has ended shows its last frame. Pad offsets then delay
     * each branch so that its pictures meet the common clock at their case times.
     */
    private void seekInternal(long caseNs, double newRate) throws MediaException {
        if (state == State.FAILED) {
            throw new MediaException(failure, null);
        }
        long[] marks = marks();
        double magnitude = Math.abs(newRate);
        boolean forward = newRate > 0;
        int count = branches.size();
        long[] target = new long[count];
        long[] targetCase = new long[count]; // case time of the target
        boolean[] inRange = new boolean[count];
        long zero = caseNs;
        for (Branch branch : branches) {
            int i = branch.index();
            MediaInfo info = branch.stream().info();
            long media = caseNs - branch.offsetNs();
            long lastFrame = Math.max(0, info.durationNs() - info.frameDurationNs() / 2);
            if (media < 0) {
                target[i] = forward ? 0 : info.frameDurationNs() / 2;
            } else if (media > lastFrame) {
                target[i] = forward ? lastFrame : info.durationNs();
            } else {
                long middle = Math.min(info.frameMiddleNs(info.frameAt(media)), lastFrame);
                target[i] = forward ? middle : Math.max(middle, info.frameDurationNs() / 2);
                inRange[i] = true;
                targetCase[i] = target[i] + branch.offsetNs();
                zero = forward ? Math.min(zero, targetCase[i]) : Math.max(zero, targetCase[i]);
            }
        }
        for (Branch branch : branches) {
            int i = branch.index();
            MediaInfo info = branch.stream().info();
            long delayCase; // case time between the clock's zero and this branch's first picture
            if (inRange[i]) {
                delayCase = forward ? targetCase[i] - zero : zero - targetCase[i];
            } else if (forward) {
                delayCase = Math.max(0, branch.offsetNs() - zero); // starts later; an ended one waits for nothing
            } else {
                delayCase = Math.max(0, zero - (branch.offsetNs() + info.durationNs()));
            }
            long delay = Math.round(delayCase / magnitude);
            GstNatives.CORE.gst_pad_set_offset(branch.padPointer(), delay);
            if (audioPads[i] != null) {
                GstNatives.CORE.gst_pad_set_offset(Natives.getRawPointer(audioPads[i]), delay);
            }
            EnumSet<SeekFlags> flags = EnumSet.of(SeekFlags.FLUSH, SeekFlags.ACCURATE);
            boolean ok = forward
                    ? branch.sink().seek(newRate, org.freedesktop.gstreamer.Format.TIME, flags,
                            org.freedesktop.gstreamer.event.SeekType.SET, target[i],
                            org.freedesktop.gstreamer.event.SeekType.SET, -1) // clears a reverse segment's stop
                    : branch.sink().seek(newRate, org.freedesktop.gstreamer.Format.TIME, flags,
                            org.freedesktop.gstreamer.event.SeekType.SET, 0,
                            org.freedesktop.gstreamer.event.SeekType.SET, target[i]);
            if (!ok) {
                throw new MediaException(branch.stream().source().file(),
                        newRate < 0 ? "its container cannot be played backwards" : "GStreamer refused the seek" + reason());
            }
        }
        rate = newRate;
        stepped = false;
        awaitFrames(marks);
        // only now: the position changes when its pictures are there
        clockZeroNs = zero;
        shownNs = caseNs;
        awaitState(org.freedesktop.gstreamer.State.PAUSED);
        if (state == State.ENDED) {
            setState(State.PAUSED);
        }
    }

    private long[] marks() {
        long[] marks = new long[branches.size()];
        for (Branch branch : branches) {
            marks[branch.index()] = branch.frameCount();
        }
        return marks;
    }

    /** Waits until every branch delivered a frame after its mark (flushes make older ones impossible). */
    private void awaitFrames(long[] marks) throws MediaException {
        long deadline = System.nanoTime() + WAIT_NS;
        for (Branch branch : branches) {
            long mark = marks[branch.index()];
            if (mark == Long.MIN_VALUE) {
                continue;
            }
            if (!branch.awaitFrameAfter(mark, deadline, () -> state == State.FAILED)) {
                if (state == State.FAILED) {
                    throw new MediaException(failure, null);
                }
                throw new MediaException(branch.stream().source().file(),
                        "no picture within " + TimeUnit.NANOSECONDS.toSeconds(WAIT_NS) + " s" + reason());
            }
        }
    }

    private void awaitState(org.freedesktop.gstreamer.State wanted) throws MediaException {
        org.freedesktop.gstreamer.State[] states = new org.freedesktop.gstreamer.State[2];
        pipeline.getState(TimeUnit.NANOSECONDS.toNanos(WAIT_NS), states);
        if (states[0] != wanted && state != State.FAILED) {
            throw new MediaException("GStreamer did not reach " + wanted + " within 10 s (now " + states[0] + ")"
                    + reason(), null);
        }
        if (state == State.FAILED) {
            throw new MediaException(failure, null);
        }
    }

    private String reason() {
        return failure == null ? "" : ": " + failure;
    }

    private void checkOpen() throws MediaException {
        if (state == State.CLOSED) {
            throw new IllegalStateException("the media set is closed");
        }
        if (state == State.FAILED) {
            throw new MediaException(failure, null);
        }
    }

    // ---------------------------------------------------------------- callbacks

    private void deliver(VideoFrame frame) {
        for (FrameListener listener : frameListeners) {
            listener.frame(frame);
        }
    }

    private void fail(String message) {
        if (state == State.CLOSED) {
            return;
        }
        failure = message;
        setState(State.FAILED);
        branches.forEach(Branch::wakeUp);
    }

    private void ended() {
        if (state == State.PLAYING) {
            shownNs = rate > 0 ? durationNs : 0;
            setState(State.ENDED);
        }
    }

    private void setState(State newState) {
        if (state == newState) {
            return;
        }
        state = newState;
        for (StateListener listener : stateListeners) {
            listener.stateChanged(this, newState);
        }
    }

    /** Names the file whose branch an element belongs to ("dec2" → stream 2's file). */
    private String describe(GstObject source) {
        for (GstObject object = source; object != null; object = object.getParent()) {
            String name = object.getName();
            for (String prefix : new String[] { "dec", "scale", "conv", "size", "sink", "aqueue", "aconv", "aresample", "vol",
                    "asink" }) {
                if (name != null && name.startsWith(prefix)) {
                    try {
                        int index = Integer.parseInt(name.substring(prefix.length()));
                        if (index >= 0 && index < streams.size()) {
                            return streams.get(index).source().file() + ": ";
                        }
                    } catch (NumberFormatException e) {
                        // another element's name
                    }
                }
            }
        }
        return "";
    }

    /** Stops the pipeline and frees it and every native buffer. Safe to call twice. */
    @Override
    public synchronized void close() {
        if (state == State.CLOSED) {
            return;
        }
        state = State.CLOSED;
        branches.forEach(Branch::wakeUp);
        pipeline.setState(org.freedesktop.gstreamer.State.NULL);
        pipeline.getState(TimeUnit.SECONDS.toNanos(5));
        for (Branch branch : branches) {
            branch.dispose();
        }
        for (Element filter : sizeFilters) {
            filter.dispose();
        }
        for (int i = 0; i < volumes.length; i++) {
            if (volumes[i] != null) {
                audioPads[i].dispose();
                audioSinks[i].dispose();
                volumes[i].dispose();
            }
        }
        pipeline.getBus().dispose();
        pipeline.dispose();
        for (StateListener listener : stateListeners) {
            listener.stateChanged(this, State.CLOSED);
        }
        frameListeners.clear();
        stateListeners.clear();
    }
}
