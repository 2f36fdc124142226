package org.attune.ui.timeline;

/**
 * Maps case time (ms) to pixels and back for a view of a given width: which stretch of the
 * case is visible and how far it is zoomed, from the whole session down to single frames.
 */
public final class TimeAxis {

    /** At the deepest zoom one frame is this many pixels wide. */
    public static final double PIXELS_PER_FRAME_MAX = 24;

    private long durationMs = 60_000;
    private double frameMs = 40;
    private int width = 1;
    private double startMs;
    private double msPerPixel = 60;

    /** The length of the case and the length of one frame. */
    public void setContent(long durationMs, double frameRate) {
        this.durationMs = Math.max(1, durationMs);
        this.frameMs = frameRate > 0 ? 1000.0 / frameRate : 40;
        clamp();
    }

    /** The width in pixels that the time axis is drawn in. */
    public void setWidth(int width) {
        boolean wasAll = width > 0 && isWholeSession();
        this.width = Math.max(1, width);
        if (wasAll) {
            showAll();
        } else {
            clamp();
        }
    }

    public int width() {
        return width;
    }

    public long durationMs() {
        return durationMs;
    }

    public double frameMs() {
        return frameMs;
    }

    public double startMs() {
        return startMs;
    }

    public double endMs() {
        return startMs + width * msPerPixel;
    }

    public double msPerPixel() {
        return msPerPixel;
    }

    /** The most zoomed out: the whole session fills the width. */
    public double maxMsPerPixel() {
        return Math.max(minMsPerPixel(), (double) durationMs / width);
    }

    /** The most zoomed in: one frame is {@link #PIXELS_PER_FRAME_MAX} pixels. */
    public double minMsPerPixel() {
        return frameMs / PIXELS_PER_FRAME_MAX;
    }

    public boolean isWholeSession() {
        return msPerPixel >= maxMsPerPixel() - 1e-9 && startMs <= 0;
    }

    /** Pixel (0 = left edge of the axis) of a time; may be outside 0..width. */
    public double x(double ms) {
        return (ms - startMs) / msPerPixel;
    }

    /** Time at a pixel. */
    public long timeAt(double x) {
        return Math.max(0, Math.min(durationMs, Math.round(startMs + x * msPerPixel)));
    }

    /** Zooms out to the whole session. */
    public void showAll() {
        msPerPixel = maxMsPerPixel();
        startMs = 0;
    }

    /** Zooms by a factor (> 1 zooms in) keeping the time under pixel {@code anchorX} in place. */
    public void zoom(double factor, double anchorX) {
        double anchorMs = startMs + anchorX * msPerPixel;
        msPerPixel = msPerPixel / factor;
        clampScale();
        startMs = anchorMs - anchorX * msPerPixel;
        clamp();
    }

    /** Sets the scale directly (ms per pixel), keeping the left edge. */
    public void setMsPerPixel(double value) {
        msPerPixel = value;
        clamp();
    }

    /** Shows a time range (as far as the zoom limits allow). */
    public void show(double fromMs, double toMs) {
        msPerPixel = Math.max(1e-9, (toMs - fromMs) / width);
        clampScale();
        startMs = fromMs;
        clamp();
    }

    /** Scrolls by pixels (positive: later). */
    public void scrollPixels(double dx) {
        startMs += dx * msPerPixel;
        clamp();
    }

    /** Scrolls so that a time is visible, paging when it leaves the view (for a playing playhead). */
    public void reveal(long ms) {
        if (ms < startMs || ms > endMs()) {
            startMs = ms - width * msPerPixel * 0.1;
            clamp();
        }
    }

    private void clampScale() {
        msPerPixel = Math.max(minMsPerPixel(), Math.min(maxMsPerPixel(), msPerPixel));
    }

    private void clamp() {
        clampScale();
        double maxStart = Math.max(0, durationMs - width * msPerPixel);
        startMs = Math.max(0, Math.min(maxStart, startMs));
    }

    /** A tick step (ms) that leaves at least {@code minPixels} between labelled ticks. */
    public long tickStepMs(int minPixels) {
        double wanted = minPixels * msPerPixel;
        for (long step : STEPS) {
            if (step >= wanted) {
                return step;
            }
        }
        return STEPS[STEPS.length - 1];
    }

    private static final long[] STEPS = {1, 2, 5, 10, 20, 50, 100, 200, 500, 1_000, 2_000, 5_000, 10_000, 15_000, 30_000,
            60_000, 120_000, 300_000, 600_000, 900_000, 1_800_000, 3_600_000, 7_200_000};

    /** {@code h:mm:ss.mmm}, shortened where the step allows ({@code m:ss} for whole seconds). */
    public static String format(long ms, long stepMs) {
        long h = ms / 3_600_000;
        long m = ms / 60_000 % 60;
        long s = ms / 1000 % 60;
        long milli = ms % 1000;
        StringBuilder b = new StringBuilder();
        if (h > 0) {
            b.append(h).append(':').append(m < 10 ? "0" : "");
        }
        b.append(m).append(':').append(s < 10 ? "0" : "").append(s);
        if (stepMs < 1000) {
            b.append('.').append(String.format("%03d", milli));
        }
        return b.toString();
    }

    /** Full {@code h:mm:ss.mmm}. */
    public static String format(long ms) {
        return String.format("%d:%02d:%02d.%03d", ms / 3_600_000, ms / 60_000 % 60, ms / 1000 % 60, ms % 1000);
    }
}
