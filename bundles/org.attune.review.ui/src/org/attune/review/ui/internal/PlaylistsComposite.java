package org.attune.review.ui.internal;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.attune.model.CodedMoment;
import org.attune.model.ModelPackage;
import org.attune.model.Playlist;
import org.attune.model.PlaylistEntry;
import org.attune.model.store.CorpusStore;
import org.attune.review.Clip;
import org.attune.review.ClipExporter;
import org.attune.review.ClipFormat;
import org.attune.review.ClipPlan;
import org.attune.review.Playlists;
import org.attune.ui.CorpusEditor;
import org.attune.ui.WorkbenchSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.ProgressMonitorWrapper;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.MoveCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

/**
 * The corpus's playlists for shared review: choose one, see its moments (case, code, coder,
 * times, the guider's note — edited in place), add the moments picked in the workbench,
 * remove and reorder them (each change one undoable command on the corpus's stack), play
 * them one after another, export them as clips in a background job with progress and cancel.
 */
public final class PlaylistsComposite extends Composite {

    static final String[] TITLES = { "#", "Case", "Code", "Note", "Start", "End", "Coder" };
    static final int NOTE = 3;

    private final WorkbenchSession session;
    private final org.eclipse.swt.widgets.Display display;
    private final Supplier<List<CodedMoment>> picked;
    private final Combo playlists;
    private final TableViewer viewer;
    private final Label nowPlaying;
    private final Composite progressRow;
    private final ProgressBar progressBar;
    private final Label status;
    private final Button play;
    private final Runnable editorListener = this::scheduleRefresh;
    private final WorkbenchSession.Listener sessionListener = this::sessionChanged;
    private CorpusEditor listenedEditor;
    private List<Playlist> shownPlaylists = List.of();
    private Playlist playlist;
    /** At most 60 s of context, in tenths of a second. */
    private static final int CONTEXT_MAX_TENTHS = 600;
    private Spinner contextBefore;
    private Spinner contextAfter;
    private boolean refreshScheduled;
    private PlaylistPlayback playback;
    private Job exportJob;
    private volatile ClipExporter.Result lastResult;
    private volatile String lastError;

    /** One row of the table: an entry and the moment it names (null when it is gone). */
    record Row(PlaylistEntry entry, CodedMoment moment, String problem) {
    }

    /**
     * @param picked the moments the user picked in the workbench (the Moments table's selection,
     *               else those at the playhead), for "Add"
     */
    public PlaylistsComposite(Composite parent, WorkbenchSession session, Supplier<List<CodedMoment>> picked) {
        super(parent, SWT.NONE);
        this.session = session;
        this.display = parent.getDisplay();
        this.picked = picked;
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 2;
        layout.marginHeight = 2;
        setLayout(layout);

        Composite top = new Composite(this, SWT.NONE);
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout topLayout = new GridLayout(2, false);
        topLayout.marginWidth = 0;
        topLayout.marginHeight = 0;
        top.setLayout(topLayout);
        playlists = new Combo(top, SWT.READ_ONLY);
        playlists.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        playlists.addListener(SWT.Selection, e -> {
            int i = playlists.getSelectionIndex();
            select(i >= 0 && i < shownPlaylists.size() ? shownPlaylists.get(i) : null);
        });
        button(top, "New…", "A new playlist", () -> askNewPlaylist());

        viewer = new TableViewer(this, SWT.FULL_SELECTION | SWT.MULTI | SWT.BORDER);
        viewer.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.getTable().setHeaderVisible(true);
        viewer.getTable().setLinesVisible(true);
        viewer.setContentProvider(ArrayContentProvider.getInstance());
        int[] widths = { 26, 62, 100, 180, 52, 52, 50 };
        for (int i = 0; i < TITLES.length; i++) {
            TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
            column.getColumn().setText(TITLES[i]);
            column.getColumn().setWidth(widths[i]);
            int index = i;
            column.setLabelProvider(new ColumnLabelProvider() {
                @Override
                public String getText(Object element) {
                    return text((Row) element, index);
                }
            });
            if (i == NOTE) {
                column.setEditingSupport(new NoteEditing());
            }
        }
        viewer.addDoubleClickListener(e -> {
            int i = viewer.getTable().getSelectionIndex();
            if (i >= 0 && playback != null && playback.isRunning()) {
                playback.show(i);
            }
        });

        Composite contextRow = new Composite(this, SWT.NONE);
        contextRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout contextLayout = new GridLayout(2, false); // one row each: the part is narrow
        contextLayout.marginWidth = 0;
        contextLayout.marginHeight = 0;
        contextRow.setLayout(contextLayout);
        new Label(contextRow, SWT.NONE).setText("Context before (s)");
        contextBefore = contextSpinner(contextRow, ModelPackage.Literals.PLAYLIST__CONTEXT_BEFORE_MS,
                "Seconds of video played and exported before each moment");
        new Label(contextRow, SWT.NONE).setText("Context after (s)");
        contextAfter = contextSpinner(contextRow, ModelPackage.Literals.PLAYLIST__CONTEXT_AFTER_MS,
                "Seconds of video played and exported after each moment");

        Composite buttons = new Composite(this, SWT.NONE);
        buttons.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout buttonsLayout = new GridLayout(4, true);
        buttonsLayout.marginWidth = 0;
        buttonsLayout.marginHeight = 0;
        buttons.setLayout(buttonsLayout);
        button(buttons, "Add", "Add the moments selected in the Moments table (else those at the playhead)",
                () -> report(addMoments(picked.get())));
        button(buttons, "Remove", "Remove the selected moments from the playlist", () -> remove(selectedEntries()));
        button(buttons, "Up", "Move the selected moment earlier", () -> moveSelected(-1));
        button(buttons, "Down", "Move the selected moment later", () -> moveSelected(1));
        play = button(buttons, "Play", "Play the moments one after another, with their context", this::togglePlay);
        button(buttons, "◀ Prev", "The previous moment", () -> skip(-1));
        button(buttons, "Next ▶", "The next moment", () -> skip(1));
        button(buttons, "Export…", "Export the playlist as video clips and a joined reel", this::askExport);

        nowPlaying = new Label(this, SWT.WRAP);
        nowPlaying.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));

        progressRow = new Composite(this, SWT.NONE);
        progressRow.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        GridLayout progressLayout = new GridLayout(2, false);
        progressLayout.marginWidth = 0;
        progressLayout.marginHeight = 0;
        progressRow.setLayout(progressLayout);
        progressBar = new ProgressBar(progressRow, SWT.HORIZONTAL);
        progressBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        progressBar.setMaximum(1000);
        button(progressRow, "Cancel", "Stop the export (no half-written file is left)", this::cancelExport);
        status = new Label(this, SWT.WRAP);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        showProgress(false);

        session.addListener(sessionListener);
        addListener(SWT.Dispose, e -> {
            session.removeListener(sessionListener);
            if (listenedEditor != null) {
                listenedEditor.removeListener(editorListener);
            }
            if (playback != null) {
                playback.stop();
            }
            if (exportJob != null) {
                exportJob.cancel();
            }
        });
        sessionChanged(WorkbenchSession.Change.CORPUS);
    }

    /** A spinner in tenths of a second for one of the playlist's context lengths; a change is one undoable command. */
    private Spinner contextSpinner(Composite parent, EAttribute feature, String tooltip) {
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setDigits(1);
        spinner.setMinimum(0);
        spinner.setMaximum(CONTEXT_MAX_TENTHS);
        spinner.setIncrement(5);
        spinner.setPageIncrement(10);
        spinner.setToolTipText(tooltip);
        spinner.addListener(SWT.Selection, e -> setContext(feature, spinner.getSelection() * 100L));
        spinner.addListener(SWT.DefaultSelection, e -> setContext(feature, spinner.getSelection() * 100L));
        return spinner;
    }

    /** Sets the shown playlist's context before or after each moment, in ms (one undoable command). */
    public boolean setContext(EAttribute feature, long ms) {
        if (playlist == null || session.editor() == null || ((Long) playlist.eGet(feature)) == ms) {
            return false;
        }
        return execute(SetCommand.create(session.editor().domain(), playlist, feature, ms));
    }

    /** The context spinners (before, after), for tests. */
    public Spinner[] contextSpinners() {
        return new Spinner[] { contextBefore, contextAfter };
    }

    private void showContext() {
        boolean enabled = playlist != null;
        contextBefore.setEnabled(enabled);
        contextAfter.setEnabled(enabled);
        if (enabled) {
            int before = (int) Math.min(CONTEXT_MAX_TENTHS, playlist.getContextBeforeMs() / 100);
            int after = (int) Math.min(CONTEXT_MAX_TENTHS, playlist.getContextAfterMs() / 100);
            if (contextBefore.getSelection() != before) {
                contextBefore.setSelection(before);
            }
            if (contextAfter.getSelection() != after) {
                contextAfter.setSelection(after);
            }
        }
    }

    private Button button(Composite parent, String text, String tooltip, Runnable action) {
        Button button = new Button(parent, SWT.PUSH);
        button.setText(text);
        button.setToolTipText(tooltip);
        button.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        button.addListener(SWT.Selection, e -> action.run());
        return button;
    }

    // ---------------------------------------------------------------- what is shown

    public TableViewer viewer() {
        return viewer;
    }

    public Combo playlistCombo() {
        return playlists;
    }

    /** The playlist shown, or null. */
    public Playlist playlist() {
        return playlist;
    }

    public String nowPlayingText() {
        return nowPlaying.getText();
    }

    public String statusText() {
        return status.getText();
    }

    /** Shows a playlist of the open corpus. */
    public void select(Playlist chosen) {
        playlist = chosen;
        refresh();
    }

    @SuppressWarnings("unchecked")
    public List<Row> rows() {
        Object input = viewer.getInput();
        return input == null ? List.of() : (List<Row>) input;
    }

    private void sessionChanged(WorkbenchSession.Change change) {
        if (change != WorkbenchSession.Change.CORPUS) {
            return;
        }
        if (listenedEditor != null) {
            listenedEditor.removeListener(editorListener);
        }
        listenedEditor = session.editor();
        if (listenedEditor != null) {
            listenedEditor.addListener(editorListener);
        }
        if (playback != null) {
            playback.stop();
        }
        playlist = null;
        refresh();
    }

    private void scheduleRefresh() {
        if (refreshScheduled || isDisposed()) {
            return;
        }
        refreshScheduled = true;
        getDisplay().asyncExec(() -> {
            refreshScheduled = false;
            if (!isDisposed()) {
                refresh();
            }
        });
    }

    /** Reads the playlists and the shown playlist's entries from the model again. */
    public void refresh() {
        CorpusEditor editor = session.editor();
        shownPlaylists = editor == null ? List.of() : List.copyOf(editor.corpus().getPlaylists());
        if (playlist != null && !shownPlaylists.contains(playlist)) {
            playlist = null;
        }
        if (playlist == null && !shownPlaylists.isEmpty()) {
            playlist = shownPlaylists.get(0);
        }
        playlists.setItems(shownPlaylists.stream().map(p -> p.getName() + " (" + p.getEntries().size() + ")")
                .toArray(String[]::new));
        if (playlist != null) {
            playlists.select(shownPlaylists.indexOf(playlist));
        }
        showContext();
        List<Row> rows = new ArrayList<>();
        if (playlist != null) {
            for (PlaylistEntry entry : playlist.getEntries()) {
                try {
                    rows.add(new Row(entry, editor.store().resolve(entry), null));
                } catch (IOException e) {
                    rows.add(new Row(entry, null, e.getMessage()));
                }
            }
        }
        IStructuredSelection selection = viewer.getStructuredSelection();
        viewer.setInput(rows);
        List<Row> keep = new ArrayList<>();
        for (Object selected : selection.toList()) {
            rows.stream().filter(r -> r.entry() == ((Row) selected).entry()).findFirst().ifPresent(keep::add);
        }
        viewer.setSelection(new StructuredSelection(keep));
        if (playback != null && playback.isRunning()) {
            highlight(playback.index());
        }
    }

    static String text(Row row, int column) {
        CodedMoment m = row.moment();
        return switch (column) {
            case 0 -> row.entry().eContainer() instanceof Playlist p ? Integer.toString(p.getEntries().indexOf(row.entry()) + 1)
                    : "";
            case 1 -> String.valueOf(row.entry().getCaseId());
            case 2 -> m == null ? "(missing moment " + row.entry().getMomentId() + ")"
                    : m.getCode() == null ? "" : String.valueOf(m.getCode().getLabel());
            case NOTE -> row.entry().getNote() == null ? "" : row.entry().getNote();
            case 4 -> m == null ? "" : Clip.time(m.getStartMs());
            case 5 -> m == null || m.getEndMs() == m.getStartMs() ? "" : Clip.time(m.getEndMs());
            default -> m == null || m.getCoder() == null ? "" : String.valueOf(m.getCoder().getId());
        };
    }

    // ---------------------------------------------------------------- editing (undoable)

    private boolean execute(Command command) {
        CorpusEditor editor = session.editor();
        return editor != null && editor.execute(command);
    }

    /** Adds a new, empty playlist to the corpus and shows it. */
    public Playlist newPlaylist(String name) {
        Playlist created = Playlists.newPlaylist(name);
        if (execute(AddCommand.create(session.editor().domain(), session.corpus(),
                ModelPackage.Literals.CORPUS__PLAYLISTS, created))) {
            playlist = created;
            refresh();
            return created;
        }
        return null;
    }

    private void askNewPlaylist() {
        if (session.editor() == null) {
            report("Open a corpus first.");
            return;
        }
        IInputValidator unique = text -> text.isBlank() ? "A playlist needs a name"
                : session.editor().store().findPlaylist(text.strip()) != null ? "There is a playlist of that name" : null;
        InputDialog dialog = new InputDialog(getShell(), "New playlist", "Name of the playlist (e.g. the session to review):",
                "", unique);
        if (dialog.open() == InputDialog.OK) {
            newPlaylist(dialog.getValue());
        }
    }

    /**
     * Appends moments to the shown playlist (one undoable step), creating a playlist when the
     * corpus has none.
     *
     * @return what happened, for the status line
     */
    public String addMoments(List<CodedMoment> moments) {
        if (session.editor() == null) {
            return "Open a corpus first.";
        }
        if (moments.isEmpty()) {
            return "Select moments in the Moments table (or move the playhead onto a moment) to add them.";
        }
        if (playlist == null) {
            newPlaylist("Review");
        }
        List<PlaylistEntry> entries = new ArrayList<>();
        for (CodedMoment moment : moments) {
            entries.add(CorpusStore.playlistEntry(moment, null));
        }
        execute(AddCommand.create(session.editor().domain(), playlist, ModelPackage.Literals.PLAYLIST__ENTRIES, entries));
        refresh();
        return "Added " + moments.size() + (moments.size() == 1 ? " moment" : " moments") + " to '" + playlist.getName()
                + "'.";
    }

    public void remove(List<PlaylistEntry> entries) {
        if (!entries.isEmpty() && playlist != null) {
            execute(RemoveCommand.create(session.editor().domain(), playlist, ModelPackage.Literals.PLAYLIST__ENTRIES,
                    entries));
            refresh();
        }
    }

    /** Moves an entry by {@code delta} places. */
    public void move(PlaylistEntry entry, int delta) {
        if (playlist == null) {
            return;
        }
        int to = playlist.getEntries().indexOf(entry) + delta;
        if (to >= 0 && to < playlist.getEntries().size()) {
            execute(MoveCommand.create(session.editor().domain(), playlist, ModelPackage.Literals.PLAYLIST__ENTRIES, entry,
                    to));
            refresh();
        }
    }

    public void setNote(PlaylistEntry entry, String note) {
        String value = note == null || note.isBlank() ? null : note;
        if (!java.util.Objects.equals(value, entry.getNote())) {
            execute(SetCommand.create(session.editor().domain(), entry, ModelPackage.Literals.PLAYLIST_ENTRY__NOTE, value));
            viewer.refresh();
        }
    }

    private List<PlaylistEntry> selectedEntries() {
        List<PlaylistEntry> entries = new ArrayList<>();
        for (Object row : viewer.getStructuredSelection().toList()) {
            entries.add(((Row) row).entry());
        }
        return entries;
    }

    private void moveSelected(int delta) {
        List<PlaylistEntry> selected = selectedEntries();
        if (selected.size() == 1) {
            move(selected.get(0), delta);
        }
    }

    private final class NoteEditing extends EditingSupport {
        NoteEditing() {
            super(viewer);
        }

        @Override
        protected CellEditor getCellEditor(Object element) {
            return new TextCellEditor(viewer.getTable());
        }

        @Override
        protected boolean canEdit(Object element) {
            return session.editor() != null;
        }

        @Override
        protected Object getValue(Object element) {
            String note = ((Row) element).entry().getNote();
            return note == null ? "" : note;
        }

        @Override
        protected void setValue(Object element, Object value) {
            setNote(((Row) element).entry(), (String) value);
        }
    }

    // ---------------------------------------------------------------- playing

    /** The running playback, or null. */
    PlaylistPlayback playback() {
        return playback;
    }

    /** Plays the shown playlist from its first (or selected) moment. */
    public void play() {
        stop();
        if (playlist == null || playlist.getEntries().isEmpty() || session.editor() == null) {
            report("Nothing to play: add moments to a playlist first.");
            return;
        }
        List<ClipPlan.Entry> entries;
        try {
            entries = ClipPlan.read(session.editor().store(), playlist, playlist.getContextBeforeMs(),
                    playlist.getContextAfterMs());
        } catch (IOException e) {
            report(e.getMessage());
            return;
        }
        int first = Math.max(0, viewer.getTable().getSelectionIndex());
        playback = new PlaylistPlayback(session, getDisplay(), entries, this::entryChanged);
        play.setText("Stop");
        playback.show(first);
    }

    public void stop() {
        if (playback != null) {
            playback.stop();
            playback = null;
        }
    }

    private void togglePlay() {
        if (playback != null && playback.isRunning()) {
            stop();
        } else {
            play();
        }
    }

    private void skip(int delta) {
        if (playback != null && playback.isRunning()) {
            playback.show(playback.index() + delta);
        }
    }

    private void entryChanged(int index, ClipPlan.Entry entry, String problem) {
        if (isDisposed()) {
            return;
        }
        if (index < 0) {
            play.setText("Play");
            nowPlaying.setText("");
        } else {
            StringBuilder text = new StringBuilder("▶ ").append(index + 1).append('/').append(rows().size()).append("  ")
                    .append(entry.caseTitle() == null ? entry.caseId() : entry.caseTitle()).append(" — ")
                    .append(entry.code()).append("  ").append(Clip.time(entry.momentStartMs()));
            if (entry.note() != null && !entry.note().isBlank()) {
                text.append("\n").append(entry.note());
            }
            if (problem != null) {
                text.append("\nCannot play it: ").append(problem);
            }
            nowPlaying.setText(text.toString().replace("&", "&&")); // a Label takes & as a mnemonic
            highlight(index);
        }
        layout(true, true);
    }

    private void highlight(int index) {
        if (index >= 0 && index < rows().size()) {
            viewer.setSelection(new StructuredSelection(rows().get(index)), true);
        }
    }

    // ---------------------------------------------------------------- exporting

    private void askExport() {
        if (playlist == null || playlist.getEntries().isEmpty()) {
            report("Nothing to export: add moments to a playlist first.");
            return;
        }
        ExportDialog dialog = new ExportDialog(getShell(), playlist.getName(), session.editor().folder());
        if (dialog.open() == ExportDialog.OK) {
            export(dialog.folder(), dialog.format(), dialog.joinReel());
        }
    }

    /**
     * Exports the shown playlist in a background job; progress shows in the part, Cancel stops
     * it. The entries are read here, on the UI thread; the job only probes and encodes.
     *
     * @return the job (scheduled), or null when there is nothing to export
     */
    public Job export(Path folder, ClipFormat format) {
        return export(folder, format, true);
    }

    /** As {@link #export(Path, ClipFormat)}, with the joined reel only when {@code reel}. */
    public Job export(Path folder, ClipFormat format, boolean reel) {
        if (playlist == null || playlist.getEntries().isEmpty() || session.editor() == null) {
            report("Nothing to export: add moments to a playlist first.");
            return null;
        }
        if (exportJob != null) {
            report("An export is running.");
            return null;
        }
        List<ClipPlan.Entry> entries;
        try {
            entries = ClipPlan.read(session.editor().store(), playlist, playlist.getContextBeforeMs(),
                    playlist.getContextAfterMs());
        } catch (IOException e) {
            report(e.getMessage());
            return null;
        }
        String name = playlist.getName();
        lastResult = null;
        lastError = null;
        Job job = new Job("Exporting the clips of '" + name + "'") {
            @Override
            protected IStatus run(IProgressMonitor monitor) {
                SubMonitor progress = SubMonitor.convert(new BarMonitor(monitor), "Exporting clips", 100);
                try {
                    ClipPlan plan = ClipPlan.probe(name, entries, progress.split(3));
                    lastResult = ClipExporter.export(plan, folder, format, reel, progress.split(97));
                    return Status.OK_STATUS;
                } catch (OperationCanceledException e) {
                    return Status.CANCEL_STATUS;
                } catch (IOException | RuntimeException e) {
                    lastError = e.getMessage();
                    return Status.error(e.getMessage(), e);
                } finally {
                    display.asyncExec(() -> exportDone(folder));
                }
            }
        };
        job.setUser(true);
        exportJob = job;
        showProgress(true);
        progressBar.setSelection(0);
        report("Exporting '" + name + "' to " + folder + " …");
        job.schedule();
        return job;
    }

    /** The files of the last export that completed, or null. */
    public ClipExporter.Result lastResult() {
        return lastResult;
    }

    private void cancelExport() {
        if (exportJob != null) {
            exportJob.cancel();
        }
    }

    private void exportDone(Path folder) {
        exportJob = null;
        if (isDisposed()) {
            return;
        }
        showProgress(false);
        ClipExporter.Result result = lastResult;
        if (result != null) {
            report("Wrote " + result.clips().size() + " clips, "
                    + (result.reel() == null ? "" : "the reel " + result.reel().getFileName() + " and ")
                    + result.index().getFileName() + " to " + folder + ".");
        } else if (lastError != null) {
            report("Export failed: " + lastError);
        } else {
            report("Export cancelled; no half-written file is left.");
        }
    }

    private void showProgress(boolean visible) {
        progressRow.setVisible(visible);
        ((GridData) progressRow.getLayoutData()).exclude = !visible;
        layout(true, true);
    }

    private void report(String text) {
        if (!isDisposed()) {
            status.setText(text == null ? "" : text.replace("&", "&&"));
            layout(true, true);
        }
    }

    /** Forwards the job's progress to the part's bar. */
    private final class BarMonitor extends ProgressMonitorWrapper {
        private double total = 1;
        private double done;
        private long lastUpdate;

        BarMonitor(IProgressMonitor monitor) {
            super(monitor);
        }

        @Override
        public void beginTask(String name, int totalWork) {
            super.beginTask(name, totalWork);
            total = Math.max(1, totalWork);
        }

        @Override
        public void internalWorked(double work) {
            super.internalWorked(work);
            done += work;
            update();
        }

        @Override
        public void worked(int work) {
            internalWorked(work);
        }

        @Override
        public void subTask(String name) {
            super.subTask(name);
            display.asyncExec(() -> report("Exporting " + name + " …"));
        }

        private void update() {
            long now = System.nanoTime();
            if (now - lastUpdate < 100_000_000L) {
                return;
            }
            lastUpdate = now;
            int value = (int) Math.min(1000, 1000 * done / total);
            display.asyncExec(() -> {
                if (!progressBar.isDisposed()) {
                    progressBar.setSelection(value);
                }
            });
        }
    }
}
