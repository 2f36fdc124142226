package org.attune.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.attune.model.Case;
import org.attune.model.Coder;
import org.attune.model.Corpus;
import org.attune.model.MediaSource;
import org.attune.model.ModelFactory;
import org.attune.model.ModelPackage;
import org.eclipse.emf.edit.command.AddCommand;

/**
 * What the workbench has open: one corpus ({@link CorpusEditor}), one case being coded
 * ({@link CodingSession}), the current coder and the {@link Playhead}. It lives in the e4
 * application context; parts {@code @Inject} it and listen to it. All calls on the UI thread.
 */
public final class WorkbenchSession {

    /** How often unsaved coding is written to autosave copies. */
    public static final Duration AUTOSAVE_INTERVAL = Duration.ofSeconds(30);

    /** What changed. SCHEME: a scheme of the open corpus was edited (labels, colours, keys, codes). */
    public enum Change { CORPUS, CASE, CODER, PLAYHEAD, SCHEME }

    /** Hears what the workbench opens and switches to. */
    @FunctionalInterface
    public interface Listener {
        void sessionChanged(Change change);
    }

    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private CorpusEditor editor;
    private CodingSession coding;
    private Playhead playhead = new ClockPlayhead(25);
    private Coder coder;

    private Executor autosaveThread;
    private CorpusEditor.Recovery recovery = files -> false;

    /** How unsaved coding found in autosave copies is offered when a corpus opens (default: kept, not taken). */
    public void setRecovery(CorpusEditor.Recovery recovery) {
        this.recovery = recovery;
    }

    /** Autosaves every corpus opened from now on, reading the model on this executor (the UI thread). */
    public void setAutosave(Executor modelThread) {
        this.autosaveThread = modelThread;
    }

    /** Opens the corpus in a folder (closing the open one, which must have been saved or discarded). */
    public CorpusEditor openCorpus(Path folder) throws IOException {
        CorpusEditor opened = CorpusEditor.open(folder, recovery);
        if (editor != null) {
            editor.close();
        }
        editor = opened;
        if (autosaveThread != null) {
            opened.startAutosave(AUTOSAVE_INTERVAL, autosaveThread);
        }
        coding = null;
        coder = defaultCoder(opened.corpus());
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
        fire(Change.CASE);
        return coding;
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

    /** Frames per second of a case's first source that knows it, else 25. */
    public static double frameRate(Case theCase) {
        for (MediaSource source : theCase.getMediaSources()) {
            if (source.getFrameRate() > 0) {
                return source.getFrameRate();
            }
        }
        return 25;
    }

    private static Coder defaultCoder(Corpus corpus) {
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
