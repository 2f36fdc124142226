package org.attune.ui.internal.handlers;

import java.io.IOException;
import java.nio.file.Path;

import org.attune.ui.WorkbenchSession;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** File › New Corpus…: a new, empty corpus in an empty folder, opened at once. */
public class NewCorpusHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, WorkbenchSession session) {
        newWithDialog(shell, session);
    }

    /** Asks for an empty folder (offering to save unsaved changes first) and makes the corpus there. */
    public static void newWithDialog(Shell shell, WorkbenchSession session) {
        if (!SaveHandler.saveOrDiscard(shell, session)) {
            return;
        }
        DirectoryDialog dialog = new DirectoryDialog(shell);
        dialog.setText("New Corpus");
        dialog.setMessage("Choose an empty folder for the new corpus (its name becomes the corpus's name)");
        String folder = dialog.open();
        if (folder != null) {
            try {
                session.newCorpus(Path.of(folder), Path.of(folder).getFileName().toString());
            } catch (IOException | RuntimeException e) {
                MessageDialog.openError(shell, "Cannot make the corpus", e.getMessage());
            }
        }
    }
}
