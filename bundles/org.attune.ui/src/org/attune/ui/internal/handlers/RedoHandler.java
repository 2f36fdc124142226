package org.attune.ui.internal.handlers;

import org.attune.ui.WorkbenchSession;
import org.eclipse.e4.core.di.annotations.CanExecute;
import org.eclipse.e4.core.di.annotations.Execute;

/** Edit › Redo (Ctrl+Y, Ctrl+Shift+Z) on the open corpus's command stack. */
public class RedoHandler {

    @CanExecute
    public boolean canExecute(WorkbenchSession session) {
        return session.editor() != null && session.editor().canRedo();
    }

    @Execute
    public void execute(WorkbenchSession session) {
        if (session.editor() != null) {
            session.editor().redo();
        }
    }
}
