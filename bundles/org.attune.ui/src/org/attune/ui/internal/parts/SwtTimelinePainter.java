package org.attune.ui.internal.parts;

import java.util.HashMap;
import java.util.Map;

import org.attune.ui.timeline.TimelinePainter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;

/** Paints the timeline with an SWT GC; keeps one Color per RGB value. */
public final class SwtTimelinePainter implements TimelinePainter {

    private final Map<Integer, Color> colors = new HashMap<>();
    private GC gc;
    private int background = -1;
    private int foreground = -1;

    /** Starts painting on a GC (a paint event's or an image's). */
    public SwtTimelinePainter on(GC newGc) {
        this.gc = newGc;
        background = -1;
        foreground = -1;
        return this;
    }

    private Color color(int rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff));
    }

    @Override
    public void fillRect(int x, int y, int width, int height, int rgb) {
        if (rgb != background) {
            gc.setBackground(color(rgb));
            background = rgb;
        }
        gc.fillRectangle(x, y, width, height);
    }

    @Override
    public void drawLine(int x1, int y1, int x2, int y2, int rgb) {
        if (rgb != foreground) {
            gc.setForeground(color(rgb));
            foreground = rgb;
        }
        gc.drawLine(x1, y1, x2, y2);
    }

    @Override
    public void drawText(String text, int x, int y, int rgb) {
        if (rgb != foreground) {
            gc.setForeground(color(rgb));
            foreground = rgb;
        }
        gc.drawText(text, x, y, SWT.DRAW_TRANSPARENT);
    }

    @Override
    public void clip(int x, int y, int width, int height) {
        gc.setClipping(x, y, width, height);
    }

    @Override
    public void unclip() {
        gc.setClipping((org.eclipse.swt.graphics.Rectangle) null);
    }
}
