package org.attune.ui.internal.parts;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.attune.model.Case;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.Corpus;
import org.attune.model.MediaSource;
import org.attune.model.ModelPackage;
import org.attune.model.Playlist;
import org.attune.model.store.CorpusStore;
import org.attune.schemes.AvailableScheme;
import org.attune.schemes.SchemeCatalog;
import org.attune.ui.CorpusEditor;
import org.attune.ui.MediaFiles;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.internal.handlers.OpenCorpusHandler;
import org.attune.ui.internal.handlers.NewCorpusHandler;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EContentAdapter;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.dnd.DND;
import org.eclipse.swt.dnd.DropTarget;
import org.eclipse.swt.dnd.DropTargetAdapter;
import org.eclipse.swt.dnd.DropTargetEvent;
import org.eclipse.swt.dnd.FileTransfer;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;

/**
 * The corpus explorer: corpus → cases (→ media), coders, schemes. New corpus, add case (with
 * media, also by dropping files), rename (F2), delete (Delete, asked first), all undoable
 * through the corpus's command stack. Missing media files and the model's validation problems
 * are marked (tooltip: the messages); a double-click (or Enter) on a case opens it for coding.
 *
 * <p>Kept up to date incrementally: EMF notifications (whoever made the change: a command, its
 * undo, an import) name the nodes whose label or children changed and the cases whose problems
 * must be checked again; only those are refreshed, so a command costs the same with 3 cases or
 * 300. The whole tree is built only when a corpus opens.
 */
public final class ExplorerComposite extends Composite {

    private static final ModelPackage P = ModelPackage.eINSTANCE;

    /** A folder node of the tree (one per list of the open corpus: the same node from refresh to refresh). */
    static final class Folder {
        private final String label;
        private final List<?> children;

        Folder(String label, List<?> children) {
            this.label = label;
            this.children = children;
        }

        String label() {
            return label;
        }

        List<?> children() {
            return children;
        }
    }

    /** The viewer's input: must not be an element itself, or JFace maps the corpus to the tree. */
    record Root(Corpus corpus) {
    }

    private final WorkbenchSession session;
    private final TreeViewer viewer;
    private final Font bold;
    private final Runnable editorListener = this::refresh;
    private final WorkbenchSession.Listener sessionListener = this::sessionChanged;
    private CorpusEditor listenedEditor;
    private final Button addCaseButton;
    private final Map<Case, List<String>> problems = new HashMap<>();
    private boolean validating;
    private Folder casesFolder;
    private Folder codersFolder;
    private Folder schemesFolder;
    /** What changed since the tree was last brought up to date (from EMF notifications). */
    private final Set<Object> relabel = new LinkedHashSet<>();
    private final Set<Object> restructure = new LinkedHashSet<>();
    private final Set<Case> toCheck = new LinkedHashSet<>();
    private boolean flushScheduled;
    private final CorpusWatch watch = new CorpusWatch();
    private Corpus watched;
    /** False: the old way (the whole tree and every case after each command), kept for the benchmark's comparison. */
    private boolean incremental = true;
    private long fullRefreshes;
    private long nodesRefreshed;
    private long casesChecked;

    public ExplorerComposite(Composite parent, WorkbenchSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        setLayout(new GridLayout(1, false));
        FontData data = getFont().getFontData()[0];
        bold = new Font(getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);

        Composite buttons = new Composite(this, SWT.NONE);
        RowLayout row = new RowLayout(SWT.HORIZONTAL);
        row.marginLeft = 0;
        row.marginTop = 0;
        row.marginBottom = 0;
        buttons.setLayout(row);
        Button open = new Button(buttons, SWT.PUSH);
        open.setText("Open…");
        open.setToolTipText("Open a corpus folder (Ctrl+O)");
        open.addListener(SWT.Selection, e -> OpenCorpusHandler.openWithDialog(getShell(), session));
        Button create = new Button(buttons, SWT.PUSH);
        create.setText("New…");
        create.setToolTipText("Make a new corpus in an empty folder");
        create.addListener(SWT.Selection, e -> NewCorpusHandler.newWithDialog(getShell(), session));
        addCaseButton = new Button(buttons, SWT.PUSH);
        addCaseButton.setText("Add Case…");
        addCaseButton.setToolTipText("Add a case with its media files (or drop media files here)");
        addCaseButton.addListener(SWT.Selection, e -> addCaseWithDialog(List.of()));

        viewer = new TreeViewer(this, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof Root root ? new Object[] {root.corpus()} : new Object[0];
            }

            @Override
            public Object[] getChildren(Object element) {
                if (element instanceof Corpus && casesFolder != null) {
                    return new Object[] {casesFolder, codersFolder, schemesFolder};
                }
                if (element instanceof Folder folder) {
                    return folder.children().toArray();
                }
                if (element instanceof Case c) {
                    return c.getMediaSources().toArray();
                }
                return new Object[0];
            }

            @Override
            public Object getParent(Object element) {
                return null;
            }

            @Override
            public boolean hasChildren(Object element) {
                return getChildren(element).length > 0;
            }
        });
        viewer.setLabelProvider(new ColumnLabelProvider() {
            @Override
            public String getText(Object element) {
                return label(element);
            }

            @Override
            public Font getFont(Object element) {
                return element == session.currentCase() || element == session.coder() ? bold : null;
            }

            @Override
            public Color getForeground(Object element) {
                if (element instanceof MediaSource source && isMissing(source)) {
                    return getDisplay().getSystemColor(SWT.COLOR_RED);
                }
                return element instanceof Case c && !problemsOf(c).isEmpty() ? getDisplay().getSystemColor(SWT.COLOR_DARK_RED) : null;
            }

            @Override
            public String getToolTipText(Object element) {
                if (element instanceof Case c && !problemsOf(c).isEmpty()) {
                    return String.join("\n\n", problemsOf(c));
                }
                if (element instanceof MediaSource source) {
                    CorpusEditor editor = session.editor();
                    return editor == null ? null : editor.store().mediaFile(source)
                            + (isMissing(source) ? "\n\nThe file is missing: put it back or correct the path." : "");
                }
                return null;
            }
        });
        ColumnViewerToolTipSupport.enableFor(viewer);
        viewer.addDoubleClickListener(e -> openSelected((IStructuredSelection) e.getSelection()));
        viewer.getTree().addListener(SWT.DefaultSelection, e -> openSelected(viewer.getStructuredSelection()));
        viewer.getTree().addListener(SWT.KeyDown, e -> {
            if (e.keyCode == SWT.F2) {
                renameSelected();
                e.doit = false;
            } else if (e.keyCode == SWT.DEL) {
                deleteSelected();
                e.doit = false;
            }
        });
        viewer.getTree().setMenu(menu());
        DropTarget drop = new DropTarget(viewer.getTree(), DND.DROP_COPY | DND.DROP_LINK | DND.DROP_DEFAULT);
        drop.setTransfer(FileTransfer.getInstance());
        drop.addDropListener(new DropTargetAdapter() {
            @Override
            public void dragEnter(DropTargetEvent event) {
                event.detail = session.editor() == null ? DND.DROP_NONE : DND.DROP_COPY;
            }

            @Override
            public void dragOver(DropTargetEvent event) {
                event.feedback = DND.FEEDBACK_SELECT | DND.FEEDBACK_SCROLL | DND.FEEDBACK_EXPAND;
            }

            @Override
            public void drop(DropTargetEvent event) {
                if (event.data instanceof String[] names) {
                    Object target = event.item == null ? null : event.item.getData();
                    ExplorerComposite.this.drop(target, Arrays.stream(names).map(Path::of).toList());
                }
            }
        });

        session.addListener(sessionListener);
        addListener(SWT.Dispose, e -> {
            session.removeListener(sessionListener);
            if (listenedEditor != null) {
                listenedEditor.removeListener(editorListener);
            }
            watch(null);
            bold.dispose();
        });
        sessionChanged(WorkbenchSession.Change.CORPUS);
    }

    public TreeViewer viewer() {
        return viewer;
    }

    /** How the explorer asks the user (replaced in tests, which cannot answer modal dialogs). */
    public interface Asking {
        boolean confirm(String title, String message);

        /** A text, or null when cancelled. */
        String input(String title, String message, String initial);

        void tell(String title, String message);
    }

    private Asking asking = new Asking() {
        @Override
        public boolean confirm(String title, String message) {
            return MessageDialog.openConfirm(getShell(), title, message);
        }

        @Override
        public String input(String title, String message, String initial) {
            InputDialog dialog = new InputDialog(getShell(), title, message, initial,
                    v -> v == null || v.isBlank() ? "Type a name" : null);
            return dialog.open() == Window.OK ? dialog.getValue() : null;
        }

        @Override
        public void tell(String title, String message) {
            MessageDialog.openWarning(getShell(), title, message);
        }
    };
    private MediaFiles.Prober prober = MediaFiles.GSTREAMER;

    public void setAsking(Asking asking) {
        this.asking = asking;
    }

    public void setProber(MediaFiles.Prober prober) {
        this.prober = prober;
    }

    private Menu menu() {
        Menu menu = new Menu(viewer.getTree());
        MenuItem addCase = new MenuItem(menu, SWT.PUSH);
        addCase.setText("Add Case…");
        addCase.addListener(SWT.Selection, e -> addCaseWithDialog(List.of()));
        MenuItem addMedia = new MenuItem(menu, SWT.PUSH);
        addMedia.setText("Add Media to Case…");
        addMedia.addListener(SWT.Selection, e -> addMediaWithDialog());
        MenuItem rename = new MenuItem(menu, SWT.PUSH);
        rename.setText("Rename…\tF2");
        rename.addListener(SWT.Selection, e -> renameSelected());
        MenuItem delete = new MenuItem(menu, SWT.PUSH);
        delete.setText("Delete\tDelete");
        delete.addListener(SWT.Selection, e -> deleteSelected());
        menu.addListener(SWT.Show, e -> {
            boolean open = session.editor() != null;
            boolean isCase = selectedCase() != null;
            addCase.setEnabled(open);
            addMedia.setEnabled(isCase);
            rename.setEnabled(isCase);
            delete.setEnabled(isCase);
        });
        return menu;
    }

    /** The selected case, or the case of a selected media source, or null. */
    public Case selectedCase() {
        Object element = viewer.getStructuredSelection().getFirstElement();
        if (element instanceof MediaSource source && source.eContainer() instanceof Case c) {
            return c;
        }
        return element instanceof Case c ? c : null;
    }

    private void addCaseWithDialog(List<Path> files) {
        if (session.editor() == null) {
            asking.tell("Add Case", "Open or make a corpus first.");
            return;
        }
        AddCaseDialog dialog = new AddCaseDialog(getShell(), schemes(), files);
        if (dialog.open() != Window.OK) {
            return;
        }
        addCase(dialog.title(), dialog.scheme(), dialog.files());
    }

    private void addMediaWithDialog() {
        Case target = selectedCase();
        if (target == null) {
            return;
        }
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Add media to " + target.getTitle());
        if (dialog.open() != null) {
            List<Path> files = new ArrayList<>();
            for (String name : dialog.getFileNames()) {
                files.add(Path.of(dialog.getFilterPath(), name));
            }
            addMedia(target, files);
        }
    }

    /** Adds a case with media (probed with progress; one undoable command); returns it, or null. */
    public Case addCase(String title, CodingScheme scheme, List<Path> files) {
        CorpusEditor editor = session.editor();
        List<String> warnings = new ArrayList<>();
        List<MediaSource> sources = probe(editor, null, files, warnings);
        if (sources == null) {
            return null;
        }
        Case added = editor.addCase(title, scheme, sources);
        flush(); // the command's notifications put the case in the tree
        viewer.setSelection(new StructuredSelection(added), true);
        warn(warnings);
        return added;
    }

    /** Adds media files to a case (one undoable command). */
    public boolean addMedia(Case target, List<Path> files) {
        CorpusEditor editor = session.editor();
        List<String> warnings = new ArrayList<>();
        List<MediaSource> sources = probe(editor, target, files, warnings);
        boolean added = sources != null && editor.addMedia(target, sources);
        warn(warnings);
        if (added) {
            viewer.setExpandedState(target, true);
        }
        return added;
    }

    /**
     * Files dropped on the explorer: onto a case or one of its media, they become more media of
     * that case; anywhere else, a new case titled after the first file. Other files are named and left out.
     */
    public void drop(Object target, List<Path> dropped) {
        if (session.editor() == null) {
            return;
        }
        List<Path> media = dropped.stream().filter(MediaFiles::isMedia).toList();
        if (media.size() < dropped.size()) {
            List<String> left = dropped.stream().filter(f -> !MediaFiles.isMedia(f)).map(Path::toString).toList();
            asking.tell("Not media files", "These are not video files and were left out:\n" + String.join("\n", left));
        }
        if (media.isEmpty()) {
            return;
        }
        if (target instanceof MediaSource source && source.eContainer() instanceof Case c) {
            target = c;
        }
        if (target instanceof Case c) {
            addMedia(c, media);
        } else {
            List<CodingScheme> schemes = schemes();
            CodingScheme scheme = session.currentCase() != null && session.currentCase().getScheme() != null
                    ? session.currentCase().getScheme() : schemes.isEmpty() ? null : schemes.get(0);
            addCase(AddCaseDialog.titleOf(media.get(0)), scheme, media);
        }
    }

    private List<MediaSource> probe(CorpusEditor editor, Case target, List<Path> files, List<String> warnings) {
        if (files.isEmpty()) {
            return List.of();
        }
        List<List<MediaSource>> result = new ArrayList<>();
        try {
            new ProgressMonitorDialog(getShell()).run(true, true,
                    monitor -> result.add(MediaFiles.sources(editor, target, files, prober, warnings, monitor)));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OperationCanceledException) {
                return null;
            }
            asking.tell("Cannot add the media", String.valueOf(cause.getMessage()));
            return null;
        } catch (InterruptedException e) {
            return null;
        }
        return result.isEmpty() ? null : result.get(0);
    }

    private void warn(List<String> warnings) {
        if (!warnings.isEmpty()) {
            asking.tell("Media added with problems", String.join("\n", warnings));
        }
    }

    /** Renames the selected case (asks for the new title). */
    public void renameSelected() {
        Case target = selectedCase();
        CorpusEditor editor = session.editor();
        if (target == null || editor == null) {
            return;
        }
        String title = asking.input("Rename case", "New title of the case (its id '" + target.getId() + "' stays):",
                target.getTitle() != null ? target.getTitle() : target.getId());
        if (title != null) {
            editor.renameCase(target, title);
        }
    }

    /** Deletes the selected case after asking (undoable; its file is kept as .deleted). */
    public void deleteSelected() {
        Case target = selectedCase();
        CorpusEditor editor = session.editor();
        if (target == null || editor == null) {
            return;
        }
        String name = target.getTitle() != null ? target.getTitle() : target.getId();
        if (!asking.confirm("Delete case", "Delete the case '" + name + "' with its " + target.getMoments().size()
                + " coded moments?\n\nEdit › Undo (Ctrl+Z) brings it back; after saving, its file is kept as "
                + target.getId() + "." + CorpusStore.CASE_EXTENSION + ".deleted.")) {
            return;
        }
        if (session.currentCase() == target) {
            session.closeCase();
        }
        editor.deleteCase(target);
    }

    /** The corpus's schemes, then the built-in ones it has no copy of. */
    public List<CodingScheme> schemes() {
        List<CodingScheme> result = new ArrayList<>();
        Corpus corpus = session.corpus();
        if (corpus != null) {
            corpus.getSchemes().stream().filter(s -> !s.eIsProxy()).forEach(result::add);
        }
        try {
            BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
            ServiceReference<SchemeCatalog> reference = context == null ? null : context.getServiceReference(SchemeCatalog.class);
            SchemeCatalog catalog = reference == null ? null : context.getService(reference);
            if (catalog != null) {
                for (AvailableScheme available : catalog.available()) {
                    if (result.stream().noneMatch(s -> available.id().equals(s.getId()))) {
                        result.add(available.scheme());
                    }
                }
            }
        } catch (RuntimeException e) {
            // no catalog: the corpus's schemes only
        }
        return result;
    }

    /** The problems found in a case (empty when none); checked again shortly after it changes. */
    public List<String> problemsOf(Case theCase) {
        return problems.getOrDefault(theCase, List.of());
    }

    private void validateSoon() {
        if (validating) {
            return;
        }
        validating = true;
        getDisplay().timerExec(400, () -> {
            validating = false;
            checkChangedNow();
        });
    }

    /** Checks every case of the corpus with the model's rules now (when a corpus opens; tests). */
    public void validateNow() {
        if (isDisposed()) {
            return;
        }
        CorpusEditor editor = session.editor();
        if (editor == null) {
            problems.clear();
            return;
        }
        toCheck.addAll(editor.corpus().getCases());
        checkChangedNow();
    }

    /** Checks the cases changed since the last check now (the explorer does it 0.4 s after a change). */
    public void checkChangedNow() {
        if (isDisposed()) {
            return;
        }
        CorpusEditor editor = session.editor();
        List<Case> cases = new ArrayList<>(toCheck);
        toCheck.clear();
        for (Case c : cases) {
            List<String> messages = editor == null || c.eIsProxy() || c.eContainer() != editor.corpus() ? List.of()
                    : editor.problems(c);
            casesChecked++;
            List<String> before = problems.getOrDefault(c, List.of());
            if (!messages.equals(before)) {
                if (messages.isEmpty()) {
                    problems.remove(c);
                } else {
                    problems.put(c, messages);
                }
                if (c.eContainer() != null) {
                    viewer.update(c, null);
                    nodesRefreshed++;
                }
            }
        }
    }

    /** Cases checked for problems so far (tests, the benchmark). */
    public long casesChecked() {
        return casesChecked;
    }

    /** Whole-tree refreshes so far (tests, the benchmark). */
    public long fullRefreshes() {
        return fullRefreshes;
    }

    /** Nodes whose label or children were refreshed one by one so far (tests, the benchmark). */
    public long nodesRefreshed() {
        return nodesRefreshed;
    }

    /**
     * True (the default): after a change only the changed nodes are refreshed and only the
     * changed cases checked. False: the whole tree and every case, as the explorer once did (the
     * benchmark's comparison).
     */
    public void setIncremental(boolean incremental) {
        this.incremental = incremental;
    }

    private void openSelected(IStructuredSelection selection) {
        Object element = selection.getFirstElement();
        if (element instanceof Case c) {
            session.openCase(c);
        } else if (element instanceof Coder coder) {
            session.setCoder(coder);
        } else if (element != null) {
            viewer.setExpandedState(element, !viewer.getExpandedState(element));
        }
    }

    private Case boldCase;
    private Coder boldCoder;

    private void sessionChanged(WorkbenchSession.Change change) {
        if (isDisposed()) {
            return;
        }
        CorpusEditor editor = session.editor();
        if (listenedEditor != editor) {
            if (listenedEditor != null) {
                listenedEditor.removeListener(editorListener);
            }
            listenedEditor = editor;
            if (editor != null) {
                editor.addListener(editorListener);
            }
            // a corpus opened: the only time the whole tree is built and every case checked
            Corpus corpus = editor == null ? null : editor.corpus();
            casesFolder = corpus == null ? null : new Folder("Cases", corpus.getCases());
            codersFolder = corpus == null ? null : new Folder("Coders", corpus.getCoders());
            schemesFolder = corpus == null ? null : new Folder("Schemes", corpus.getSchemes());
            watch(corpus);
            relabel.clear();
            restructure.clear();
            toCheck.clear();
            problems.clear();
            viewer.setInput(corpus == null ? null : new Root(corpus));
            fullRefreshes++;
            viewer.expandToLevel(3);
            validateNow();
        }
        addCaseButton.setEnabled(editor != null);
        // the bold current case and coder, "(coding now)"
        if (boldCase != session.currentCase()) {
            relabel(boldCase);
            relabel(session.currentCase());
            boldCase = session.currentCase();
        }
        if (boldCoder != session.coder()) {
            relabel(boldCoder);
            relabel(session.coder());
            boldCoder = session.coder();
        }
        flush();
    }

    /** A command ran, was undone or redone, or the corpus was saved. */
    private void refresh() {
        if (isDisposed()) {
            return;
        }
        if (!incremental) {
            relabel.clear();
            restructure.clear();
            viewer.refresh(true);
            fullRefreshes++;
            if (session.editor() != null) {
                toCheck.addAll(session.editor().corpus().getCases());
            }
            validateSoon();
            return;
        }
        if (session.editor() != null) {
            relabel(session.editor().corpus()); // its " *" for unsaved changes
        }
        flush();
    }

    /** Brings the nodes named by the notifications heard so far up to date (now). */
    public void flush() {
        if (isDisposed()) {
            return;
        }
        for (Object element : restructure) {
            viewer.refresh(element, false);
            viewer.update(element, null); // refresh(element, false) leaves the element's own label
            nodesRefreshed++;
        }
        relabel.removeAll(restructure);
        restructure.clear();
        for (Object element : relabel) {
            viewer.update(element, null);
            nodesRefreshed++;
        }
        relabel.clear();
        if (!toCheck.isEmpty()) {
            validateSoon();
        }
    }

    private void relabel(Object element) {
        if (element != null) {
            relabel.add(element);
        }
    }

    private void scheduleFlush() {
        if (!flushScheduled && !isDisposed()) {
            flushScheduled = true;
            getDisplay().asyncExec(() -> {
                flushScheduled = false;
                flush();
            });
        }
    }

    private void watch(Corpus corpus) {
        if (watched != null) {
            watched.eAdapters().remove(watch); // EContentAdapter leaves every contained object too
        }
        watched = corpus;
        if (corpus != null) {
            corpus.eAdapters().add(watch);
        }
    }

    /**
     * Hears every change inside the open corpus (cases in their own files included) and turns it
     * into the tree nodes to refresh and the cases to check again.
     */
    private final class CorpusWatch extends EContentAdapter {
        @Override
        public void notifyChanged(Notification n) {
            super.notifyChanged(n); // follows added and removed contents
            if (n.isTouch() || n.getEventType() == Notification.RESOLVE || !incremental) {
                // RESOLVE: a reference to another file was read for the first time, nothing changed
                return;
            }
            Object notifier = n.getNotifier();
            Object feature = n.getFeature();
            if (notifier instanceof Corpus corpus) {
                if (feature == P.getCorpus_Cases()) {
                    restructure.add(casesFolder);
                    casesChanged(n);
                } else if (feature == P.getCorpus_Coders()) {
                    restructure.add(codersFolder);
                } else if (feature == P.getCorpus_Schemes()) {
                    restructure.add(schemesFolder);
                } else if (feature == P.getCorpus_Name()) {
                    relabel.add(corpus);
                }
            } else if (notifier instanceof Case c) {
                if (feature == P.getCase_MediaSources()) {
                    restructure.add(c);
                } else {
                    relabel.add(c); // title, moments (their count), scheme
                }
                toCheck.add(c);
            } else if (notifier instanceof EObject object) {
                changedInside(object);
            }
            scheduleFlush();
        }

        /** Cases added are checked; cases removed lose their marks (the check finds them gone). */
        private void casesChanged(Notification n) {
            for (Object value : new Object[] {n.getNewValue(), n.getOldValue()}) {
                if (value instanceof Case c) {
                    toCheck.add(c);
                } else if (value instanceof List<?> list) {
                    list.stream().filter(Case.class::isInstance).map(Case.class::cast).forEach(toCheck::add);
                }
            }
        }

        @Override
        protected boolean resolve() {
            return false; // never loads a case file just to watch it
        }

        /** A moment, media source, coder, scheme or something inside them changed. */
        private void changedInside(EObject object) {
            if (object instanceof MediaSource || object instanceof Coder) {
                relabel.add(object);
            }
            for (EObject o = object; o != null; o = o.eContainer()) {
                if (o instanceof Case c) {
                    toCheck.add(c); // a moment's times or code: overlaps, codes not in the scheme
                    return;
                }
                if (o instanceof CodingScheme scheme) {
                    relabel.add(scheme); // its code count; cases coded with it show its name, may have codes it lost
                    if (watched != null) {
                        watched.getCases().stream().filter(c -> c.getScheme() == scheme).forEach(c -> {
                            relabel.add(c);
                            toCheck.add(c);
                        });
                    }
                    return;
                }
                if (o instanceof Playlist || o instanceof Corpus) {
                    return;
                }
            }
        }
    }

    private boolean isMissing(MediaSource source) {
        CorpusEditor editor = session.editor();
        return editor != null && editor.isMissing(source);
    }

    private String label(Object element) {
        if (element instanceof Corpus corpus) {
            CorpusEditor editor = session.editor();
            String name = corpus.getName() != null ? corpus.getName() : "Corpus";
            return name + (editor != null && editor.isDirty() ? " *" : "")
                    + (editor == null ? "" : "  (" + editor.folder().getFileName() + ")");
        }
        if (element instanceof Folder folder) {
            return folder.label() + " (" + folder.children().size() + ")";
        }
        if (element instanceof Case c) {
            int count = problemsOf(c).size();
            return (c.getTitle() != null ? c.getTitle() : c.getId()) + " — " + c.getMoments().size() + " moments"
                    + (c.getScheme() != null ? ", " + c.getScheme().getName() : "")
                    + (count == 0 ? "" : "  ⚠ " + count + (count == 1 ? " problem" : " problems"));
        }
        if (element instanceof MediaSource source) {
            String role = source.getRole() != null ? source.getRole() + ": " : "";
            String offset = source.getOffsetMs() != 0 ? "  (offset " + source.getOffsetMs() + " ms)" : "";
            return role + source.getPath() + offset + (isMissing(source) ? "  — file missing" : "");
        }
        if (element instanceof Coder coder) {
            return (coder.getName() != null ? coder.getName() : coder.getId())
                    + (coder == session.coder() ? "  (coding now)" : "");
        }
        if (element instanceof CodingScheme scheme) {
            return scheme.getName() + (scheme.getVersion() != null ? " " + scheme.getVersion() : "")
                    + " — " + scheme.allCodes().size() + " codes";
        }
        return String.valueOf(element);
    }

    /** For Path lookups in tests. */
    Path folder() {
        return session.editor() == null ? null : session.editor().folder();
    }
}
