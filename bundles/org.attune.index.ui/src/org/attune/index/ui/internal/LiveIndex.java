package org.attune.index.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.attune.index.CorpusIndex;
import org.attune.index.ModelMomentSource;
import org.attune.index.MomentRecord;
import org.attune.index.QueryAssist;
import org.attune.model.Case;
import org.attune.model.Category;
import org.attune.model.Code;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.Corpus;
import org.attune.model.ModelPackage;
import org.attune.ui.CorpusEditor;
import org.attune.ui.WorkbenchSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.swt.widgets.Display;

/**
 * The search index of the corpus open in the workbench, kept in step with the model as the user
 * codes: every change of a case (through the editing domain: coding, undo, redo, import) is
 * collected on the UI thread, and {@value #DEBOUNCE_MS} ms after the last one the changed cases'
 * moments are read there and handed to {@link CorpusIndex#update} on a background job, so a
 * moment just coded is searchable well within a second. Opening the index (and bringing it up
 * to date with the files) also runs in the background; searches wait for it.
 */
public final class LiveIndex implements WorkbenchSession.Listener {

    /** How long after the last change the index is updated (coding bursts become one update). */
    public static final int DEBOUNCE_MS = 100;

    /** Hears when the index is ready or has taken in changes (on any thread). */
    @FunctionalInterface
    public interface Listener {
        void indexChanged(LiveIndex live);
    }

    private final WorkbenchSession session;
    private final Display display;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private volatile CorpusEditor editor;
    private EContentAdapter watcher;
    private volatile CorpusIndex index;
    private volatile Job opening;
    private volatile String problem;
    private volatile QueryAssist assist = new QueryAssist(List.of(), Map.of());
    /** Changed cases waiting for the debounce (UI thread only). */
    private final Set<Case> changed = new LinkedHashSet<>();
    private boolean flushScheduled;
    /** Units to update (records) or remove (null), waiting for the update job. */
    private final Map<String, List<MomentRecord>> pending = new LinkedHashMap<>();
    private final Job updater = Job.create("Updating the search index", this::runUpdates);
    private volatile long updates;

    public LiveIndex(WorkbenchSession session, Display display) {
        this.session = session;
        this.display = display;
        updater.setSystem(true);
    }

    /** Starts following the session (and opens the index of the corpus open now). */
    public void start() {
        session.addListener(this);
        follow(session.editor());
    }

    /** Stops following and closes the index (committing what it holds). */
    public void stop() {
        session.removeListener(this);
        follow(null);
    }

    @Override
    public void sessionChanged(WorkbenchSession.Change change) {
        if (change == WorkbenchSession.Change.CORPUS && session.editor() != editor) {
            follow(session.editor());
        }
    }

    private void follow(CorpusEditor next) {
        if (editor != null) {
            editor.store().resourceSet().eAdapters().remove(watcher);
            changed.clear();
            synchronized (pending) {
                pending.clear();
            }
            Job wasOpening = opening;
            if (wasOpening != null) {
                wasOpening.cancel(); // a sync stops between two cases
            }
            try {
                if (wasOpening != null) {
                    wasOpening.join();
                }
                updater.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // the next corpus may be the same folder: its index must be free
            closeQuietly(index);
            index = null;
            problem = null;
        }
        editor = next;
        if (next == null) {
            return;
        }
        watcher = new EContentAdapter() {
            @Override
            public void notifyChanged(Notification msg) {
                super.notifyChanged(msg);
                if (!msg.isTouch() && msg.getFeature() instanceof EStructuralFeature) {
                    noticed(msg);
                }
            }
        };
        next.store().resourceSet().eAdapters().add(watcher);
        Path folder = next.folder();
        List<Case> unsaved = new ArrayList<>();
        for (Case c : next.corpus().getCases()) {
            if (c.eResource() != null && c.eResource().isModified()) {
                unsaved.add(c);
            }
        }
        Job job = Job.create("Opening the search index of " + folder,
                (org.eclipse.core.runtime.jobs.IJobFunction) monitor -> open(next, folder, unsaved, monitor));
        job.setPriority(Job.LONG);
        opening = job;
        job.schedule();
    }

    private IStatus open(CorpusEditor forEditor, Path folder, List<Case> unsaved, IProgressMonitor monitor) {
        CorpusIndex opened = null;
        try {
            opened = CorpusIndex.open(folder);
            if (opened.isReadOnly()) {
                problem = "the index is in use by another Attune process: searching it as it was last saved";
            } else {
                CorpusIndex.SyncReport report = opened.sync(new ModelMomentSource(folder), monitor);
                if (report.cancelled()) {
                    throw new OperationCanceledException();
                }
                if (!report.failures().isEmpty()) {
                    problem = "not indexed: " + String.join("; ", report.failures().values());
                }
            }
            CorpusIndex ready = opened;
            if (monitor.isCanceled() || editor != forEditor) {
                return Status.CANCEL_STATUS;
            }
            opened = null;
            index = ready;
            display.asyncExec(() -> {
                if (index == ready) {
                    changed.addAll(unsaved); // coding recovered from autosave is not in the files yet
                    if (changed.isEmpty() && !forEditor.corpus().getCases().isEmpty()) {
                        // one update now loads Lucene's update path, so the user's first edit is found as fast as the next
                        changed.add(forEditor.corpus().getCases().get(0));
                    }
                    flush();
                }
            });
            refreshAssist(ready);
            fire();
            return Status.OK_STATUS;
        } catch (OperationCanceledException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            problem = "the search index of " + folder + " could not be opened: " + e.getMessage();
            fire();
            return Status.warning(problem, e);
        } finally {
            closeQuietly(opened);
        }
    }

    /** On the UI thread: which cases a change of the model touches. */
    private void noticed(Notification msg) {
        Object notifier = msg.getNotifier();
        if (notifier instanceof Corpus) {
            if (msg.getFeature() == ModelPackage.Literals.CORPUS__CASES) {
                for (Object added : values(msg.getNewValue())) {
                    if (added instanceof Case c) {
                        changed.add(c);
                    }
                }
                for (Object removed : values(msg.getOldValue())) {
                    if (removed instanceof Case c && msg.getEventType() != Notification.SET) {
                        removeUnit(c);
                    }
                }
            } else if (msg.getFeature() == ModelPackage.Literals.CORPUS__CODERS) {
                return; // a coder no moment names yet
            } else {
                return; // playlists, name, …: not indexed
            }
        } else if (notifier instanceof Coder || notifier instanceof Code || notifier instanceof Category
                || notifier instanceof CodingScheme) {
            changed.addAll(editor.corpus().getCases()); // a name every moment may show
        } else if (notifier instanceof EObject object) {
            Case c = caseOf(object);
            if (c != null) {
                changed.add(c);
            }
        }
        if (!changed.isEmpty() && !flushScheduled) {
            flushScheduled = true;
            display.timerExec(DEBOUNCE_MS, this::flush);
        }
    }

    private static List<?> values(Object value) {
        return value instanceof List<?> list ? list : value == null ? List.of() : List.of(value);
    }

    private static Case caseOf(EObject object) {
        for (EObject o = object; o != null; o = o.eContainer()) {
            if (o instanceof Case c) {
                return c;
            }
        }
        return null;
    }

    private String unit(Case c) {
        Path folder = editor.folder();
        return folder.relativize(editor.store().caseFile(c.getId())).toString();
    }

    private void removeUnit(Case c) {
        changed.remove(c);
        if (c.getId() == null || index == null) {
            return;
        }
        synchronized (pending) {
            pending.put(unit(c), null);
        }
        updater.schedule();
    }

    /** On the UI thread: reads the changed cases' moments and hands them to the update job. */
    private void flush() {
        flushScheduled = false;
        if (index == null || editor == null) {
            return; // the opening job takes the changes in when the index is ready
        }
        Map<String, List<MomentRecord>> ready = new LinkedHashMap<>();
        for (Case c : changed) {
            if (c.getId() == null) {
                continue;
            }
            if (c.eContainer() == null) {
                ready.put(unit(c), null);
                continue;
            }
            try {
                ready.put(unit(c), ModelMomentSource.records(c));
            } catch (IllegalArgumentException e) {
                // a moment half-edited (ends before it starts): the next change indexes the case
            }
        }
        changed.clear();
        if (!ready.isEmpty()) {
            synchronized (pending) {
                pending.putAll(ready);
            }
            updater.schedule();
        }
    }

    private void runUpdates(IProgressMonitor monitor) {
        CorpusIndex target = index;
        Map<String, List<MomentRecord>> work;
        synchronized (pending) {
            work = new LinkedHashMap<>(pending);
            pending.clear();
        }
        if (target == null || target.isReadOnly() || work.isEmpty()) {
            return;
        }
        try {
            for (Map.Entry<String, List<MomentRecord>> e : work.entrySet()) {
                if (e.getValue() == null) {
                    target.remove(e.getKey());
                } else {
                    // a stamp no file has: the next sync reads the case from its file again
                    target.update(e.getKey(), "edited in the workbench " + System.nanoTime(), e.getValue());
                }
            }
            updates++;
            refreshAssist(target);
        } catch (IOException | RuntimeException e) {
            if (index == target) {
                ILog.of(LiveIndex.class).warn("Could not update the search index: " + e.getMessage(), e);
            }
        }
        fire();
    }

    private void refreshAssist(CorpusIndex target) {
        try {
            assist = QueryAssist.of(target);
        } catch (IOException | RuntimeException e) {
            // completion keeps the previous values
        }
    }

    /**
     * The index, waiting until it is open and up to date with the files.
     *
     * @throws IOException when there is no corpus or the index could not be opened
     */
    public CorpusIndex await(IProgressMonitor monitor) throws IOException, InterruptedException {
        Job job = opening;
        if (job != null) {
            job.join(0, monitor);
        }
        CorpusIndex ready = index;
        if (ready == null) {
            throw new IOException(problem != null ? problem : "open a corpus to search it");
        }
        return ready;
    }

    /** The index if it is ready, else null. */
    public CorpusIndex index() {
        return index;
    }

    /** What went wrong opening or syncing the index, or null. */
    public String problem() {
        return problem;
    }

    /** Completion from the index's current field names and values. */
    public QueryAssist assist() {
        return assist;
    }

    /** How many batches of changes the index has taken in (tests). */
    public long updates() {
        return updates;
    }

    public void addListener(Listener listener) {
        listeners.add(listener);
    }

    public void removeListener(Listener listener) {
        listeners.remove(listener);
    }

    private void fire() {
        for (Listener listener : listeners) {
            listener.indexChanged(this);
        }
    }

    private static void closeQuietly(CorpusIndex index) {
        if (index != null) {
            try {
                index.close();
            } catch (IOException | RuntimeException e) {
                ILog.of(LiveIndex.class).warn("Could not close the search index: " + e.getMessage(), e);
            }
        }
    }
}
