package org.attune.analysis.ui.internal;

import org.attune.ui.CorpusEditor;
import org.attune.ui.Playhead;
import org.attune.ui.WorkbenchSession;
import org.eclipse.swt.widgets.Control;

/**
 * Tells a part when its analysis is stale (another corpus or case opened, a moment coded, undone or
 * saved) — at most once per burst of changes — and when the playhead moves. Unhooks itself when the
 * part's control is disposed.
 */
final class SessionWatcher {

    private static final int SETTLE_MS = 400;

    private final WorkbenchSession session;
    private final Control owner;
    private final Runnable stale;
    private final Runnable playheadMoved;
    private final Runnable editorListener = this::schedule;
    private final Playhead.Listener playheadListener;
    private final WorkbenchSession.Listener sessionListener = this::sessionChanged;
    private CorpusEditor editor;
    private Playhead playhead;
    private boolean scheduled;

    SessionWatcher(WorkbenchSession session, Control owner, Runnable stale, Runnable playheadMoved) {
        this.session = session;
        this.owner = owner;
        this.stale = stale;
        this.playheadMoved = playheadMoved;
        this.playheadListener = p -> {
            if (!owner.isDisposed()) {
                owner.getDisplay().asyncExec(() -> {
                    if (!owner.isDisposed()) {
                        playheadMoved.run();
                    }
                });
            }
        };
        session.addListener(sessionListener);
        hook();
        owner.addDisposeListener(e -> {
            session.removeListener(sessionListener);
            if (editor != null) {
                editor.removeListener(editorListener);
            }
            if (playhead != null) {
                playhead.removeListener(playheadListener);
            }
        });
    }

    private void sessionChanged(WorkbenchSession.Change change) {
        hook();
        if (change == WorkbenchSession.Change.PLAYHEAD) {
            playheadMoved.run();
        } else if (change != WorkbenchSession.Change.CODER) {
            schedule();
        }
    }

    private void hook() {
        if (editor != session.editor()) {
            if (editor != null) {
                editor.removeListener(editorListener);
            }
            editor = session.editor();
            if (editor != null) {
                editor.addListener(editorListener);
            }
        }
        if (playhead != session.playhead()) {
            if (playhead != null) {
                playhead.removeListener(playheadListener);
            }
            playhead = session.playhead();
            if (playhead != null) {
                playhead.addListener(playheadListener);
            }
        }
    }

    private void schedule() {
        if (scheduled || owner.isDisposed()) {
            return;
        }
        scheduled = true;
        owner.getDisplay().timerExec(SETTLE_MS, () -> {
            scheduled = false;
            if (!owner.isDisposed()) {
                stale.run();
            }
        });
    }
}
