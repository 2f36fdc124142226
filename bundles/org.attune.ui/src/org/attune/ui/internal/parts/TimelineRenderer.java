package org.attune.ui.internal.parts;

import java.util.Collection;

import org.attune.model.CodedMoment;
import org.attune.ui.timeline.TimelineView;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;

/**
 * Paints a {@link TimelineView} with SWT, keeping its static layer (tracks, moments, ruler) in
 * an offscreen image: while only the playhead moves — playback — a repaint is one image copy
 * plus the playhead. The layer is painted again when the zoom, scroll, size or moments change.
 */
public final class TimelineRenderer {

    private final SwtTimelinePainter painter = new SwtTimelinePainter();
    private Image layer;
    private Object layerKey;

    /** Paints the view on a GC; returns true when the static layer had to be painted again. */
    public boolean paint(GC gc, TimelineView view, long playheadMs, Collection<CodedMoment> open, Collection<CodedMoment> selected) {
        boolean fresh = false;
        Object key = view.staticKey();
        if (layer == null || layer.isDisposed() || !key.equals(layerKey)) {
            if (view.width() <= 0 || view.height() <= 0) {
                return false;
            }
            if (layer == null || layer.isDisposed() || layer.getBounds().width != view.width()
                    || layer.getBounds().height != view.height()) {
                dispose();
                layer = new Image(Display.getCurrent(), view.width(), view.height());
            }
            GC layerGc = new GC(layer);
            try {
                view.paintStatic(painter.on(layerGc));
            } finally {
                layerGc.dispose();
            }
            layerKey = key;
            fresh = true;
        }
        gc.drawImage(layer, 0, 0);
        view.paintOverlay(painter.on(gc), playheadMs, open, selected);
        return fresh;
    }

    /** Forgets the static layer (the next paint paints it again). */
    public void invalidate() {
        layerKey = null;
    }

    public void dispose() {
        if (layer != null) {
            layer.dispose();
            layer = null;
        }
        layerKey = null;
    }
}
