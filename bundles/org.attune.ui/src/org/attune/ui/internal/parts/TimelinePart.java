package org.attune.ui.internal.parts;

import org.attune.ui.WorkbenchSession;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The e4 part around {@link TimelineCanvas}; shows the one dirty state of the open corpus. */
public class TimelinePart {

    @Inject
    private WorkbenchSession session;

    @Inject
    private MPart part;

    private TimelineCanvas timeline;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        timeline = new TimelineCanvas(parent, session);
        timeline.onDirtyChange(() -> part.setDirty(session.editor() != null && session.editor().isDirty()));
    }

    @Focus
    public void focus() {
        timeline.canvas().setFocus();
    }

    public TimelineCanvas timeline() {
        return timeline;
    }
}
