package org.attune.ui.internal.parts;

import java.time.ZoneId;

import org.attune.ui.CorpusEditor;
import org.attune.ui.SaveStatus;
import org.attune.ui.WorkbenchSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The status line at the bottom of the window (a tool control of the window's bottom trim bar,
 * contributed by this bundle's fragment.e4xmi): the save / autosave state and the current coder,
 * visible whatever part has the focus.
 */
public class StatusLine {

    @Inject
    private WorkbenchSession session;

    private Composite composite;
    private Label saveState;
    private Label coder;
    private Font bold;
    private CorpusEditor listenedEditor;
    private final Runnable editorListener = this::refresh;
    private final WorkbenchSession.Listener sessionListener = c -> sessionChanged();

    @PostConstruct
    public void create(Composite parent) {
        composite = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(2, false);
        layout.marginHeight = 2;
        layout.marginWidth = 6;
        layout.horizontalSpacing = 24;
        composite.setLayout(layout);
        saveState = new Label(composite, SWT.NONE);
        saveState.setToolTipText("Saving: Ctrl+S saves; unsaved coding is also written to autosave copies");
        saveState.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        coder = new Label(composite, SWT.NONE);
        coder.setToolTipText("Who codes now: switch in the coding palette or double-click a coder in the corpus");
        coder.setLayoutData(new GridData(SWT.LEFT, SWT.CENTER, false, false));
        FontData data = coder.getFont().getFontData()[0];
        bold = new Font(composite.getDisplay(), data.getName(), data.getHeight(), SWT.BOLD);
        coder.setFont(bold);
        session.addListener(sessionListener);
        composite.addListener(SWT.Dispose, e -> {
            session.removeListener(sessionListener);
            hook(null);
            bold.dispose();
        });
        sessionChanged();
    }

    public Composite control() {
        return composite;
    }

    /** The save state shown (for tests). */
    public String saveStateText() {
        return saveState.getText();
    }

    /** The coder shown (for tests). */
    public String coderText() {
        return coder.getText();
    }

    private void sessionChanged() {
        if (composite.isDisposed()) {
            return;
        }
        hook(session.editor());
        refresh();
    }

    private void hook(CorpusEditor editor) {
        if (listenedEditor == editor) {
            return;
        }
        if (listenedEditor != null) {
            listenedEditor.removeSaveStateListener(editorListener);
        }
        listenedEditor = editor;
        if (editor != null) {
            editor.addSaveStateListener(editorListener);
        }
    }

    private void refresh() {
        if (composite.isDisposed()) {
            return;
        }
        saveState.setText(SaveStatus.of(session.editor(), ZoneId.systemDefault()));
        coder.setText(session.editor() == null ? "" : SaveStatus.coder(session.coder()));
        composite.getParent().layout(true, true);
    }
}
