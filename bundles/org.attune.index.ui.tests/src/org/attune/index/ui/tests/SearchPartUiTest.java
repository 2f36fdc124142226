package org.attune.index.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.attune.index.Hit;
import org.attune.index.SearchOptions;
import org.attune.index.SearchResult;
import org.attune.index.ui.internal.LiveIndex;
import org.attune.index.ui.internal.QueryHistory;
import org.attune.index.ui.internal.SearchComposite;
import org.attune.index.ui.internal.SearchPart;
import org.attune.model.Case;
import org.attune.model.CodedMoment;
import org.attune.model.ModelPackage;
import org.attune.model.Playlist;
import org.attune.model.store.CorpusStore;
import org.attune.schemes.DemoCorpus;
import org.attune.ui.CorpusEditor;
import org.attune.ui.WorkbenchSession;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.model.application.ui.basic.MBasicFactory;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Search part made through e4 injection in a real SWT shell (Xvfb in the build), on the demo
 * corpus with a real Lucene index on disk: search, facets, sorting, pairs, errors, completion,
 * double-click to the moment, near-real-time indexing of a moment added through the editing
 * domain, and playlists saved with the corpus.
 */
class SearchPartUiTest {

    @TempDir
    Path dir;

    private Display display;
    private Shell shell;
    private IEclipseContext context;
    private final WorkbenchSession session = new WorkbenchSession();

    @AfterEach
    void close() {
        if (context != null) {
            context.dispose(); // @PreDestroy: the part closes its index
        }
        if (shell != null) {
            shell.dispose();
        }
        if (session.editor() != null) {
            session.editor().close();
        }
    }

    private SearchPart part() {
        IEclipseContext partContext = context.createChild("search " + System.nanoTime());
        Composite holder = new Composite(shell, SWT.NONE);
        partContext.set(Composite.class, holder);
        partContext.set(MPart.class, MBasicFactory.INSTANCE.createPart());
        SearchPart part = ContextInjectionFactory.make(SearchPart.class, partContext);
        shell.layout(true, true);
        return part;
    }

    private void spinUntil(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 20_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                throw new AssertionError("timed out waiting: " + what);
            }
            if (!display.readAndDispatch()) {
                display.timerExec(10, () -> { });
                display.sleep();
            }
        }
        while (display.readAndDispatch()) {
            // settle
        }
    }

    private SearchResult search(SearchComposite search, String query) {
        long before = search.searches();
        search.query().setText(query);
        search.query().notifyListeners(SWT.DefaultSelection, new Event()); // Enter
        spinUntil(() -> search.searches() > before, "the search of " + query);
        return search.result();
    }

    private Path openDemo() throws Exception {
        Path demo = dir.resolve("demo");
        DemoCorpus.create(demo, 30, false, new NullProgressMonitor());
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setLayout(new FillLayout());
        shell.setBounds(0, 0, 1000, 700);
        context = EclipseContextFactory.create("search test");
        context.set(WorkbenchSession.class, session);
        shell.open();
        session.openCorpus(demo);
        return demo;
    }

    private static Case caseOf(WorkbenchSession session, String id) {
        return session.corpus().getCases().stream().filter(c -> id.equals(c.getId())).findFirst().orElseThrow();
    }

    @Test
    void searchTheDemoCorpusNarrowSortOpenAHit() throws Exception {
        openDemo();
        session.openCase(caseOf(session, DemoCorpus.CASE_VIG));
        SearchPart part = part();
        SearchComposite search = part.search();
        spinUntil(() -> part.live().index() != null, "the index opens");

        // every moment of the VIPP-SD case, as the model has them
        Case vipp = caseOf(session, DemoCorpus.CASE_VIPP_SD);
        SearchResult all = search(search, "case:" + DemoCorpus.CASE_VIPP_SD);
        assertNull(search.error().getVisible() ? search.error().getText() : null);
        assertEquals(vipp.getMoments().size(), all.total());
        Table table = search.results().getTable();
        assertEquals(all.hits().size(), table.getItemCount());
        assertTrue(search.status().getText().startsWith(all.total() + " moments"), search.status().getText());

        // the facets count every match; a click on one narrows the query to it
        Table codes = search.facet("code");
        int sum = 0;
        for (TableItem item : codes.getItems()) {
            sum += Integer.parseInt(item.getText(1));
        }
        assertEquals(all.total(), sum);
        TableItem annaItem = Arrays.stream(search.facet("coder").getItems())
                .filter(i -> i.getText(0).equals("Anna (coder 1)")).findFirst().orElseThrow();
        int annas = Integer.parseInt(annaItem.getText(1));
        long expectedAnna = vipp.getMoments().stream().filter(m -> m.getCoder().getId().equals("anna")).count();
        assertEquals(expectedAnna, annas);
        long before = search.searches();
        Event click = new Event();
        click.item = annaItem;
        search.facet("coder").notifyListeners(SWT.Selection, click);
        spinUntil(() -> search.searches() > before, "the narrowed search");
        assertEquals("(case:" + DemoCorpus.CASE_VIPP_SD + ") AND coder:\"Anna (coder 1)\"", search.query().getText());
        assertEquals(annas, search.result().total());

        // sort by start, then the other way
        search.sortBy(1);
        long previous = -1;
        for (TableItem item : table.getItems()) {
            long start = ((Hit) item.getData()).moment().startMs();
            assertTrue(start >= previous, "ascending by start");
            previous = start;
        }
        search.sortBy(1);
        assertEquals(SWT.DOWN, table.getSortDirection());
        Hit last = (Hit) table.getItem(0).getData();
        assertTrue(last.moment().startMs() >= ((Hit) table.getItem(table.getItemCount() - 1).getData()).moment().startMs());

        // double-click (Enter) on a hit of another case: that case opens at the moment
        assertEquals(DemoCorpus.CASE_VIG, session.currentCase().getId());
        table.setSelection(0);
        search.results().setSelection(search.results().getSelection());
        table.notifyListeners(SWT.DefaultSelection, new Event());
        assertEquals(DemoCorpus.CASE_VIPP_SD, session.currentCase().getId());
        assertEquals(last.moment().startMs(), session.playhead().positionMs());

        // a sequence shows pairs, with the second moment's columns
        SearchResult pairs = search(search, "coder:anna THEN coder:ben WITHIN 2s");
        assertTrue(pairs.pairs());
        assertTrue(pairs.total() > 0);
        assertTrue(table.getColumn(8).getWidth() > 0, "the second moment's coder column shows");
        Hit pair = (Hit) table.getItem(0).getData();
        assertEquals(pair.second().coder(), table.getItem(0).getText(8));
        search(search, "case:" + DemoCorpus.CASE_VIG);
        assertEquals(0, table.getColumn(8).getWidth(), "single moments hide the pair columns");

        // a query that cannot be read: position and fix, the caret at the position
        search(search, "code:\"receiving initiatives AND coder:anna");
        assertTrue(search.error().isVisible());
        assertTrue(search.error().getText().contains("position 6: this quote is never closed"), search.error().getText());
        assertTrue(search.error().getText().contains("fix: add a closing \""), search.error().getText());
        assertEquals(5, search.query().getSelection().x);
        search(search, "coders:anna");
        assertTrue(search.error().getText().contains("did you mean 'coder'?"), search.error().getText());

        // completion: field names, and the corpus's coders and code labels
        IContentProposal[] fields = search.completion().getContentProposalProvider().getProposals("cod", 3);
        assertEquals(List.of("coder:", "code:"), Arrays.stream(fields).map(IContentProposal::getLabel).toList());
        IContentProposal[] coders = search.completion().getContentProposalProvider().getProposals("coder:b", 7);
        assertEquals("coder:\"Ben (coder 2)\" ", coders[0].getContent());
        String label = vipp.getMoments().get(0).getCode().getLabel();
        IContentProposal[] labels = search.completion().getContentProposalProvider()
                .getProposals("code:" + label.substring(0, 3), 8);
        assertTrue(Arrays.stream(labels).anyMatch(p -> p.getLabel().equals("code:" + label)), label);

        // the history is kept for the next start
        List<String> history = new QueryHistory(SearchPart.historyFile()).queries();
        assertEquals("coders:anna", history.get(0));
        assertTrue(history.contains("coder:anna THEN coder:ben WITHIN 2s"));
        SearchPart again = part();
        assertEquals("coders:anna", again.search().query().getItem(0));
    }

    @Test
    void aMomentCodedNowIsFoundWithinASecond() throws Exception {
        openDemo();
        SearchPart part = part();
        spinUntil(() -> part.live().index() != null, "the index opens");
        assertEquals(0, search(part.search(), "note:zebra").total());

        CorpusEditor editor = session.editor();
        Case theCase = caseOf(session, DemoCorpus.CASE_VIG);
        // the first edit after opening also loads and compiles Lucene's update path; the second is
        // what coding feels like. Both must be found; the second within a second (even on a busy machine)
        long[] ms = new long[2];
        String[] words = {"giraffe", "zebra"};
        for (int i = 0; i < 2; i++) {
            CodedMoment moment = org.attune.model.ModelFactory.eINSTANCE.createCodedMoment();
            moment.setCode(theCase.getScheme().allCodes().get(0));
            moment.setCoder(session.corpus().getCoders().get(0));
            moment.setStartMs(12_345 + i);
            moment.setEndMs(13_000);
            moment.setNote("the " + words[i] + " puzzle");
            long updates = part.live().updates();
            long t0 = System.nanoTime();
            assertTrue(editor.execute(AddCommand.create(editor.domain(), theCase, ModelPackage.Literals.CASE__MOMENTS,
                    moment)));
            String query = "note:" + words[i];
            spinUntil(() -> {
                try {
                    return part.live().index().search(query, SearchOptions.defaults(), null).total() == 1;
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }, "the new moment is found");
            ms[i] = (System.nanoTime() - t0) / 1_000_000;
            spinUntil(() -> part.live().updates() > updates, "the update job counts its batch");
        }
        System.out.println("a moment added through the editing domain was found after " + ms[0] + " ms (first edit), "
                + ms[1] + " ms (second)");
        // the 1 s target is measured on an idle machine (docs/benchmarks.md, Search); this bound only
        // catches an index that stopped following the model, not a slow, busy CI machine
        assertTrue(ms[1] < 5000, "found after " + ms[1] + " ms");
        SearchResult found = search(part.search(), "note:zebra");
        assertEquals(12_346, found.hits().get(0).moment().startMs());

        // undo takes it out of the index again
        editor.undo();
        spinUntil(() -> {
            try {
                return part.live().index().search("note:zebra", SearchOptions.defaults(), null).total() == 0;
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        }, "the undone moment is gone");
    }

    @Test
    void resultsAreSavedAsAnUndoablePlaylistOfTheCorpus() throws Exception {
        Path demo = openDemo();
        SearchPart part = part();
        spinUntil(() -> part.live().index() != null, "the index opens");
        String query = "coder:anna THEN coder:ben WITHIN 2s";
        SearchResult result = search(part.search(), query);
        assertTrue(result.total() > 0);
        Playlist playlist = part.search().savePlaylist("Anna then Ben");
        CorpusEditor editor = session.editor();
        assertTrue(editor.corpus().getPlaylists().contains(playlist));
        assertEquals(query, playlist.getQuery());
        java.util.Set<String> moments = new java.util.LinkedHashSet<>();
        for (Hit hit : result.hits()) {
            moments.add(hit.moment().caseId() + "/" + hit.moment().momentId());
            moments.add(hit.second().caseId() + "/" + hit.second().momentId());
        }
        assertEquals(result.total(), result.hits().size(), "every pair is shown");
        assertEquals(List.copyOf(moments), playlist.getEntries().stream().map(e -> e.getCaseId() + "/" + e.getMomentId())
                .toList(), "both moments of each pair, in hit order");
        assertTrue(editor.isDirty());
        editor.undo();
        assertFalse(editor.corpus().getPlaylists().contains(playlist));
        editor.redo();
        editor.save();
        try (CorpusStore store = CorpusStore.open(demo)) {
            Playlist saved = store.findPlaylist("Anna then Ben");
            assertNotNull(saved, "saved with the corpus");
            assertEquals(playlist.getEntries().size(), saved.getEntries().size());
            Hit first = result.hits().get(0);
            CodedMoment resolved = store.resolve(saved.getEntries().get(0));
            assertEquals(first.moment().startMs(), resolved.getStartMs());
            assertEquals(first.moment().caseId(), saved.getEntries().get(0).getCaseId());
        }
    }

    private void post(Event event) {
        assertTrue(display.post(event), "the X server took the event");
    }

    /** A real mouse click (through the X server) in the middle of a control, or at a point of it. */
    private void click(org.eclipse.swt.widgets.Control control, int x, int y) {
        org.eclipse.swt.graphics.Point at = control.toDisplay(x, y);
        Event move = new Event();
        move.type = SWT.MouseMove;
        move.x = at.x;
        move.y = at.y;
        post(move);
        for (int type : new int[] { SWT.MouseDown, SWT.MouseUp }) {
            Event e = new Event();
            e.type = type;
            e.button = 1;
            post(e);
        }
    }

    private void press(int keyCode, char character) {
        for (int type : new int[] { SWT.KeyDown, SWT.KeyUp }) {
            Event e = new Event();
            e.type = type;
            e.keyCode = keyCode;
            e.character = character;
            post(e);
        }
    }

    private static Shell dialogNamed(Display display, String title) {
        for (Shell s : display.getShells()) {
            if (!s.isDisposed() && s.isVisible() && title.equals(s.getText())) {
                return s;
            }
        }
        return null;
    }

    private static <T> T find(org.eclipse.swt.widgets.Control control, Class<T> type) {
        if (type.isInstance(control)) {
            return type.cast(control);
        }
        if (control instanceof Composite composite) {
            for (org.eclipse.swt.widgets.Control child : composite.getChildren()) {
                T found = find(child, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static List<String> entries(Playlist playlist) {
        return playlist.getEntries().stream().map(e -> e.getCaseId() + "/" + e.getMomentId()).toList();
    }

    @Test
    void hitsAreAddedToAnExistingPlaylistOnceAndUndoably() throws Exception {
        Path demo = openDemo();
        SearchPart part = part();
        SearchComposite search = part.search();
        spinUntil(() -> part.live().index() != null, "the index opens");
        CorpusEditor editor = session.editor();
        Case vig = caseOf(session, DemoCorpus.CASE_VIG);
        long annas = vig.getMoments().stream().filter(m -> m.getCoder().getId().equals("anna")).count();
        assertTrue(annas > 0 && annas < vig.getMoments().size());

        SearchResult anna = search(search, "case:" + DemoCorpus.CASE_VIG + " AND coder:anna");
        assertEquals(annas, anna.total());
        Playlist review = search.savePlaylist("Review");
        assertEquals(annas, review.getEntries().size());

        // every moment of the case, through the dialog with the real mouse and keyboard:
        // click "Add to playlist…", click the playlist in the list, Enter
        SearchResult all = search(search, "case:" + DemoCorpus.CASE_VIG);
        assertEquals(vig.getMoments().size(), all.total());
        org.eclipse.swt.widgets.Button add = Arrays.stream(allButtons(search))
                .filter(b -> b.getText().equals("Add to playlist…")).findFirst().orElseThrow();
        assertTrue(add.isEnabled());
        shell.forceActive();
        spinUntil(() -> true, "settle");
        boolean[] answered = new boolean[1];
        Runnable[] answer = new Runnable[1];
        answer[0] = () -> {
            Shell dialog = dialogNamed(display, "Add to playlist");
            if (dialog == null) {
                display.timerExec(50, answer[0]);
                return;
            }
            dialog.forceActive();
            org.eclipse.swt.widgets.List list = find(dialog, org.eclipse.swt.widgets.List.class);
            assertEquals(1, list.getItemCount());
            assertTrue(list.getItem(0).startsWith("Review  (" + annas + " moment"), list.getItem(0));
            click(list, 20, list.getItemHeight() / 2);
            answered[0] = true;
            display.timerExec(300, () -> press(SWT.CR, '\r'));
        };
        display.timerExec(50, answer[0]);
        click(add, add.getSize().x / 2, add.getSize().y / 2);
        spinUntil(() -> answered[0] && dialogNamed(display, "Add to playlist") == null
                && review.getEntries().size() > annas, "the dialog adds the moments");
        assertEquals(vig.getMoments().size(), review.getEntries().size());
        assertEquals(vig.getMoments().size(), new java.util.HashSet<>(entries(review)).size(), "no moment twice");
        long others = vig.getMoments().size() - annas;
        assertTrue(search.status().getText().startsWith("Added " + others + " moment"), search.status().getText());
        assertTrue(search.status().getText().contains("skipped " + annas + " already listed"), search.status().getText());

        // again: nothing new, and no command on the stack
        List<String> before = entries(review);
        SearchComposite.Added again = search.addToPlaylist("Review");
        assertEquals(0, again.added());
        assertEquals(vig.getMoments().size(), again.skipped());
        assertEquals(before, entries(review));

        // one undo takes the whole addition back, redo brings it again
        editor.undo();
        assertEquals(annas, review.getEntries().size());
        editor.redo();
        assertEquals(before, entries(review));

        // the selected pair only: both its moments; a new name makes a playlist (without the query: a selection)
        search(search, "coder:anna THEN coder:ben WITHIN 2s");
        Table table = search.results().getTable();
        table.setSelection(0);
        Hit pair = (Hit) table.getItem(0).getData();
        SearchComposite.Added fresh = search.addToPlaylist("One pair");
        assertTrue(fresh.created());
        assertEquals(List.of(pair.moment().caseId() + "/" + pair.moment().momentId(),
                pair.second().caseId() + "/" + pair.second().momentId()), entries(fresh.playlist()));
        assertNull(fresh.playlist().getQuery());

        editor.save();
        try (CorpusStore store = CorpusStore.open(demo)) {
            assertEquals(before, entries(store.findPlaylist("Review")));
            assertEquals(entries(fresh.playlist()), entries(store.findPlaylist("One pair")));
            CodedMoment last = store.resolve(store.findPlaylist("Review").getEntries().get(before.size() - 1));
            assertEquals(DemoCorpus.CASE_VIG, last.getCase().getId());
        }
    }

    @Test
    void resultsAreExportedAsCsvInABackgroundJob() throws Exception {
        openDemo();
        SearchPart part = part();
        SearchComposite search = part.search();
        spinUntil(() -> part.live().index() != null, "the index opens");
        Path file = dir.resolve("out").resolve("hits.csv");
        java.nio.file.Files.createDirectories(file.getParent());

        SearchResult all = search(search, "case:" + DemoCorpus.CASE_VIG);
        org.eclipse.core.runtime.jobs.Job job = search.exportCsv(file);
        spinUntil(() -> job.getState() == org.eclipse.core.runtime.jobs.Job.NONE, "the export job");
        assertTrue(job.getResult().isOK(), job.getResult().toString());
        List<String> lines = java.nio.file.Files.readAllLines(file);
        assertEquals("case,start_ms,end_ms,coder,code,snippet", lines.get(0));
        assertEquals(all.total() + 1, lines.size(), "a header and every match");
        Hit first = all.hits().get(0);
        assertTrue(lines.get(1).startsWith(DemoCorpus.CASE_VIG + "," + first.moment().startMs() + ","
                + first.moment().endMs() + ","), lines.get(1));
        assertEquals("Exported " + all.total() + " rows to " + file, search.status().getText());

        SearchResult pairs = search(search, "coder:anna THEN coder:ben WITHIN 2s");
        org.eclipse.core.runtime.jobs.Job pairJob = search.exportCsv(file);
        spinUntil(() -> pairJob.getState() == org.eclipse.core.runtime.jobs.Job.NONE, "the export job");
        lines = java.nio.file.Files.readAllLines(file);
        assertEquals(String.join(",", org.attune.index.SearchCsv.PAIR_HEADER), lines.get(0));
        assertEquals(pairs.total() + 1, lines.size());
        Hit pair = pairs.hits().get(0);
        assertTrue(lines.get(1).contains("," + pair.second().startMs() + "," + pair.second().endMs() + ","), lines.get(1));
        try (var files = java.nio.file.Files.list(file.getParent())) {
            assertEquals(List.of(file), files.toList(), "written in place, no temporary file left");
        }
    }

    private static org.eclipse.swt.widgets.Button[] allButtons(Composite root) {
        List<org.eclipse.swt.widgets.Button> out = new java.util.ArrayList<>();
        java.util.ArrayDeque<org.eclipse.swt.widgets.Control> todo = new java.util.ArrayDeque<>(List.of(root));
        while (!todo.isEmpty()) {
            org.eclipse.swt.widgets.Control c = todo.pop();
            if (c instanceof org.eclipse.swt.widgets.Button b) {
                out.add(b);
            }
            if (c instanceof Composite comp) {
                todo.addAll(List.of(comp.getChildren()));
            }
        }
        return out.toArray(new org.eclipse.swt.widgets.Button[0]);
    }

    @Test
    void theApplicationModelShowsThisPartAsSearch() throws Exception {
        // the model file of the application bundle, found from the build's working folder (inside the repository)
        Path up = Path.of(System.getProperty("user.dir")).toAbsolutePath();
        while (up != null && !java.nio.file.Files.isRegularFile(up.resolve("bundles/org.attune.app/Application.e4xmi"))) {
            up = up.getParent();
        }
        assertNotNull(up, "the repository holding bundles/org.attune.app");
        String model = java.nio.file.Files.readString(up.resolve("bundles/org.attune.app/Application.e4xmi"));
        String line = Arrays.stream(model.split("\n")).filter(l -> l.contains("elementId=\"org.attune.ui.part.search\""))
                .findFirst().orElseThrow();
        assertTrue(line.contains("bundleclass://org.attune.index.ui/" + SearchPart.class.getName()), line);
        assertEquals(SearchPart.class, Platform.getBundle("org.attune.index.ui").loadClass(SearchPart.class.getName()));
        assertTrue(LiveIndex.DEBOUNCE_MS < 500);
    }

    @Test
    void theHistoryIsKeptAcrossRestarts() throws Exception {
        Path file = dir.resolve("history.txt");
        QueryHistory history = new QueryHistory(file);
        history.add("code:naming");
        history.add("coder:anna");
        history.add("code:naming");
        for (int i = 0; i < QueryHistory.MAX + 5; i++) {
            history.add("note:q" + i);
        }
        QueryHistory reread = new QueryHistory(file);
        assertEquals(QueryHistory.MAX, reread.queries().size());
        assertEquals("note:q" + (QueryHistory.MAX + 4), reread.queries().get(0));
        assertEquals(history.queries(), reread.queries());
    }
}
