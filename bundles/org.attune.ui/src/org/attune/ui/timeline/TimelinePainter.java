package org.attune.ui.timeline;

/** What the timeline draws with: an SWT GC in the workbench, anything in a test. Colours are 0xRRGGBB. */
public interface TimelinePainter {

    void fillRect(int x, int y, int width, int height, int rgb);

    void drawLine(int x1, int y1, int x2, int y2, int rgb);

    /** Draws text with its top-left corner at x, y (transparent background). */
    void drawText(String text, int x, int y, int rgb);

    /** Limits drawing to a rectangle. */
    void clip(int x, int y, int width, int height);

    /** Lifts the clip. */
    void unclip();
}
