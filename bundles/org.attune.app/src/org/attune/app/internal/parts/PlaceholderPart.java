package org.attune.app.internal.parts;

import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;

import jakarta.annotation.PostConstruct;

/**
 * Stands in a part whose real contents a later component provides; says what will appear
 * there, read from the part's persisted state {@value #TEXT_KEY}.
 */
public class PlaceholderPart {

    public static final String TEXT_KEY = "attune.placeholder";

    private Label label;

    @PostConstruct
    public void createControls(Composite parent, MPart part) {
        parent.setLayout(new GridLayout(1, false));
        label = new Label(parent, SWT.WRAP | SWT.CENTER);
        label.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, true));
        label.setText(part.getPersistedState().getOrDefault(TEXT_KEY, part.getLabel()));
        label.setData("org.eclipse.e4.ui.css.CssClassName", "attune-placeholder");
    }

    public String text() {
        return label.getText();
    }
}
