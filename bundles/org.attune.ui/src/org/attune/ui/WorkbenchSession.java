package org.attune.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.concurrent.Executor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.Coder;
import org.attune.model.Corpus;
import org.attune.model.MediaSource;
import org.attune.model.ModelFactory;
import org.attune.model.ModelPackage;
import org.attune.model.store.CorpusStore;
import org.eclipse.emf.edit.command.AddCommand;

/**
 * What the workbench has open: one corpus ({@link CorpusEditor}), one case being coded
 * ({@link CodingSession}), the current coder and the {@link Playhead}. It lives in the e4
 * application context; parts {@code @Inject} it and listen to it. All calls on the UI thread.
 */
public final class WorkbenchSession {

    /** How often unsaved coding is written to autosave copies unless the preferences say otherwise. */
    public static final Duration AUTOSAVE_INTERVAL = Duration.ofSeconds(30);

    /**
     * What changed. PREFERENCES: the user's preferences were applied; SCHEME: a scheme of the open
     * corpus was edited (labels, colours, keys, codes).
     */
    public enum Change { CORPUS, CASE, CODER, PLAYHEAD, PREFERENCES, SCHEME }

    /** Hears what the workbench opens and switches to. */
    @FunctionalInterface
    public interface Listener {
        void sessionChanged(Change change);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> selectionListeners = new CopyOnWriteArrayList<>();
    private List<CodedMoment> selectedMoments = List.of();
    private CorpusEditor editor;
    private CodingSession coding;
    private Playhead playhead = new ClockPlayhead(25);
    private Coder coder;

    private Executor autosaveThread;
    private static volatile VideoDefaults videoDefaults = VideoDefaults.DEFAULT;
    private String preferredCoderId = "";
    private String preferredCoderName = "";
    private Duration autosaveInterval = AUTOSAVE_INTERVAL;
    private CorpusEditor.Recovery recovery = files -> false;

    /** How unsaved coding found in autosave copies is offered when a corpus opens (default: kept, not taken). */
    public void setRecovery(CorpusEditor.Recovery recovery) {
        this.recovery = recovery;
    }

    /** Autosaves every corpus opened from now on, reading the model on this executor (the UI thread). */
    public void setAutosave(Executor modelThread) {
        this.autosaveThread = modelThread;
    }

    /** How often unsaved coding is autosaved; a change restarts the open corpus's autosave at once. */
    public void setAutosaveInterval(Duration interval) {
        if (interval == null || interval.isNegative() || interval.isZero()) {
            throw new IllegalArgumentException("The autosave interval must be positive: " + interval);
        }
        autosaveInterval = interval;
        if (editor != null) {
            editor.setAutosaveInterval(interval);
        }
    }

    public Duration autosaveInterval() {
        return autosaveInterval;
    }

    /** The video defaults from the preferences (frame rate for cases without one, arrow-key steps). */
    public static VideoDefaults videoDefaults() {
        return videoDefaults;
    }

    public void setVideoDefaults(VideoDefaults defaults) {
        videoDefaults = defaults;
        fire(Change.PREFERENCES);
    }

    /** Who codes when a corpus opens (from the preferences: id first, else name); blank for the usual choice. */
    public void setPreferredCoder(String id, String name) {
        preferredCoderId = id == null ? "" : id.strip();
        preferredCoderName = name == null ? "" : name.strip();
    }

    /** The corpus's coder the preferences name, or null. */
    public Coder preferredCoder(Corpus corpus) {
        for (Coder c : corpus.getCoders()) {
            if (!preferredCoderId.isEmpty() ? preferredCoderId.equalsIgnoreCase(c.getId())
                    : !preferredCoderName.isEmpty() && preferredCoderName.equalsIgnoreCase(c.getName())) {
                return c;
            }
        }
        return null;
    }

    /** Opens the corpus in a folder (closing the open one, which must have been saved or discarded). */
    public CorpusEditor openCorpus(Path folder) throws IOException {
        CorpusEditor opened = CorpusEditor.open(folder, recovery);
        if (editor != null) {
            editor.close();
        }
        editor = opened;
        if (autosaveThread != null) {
            opened.startAutosave(autosaveInterval, autosaveThread);
        }
        coding = null;
        coder = defaultCoder(opened.corpus());
        setSelectedMoments(List.of());
        fire(Change.CORPUS);
        return opened;
    }

    /** The open corpus, or null. */
    public CorpusEditor editor() {
        return editor;
    }

    public Corpus corpus() {
        return editor == null ? null : editor.corpus();
    }

    /** Opens a case of the open corpus for coding. */
    public CodingSession openCase(Case theCase) {
        if (editor == null) {
            throw new IllegalStateException("Open a corpus first");
        }
        coding = new CodingSession(editor, theCase, playhead, coder);
        if (playhead instanceof ClockPlayhead) {
            playhead.seek(0); // a video playhead is moved by the video view when it opens the case
        }
        setSelectedMoments(List.of());
        fire(Change.CASE);
        return coding;
    }

    /** Stops coding the open case (e.g. it was deleted). */
    public void closeCase() {
        if (coding != null) {
            coding = null;
            setSelectedMoments(List.of());
            fire(Change.CASE);
        }
    }

    /**
     * The moments the user selected last, in the Moments table or with a click on the timeline,
     * in the order shown there: only those still in the open case (empty when none). Parts that act
     * on "the selected moments" (e.g. adding them to a playlist) read this instead of another
     * part's widgets.
     */
    public List<CodedMoment> selectedMoments() {
        Case open = currentCase();
        if (open == null) {
            return List.of();
        }
        List<CodedMoment> still = new ArrayList<>(selectedMoments.size());
        for (CodedMoment moment : selectedMoments) {
            if (moment.getCase() == open) {
                still.add(moment);
            }
        }
        return still;
    }

    /** Makes these moments the selection (the parts that select moments call it); tells the selection listeners. */
    public void setSelectedMoments(Collection<CodedMoment> moments) {
        List<CodedMoment> selection = moments == null ? List.of() : List.copyOf(moments);
        if (selection.equals(selectedMoments)) {
            return;
        }
        selectedMoments = selection;
        for (Runnable listener : selectionListeners) {
            listener.run();
        }
    }

    /** Hears every change of {@link #selectedMoments()} made through {@link #setSelectedMoments} (on the UI thread). */
    public void addSelectionListener(Runnable listener) {
        selectionListeners.add(listener);
    }

    public void removeSelectionListener(Runnable listener) {
        selectionListeners.remove(listener);
    }

    /**
     * Makes a new, empty corpus in a folder (which must be empty or not exist yet) and opens it.
     * The open corpus must have been saved or discarded.
     */
    public CorpusEditor newCorpus(Path folder, String name) throws IOException {
        if (CorpusStore.isCorpus(folder)) {
            throw new IOException(folder + " already holds a corpus: open it instead");
        }
        if (Files.isDirectory(folder)) {
            try (var entries = Files.list(folder)) {
                if (entries.findAny().isPresent()) {
                    throw new IOException(folder + " is not empty: choose an empty or new folder for the corpus");
                }
            }
        }
        CorpusStore.create(folder, name == null || name.isBlank() ? String.valueOf(folder.getFileName()) : name.strip()).close();
        return openCorpus(folder);
    }

    /** The case being coded, or null. */
    public CodingSession coding() {
        return coding;
    }

    public Case currentCase() {
        return coding == null ? null : coding.theCase();
    }

    public Coder coder() {
        return coder;
    }

    /** Switches the coder who codes from now on. */
    public void setCoder(Coder newCoder) {
        coder = newCoder;
        if (coding != null) {
            coding.setCoder(newCoder);
        }
        fire(Change.CODER);
    }

    /** Adds a coder to the corpus (undoable) and makes them the current coder. */
    public Coder addCoder(String id, String name) {
        Coder created = ModelFactory.eINSTANCE.createCoder();
        created.setId(id);
        created.setName(name);
        editor.execute(AddCommand.create(editor.domain(), editor.corpus(), ModelPackage.eINSTANCE.getCorpus_Coders(), created));
        setCoder(created);
        return created;
    }

    /**
     * Tells the parts that a scheme of the open corpus was edited or an edit undone (the scheme
     * editor calls it), so that the palette rebuilds its buttons and the timeline repaints.
     */
    public void schemeChanged() {
        fire(Change.SCHEME);
    }

    public Playhead playhead() {
        return playhead;
    }

    /** Lets the video view drive the time: coding and the timeline follow this playhead from now on. */
    public void setPlayhead(Playhead newPlayhead) {
        playhead = newPlayhead;
        if (coding != null) {
            coding.setPlayhead(newPlayhead);
        }
        fire(Change.PLAYHEAD);
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    /** The length of a case: its longest media source or its last moment, at least a minute. */
    public static long durationMs(Case theCase) {
        long end = 60_000;
        for (MediaSource source : theCase.getMediaSources()) {
            end = Math.max(end, source.getOffsetMs() + source.getDurationMs());
        }
        for (var moment : theCase.getMoments()) {
            end = Math.max(end, moment.getEndMs());
        }
        return end;
    }

    /** Frames per second of a case's first source that knows it, else the preferences' default (25). */
    public static double frameRate(Case theCase) {
        for (MediaSource source : theCase.getMediaSources()) {
            if (source.getFrameRate() > 0) {
                return source.getFrameRate();
            }
        }
        return videoDefaults.frameRate();
    }

    private Coder defaultCoder(Corpus corpus) {
        Coder preferred = preferredCoder(corpus);
        if (preferred != null) {
            return preferred;
        }
        String user = System.getProperty("attune.coder", System.getProperty("user.name", ""));
        for (Coder c : corpus.getCoders()) {
            if (user.equalsIgnoreCase(c.getId()) || user.equalsIgnoreCase(c.getName())) {
                return c;
            }
        }
        return corpus.getCoders().isEmpty() ? null : corpus.getCoders().get(0);
    }

    private void fire(Change change) {
        for (Listener listener : listeners) {
            listener.sessionChanged(change);
        }
    }
}
