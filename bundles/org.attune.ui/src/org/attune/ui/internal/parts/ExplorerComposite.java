package org.attune.ui.internal.parts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.attune.model.Case;
import org.attune.model.Coder;
import org.attune.model.CodingScheme;
import org.attune.model.Corpus;
import org.attune.model.MediaSource;
import org.attune.ui.CorpusEditor;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.internal.handlers.OpenCorpusHandler;
import org.eclipse.jface.viewers.ColumnLabelProvider;
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
 * The corpus explorer: corpus → cases (→ media), coders, schemes. Missing media files are
 * marked; a double-click (or Enter) on a case opens it for coding.
 */
public final class ExplorerComposite extends Composite {

    /** A folder node of the tree. */
    record Folder(String label, List<?> children) {
    }

    /** The viewer's input: must not be an element itself, or JFace maps the corpus to the tree. */
    record Root(Corpus corpus) {
    }

    private final WorkbenchSession session;
    private final TreeViewer viewer;
    private final Font bold;
    private final Runnable editorListener = this::refresh;
    private final WorkbenchSession.Listener sessionListener = c -> sessionChanged();
    private CorpusEditor listenedEditor;

    public ExplorerComposite(Composite parent, WorkbenchSession session) {
        super(parent, SWT.NONE);
        this.session = session;
        setLayout(new GridLayout(1, false));
        FontData data = getFont().getFontData()[0];
        bold = new Font(getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);

        Button open = new Button(this, SWT.PUSH);
        open.setText("Open Corpus…");
        open.setToolTipText("Open a corpus folder (Ctrl+O)");
        open.addListener(SWT.Selection, e -> OpenCorpusHandler.openWithDialog(getShell(), session));

        viewer = new TreeViewer(this, SWT.SINGLE | SWT.V_SCROLL | SWT.H_SCROLL);
        viewer.getTree().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        viewer.setContentProvider(new ITreeContentProvider() {
            @Override
            public Object[] getElements(Object input) {
                return input instanceof Root root ? new Object[] {root.corpus()} : new Object[0];
            }

            @Override
            public Object[] getChildren(Object element) {
                if (element instanceof Corpus corpus) {
                    return new Object[] {new Folder("Cases", corpus.getCases()), new Folder("Coders", corpus.getCoders()),
                        new Folder("Schemes", corpus.getSchemes())};
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
                return element instanceof MediaSource source && isMissing(source)
                        ? getDisplay().getSystemColor(SWT.COLOR_RED) : null;
            }
        });
        viewer.addDoubleClickListener(e -> openSelected((IStructuredSelection) e.getSelection()));
        viewer.getTree().addListener(SWT.DefaultSelection, e -> openSelected(viewer.getStructuredSelection()));

        session.addListener(sessionListener);
        addListener(SWT.Dispose, e -> {
            session.removeListener(sessionListener);
            if (listenedEditor != null) {
                listenedEditor.removeListener(editorListener);
            }
            bold.dispose();
        });
        sessionChanged();
    }

    public TreeViewer viewer() {
        return viewer;
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

    private void sessionChanged() {
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
            viewer.setInput(editor == null ? null : new Root(editor.corpus()));
            viewer.expandToLevel(3);
        }
        refresh();
    }

    private void refresh() {
        if (!isDisposed()) {
            viewer.refresh(true);
        }
    }

    private boolean isMissing(MediaSource source) {
        CorpusEditor editor = session.editor();
        return editor != null && source.getPath() != null && !Files.exists(editor.folder().resolve(source.getPath()));
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
            return (c.getTitle() != null ? c.getTitle() : c.getId()) + " — " + c.getMoments().size() + " moments"
                    + (c.getScheme() != null ? ", " + c.getScheme().getName() : "");
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
