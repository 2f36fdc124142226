package org.attune.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.attune.ui.WorkbenchSession;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File › Open Corpus… (Ctrl+O). */
public class OpenCorpusHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, WorkbenchSession session) {
        openWithDialog(shell, session);
    }

    /** Asks for a corpus folder and opens it (offering to save unsaved changes first). */
    public static void openWithDialog(Shell shell, WorkbenchSession session) {
        if (!SaveHandler.saveOrDiscard(shell, session)) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("Open Corpus");
        dialog.setMessage("Choose a corpus folder (it holds corpus.attune)");
        String folder = dialog.open();
        if (folder != null) {
            open(shell, session, Path.of(folder));
        }
    }

    /** Opens a corpus folder; a failure is shown with the file and what is wrong. */
    public static boolean open(Shell shell, WorkbenchSession session, Path folder) {
        try {
            session.openCorpus(folder);
            if (!session.corpus().getCases().isEmpty()) {
                session.openCase(session.corpus().getCases().get(0));
            }
            return true;
        } catch (IOException | RuntimeException e) {
            MessageDialog.openError(shell, "Cannot open the corpus", e.getMessage());
            return false;
        }
    }
}
