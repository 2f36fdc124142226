package org.attune.review.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.attune.review.ClipFormat;
import org.attune.review.ui.internal.ExportDialog;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The export dialog asks format, reel and folder, and remembers them for the next export. */
class ExportDialogUiTest {

    @TempDir
    Path dir;

    private Shell shell;

    @BeforeEach
    void open() throws Exception {
        InstanceScope.INSTANCE.getNode("org.attune.review.ui").clear();
        shell = new Shell(Display.getDefault());
    }

    @AfterEach
    void close() throws Exception {
        shell.dispose();
        InstanceScope.INSTANCE.getNode("org.attune.review.ui").clear();
    }

    private ExportDialog dialog() {
        ExportDialog dialog = new ExportDialog(shell, "review", dir.resolve("corpus"));
        dialog.setBlockOnOpen(false);
        dialog.open();
        return dialog;
    }

    private static void click(org.eclipse.swt.widgets.Button button) {
        button.notifyListeners(SWT.Selection, new Event());
    }

    @Test
    void theChoicesAreAskedAndRemembered() {
        ExportDialog first = dialog();
        assertEquals(dir.resolve("corpus").toString(), first.folderText().getText(), "the corpus folder at first");
        assertTrue(first.formatButtons()[0].getSelection(), "MP4 at first");
        assertTrue(first.reelButton().getSelection(), "with the reel at first");
        first.folderText().setText(" ");
        assertFalse(first.okButton().isEnabled(), "no folder, no export");
        Path out = dir.resolve("review clips");
        first.folderText().setText(out.toString());
        assertTrue(first.okButton().isEnabled());
        first.formatButtons()[0].setSelection(false);
        first.formatButtons()[1].setSelection(true);
        first.reelButton().setSelection(false);
        click(first.okButton());
        assertEquals(out, first.folder());
        assertEquals(ClipFormat.WEBM, first.format());
        assertFalse(first.joinReel());

        ExportDialog second = dialog();
        assertEquals(out.toString(), second.folderText().getText(), "the last folder");
        assertTrue(second.formatButtons()[1].getSelection(), "the last format");
        assertFalse(second.reelButton().getSelection(), "the last reel choice");
        second.close();
    }
}
