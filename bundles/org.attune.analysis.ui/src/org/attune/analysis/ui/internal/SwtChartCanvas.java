package org.attune.analysis.ui.internal;

import java.util.HashMap;
import java.util.Map;

import org.attune.analysis.chart.ChartCanvas;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Display;

/** Draws a headless chart with an SWT GC; keeps one Color per RGB and one Font per size (dispose it). */
final class SwtChartCanvas implements ChartCanvas {

    private final Display display;
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Map<Integer, Font> fonts = new HashMap<>();
    private GC gc;

    SwtChartCanvas(Display display) {
        this.display = display;
    }

    SwtChartCanvas on(GC newGc) {
        gc = newGc;
        return this;
    }

    private Color color(int rgb) {
        return colors.computeIfAbsent(rgb, c -> new Color((c >> 16) & 0xff, (c >> 8) & 0xff, c & 0xff));
    }

    private Font font(int size, boolean bold) {
        int key = size * 2 + (bold ? 1 : 0);
        return fonts.computeIfAbsent(key, k -> {
            FontData data = display.getSystemFont().getFontData()[0];
            // chart sizes are pixels; SWT fonts are points (96 dpi: 0.75 pt per px)
            return new Font(display, data.getName(), Math.max(6, Math.round(size * 0.75f)), bold ? SWT.BOLD : SWT.NORMAL);
        });
    }

    @Override
    public void rect(int x, int y, int width, int height, int rgb, Map<String, String> data) {
        gc.setBackground(color(rgb));
        gc.fillRectangle(x, y, width, height);
    }

    @Override
    public void line(int x1, int y1, int x2, int y2, int rgb) {
        gc.setForeground(color(rgb));
        gc.drawLine(x1, y1, x2, y2);
    }

    @Override
    public void text(String text, int x, int y, int size, boolean bold, Anchor anchor, int rgb) {
        gc.setFont(font(size, bold));
        gc.setForeground(color(rgb));
        Point extent = gc.textExtent(text);
        int left = switch (anchor) {
        case START -> x;
        case MIDDLE -> x - extent.x / 2;
        case END -> x - extent.x;
        };
        // the chart gives the baseline, SWT the top
        gc.drawText(text, left, y - gc.getFontMetrics().getAscent(), SWT.DRAW_TRANSPARENT);
    }

    void dispose() {
        fonts.values().forEach(Font::dispose);
        fonts.clear();
        colors.clear();
    }
}
