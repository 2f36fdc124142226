package org.attune.analysis.ui.internal;

import org.attune.analysis.chart.AgreementTracks;
import org.attune.ui.WorkbenchSession;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;

/**
 * Paints {@link AgreementTracks} (the two coders' tracks with the disagreements) in one widget, scrolled
 * when the tracks are taller than the part; a click seeks the workbench playhead to that time.
 */
final class AgreementTracksCanvas {

    private final WorkbenchSession session;
    private final ScrolledComposite scroller;
    private final Canvas canvas;
    private final SwtChartCanvas painter;
    private AgreementTracks tracks;
    private String message = "";
    private boolean following;
    private static final int FOLLOW_MS = 100;

    AgreementTracksCanvas(Composite parent, WorkbenchSession session) {
        this.session = session;
        scroller = new ScrolledComposite(parent, SWT.V_SCROLL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        canvas = new Canvas(scroller, SWT.DOUBLE_BUFFERED | SWT.NO_BACKGROUND);
        canvas.setToolTipText("Coder A above coder B per track; a red band marks each disagreement. Click to seek.");
        scroller.setContent(canvas);
        painter = new SwtChartCanvas(parent.getDisplay());
        canvas.addListener(SWT.Paint, this::paint);
        canvas.addListener(SWT.MouseDown, this::mouseDown);
        canvas.addListener(SWT.Resize, e -> canvas.redraw());
        canvas.addDisposeListener(e -> painter.dispose());
    }

    /** Shows these tracks (null: none, with the message instead). */
    void show(AgreementTracks newTracks, String newMessage) {
        tracks = newTracks;
        message = newMessage == null ? "" : newMessage;
        scroller.setMinHeight(tracks == null ? 0 : tracks.height());
        canvas.redraw();
    }

    AgreementTracks tracks() {
        return tracks;
    }

    Canvas canvas() {
        return canvas;
    }

    Composite control() {
        return scroller;
    }

    void playheadMoved() {
        if (!canvas.isDisposed()) {
            canvas.redraw();
            follow();
        }
    }

    /** While the playhead plays, listeners hear nothing: redraw at a few frames a second until it stops. */
    private void follow() {
        if (following || session.playhead() == null || !session.playhead().isPlaying()) {
            return;
        }
        following = true;
        canvas.getDisplay().timerExec(FOLLOW_MS, () -> {
            following = false;
            if (!canvas.isDisposed()) {
                canvas.redraw();
                follow();
            }
        });
    }

    private void paint(Event e) {
        Rectangle area = canvas.getClientArea();
        e.gc.setBackground(e.display.getSystemColor(SWT.COLOR_WHITE));
        e.gc.fillRectangle(area);
        if (tracks == null) {
            e.gc.setForeground(e.display.getSystemColor(SWT.COLOR_DARK_GRAY));
            e.gc.drawText(message, 10, 10, true);
            return;
        }
        tracks.setWidth(area.width);
        tracks.setPlayhead(session.playhead() == null ? -1 : session.playhead().positionMs());
        tracks.paint(painter.on(e.gc));
    }

    private void mouseDown(Event e) {
        if (tracks != null && e.button == 1 && session.playhead() != null) {
            tracks.setWidth(canvas.getClientArea().width);
            session.playhead().seek(tracks.timeAt(e.x));
        }
    }
}
