package org.attune.io.ui.internal;

import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.io.CorpusImport;
import org.attune.io.ImportException;
import org.attune.io.Importer;
import org.attune.ui.CorpusEditor;
import org.attune.ui.WorkbenchSession;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.dialogs.ProgressMonitorDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/**
 * File › Import…: reads ELAN, Datavyu, BORIS or CSV files (with progress, cancellable) and
 * adds their cases to the open corpus as one command, so Edit › Undo takes the whole import
 * back. A refused file refuses the import and the corpus is unchanged.
 */
public class ImportHandler {

    @CanExecute
    public boolean canExecute(WorkbenchSession session) {
        return session.editor() != null;
    }

    @Execute
    public void execute(@Named("activeShell") Shell shell, WorkbenchSession session) {
        FileDialog dialog = new FileDialog(shell, SWT.OPEN | SWT.MULTI);
        dialog.setText("Import into the corpus");
        dialog.setFilterExtensions(new String[] { "*.eaf;*.opf;*.boris;*.csv", "*.eaf", "*.opf", "*.boris", "*.csv" });
        dialog.setFilterNames(new String[] { "Coded files (ELAN, Datavyu, BORIS, CSV)", "ELAN (*.eaf)", "Datavyu (*.opf)",
                "BORIS (*.boris)", "Attune CSV (*.csv)" });
        if (dialog.open() == null) {
            return;
        }
        List<Path> files = new ArrayList<>();
        for (String name : dialog.getFileNames()) {
            files.add(Path.of(dialog.getFilterPath(), name));
        }
        CorpusEditor editor = session.editor();
        CorpusImport.Plan[] plan = new CorpusImport.Plan[1];
        try {
            new ProgressMonitorDialog(shell).run(true, true, monitor -> {
                try {
                    plan[0] = CorpusImport.prepare(editor.store(), files, Importer.Options.DEFAULT, monitor);
                } catch (ImportException e) {
                    throw new InvocationTargetException(e);
                }
            });
        } catch (InvocationTargetException e) {
            MessageDialog.openError(shell, "Import refused", e.getCause().getMessage() + "\n\nNothing was imported.");
            return;
        } catch (InterruptedException | OperationCanceledException e) {
            return;
        }
        StringBuilder message = new StringBuilder("Import " + plan[0].summary() + "?");
        List<String> notes = plan[0].notes;
        for (int i = 0; i < Math.min(notes.size(), 12); i++) {
            message.append(i == 0 ? "\n\n" : "\n").append(notes.get(i));
        }
        if (notes.size() > 12) {
            message.append("\n… and ").append(notes.size() - 12).append(" more notes");
        }
        if (MessageDialog.openConfirm(shell, "Import", message.toString())) {
            run(editor, plan[0]);
        }
    }

    /** Adds a prepared import to the corpus as one undoable command. */
    public static boolean run(CorpusEditor editor, CorpusImport.Plan plan) {
        return editor.execute(CorpusImport.command(plan));
    }

    /** Reads the files and adds them as one undoable command (what the dialog does, without dialogs). */
    public static CorpusImport.Plan importFiles(CorpusEditor editor, List<Path> files, IProgressMonitor monitor) throws ImportException {
        CorpusImport.Plan plan = CorpusImport.prepare(editor.store(), files, Importer.Options.DEFAULT, monitor);
        run(editor, plan);
        return plan;
    }
}
