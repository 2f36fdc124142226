package org.attune.review.ui.internal;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.attune.review.ClipFormat;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;

/**
 * Asks how to export a playlist: MP4 or WebM, with or without the joined reel, into which
 * folder. Remembers the answers (the instance preferences of this bundle) for the next export.
 */
public final class ExportDialog extends Dialog {

    static final String NODE = "org.attune.review.ui";
    static final String FOLDER = "export.folder";
    static final String FORMAT = "export.format";
    static final String REEL = "export.reel";

    private final String playlist;
    private final Path defaultFolder;
    private Button mp4;
    private Button webm;
    private Button reel;
    private Text folderText;
    private Label problem;
    private Path folder;
    private ClipFormat format;
    private boolean joinReel;

    /** @param defaultFolder offered when no export was made before (the corpus folder) */
    public ExportDialog(Shell parent, String playlist, Path defaultFolder) {
        super(parent);
        this.playlist = playlist;
        this.defaultFolder = defaultFolder;
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(NODE);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Export clips of '" + playlist + "'");
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(3, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText("One clip per moment: all camera angles side by side, the note as a title, the sound of the"
                + " first camera that has sound.");
        GridData wide = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
        wide.widthHint = 420;
        intro.setLayoutData(wide);

        Group formats = new Group(area, SWT.NONE);
        formats.setText("Format");
        formats.setLayout(new GridLayout(1, false));
        formats.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        mp4 = new Button(formats, SWT.RADIO);
        mp4.setText("MP4 (H.264 and AAC): plays everywhere, also in PowerPoint and on phones");
        webm = new Button(formats, SWT.RADIO);
        webm.setText("WebM (VP8 and Opus): free formats, plays in browsers");
        boolean wasWebm = ClipFormat.WEBM.name().equals(preferences().get(FORMAT, ClipFormat.MP4.name()));
        mp4.setSelection(!wasWebm);
        webm.setSelection(wasWebm);

        reel = new Button(area, SWT.CHECK);
        reel.setText("Also join the clips into one reel, for the review session");
        reel.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        reel.setSelection(preferences().getBoolean(REEL, true));

        new Label(area, SWT.NONE).setText("Folder:");
        folderText = new Text(area, SWT.BORDER);
        folderText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        folderText.setText(preferences().get(FOLDER, defaultFolder == null ? "" : defaultFolder.toString()));
        Button browse = new Button(area, SWT.PUSH);
        browse.setText("Browse…");
        browse.addListener(SWT.Selection, e -> {
            DirectoryDialog dialog = new DirectoryDialog(getShell());
            dialog.setText("Folder for the clips of '" + playlist + "'");
            dialog.setFilterPath(folderText.getText());
            String chosen = dialog.open();
            if (chosen != null) {
                folderText.setText(chosen);
            }
        });
        problem = new Label(area, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1));
        folderText.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, "Export", true);
        createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
        validate();
    }

    private Path parsedFolder() {
        String text = folderText.getText().strip();
        if (text.isEmpty()) {
            return null;
        }
        try {
            return Path.of(text).toAbsolutePath();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private void validate() {
        Button ok = getButton(IDialogConstants.OK_ID);
        boolean valid = parsedFolder() != null;
        problem.setText(valid ? "" : "Choose the folder the clips go into.");
        if (ok != null) {
            ok.setEnabled(valid);
        }
    }

    @Override
    protected void okPressed() {
        folder = parsedFolder();
        if (folder == null) {
            return;
        }
        format = webm.getSelection() ? ClipFormat.WEBM : ClipFormat.MP4;
        joinReel = reel.getSelection();
        IEclipsePreferences preferences = preferences();
        preferences.put(FOLDER, folder.toString());
        preferences.put(FORMAT, format.name());
        preferences.putBoolean(REEL, joinReel);
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            // remembered for this session only
        }
        super.okPressed();
    }

    /** The chosen folder, after OK. */
    public Path folder() {
        return folder;
    }

    public ClipFormat format() {
        return format;
    }

    public boolean joinReel() {
        return joinReel;
    }

    // for tests
    public Button[] formatButtons() {
        return new Button[] { mp4, webm };
    }

    public Button reelButton() {
        return reel;
    }

    public Text folderText() {
        return folderText;
    }

    public Button okButton() {
        return getButton(IDialogConstants.OK_ID);
    }
}
