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

import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;

import org.attune.model.Case;
import org.attune.model.CodingScheme;
import org.attune.model.Corpus;
import org.attune.model.MediaSource;
import org.attune.model.ModelPackage;
import org.attune.model.util.ModelRules;
import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.SetCommand;
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
        setAsideDeletedCases();
        commandStack.saveIsDone();
        savedDepth = done.size();
        savedAt = clock.instant();
        fire();
    }

    // ---------------------------------------------------------------- cases

    /**
     * Adds a case to the corpus as one undoable command: its own file {@code cases/<id>} is
     * written at the next save. The id is made unique from the title.
     *
     * @param sources media sources made for it (see {@link MediaFiles#sources}), or none
     */
    public Case addCase(String title, CodingScheme scheme, List<MediaSource> sources) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("A case needs a title");
        }
        String id = newCaseId(title);
        AddCaseCommand command = new AddCaseCommand(id, title.strip(), scheme, sources);
        execute(command);
        return command.theCase;
    }

    /** An id for a new case from its title, not used by any case of the corpus nor by a file. */
    public String newCaseId(String title) {
        String base = CorpusStore.safeId(title.strip().toLowerCase(java.util.Locale.ROOT));
        List<String> taken = store.caseIds();
        String id = base;
        for (int n = 2; taken.contains(id) || Files.exists(store.caseFile(id)) || deletedCases.containsKey(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    /** Renames a case (its title; the id and file stay), undoable. */
    public boolean renameCase(Case theCase, String title) {
        if (title == null || title.isBlank() || title.strip().equals(theCase.getTitle())) {
            return false;
        }
        return execute(SetCommand.create(domain, theCase, ModelPackage.eINSTANCE.getCase_Title(), title.strip()));
    }

    /**
     * Deletes a case from the corpus, undoable. Nothing is lost: at the next save its file is
     * renamed to {@code <file>.deleted}, next to the others.
     */
    public boolean deleteCase(Case theCase) {
        if (!corpus().getCases().contains(theCase)) {
            return false;
        }
        return execute(new DeleteCaseCommand(theCase));
    }

    /** Adds media sources to a case (e.g. files dropped on it), undoable. */
    public boolean addMedia(Case theCase, List<MediaSource> sources) {
        if (sources.isEmpty()) {
            return false;
        }
        return execute(AddCommand.create(domain, theCase, ModelPackage.eINSTANCE.getCase_MediaSources(), sources));
    }

    /** The problems {@link ModelRules} finds in a case (media files missing, overlaps, ...): one message each. */
    public List<String> problems(Case theCase) {
        Map<Object, Object> context = new HashMap<>();
        context.put(ModelRules.CORPUS_FOLDER, folder());
        return ModelRules.messages(ModelRules.validate(theCase, context));
    }

    /** Whether a media source's file is not there. */
    public boolean isMissing(MediaSource source) {
        return source.getPath() == null || source.getPath().isBlank() || !Files.isRegularFile(store.mediaFile(source));
    }

    private void setAsideDeletedCases() throws IOException {
        List<String> ids = store.caseIds();
        for (var entry : new ArrayList<>(deletedCases.entrySet())) {
            if (ids.contains(entry.getKey())) {
                continue;
            }
            Path file = store.caseFile(entry.getKey());
            if (Files.exists(file)) {
                Files.move(file, file.resolveSibling(file.getFileName() + ".deleted"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private final Map<String, Case> deletedCases = new HashMap<>();

    /** Makes a case with its own resource and adds it; undo takes both out again. */
    private final class AddCaseCommand extends AbstractCommand {
        private final String id;
        private final String title;
        private final CodingScheme scheme;
        private final List<MediaSource> sources;
        private Case theCase;
        private Resource resource;
        private CodingScheme addedScheme;
        private Resource schemeResource;

        AddCaseCommand(String id, String title, CodingScheme scheme, List<MediaSource> sources) {
            super("Add case " + title);
            this.id = id;
            this.title = title;
            this.scheme = scheme;
            this.sources = List.copyOf(sources);
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            CodingScheme used = scheme;
            if (scheme != null) {
                CodingScheme own = store.findScheme(scheme.getId());
                // a built-in scheme: the corpus gets its own copy, taken out again by undo
                used = own != null ? own : (addedScheme = store.addScheme(scheme));
            }
            theCase = store.createCase(id, title);
            theCase.setScheme(used);
            theCase.getMediaSources().addAll(sources);
            resource = theCase.eResource();
            schemeResource = addedScheme == null ? null : addedScheme.eResource();
        }

        @Override
        public void undo() {
            corpus().getCases().remove(theCase);
            store.resourceSet().getResources().remove(resource);
            if (addedScheme != null) {
                corpus().getSchemes().remove(addedScheme);
                store.resourceSet().getResources().remove(schemeResource);
            }
        }

        @Override
        public void redo() {
            if (addedScheme != null) {
                store.resourceSet().getResources().add(schemeResource);
                schemeResource.setModified(true);
                corpus().getSchemes().add(addedScheme);
            }
            store.resourceSet().getResources().add(resource);
            resource.setModified(true);
            corpus().getCases().add(theCase);
        }

        @Override
        public java.util.Collection<?> getAffectedObjects() {
            return theCase == null ? List.of() : List.of(theCase);
        }
    }

    /** Takes a case and its resource out of the corpus; undo puts them back where they were. */
    private final class DeleteCaseCommand extends AbstractCommand {
        private final Case theCase;
        private Resource resource;
        private int index;

        DeleteCaseCommand(Case theCase) {
            super("Delete case " + (theCase.getTitle() != null ? theCase.getTitle() : theCase.getId()));
            this.theCase = theCase;
        }

        @Override
        protected boolean prepare() {
            return true;
        }

        @Override
        public void execute() {
            resource = theCase.eResource();
            index = corpus().getCases().indexOf(theCase);
            redo();
        }

        @Override
        public void undo() {
            if (resource != null && !store.resourceSet().getResources().contains(resource)) {
                store.resourceSet().getResources().add(resource);
            }
            corpus().getCases().add(Math.min(index, corpus().getCases().size()), theCase);
            deletedCases.remove(theCase.getId());
        }

        @Override
        public void redo() {
            corpus().getCases().remove(theCase);
            if (resource != null && resource != corpus().eResource()) {
                store.resourceSet().getResources().remove(resource);
            }
            deletedCases.put(theCase.getId(), theCase);
        }

        @Override
        public java.util.Collection<?> getAffectedObjects() {
            return List.of(corpus());
        }
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
