package org.attune.ui.internal.parts;

import org.attune.ui.VideoDefaults;
import org.attune.ui.WorkbenchPreferences;
import org.attune.ui.WorkbenchSession;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Group;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;
import org.osgi.service.prefs.BackingStoreException;

/** Edit › Preferences…: coder, autosave interval, video defaults; OK stores and applies them at once. */
public final class PreferencesDialog extends Dialog {

    private final WorkbenchSession session;
    private final IEclipsePreferences node;
    private Text coderName;
    private Text coderId;
    private Spinner autosave;
    private Text frameRate;
    private Spinner stepFrames;
    private Spinner bigStepMs;
    private Label problem;

    public PreferencesDialog(Shell parent, WorkbenchSession session, IEclipsePreferences node) {
        super(parent);
        this.session = session;
        this.node = node;
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText("Preferences");
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        WorkbenchPreferences.Values values = WorkbenchPreferences.read(node);

        Group coder = group(area, "Coder");
        coderName = field(coder, "Name:", values.coderName(), "Who codes in this workbench; made the current coder of each corpus opened");
        coderId = field(coder, "Id:", values.coderId(), "The coder's id in the corpus (blank: found by name, or made from it)");

        Group saving = group(area, "Saving");
        autosave = spinner(saving, "Autosave every (seconds):", values.autosaveSeconds(), 5, 3600,
                "Unsaved coding is written to autosave copies this often: a crash loses at most this much");

        Group video = group(area, "Video");
        frameRate = field(video, "Default frame rate (fps):", format(values.video().frameRate()),
                "For cases whose media do not tell their frame rate");
        stepFrames = spinner(video, "← / → step (frames):", values.video().stepFrames(), 1, 10_000,
                "How far the arrow keys step on the timeline");
        bigStepMs = spinner(video, "Shift+← / → step (ms):", (int) values.video().bigStepMs(), 1, 3_600_000,
                "How far Shift+arrow steps on the timeline");

        problem = new Label(area, SWT.WRAP);
        problem.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        problem.setForeground(area.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        return area;
    }

    private static String format(double fps) {
        return fps == Math.rint(fps) ? String.valueOf((long) fps) : String.valueOf(fps);
    }

    private static Group group(Composite parent, String title) {
        Group group = new Group(parent, SWT.NONE);
        group.setText(title);
        group.setLayout(new GridLayout(2, false));
        group.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        return group;
    }

    private static Text field(Composite parent, String label, String value, String tip) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
        data.widthHint = 220;
        text.setLayoutData(data);
        text.setText(value);
        text.setToolTipText(tip);
        return text;
    }

    private static Spinner spinner(Composite parent, String label, int value, int min, int max, String tip) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 10);
        spinner.setToolTipText(tip);
        return spinner;
    }

    /** The values in the fields, checked (throws with what is wrong). */
    public WorkbenchPreferences.Values values() {
        double fps;
        try {
            fps = Double.parseDouble(frameRate.getText().strip().replace(',', '.'));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("The default frame rate '" + frameRate.getText() + "' is not a number");
        }
        return new WorkbenchPreferences.Values(coderName.getText(), coderId.getText(), autosave.getSelection(),
                new VideoDefaults(fps, stepFrames.getSelection(), bigStepMs.getSelection()));
    }

    @Override
    protected void okPressed() {
        try {
            WorkbenchPreferences.Values values = values();
            WorkbenchPreferences.write(node, values);
            WorkbenchPreferences.apply(values, session);
        } catch (IllegalArgumentException e) {
            problem.setText(e.getMessage());
            problem.getParent().layout(true, true);
            return;
        } catch (BackingStoreException e) {
            ILog.of(getClass()).error("Could not store the preferences", e);
            problem.setText("Could not store the preferences: " + e.getMessage());
            return;
        }
        super.okPressed();
    }

    /** For tests: the fields and OK. */
    public Text coderNameField() {
        return coderName;
    }

    public Text coderIdField() {
        return coderId;
    }

    public Spinner autosaveField() {
        return autosave;
    }

    public Text frameRateField() {
        return frameRate;
    }

    public Spinner stepFramesField() {
        return stepFrames;
    }

    public String problemText() {
        return problem.getText();
    }

    public void pressOk() {
        Button ok = getButton(IDialogConstants.OK_ID);
        ok.notifyListeners(SWT.Selection, new org.eclipse.swt.widgets.Event());
    }
}
