package org.attune.review.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.attune.model.CodedMoment;
import org.attune.ui.WorkbenchSession;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The e4 part around {@link PlaylistsComposite}. */
public class PlaylistsPart {

    @Inject
    private WorkbenchSession session;

    private PlaylistsComposite playlists;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        playlists = new PlaylistsComposite(parent, session, this::picked);
    }

    @Focus
    public void focus() {
        playlists.viewer().getTable().setFocus();
    }

    public PlaylistsComposite playlists() {
        return playlists;
    }

    /** The moments selected in the workbench (Moments table or timeline); else the open case's moments at the playhead. */
    private List<CodedMoment> picked() {
        List<CodedMoment> selected = session.selectedMoments();
        return selected.isEmpty() ? atPlayhead(session) : selected;
    }

    static List<CodedMoment> atPlayhead(WorkbenchSession session) {
        List<CodedMoment> found = new ArrayList<>();
        if (session.currentCase() == null) {
            return found;
        }
        long now = session.playhead().positionMs();
        for (CodedMoment moment : session.currentCase().getMoments()) {
            long start = Math.min(moment.getStartMs(), moment.getEndMs());
            long end = Math.max(moment.getStartMs(), moment.getEndMs());
            if (start == end ? Math.abs(now - start) <= 500 : start <= now && now <= end) {
                found.add(moment);
            }
        }
        return found;
    }
}
