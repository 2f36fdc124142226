package org.attune.index.ui.internal;

import java.util.List;

import org.attune.model.Playlist;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * "Add to playlist…": choose one of the corpus's playlists from a list (↑/↓, Enter or a
 * double-click), or type the name of a new one.
 */
final class PlaylistChoiceDialog extends Dialog {

    static final String TITLE = "Add to playlist";

    private final String what;
    private final List<Playlist> playlists;
    private org.eclipse.swt.widgets.List list;
    private Text name;
    private String chosen;

    PlaylistChoiceDialog(Shell parent, String what, List<Playlist> playlists) {
        super(parent);
        this.what = what;
        this.playlists = playlists;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(TITLE);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(1, false));
        new Label(area, SWT.NONE).setText("Add " + what + " to the playlist (moments it lists already are skipped):");
        list = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.SINGLE | SWT.V_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.heightHint = 160;
        listData.widthHint = 360;
        list.setLayoutData(listData);
        for (Playlist p : playlists) {
            list.add(p.getName() + "  (" + p.getEntries().size() + (p.getEntries().size() == 1 ? " moment)" : " moments)"));
        }
        new Label(area, SWT.NONE).setText("or to a new playlist of this name:");
        name = new Text(area, SWT.BORDER);
        name.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        list.addListener(SWT.Selection, e -> {
            int i = list.getSelectionIndex();
            if (i >= 0) {
                name.setText(playlists.get(i).getName());
            }
        });
        list.addListener(SWT.DefaultSelection, e -> {
            if (list.getSelectionIndex() >= 0) {
                okPressed();
            }
        });
        name.addListener(SWT.Modify, e -> {
            int i = list.getSelectionIndex();
            if (i >= 0 && !playlists.get(i).getName().equals(name.getText())) {
                list.deselectAll();
            }
            update();
        });
        if (playlists.isEmpty()) {
            list.add("(the corpus has no playlists yet: type a name below)");
            list.setEnabled(false);
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        getButton(IDialogConstants.OK_ID).setText("Add");
        update();
        if (playlists.isEmpty()) {
            name.setFocus();
        } else {
            list.setFocus();
        }
    }

    private void update() {
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(!name.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        if (name.getText().isBlank()) {
            return;
        }
        chosen = name.getText().strip();
        super.okPressed();
    }

    /** The playlist's name (an existing one or a new one); null when cancelled. */
    String chosen() {
        return chosen;
    }
}
