package org.attune.index.ui.internal;

import org.attune.ui.WorkbenchSession;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.swt.widgets.Display;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * Starts the {@link LiveIndex} of the open corpus with the workbench (contributed by this
 * bundle's model fragment), so the index follows every edit from the first one, not only once
 * the Search tab has been shown: parts are made when first shown. It puts the live index into
 * the application context, where the Search part finds it; the index follows the corpus as it is
 * opened or switched, and closes with the workbench.
 */
public class SearchAddon {

    private IEclipseContext context;
    private LiveIndex live;

    /** Called when the session appears in the context (the session addon puts it there first). */
    @Inject
    public void session(@Optional WorkbenchSession session, IEclipseContext context) {
        if (session == null || live != null) {
            return;
        }
        Display display = Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault();
        this.context = context;
        live = new LiveIndex(session, display);
        live.start();
        context.set(LiveIndex.class, live);
    }

    /** The live index, or null before there is a session (tests). */
    public LiveIndex live() {
        return live;
    }

    @PreDestroy
    public void stop() {
        if (live != null) {
            live.stop();
            if (context != null && context.getLocal(LiveIndex.class) == live) {
                context.remove(LiveIndex.class);
            }
            live = null;
        }
    }
}
