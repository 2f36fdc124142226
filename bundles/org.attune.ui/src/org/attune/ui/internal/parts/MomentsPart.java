package org.attune.ui.internal.parts;

import org.attune.ui.WorkbenchSession;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The e4 part around {@link MomentsComposite}. */
public class MomentsPart {

    @Inject
    private WorkbenchSession session;

    private MomentsComposite moments;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        moments = new MomentsComposite(parent, session);
    }

    @Focus
    public void focus() {
        moments.table().setFocus();
    }

    public MomentsComposite moments() {
        return moments;
    }
}
