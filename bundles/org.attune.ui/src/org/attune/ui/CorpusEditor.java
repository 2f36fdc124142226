package org.attune.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;

import org.attune.model.Corpus;
import org.attune.model.store.Autosave;
import org.attune.model.store.CorpusStore;
import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.edit.domain.AdapterFactoryEditingDomain;

/**
 * An open corpus: the model's {@link CorpusStore} (files, atomic saves, autosave), one EMF.Edit
 * editing domain and command stack over it (every change is a command, so it can be undone),
 * one dirty state, and Save.
 */
public final class CorpusEditor {

    private final CorpusStore store;
    private final AdapterFactoryEditingDomain domain;
    private final BasicCommandStack commandStack;
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private final List<Runnable> saveStateListeners = new CopyOnWriteArrayList<>();
    private Autosave autosave;
    private Duration autosaveInterval;
    private Executor modelThread;

    // what the status line tells: commands done since the saved state, when saved / autosaved
    private final Deque<Command> done = new ArrayDeque<>();
    private final Deque<Command> undone = new ArrayDeque<>();
    /** done.size() at the last save; -1 once that state cannot be reached by undo/redo any more. */
    private int savedDepth;
    private long serial;
    private volatile long snapshotSerial = -1;
    private long autosavedSerial = -1;
    private Instant savedAt;
    private Instant autosavedAt;
    private Clock clock = Clock.systemDefaultZone();

    private CorpusEditor(CorpusStore store) {
        this.store = store;
        domain = store.createEditingDomain();
        commandStack = (BasicCommandStack) domain.getCommandStack();
        CommandStackListener listener = event -> {
            track();
            fire();
        };
        commandStack.addCommandStackListener(listener);
    }

    private void track() {
        Command recent = commandStack.getMostRecentCommand();
        if (recent == null) { // flushed
            done.clear();
            undone.clear();
            savedDepth = commandStack.isSaveNeeded() ? -1 : 0;
        } else if (recent == commandStack.getRedoCommand()) { // undone
            if (!done.isEmpty()) {
                undone.push(done.pop());
            }
        } else if (!undone.isEmpty() && undone.peek() == recent) { // redone
            done.push(undone.pop());
        } else { // executed: what could be redone is gone, maybe with the saved state
            if (savedDepth > done.size()) {
                savedDepth = -1;
            }
            undone.clear();
            done.push(recent);
        }
        serial++;
    }

    /** Decides whether autosave copies left by a session that ended unsaved are taken back. */
    @FunctionalInterface
    public interface Recovery {
        /** @return true to make these autosave copies the current files */
        boolean recover(List<Path> autosaveFiles);
    }

    /** Opens the corpus in a folder and reads its cases (a damaged file is named, with its line). */
    public static CorpusEditor open(Path folder) throws IOException {
        return open(folder, files -> false);
    }

    /**
     * Opens the corpus in a folder; autosave copies newer than their files (coding that was not
     * saved) are offered to {@code recovery} before the cases are read. Copies not taken stay on
     * disk, so they can still be recovered later.
     */
    public static CorpusEditor open(Path folder, Recovery recovery) throws IOException {
        CorpusStore store = CorpusStore.open(folder);
        try {
            List<Path> autosaves = store.recoverableAutosaves();
            if (!autosaves.isEmpty() && recovery.recover(autosaves)) {
                for (Path file : autosaves) {
                    store.recoverAutosave(file);
                }
            }
            store.loadCases();
        } catch (IOException | RuntimeException e) {
            store.close();
            throw e;
        }
        return new CorpusEditor(store);
    }

    public CorpusStore store() {
        return store;
    }

    public Corpus corpus() {
        return store.corpus();
    }

    public Path folder() {
        return store.folder();
    }

    public AdapterFactoryEditingDomain domain() {
        return domain;
    }

    public BasicCommandStack commandStack() {
        return commandStack;
    }

    /** Runs a change as an undoable command; false when the command cannot run. */
    public boolean execute(Command command) {
        if (command == null || !command.canExecute()) {
            return false;
        }
        commandStack.execute(command);
        return true;
    }

    /** Whether there is something to save (an undo back to the saved state is clean again). */
    public boolean isDirty() {
        return commandStack.isSaveNeeded();
    }

    public boolean canUndo() {
        return commandStack.canUndo();
    }

    public boolean canRedo() {
        return commandStack.canRedo();
    }

    public void undo() {
        if (commandStack.canUndo()) {
            commandStack.undo();
        }
    }

    public void redo() {
        if (commandStack.canRedo()) {
            commandStack.redo();
        }
    }

    /** Writes every changed file (atomically, the previous version kept as .bak). */
    public void save() throws IOException {
        store.save();
        commandStack.saveIsDone();
        savedDepth = done.size();
        savedAt = clock.instant();
        fire();
    }

    /** How many changes (commands) lie between the model and its saved files: 0 when clean. */
    public int unsavedChanges() {
        if (!isDirty()) {
            return 0;
        }
        return Math.max(1, savedDepth < 0 ? done.size() : Math.abs(done.size() - savedDepth));
    }

    /** When this editor last saved, or null. */
    public Instant savedAt() {
        return savedAt;
    }

    /** When unsaved changes were last written to autosave copies, or null. */
    public Instant autosavedAt() {
        return autosavedAt;
    }

    /** Whether every unsaved change is in the autosave copies (false when clean). */
    public boolean isAutosaveCurrent() {
        return isDirty() && autosavedAt != null && autosavedSerial == serial;
    }

    /** The clock the save times are read from (tests set a fixed one). */
    public void setClock(Clock clock) {
        this.clock = clock;
    }

    /** The autosave interval, or null when autosave is off. */
    public Duration autosaveInterval() {
        return autosaveInterval;
    }

    /**
     * Writes unsaved changes to autosave copies every {@code interval}, reading the model on
     * {@code modelThread} (the UI thread), so that a crash loses at most that much coding.
     */
    public void startAutosave(Duration interval, Executor modelThread) {
        this.modelThread = modelThread;
        this.autosaveInterval = interval;
        // the serial is read on the model thread right before the snapshot the autosave writes
        Executor tracking = task -> modelThread.execute(() -> {
            snapshotSerial = serial;
            task.run();
        });
        Autosave started = store.startAutosave(interval, tracking);
        started.onWritten(files -> {
            long written = snapshotSerial;
            modelThread.execute(() -> autosaved(written));
        });
        autosave = started;
    }

    /** Restarts the autosave with another interval (when it runs). */
    public void setAutosaveInterval(Duration interval) {
        if (autosave != null && modelThread != null && !interval.equals(autosaveInterval)) {
            startAutosave(interval, modelThread);
        }
    }

    private void autosaved(long atSerial) {
        autosavedAt = clock.instant();
        autosavedSerial = atSerial;
        fireSaveState();
    }

    /** Writes the autosave copies now (on the model thread), e.g. when the workbench closes unsaved. */
    public void autosaveNow() throws IOException {
        if (autosave != null && isDirty()) {
            snapshotSerial = serial;
            autosave.runNow();
        }
    }

    /** Stops the autosave; unsaved changes stay in the autosave copies. */
    public void close() {
        store.close();
    }

    /** Hears every change of the command stack (execute, undo, redo, save); on the caller's thread. */
    public void addListener(Runnable listener) {
        listeners.add(listener);
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    /**
     * Hears every change of what the status line shows: the command stack, saves, and autosaves
     * (on the model thread). Apart from {@link #addListener} so that an autosave redraws nothing else.
     */
    public void addSaveStateListener(Runnable listener) {
        saveStateListeners.add(listener);
    }

    public void removeSaveStateListener(Runnable listener) {
        saveStateListeners.remove(listener);
    }

    private void fire() {
        for (Runnable listener : listeners) {
            listener.run();
        }
        fireSaveState();
    }

    private void fireSaveState() {
        for (Runnable listener : saveStateListeners) {
            listener.run();
        }
    }
}
