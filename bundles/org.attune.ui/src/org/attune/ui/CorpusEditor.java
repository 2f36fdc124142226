package org.attune.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
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
    private Autosave autosave;

    private CorpusEditor(CorpusStore store) {
        this.store = store;
        domain = store.createEditingDomain();
        commandStack = (BasicCommandStack) domain.getCommandStack();
        CommandStackListener listener = event -> fire();
        commandStack.addCommandStackListener(listener);
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
        fire();
    }

    /**
     * Writes unsaved changes to autosave copies every {@code interval}, reading the model on
     * {@code modelThread} (the UI thread), so that a crash loses at most that much coding.
     */
    public void startAutosave(Duration interval, Executor modelThread) {
        autosave = store.startAutosave(interval, modelThread);
    }

    /** Writes the autosave copies now (on the model thread), e.g. when the workbench closes unsaved. */
    public void autosaveNow() throws IOException {
        if (autosave != null && isDirty()) {
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

    private void fire() {
        for (Runnable listener : listeners) {
            listener.run();
        }
    }
}
