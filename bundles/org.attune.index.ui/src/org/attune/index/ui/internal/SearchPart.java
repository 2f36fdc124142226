package org.attune.index.ui.internal;

import java.nio.file.Path;

import org.attune.ui.WorkbenchSession;
import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.osgi.framework.FrameworkUtil;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The e4 Search part ({@code org.attune.ui.part.search}): {@link SearchComposite} over the
 * {@link LiveIndex} of the open corpus, the one {@link SearchAddon} started with the workbench
 * (without the addon, e.g. in a plain context, the part starts its own).
 */
public class SearchPart {

    /** The query history, in the workbench's state area. */
    static final String HISTORY_FILE = "search-history.txt";

    @Inject
    private WorkbenchSession session;

    @Inject
    @Optional
    private LiveIndex shared;

    private LiveIndex live;
    private boolean own;
    private SearchComposite search;

    @PostConstruct
    public void create(Composite parent) {
        parent.setLayout(new FillLayout());
        own = shared == null;
        live = own ? new LiveIndex(session, parent.getDisplay()) : shared;
        search = new SearchComposite(parent, session, live, new QueryHistory(historyFile()));
        if (own) {
            live.start();
        }
    }

    public static Path historyFile() {
        try {
            return Platform.getStateLocation(FrameworkUtil.getBundle(SearchPart.class)).append(HISTORY_FILE).toPath();
        } catch (RuntimeException e) {
            return Path.of(System.getProperty("user.home"), ".attune", HISTORY_FILE);
        }
    }

    @Focus
    public void focus() {
        search.query().setFocus();
    }

    @PreDestroy
    public void dispose() {
        if (live != null && own) {
            live.stop();
        }
    }

    public SearchComposite search() {
        return search;
    }

    public LiveIndex live() {
        return live;
    }
}
