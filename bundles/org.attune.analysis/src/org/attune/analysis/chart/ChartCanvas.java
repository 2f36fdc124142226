package org.attune.analysis.chart;

import java.util.Map;

/**
 * What a {@link Chart} draws on: an SVG document, a PNG picture, or a widget in the workbench. Integer
 * pixels, colours 0xRRGGBB, text as text (so an SVG stays searchable and editable).
 */
public interface ChartCanvas {

    /** Where a text's x lies: at its start, middle or end. */
    enum Anchor { START, MIDDLE, END }

    /**
     * A filled rectangle.
     *
     * @param data what the shape stands for ({@code kind}, {@code code}, {@code coder}, ...): written
     *             into an SVG as {@code class} and {@code data-*} attributes so a reader can find the
     *             bars and moments; pictures ignore it. May be empty.
     */
    void rect(int x, int y, int width, int height, int rgb, Map<String, String> data);

    /** A line one pixel wide. */
    void line(int x1, int y1, int x2, int y2, int rgb);

    /** Text whose baseline is at {@code y}. */
    void text(String text, int x, int y, int size, boolean bold, Anchor anchor, int rgb);

    /** The width the charts lay text out with: an estimate that holds for common sans-serif fonts. */
    static int textWidth(String text, int size) {
        return (int) Math.ceil(text.length() * size * 0.58);
    }
}
