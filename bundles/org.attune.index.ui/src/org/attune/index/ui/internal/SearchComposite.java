package org.attune.index.ui.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.attune.index.CorpusIndex;
import org.attune.index.Hit;
import org.attune.index.MomentRecord;
import org.attune.index.QueryAssist;
import org.attune.index.QueryException;
import org.attune.index.SearchOptions;
import org.attune.index.SearchCsv;
import org.attune.index.SearchPlaylists;
import org.attune.index.SearchResult;
import org.attune.model.Case;
import org.attune.model.ModelPackage;
import org.attune.model.Playlist;
import org.attune.ui.CorpusEditor;
import org.attune.ui.WorkbenchSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.dialogs.IInputValidator;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.fieldassist.ComboContentAdapter;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnPixelData;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.TableItem;

/**
 * The Search part's contents: a query field with history and completion (Ctrl+Space), the
 * results (moments, or pairs for THEN and OVERLAPS) in a sortable table, the counts per code,
 * coder and case (a click narrows the query), and "Save as playlist…". Searches run in a
 * cancellable job; double-click or Enter on a hit opens its case at the moment.
 */
public final class SearchComposite extends Composite {

    /** The most hits shown; the total, the facets and a saved playlist always cover every match. */
    public static final int LIMIT = 1000;

    private final WorkbenchSession session;
    private final LiveIndex live;
    private final QueryHistory history;
    private final Combo query;
    private final Button searchButton;
    private final Button saveButton;
    private final Button addButton;
    private final Button exportButton;
    private final Label status;
    private final Label error;
    private final TableViewer results;
    private final Map<String, Table> facets = new java.util.LinkedHashMap<>();
    private final Completion completion;
    private final List<TableColumn> pairColumns = new ArrayList<>();
    private Job searching;
    private SearchResult result;
    private long searches;
    private int sortColumn = -1;
    private int sortDirection = SWT.UP;

    public SearchComposite(Composite parent, WorkbenchSession session, LiveIndex live, QueryHistory history) {
        super(parent, SWT.NONE);
        this.session = session;
        this.live = live;
        this.history = history;
        setLayout(new GridLayout(2, false));

        query = new Combo(this, SWT.DROP_DOWN | SWT.BORDER);
        query.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        query.setToolTipText("A query, e.g. code:\"receiving initiatives\" AND coder:anna\n"
                + "Enter searches, Ctrl+Space completes field names, codes, coders and cases, ↓ shows earlier queries");
        query.setItems(history.queries().toArray(new String[0]));
        query.addListener(SWT.DefaultSelection, e -> search());
        query.addListener(SWT.Modify, e -> error(null));
        searchButton = new Button(this, SWT.PUSH);
        searchButton.setText("Search");
        searchButton.addListener(SWT.Selection, e -> search());

        completion = new Completion(query, new ComboContentAdapter(), (contents, position) -> {
            List<QueryAssist.Proposal> proposals = live.assist().complete(contents, position);
            IContentProposal[] out = new IContentProposal[proposals.size()];
            for (int i = 0; i < out.length; i++) {
                QueryAssist.Proposal p = proposals.get(i);
                out[i] = new ContentProposal(p.query(), p.label(), null, p.caret());
            }
            return out;
        }, KeyStroke.getInstance(SWT.CTRL, ' '), new char[] { ':' });
        completion.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_REPLACE);
        completion.setPropagateKeys(true);

        error = new Label(this, SWT.WRAP);
        error.setFont(JFaceResources.getTextFont());
        error.setForeground(getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData errorData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        errorData.exclude = true;
        error.setLayoutData(errorData);
        error.setVisible(false);

        status = new Label(this, SWT.NONE);
        status.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        setStatus("Type a query and press Enter.");

        SashForm sash = new SashForm(this, SWT.VERTICAL);
        sash.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true, 2, 1));
        results = new TableViewer(sash, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        Table table = results.getTable();
        table.setHeaderVisible(true);
        table.setLinesVisible(true);
        results.setContentProvider(ArrayContentProvider.getInstance());
        column("Case", 80, h -> h.moment().caseId(), false);
        column("Start", 72, h -> time(h.moment().startMs()), false);
        column("End", 72, h -> time(h.moment().endMs()), false);
        column("Coder", 115, h -> h.moment().coder(), false);
        column("Code", 190, h -> h.moment().codeLabel(), false);
        column("Snippet", 260, Hit::snippet, false);
        column("then Start", 72, h -> h.isPair() ? time(h.second().startMs()) : "", true);
        column("then End", 72, h -> h.isPair() ? time(h.second().endMs()) : "", true);
        column("then Coder", 115, h -> h.isPair() ? h.second().coder() : "", true);
        column("then Code", 190, h -> h.isPair() ? h.second().codeLabel() : "", true);
        column("then Snippet", 200, Hit::secondSnippet, true);
        results.setComparator(new HitSorter());
        results.addDoubleClickListener(e -> open((Hit) ((IStructuredSelection) e.getSelection()).getFirstElement()));
        table.addListener(SWT.DefaultSelection, e -> {
            Object hit = results.getStructuredSelection().getFirstElement();
            if (hit instanceof Hit h) {
                open(h);
            }
        });

        Composite facetArea = new Composite(sash, SWT.NONE);
        GridLayout facetLayout = new GridLayout(3, true);
        facetLayout.marginWidth = 0;
        facetArea.setLayout(facetLayout);
        for (String facet : SearchResult.FACETS) {
            Composite holder = new Composite(facetArea, SWT.NONE);
            holder.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
            TableColumnLayout columns = new TableColumnLayout();
            holder.setLayout(columns);
            Table t = new Table(holder, SWT.BORDER | SWT.SINGLE | SWT.FULL_SELECTION | SWT.V_SCROLL);
            t.setHeaderVisible(true);
            TableColumn name = new TableColumn(t, SWT.LEFT);
            name.setText(facet.substring(0, 1).toUpperCase() + facet.substring(1));
            columns.setColumnData(name, new ColumnWeightData(1, 60));
            TableColumn count = new TableColumn(t, SWT.RIGHT);
            count.setText("n");
            columns.setColumnData(count, new ColumnPixelData(45));
            t.setToolTipText("Matches per " + facet + ": click one to narrow the query to it");
            t.addListener(SWT.Selection, e -> {
                if (e.item instanceof TableItem item && item.getData() instanceof String value) {
                    narrow(facet, value);
                }
            });
            facets.put(facet, t);
        }
        sash.setWeights(70, 30);

        Composite buttons = new Composite(this, SWT.NONE);
        GridData buttonsData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        buttonsData.widthHint = 0; // wrap the buttons in a narrow part instead of widening it
        buttons.setLayoutData(buttonsData);
        org.eclipse.swt.layout.RowLayout buttonLayout = new org.eclipse.swt.layout.RowLayout(SWT.HORIZONTAL);
        buttonLayout.wrap = true;
        buttonLayout.marginLeft = 0;
        buttonLayout.marginRight = 0;
        buttonLayout.marginTop = 0;
        buttonLayout.marginBottom = 0;
        buttons.setLayout(buttonLayout);
        saveButton = new Button(buttons, SWT.PUSH);
        saveButton.setText("Save as playlist…");
        saveButton.setToolTipText("Saves every hit (both moments of a pair) as a playlist of the corpus; Edit › Undo takes it back");
        saveButton.setEnabled(false);
        saveButton.addListener(SWT.Selection, e -> savePlaylist());
        addButton = new Button(buttons, SWT.PUSH);
        addButton.setText("Add to playlist…");
        addButton.setToolTipText("Adds the selected hits (none selected: every hit; both moments of a pair) to a playlist"
                + " of the corpus, skipping moments it lists already; Edit › Undo takes it back");
        addButton.setEnabled(false);
        addButton.addListener(SWT.Selection, e -> addToPlaylist());
        exportButton = new Button(buttons, SWT.PUSH);
        exportButton.setText("Export CSV…");
        exportButton.setToolTipText("Writes every hit to a CSV file with the columns of ./attune search (in time order);"
                + " runs in the background and can be cancelled");
        exportButton.setEnabled(false);
        exportButton.addListener(SWT.Selection, e -> exportCsv());

        org.eclipse.swt.widgets.Display display = getDisplay();
        LiveIndex.Listener problems = l -> {
            if (!display.isDisposed()) {
                display.asyncExec(() -> {
                    if (!isDisposed() && l.problem() != null && result == null) {
                        setStatus(l.problem());
                    }
                });
            }
        };
        live.addListener(problems);
        if (live.problem() != null) {
            setStatus(live.problem()); // the workbench's live index was opened before this part
        }
        addListener(SWT.Dispose, e -> {
            live.removeListener(problems); // the live index outlives the part
            if (searching != null) {
                searching.cancel();
            }
        });
        showPairColumns(false);
    }

    private void column(String title, int width, Function<Hit, String> text, boolean pair) {
        TableViewerColumn c = new TableViewerColumn(results, SWT.LEFT);
        c.getColumn().setText(title);
        c.getColumn().setWidth(width);
        c.getColumn().setMoveable(true);
        c.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return text.apply((Hit) element);
            }
        });
        int index = results.getTable().getColumnCount() - 1;
        c.getColumn().setData("width", width);
        c.getColumn().setData("text", text);
        c.getColumn().addListener(SWT.Selection, e -> sortBy(index));
        if (pair) {
            pairColumns.add(c.getColumn());
        }
    }

    private void showPairColumns(boolean show) {
        for (TableColumn c : pairColumns) {
            c.setWidth(show ? (Integer) c.getData("width") : 0);
            c.setResizable(show);
        }
    }

    /** Sorts the hits by a column (again: the other way). */
    public void sortBy(int column) {
        Table table = results.getTable();
        sortDirection = column == sortColumn && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
        sortColumn = column;
        table.setSortColumn(table.getColumn(column));
        table.setSortDirection(sortDirection);
        results.refresh();
    }

    private final class HitSorter extends ViewerComparator {
        @Override
        @SuppressWarnings("unchecked")
        public int compare(Viewer viewer, Object a, Object b) {
            if (sortColumn < 0) {
                return 0; // the index's order: case, then time
            }
            TableColumn c = results.getTable().getColumn(sortColumn);
            Function<Hit, String> text = (Function<Hit, String>) c.getData("text");
            Hit x = (Hit) a;
            Hit y = (Hit) b;
            int order = switch (sortColumn) {
            case 1 -> Long.compare(x.moment().startMs(), y.moment().startMs());
            case 2 -> Long.compare(x.moment().endMs(), y.moment().endMs());
            case 6 -> Long.compare(start(x.second()), start(y.second()));
            case 7 -> Long.compare(end(x.second()), end(y.second()));
            default -> String.CASE_INSENSITIVE_ORDER.compare(text.apply(x), text.apply(y));
            };
            if (order == 0) {
                order = Comparator.comparing((Hit h) -> h.moment().caseId())
                        .thenComparingLong(h -> h.moment().startMs()).compare(x, y);
            }
            return sortDirection == SWT.UP ? order : -order;
        }

        private long start(MomentRecord m) {
            return m == null ? 0 : m.startMs();
        }

        private long end(MomentRecord m) {
            return m == null ? 0 : m.endMs();
        }
    }

    /** {@code m:ss.mmm}, hours when needed. */
    static String time(long ms) {
        long s = ms / 1000;
        String t = String.format("%d:%02d.%03d", s / 60 % 60, s % 60, ms % 1000);
        return s >= 3600 ? (s / 3600) + ":" + (t.length() < 9 ? "0" : "") + t : t;
    }

    public Combo query() {
        return query;
    }

    /** The status line; its tooltip holds the whole text, which a narrow part cuts off. */
    private void setStatus(String text) {
        status.setText(text);
        status.setToolTipText(text);
    }

    public TableViewer results() {
        return results;
    }

    public Table facet(String name) {
        return facets.get(name);
    }

    public Label status() {
        return status;
    }

    public Label error() {
        return error;
    }

    public ContentProposalAdapter completion() {
        return completion;
    }

    /** The last result shown, or null. */
    public SearchResult result() {
        return result;
    }

    /** How many searches finished (shown or failed): tests wait for it. */
    public long searches() {
        return searches;
    }

    /** Runs the query in the field. */
    public void search() {
        search(query.getText());
    }

    /** Runs a query in the background (a running search is cancelled); the results show when done. */
    public void search(String text) {
        if (searching != null) {
            searching.cancel();
        }
        completion.close(); // a list left open would cover the status line
        if (!text.equals(query.getText())) {
            query.setText(text);
        }
        if (text.isBlank()) {
            return;
        }
        history.add(text);
        query.setItems(history.queries().toArray(new String[0]));
        query.setText(text);
        query.setSelection(new Point(text.length(), text.length()));
        setStatus("Searching…");
        Job job = Job.create("Searching: " + text, (org.eclipse.core.runtime.jobs.IJobFunction) monitor -> run(text, monitor));
        job.setUser(false);
        searching = job;
        job.schedule();
    }

    private IStatus run(String text, IProgressMonitor monitor) {
        try {
            CorpusIndex index = live.await(monitor);
            SearchResult found = index.search(text, new SearchOptions(LIMIT, SearchOptions.Order.TIME, true), monitor);
            ui(() -> show(found));
            return Status.OK_STATUS;
        } catch (QueryException e) {
            ui(() -> {
                searches++;
                error(e);
            });
            return Status.OK_STATUS;
        } catch (OperationCanceledException | InterruptedException e) {
            return Status.CANCEL_STATUS;
        } catch (IOException | RuntimeException e) {
            ui(() -> {
                searches++;
                setStatus("Cannot search: " + e.getMessage());
            });
            return Status.OK_STATUS;
        }
    }

    private void ui(Runnable r) {
        if (!isDisposed()) {
            getDisplay().asyncExec(() -> {
                if (!isDisposed()) {
                    r.run();
                }
            });
        }
    }

    private void show(SearchResult found) {
        result = found;
        searches++;
        error(null);
        showPairColumns(found.pairs());
        results.setInput(found.hits());
        String what = found.pairs() ? (found.total() == 1 ? "pair" : "pairs") : found.total() == 1 ? "moment" : "moments";
        StringBuilder s = new StringBuilder().append(found.total()).append(' ').append(what);
        if (found.hits().size() < found.total()) {
            s.append(" (showing ").append(found.hits().size()).append(")");
        }
        s.append(" · ").append(found.tookMs()).append(" ms · double-click a hit to open it");
        setStatus(s.toString());
        for (Map.Entry<String, Table> facet : facets.entrySet()) {
            Table t = facet.getValue();
            t.removeAll();
            for (Map.Entry<String, Integer> count : found.facets().getOrDefault(facet.getKey(), Map.of()).entrySet()) {
                TableItem item = new TableItem(t, SWT.NONE);
                item.setText(new String[] { count.getKey(), String.valueOf(count.getValue()) });
                item.setData(count.getKey());
            }
        }
        saveButton.setEnabled(found.total() > 0 && session.editor() != null);
        addButton.setEnabled(found.total() > 0 && session.editor() != null);
        exportButton.setEnabled(found.total() > 0);
        layout(true, true);
    }

    /** Shows a query error with its position (the caret goes there) and fix; null hides it. */
    private void error(QueryException e) {
        GridData data = (GridData) error.getLayoutData();
        if (e == null) {
            if (error.getVisible()) {
                error.setVisible(false);
                data.exclude = true;
                layout(true, true);
            }
            return;
        }
        error.setText(e.getMessage());
        error.setVisible(true);
        data.exclude = false;
        setStatus("The query cannot be read.");
        query.setFocus();
        query.setSelection(new Point(e.position(), e.position()));
        layout(true, true);
    }

    /** Narrows the query to a facet's value and searches. */
    public void narrow(String facet, String value) {
        String base = result != null ? result.query() : query.getText();
        search(QueryAssist.narrow(base, facet, value));
    }

    /** Opens the hit's case in the workbench and moves the playhead (and the video) to the moment's start. */
    public boolean open(Hit hit) {
        if (hit == null || session.corpus() == null) {
            return false;
        }
        for (Case c : session.corpus().getCases()) {
            if (hit.moment().caseId().equals(c.getId())) {
                if (session.currentCase() != c) {
                    session.openCase(c);
                }
                session.playhead().seek(hit.moment().startMs());
                setStatus("Opened " + c.getId() + " at " + time(hit.moment().startMs()));
                return true;
            }
        }
        setStatus("The case " + hit.moment().caseId() + " is not in the open corpus.");
        return false;
    }

    private void savePlaylist() {
        if (result == null || session.editor() == null) {
            return;
        }
        completion.close();
        CorpusEditor editor = session.editor();
        String suggestion = result.query().length() > 60 ? result.query().substring(0, 60) : result.query();
        IInputValidator unique = name -> name.isBlank() ? "Give the playlist a name."
                : editor.store().findPlaylist(name.strip()) != null ? "The corpus has a playlist of that name." : null;
        InputDialog dialog = new InputDialog(getShell(), "Save as playlist",
                "Name of the playlist (" + result.total() + (result.pairs() ? " pairs" : " moments") + "):", suggestion,
                unique);
        if (dialog.open() != InputDialog.OK) {
            return;
        }
        try {
            savePlaylist(dialog.getValue().strip());
        } catch (IOException | QueryException e) {
            MessageDialog.openError(getShell(), "Save as playlist", e.getMessage());
        }
    }

    /**
     * Adds the current result (every match, not only those shown) as a playlist to the corpus,
     * as one command on its editing domain: undoable, saved with the corpus.
     */
    public Playlist savePlaylist(String name) throws IOException, QueryException {
        CorpusEditor editor = session.editor();
        if (result == null || editor == null) {
            throw new IOException("search the open corpus first");
        }
        if (editor.store().findPlaylist(name) != null) {
            throw new IOException("the corpus already has a playlist '" + name + "'");
        }
        Playlist playlist = SearchPlaylists.create(name, result.query(), allHits(), cases(editor));
        if (!editor.execute(AddCommand.create(editor.domain(), editor.corpus(), ModelPackage.Literals.CORPUS__PLAYLISTS,
                playlist))) {
            throw new IOException("the playlist could not be added to the corpus");
        }
        setStatus("Saved the playlist '" + name + "' (" + playlist.getEntries().size() + " moments); save the corpus to keep it.");
        return playlist;
    }

    /** Every match of the current result, not only the rows shown. */
    private List<Hit> allHits() throws IOException, QueryException {
        if (result.total() <= result.hits().size()) {
            return result.hits();
        }
        CorpusIndex index = live.index();
        if (index == null) {
            throw new IOException("the search index is not open");
        }
        return index.search(result.query(),
                new SearchOptions((int) Math.min(Integer.MAX_VALUE, result.total()), SearchOptions.Order.TIME, false),
                null).hits();
    }

    private static SearchPlaylists.Cases cases(CorpusEditor editor) {
        return id -> {
            for (Case c : editor.corpus().getCases()) {
                if (id.equals(c.getId())) {
                    return c;
                }
            }
            return null;
        };
    }

    /** The selected hits in the table's order; empty when none is selected. */
    private List<Hit> selectedHits() {
        List<Hit> selected = new ArrayList<>();
        for (TableItem item : results.getTable().getSelection()) {
            if (item.getData() instanceof Hit hit) {
                selected.add(hit);
            }
        }
        return selected;
    }

    /** What "Add to playlist…" did: the playlist, how many moments it added and skipped, whether it made it. */
    public record Added(Playlist playlist, int added, int skipped, boolean created) {
    }

    private void addToPlaylist() {
        if (result == null || session.editor() == null) {
            return;
        }
        completion.close();
        int selected = selectedHits().size();
        String what = selected > 0 ? "the " + selected + " selected " + (selected == 1 ? "hit" : "hits")
                : "every hit (" + result.total() + (result.pairs() ? " pairs" : " moments") + ")";
        PlaylistChoiceDialog dialog = new PlaylistChoiceDialog(getShell(), what,
                List.copyOf(session.editor().corpus().getPlaylists()));
        if (dialog.open() != PlaylistChoiceDialog.OK || dialog.chosen() == null) {
            return;
        }
        try {
            addToPlaylist(dialog.chosen());
        } catch (IOException | QueryException e) {
            MessageDialog.openError(getShell(), PlaylistChoiceDialog.TITLE, e.getMessage());
        }
    }

    /**
     * Adds the selected hits (with none selected: every match, not only those shown) to the
     * corpus's playlist of this name, or to a new one, as one command on the corpus's editing
     * domain. Moments the playlist lists already are skipped; a pair adds both its moments.
     */
    public Added addToPlaylist(String name) throws IOException, QueryException {
        CorpusEditor editor = session.editor();
        if (result == null || editor == null) {
            throw new IOException("search the open corpus first");
        }
        List<Hit> selected = selectedHits();
        List<Hit> hits = selected.isEmpty() ? allHits() : selected;
        Playlist existing = editor.store().findPlaylist(name);
        Added added;
        if (existing == null) {
            // only a playlist of every match is described by the query
            Playlist playlist = SearchPlaylists.create(name, selected.isEmpty() ? result.query() : null, hits, cases(editor));
            if (!editor.execute(AddCommand.create(editor.domain(), editor.corpus(), ModelPackage.Literals.CORPUS__PLAYLISTS,
                    playlist))) {
                throw new IOException("the playlist could not be added to the corpus");
            }
            added = new Added(playlist, playlist.getEntries().size(), 0, true);
        } else {
            SearchPlaylists.Additions additions = SearchPlaylists.additions(existing, hits, cases(editor));
            if (!additions.entries().isEmpty() && !editor.execute(AddCommand.create(editor.domain(), existing,
                    ModelPackage.Literals.PLAYLIST__ENTRIES, additions.entries()))) {
                throw new IOException("the moments could not be added to the playlist '" + name + "'");
            }
            added = new Added(existing, additions.entries().size(), additions.skipped(), false);
        }
        StringBuilder text = new StringBuilder("Added ").append(added.added()).append(added.added() == 1 ? " moment" : " moments")
                .append(" to ").append(added.created() ? "the new playlist '" : "'").append(name).append("'");
        if (added.skipped() > 0) {
            text.append(", skipped ").append(added.skipped()).append(" already listed");
        }
        text.append(added.added() > 0 ? "; save the corpus to keep it." : ".");
        setStatus(text.toString());
        return added;
    }

    private void exportCsv() {
        if (result == null) {
            return;
        }
        org.eclipse.swt.widgets.FileDialog dialog = new org.eclipse.swt.widgets.FileDialog(getShell(), SWT.SAVE);
        dialog.setText("Export the search results as CSV");
        dialog.setFilterExtensions(new String[] { "*.csv", "*" });
        dialog.setFileName("search-results.csv");
        dialog.setFilterPath(session.editor() != null ? session.editor().folder().toString()
                : System.getProperty("user.home"));
        dialog.setOverwrite(true);
        String chosen = dialog.open();
        if (chosen != null) {
            exportCsv(java.nio.file.Path.of(chosen));
        }
    }

    /**
     * Writes every match of the current result (not only the rows shown) to a CSV file with the
     * columns of {@code ./attune search}, in a cancellable background job; the file is replaced
     * atomically, so a cancelled or failed export leaves it as it was. The status line says how it went.
     */
    public Job exportCsv(java.nio.file.Path file) {
        SearchResult shown = result;
        if (shown == null) {
            throw new IllegalStateException("search first");
        }
        setStatus("Exporting " + shown.total() + (shown.pairs() ? " pairs" : " moments") + " to " + file + "…");
        Job job = Job.create("Exporting the search results to " + file.getFileName(),
                (org.eclipse.core.runtime.jobs.IJobFunction) monitor -> {
                    SubMonitor progress = SubMonitor.convert(monitor, 10);
                    try {
                        List<Hit> hits = shown.hits();
                        if (shown.total() > hits.size()) {
                            CorpusIndex index = live.await(progress.split(1));
                            hits = index.search(shown.query(), new SearchOptions(
                                    (int) Math.min(Integer.MAX_VALUE, shown.total()), SearchOptions.Order.TIME, true),
                                    progress.split(2)).hits();
                        }
                        progress.setWorkRemaining(7);
                        SearchCsv.write(file, hits, shown.pairs(), progress.split(7));
                        int rows = hits.size();
                        ui(() -> setStatus("Exported " + rows + (rows == 1 ? " row" : " rows") + " to " + file));
                        return Status.OK_STATUS;
                    } catch (OperationCanceledException | InterruptedException e) {
                        ui(() -> setStatus("Export cancelled: " + file + " was not changed."));
                        return Status.CANCEL_STATUS;
                    } catch (IOException | QueryException | RuntimeException e) {
                        ui(() -> setStatus("Cannot export: " + e.getMessage()));
                        return Status.warning("Cannot export the search results: " + e.getMessage(), e);
                    }
                });
        job.setUser(true);
        job.schedule();
        return job;
    }

    /** The completion of the query field, which can be closed when a search or a dialog starts. */
    static final class Completion extends ContentProposalAdapter {
        Completion(Combo control, ComboContentAdapter adapter, org.eclipse.jface.fieldassist.IContentProposalProvider provider,
                KeyStroke keyStroke, char[] autoActivation) {
            super(control, adapter, provider, keyStroke, autoActivation);
        }

        void close() {
            closeProposalPopup();
        }
    }
}
