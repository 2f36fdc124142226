package org.attune.analysis.chart;

import java.util.Map;

import org.attune.analysis.CodeColors;

/** Draws a chart as an SVG 1.1 document: shapes as rect/line, text as text elements. */
public final class SvgCanvas implements ChartCanvas {

    private final StringBuilder body = new StringBuilder();
    private final int width;
    private final int height;

    public SvgCanvas(int width, int height) {
        this.width = width;
        this.height = height;
    }

    @Override
    public void rect(int x, int y, int w, int h, int rgb, Map<String, String> data) {
        body.append("  <rect x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(Math.max(0, w))
                .append("\" height=\"").append(Math.max(0, h)).append("\" fill=\"").append(CodeColors.hex(rgb)).append('"');
        data.forEach((name, value) -> {
            body.append(' ').append(name.equals("kind") ? "class" : "data-" + name).append("=\"").append(escape(value))
                    .append('"');
        });
        body.append("/>\n");
    }

    @Override
    public void line(int x1, int y1, int x2, int y2, int rgb) {
        // half-pixel coordinates keep one-pixel lines crisp
        body.append("  <line x1=\"").append(x1 + 0.5).append("\" y1=\"").append(y1 + 0.5).append("\" x2=\"")
                .append(x2 + 0.5).append("\" y2=\"").append(y2 + 0.5).append("\" stroke=\"").append(CodeColors.hex(rgb))
                .append("\" stroke-width=\"1\"/>\n");
    }

    @Override
    public void text(String text, int x, int y, int size, boolean bold, Anchor anchor, int rgb) {
        body.append("  <text x=\"").append(x).append("\" y=\"").append(y).append("\" font-size=\"").append(size)
                .append('"');
        if (bold) {
            body.append(" font-weight=\"bold\"");
        }
        if (anchor != Anchor.START) {
            body.append(" text-anchor=\"").append(anchor == Anchor.MIDDLE ? "middle" : "end").append('"');
        }
        body.append(" fill=\"").append(CodeColors.hex(rgb)).append("\">").append(escape(text)).append("</text>\n");
    }

    /** The finished document. */
    public String document() {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\""
                + width + "\" height=\"" + height + "\" viewBox=\"0 0 " + width + " " + height
                + "\" font-family=\"DejaVu Sans, Arial, Helvetica, sans-serif\">\n" + body + "</svg>\n";
    }

    /** XML-escapes text; characters XML cannot hold at all are left out. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
            case '<' -> out.append("&lt;");
            case '>' -> out.append("&gt;");
            case '&' -> out.append("&amp;");
            case '"' -> out.append("&quot;");
            case '\'' -> out.append("&apos;");
            default -> {
                boolean legal = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF)
                        || (c >= 0xE000 && c <= 0xFFFD) || c >= 0x10000;
                if (legal) {
                    out.appendCodePoint(c);
                }
            }
            }
        });
        return out.toString();
    }
}
