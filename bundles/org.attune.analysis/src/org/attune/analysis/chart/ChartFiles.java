package org.attune.analysis.chart;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;

import javax.imageio.ImageIO;

/**
 * Writes a chart as SVG or PNG, chosen by the file's extension. The file is written to a temporary
 * file next to it and renamed over it, so a failure never leaves a half-written picture.
 */
public final class ChartFiles {

    /** The picture formats, by file extension. */
    public enum Format { SVG, PNG }

    private ChartFiles() {
    }

    /** The format a file name asks for; an IllegalArgumentException naming the file when it is neither. */
    public static Format formatOf(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".svg")) {
            return Format.SVG;
        }
        if (name.endsWith(".png")) {
            return Format.PNG;
        }
        throw new IllegalArgumentException(file + ": the picture must be a .svg or a .png file");
    }

    public static String svg(Chart chart) {
        SvgCanvas canvas = new SvgCanvas(chart.width(), chart.height());
        chart.paint(canvas);
        return canvas.document();
    }

    public static java.awt.image.BufferedImage png(Chart chart) {
        PngCanvas canvas = new PngCanvas(chart.width(), chart.height());
        try {
            chart.paint(canvas);
            return canvas.image();
        } finally {
            canvas.dispose();
        }
    }

    /** Writes the chart to the file (SVG or PNG by its extension), atomically. */
    public static void write(Chart chart, Path file) throws IOException {
        Format format = formatOf(file);
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(file.toString(), null, "its folder does not exist");
        }
        Path temp;
        try {
            temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        } catch (IOException e) {
            throw new IOException(file + ": cannot write in its folder (" + e.getMessage() + ")", e);
        }
        try {
            try (OutputStream out = Files.newOutputStream(temp)) {
                if (format == Format.SVG) {
                    out.write(svg(chart).getBytes(StandardCharsets.UTF_8));
                } else if (!ImageIO.write(png(chart), "png", out)) {
                    throw new IOException("no PNG writer in this Java");
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw new IOException(file + ": cannot write the chart (" + e.getMessage() + ")", e);
        }
    }
}
