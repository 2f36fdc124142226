package org.attune.app.internal.handlers;

import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.widgets.Shell;
import org.osgi.framework.FrameworkUtil;

import jakarta.inject.Named;

public class AboutHandler {

    @Execute
    public void execute(@Named("activeShell") Shell shell) {
        String version = FrameworkUtil.getBundle(AboutHandler.class).getVersion().toString();
        MessageDialog.openInformation(shell, "About Attune",
                "Attune " + version + "\n\nQualitative video coding of human interaction.");
    }
}
