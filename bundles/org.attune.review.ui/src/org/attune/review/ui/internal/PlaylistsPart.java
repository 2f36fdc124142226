package org.attune.review.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.attune.model.CodedMoment;
import org.attune.ui.WorkbenchSession;
import org.attune.ui.internal.parts.MomentsPart;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;

import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/** The e4 part around {@link PlaylistsComposite}. */
public class PlaylistsPart {

    static final String MOMENTS_PART = "org.attune.ui.part.moments";

    @Inject
    private WorkbenchSession session;

    @Inject
    private EPartService parts;

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

    /** The moments selected in the Moments table; else the open case's moments at the playhead. */
    private List<CodedMoment> picked() {
        List<CodedMoment> selected = new ArrayList<>();
        MPart part = parts.findPart(MOMENTS_PART);
        if (part != null && part.getObject() instanceof MomentsPart moments && moments.moments() != null
                && !moments.moments().isDisposed()) {
            Table table = moments.moments().table();
            List<CodedMoment> rows = moments.moments().rows();
            for (int index : table.getSelectionIndices()) {
                if (index < rows.size()) {
                    selected.add(rows.get(index));
                }
            }
        }
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
