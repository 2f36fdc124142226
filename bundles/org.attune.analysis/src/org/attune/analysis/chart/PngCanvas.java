package org.attune.analysis.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Map;

/** Draws a chart into a {@link BufferedImage} (java.awt, headless: no display needed). */
public final class PngCanvas implements ChartCanvas {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private final BufferedImage image;
    private final Graphics2D g;

    public PngCanvas(int width, int height) {
        image = new BufferedImage(Math.max(1, width), Math.max(1, height), BufferedImage.TYPE_INT_RGB);
        g = image.createGraphics();
        // shapes stay sharp (a bar is exactly its colour); only text is smoothed
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    }

    @Override
    public void rect(int x, int y, int width, int height, int rgb, Map<String, String> data) {
        g.setColor(new Color(rgb));
        g.fillRect(x, y, width, height);
    }

    @Override
    public void line(int x1, int y1, int x2, int y2, int rgb) {
        g.setColor(new Color(rgb));
        g.drawLine(x1, y1, x2, y2);
    }

    @Override
    public void text(String text, int x, int y, int size, boolean bold, Anchor anchor, int rgb) {
        g.setFont(new Font(Font.SANS_SERIF, bold ? Font.BOLD : Font.PLAIN, size));
        int w = g.getFontMetrics().stringWidth(text);
        int left = switch (anchor) {
        case START -> x;
        case MIDDLE -> x - w / 2;
        case END -> x - w;
        };
        g.setColor(new Color(rgb));
        g.drawString(text, left, y);
    }

    /** The picture drawn so far. */
    public BufferedImage image() {
        return image;
    }

    public void dispose() {
        g.dispose();
    }
}
