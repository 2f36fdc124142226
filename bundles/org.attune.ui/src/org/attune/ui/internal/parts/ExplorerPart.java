package org.attune.ui.internal.parts;

import org.attune.ui.WorkbenchSession;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The e4 part around {@link ExplorerComposite}. */
public class ExplorerPart {

    @Inject
    private WorkbenchSession session;

    private ExplorerComposite explorer;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        explorer = new ExplorerComposite(parent, session);
    }

    @Focus
    public void focus() {
        explorer.viewer().getTree().setFocus();
    }

    public ExplorerComposite explorer() {
        return explorer;
    }
}
