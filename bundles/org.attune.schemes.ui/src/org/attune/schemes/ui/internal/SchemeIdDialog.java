package org.attune.schemes.ui.internal;

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

/** Asks for a new scheme's id (its file name, never changed later) and name. */
final class SchemeIdDialog extends Dialog {

    private final String title;
    private final String message;
    private String id;
    private String name;
    private Text idText;
    private Text nameText;
    private Label problem;

    SchemeIdDialog(Shell parent, String title, String message, String id, String name) {
        super(parent);
        this.title = title;
        this.message = message;
        this.id = id;
        this.name = name;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(title);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        Label intro = new Label(area, SWT.WRAP);
        intro.setText(message);
        GridData introData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        introData.widthHint = 420;
        intro.setLayoutData(introData);
        new Label(area, SWT.NONE).setText("Id:");
        idText = new Text(area, SWT.BORDER);
        idText.setText(id);
        idText.setToolTipText("Letters, digits, '.', '_' and '-': names the scheme's file; cases point at it, so it never changes");
        idText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        new Label(area, SWT.NONE).setText("Name:");
        nameText = new Text(area, SWT.BORDER);
        nameText.setText(name);
        nameText.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        problem = new Label(area, SWT.WRAP);
        problem.setForeground(parent.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
        idText.addListener(SWT.Modify, e -> validate());
        nameText.addListener(SWT.Modify, e -> validate());
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        validate();
    }

    private void validate() {
        String text = null;
        if (!idText.getText().trim().matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            text = "The id may hold letters, digits, '.', '_' and '-' and starts with a letter or digit.";
        } else if (nameText.getText().isBlank()) {
            text = "Give the scheme a name.";
        }
        problem.setText(text == null ? "" : text);
        if (getButton(IDialogConstants.OK_ID) != null) {
            getButton(IDialogConstants.OK_ID).setEnabled(text == null);
        }
    }

    @Override
    protected void okPressed() {
        id = idText.getText().trim();
        name = nameText.getText().trim();
        super.okPressed();
    }

    String id() {
        return id;
    }

    String name() {
        return name;
    }
}
