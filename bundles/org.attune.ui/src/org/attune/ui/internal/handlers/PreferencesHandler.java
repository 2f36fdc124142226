package org.attune.ui.internal.handlers;

import org.attune.ui.WorkbenchPreferences;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.internal.parts.PreferencesDialog;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.swt.widgets.Shell;

import jakarta.inject.Named;

/** Edit › Preferences…. */
public class PreferencesHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell, WorkbenchSession session) {
        new PreferencesDialog(shell, session, WorkbenchPreferences.node()).open();
    }
}
