package org.attune.ui.internal.parts;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.attune.model.CodingScheme;
import org.attune.ui.MediaFiles;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/** Add Case…: the title, the coding scheme and the media files of a new case. */
public final class AddCaseDialog extends Dialog {

    private final List<CodingScheme> schemes;
    private final List<Path> files = new ArrayList<>();
    private Text title;
    private Combo scheme;
    private org.eclipse.swt.widgets.List fileList;
    private String chosenTitle;
    private CodingScheme chosenScheme;

    public AddCaseDialog(Shell parent, List<CodingScheme> schemes, List<Path> initialFiles) {
        super(parent);
        this.schemes = schemes;
        files.addAll(initialFiles);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Add Case");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText("Title:");
        title = new Text(area, SWT.BORDER);
        GridData wide = new GridData(SWT.FILL, SWT.CENTER, true, false);
        wide.widthHint = 360;
        title.setLayoutData(wide);
        title.addListener(SWT.Modify, e -> update());
        new Label(area, SWT.NONE).setText("Coding scheme:");
        scheme = new Combo(area, SWT.READ_ONLY);
        scheme.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        for (CodingScheme s : schemes) {
            scheme.add(s.getName() + (s.getVersion() != null ? " " + s.getVersion() : "")
                    + (s.eResource() == null || s.eContainer() == null ? "  (built-in: copied into the corpus)" : ""));
        }
        if (!schemes.isEmpty()) {
            scheme.select(0);
        }
        Label mediaLabel = new Label(area, SWT.NONE);
        mediaLabel.setText("Media files:");
        mediaLabel.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
        fileList = new org.eclipse.swt.widgets.List(area, SWT.BORDER | SWT.MULTI | SWT.V_SCROLL | SWT.H_SCROLL);
        GridData listData = new GridData(SWT.FILL, SWT.FILL, true, true);
        listData.heightHint = 90;
        fileList.setLayoutData(listData);
        new Label(area, SWT.NONE);
        Composite buttons = new Composite(area, SWT.NONE);
        buttons.setLayout(new GridLayout(2, true));
        Button add = new Button(buttons, SWT.PUSH);
        add.setText("Add files…");
        add.addListener(SWT.Selection, e -> chooseFiles());
        Button remove = new Button(buttons, SWT.PUSH);
        remove.setText("Remove");
        remove.addListener(SWT.Selection, e -> {
            int[] selected = fileList.getSelectionIndices();
            for (int i = selected.length - 1; i >= 0; i--) {
                files.remove(selected[i]);
            }
            showFiles();
        });
        Label hint = new Label(area, SWT.WRAP);
        hint.setText("The media stay where they are (paths inside the corpus folder are kept relative); their frame"
                + " rate and length are read with GStreamer. Files can also be dropped on the corpus explorer.");
        GridData hintData = new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1);
        hintData.widthHint = 440;
        hint.setLayoutData(hintData);
        showFiles();
        if (!files.isEmpty()) {
            title.setText(titleOf(files.get(0)));
        }
        return area;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        super.createButtonsForButtonBar(parent);
        update();
    }

    private void chooseFiles() {
        FileDialog dialog = new FileDialog(getShell(), SWT.OPEN | SWT.MULTI);
        dialog.setText("Media files of the case");
        dialog.setFilterExtensions(new String[] {
            String.join(";", MediaFiles.EXTENSIONS.stream().sorted().map(e -> "*." + e).toList()), "*"});
        dialog.setFilterNames(new String[] {"Video files", "All files"});
        if (dialog.open() != null) {
            for (String name : dialog.getFileNames()) {
                files.add(Path.of(dialog.getFilterPath(), name));
            }
            if (title.getText().isBlank() && !files.isEmpty()) {
                title.setText(titleOf(files.get(0)));
            }
            showFiles();
        }
    }

    private void showFiles() {
        fileList.removeAll();
        for (Path file : files) {
            fileList.add(file.toString());
        }
    }

    private void update() {
        Button ok = getButton(IDialogConstants.OK_ID);
        if (ok != null) {
            ok.setEnabled(!title.getText().isBlank());
        }
    }

    @Override
    protected void okPressed() {
        chosenTitle = title.getText().strip();
        int i = scheme.getSelectionIndex();
        chosenScheme = i >= 0 ? schemes.get(i) : null;
        super.okPressed();
    }

    public String title() {
        return chosenTitle;
    }

    public CodingScheme scheme() {
        return chosenScheme;
    }

    public List<Path> files() {
        return List.copyOf(files);
    }

    /** For tests: the title field, the scheme choice and OK. */
    public Text titleField() {
        return title;
    }

    public Combo schemeField() {
        return scheme;
    }

    public boolean canFinish() {
        return getButton(IDialogConstants.OK_ID).isEnabled();
    }

    public void pressOk() {
        okPressed();
    }

    /** A title from a file name: "family-03_cam1.mp4" → "family-03 cam1". */
    static String titleOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return (dot > 0 ? name.substring(0, dot) : name).replace('_', ' ');
    }
}
