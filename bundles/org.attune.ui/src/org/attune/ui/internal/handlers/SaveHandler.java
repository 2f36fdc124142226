package org.attune.ui.internal.handlers;

import java.io.IOException;

import org.attune.ui.CorpusEditor;
import org.attune.ui.WorkbenchSession;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File › Save (Ctrl+S): writes the changed files of the open corpus. */
public class SaveHandler {

    @CanExecute
    public boolean canExecute(WorkbenchSession session) {
        return session.editor() != null && session.editor().isDirty();
    }

    @Execute
    public void execute(@Named("activeShell") Shell shell, WorkbenchSession session) {
        save(shell, session);
    }

    /** Saves; shows what went wrong (nothing is lost: the old files stay as they were). */
    public static boolean save(Shell shell, WorkbenchSession session) {
        CorpusEditor editor = session.editor();
        if (editor == null) {
            return true;
        }
        try {
            editor.save();
            return true;
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, "Cannot save", e.getMessage()
                    + "\n\nYour changes are still open in Attune; the files on disk are unchanged.");
            return false;
        }
    }

    /** Before the corpus closes: saves, discards or cancels (false) when there are unsaved changes. */
    public static boolean saveOrDiscard(Shell shell, WorkbenchSession session) {
        CorpusEditor editor = session.editor();
        if (editor == null || !editor.isDirty()) {
            return true;
        }
        MessageDialog dialog = new MessageDialog(shell, "Unsaved changes", null,
                "The corpus has unsaved changes. Save them?", MessageDialog.QUESTION,
                new String[] {"Save", "Discard", "Cancel"}, 0);
        return switch (dialog.open()) {
            case 0 -> save(shell, session);
            case 1 -> true;
            default -> false;
        };
    }
}
