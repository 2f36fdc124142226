package org.attune.ui.timeline;

import java.util.Collection;
import java.util.List;

import org.attune.model.CodedMoment;

/**
 * The timeline's layout and painting, without any widget: a header column with the track
 * names, a ruler, the tracks, the playhead. Paints only the visible time range, and merges
 * moments that fall into the same pixels into one rectangle, so that a repaint costs about the
 * same with 100 or 100,000 moments.
 */
public final class TimelineView {

    public static final int HEADER_WIDTH = 170;
    public static final int RULER_HEIGHT = 22;
    public static final int TRACK_HEIGHT = 22;

    private static final int BACKGROUND = 0xfafafa;
    private static final int TRACK_ODD = 0xf0f2f5;
    private static final int GRID = 0xd8dce2;
    private static final int TEXT = 0x303030;
    private static final int PLAYHEAD = 0xd62828;
    private static final int SELECTION = 0x000000;

    private final TimeAxis axis = new TimeAxis();
    private TimelineModel model;
    private int width;
    private int height;
    private int scrollY;
    /** The colour of each pixel column of the track being painted (-1: empty); reused. */
    private int[] columns = new int[0];
    /** Painted rectangles of the last paint (for tests and the benchmark). */
    private int lastRectangles;

    public TimeAxis axis() {
        return axis;
    }

    public void setModel(TimelineModel model) {
        this.model = model;
    }

    public TimelineModel model() {
        return model;
    }

    public void setSize(int width, int height) {
        this.width = width;
        this.height = height;
        axis.setWidth(Math.max(1, width - HEADER_WIDTH));
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public void setScrollY(int scrollY) {
        this.scrollY = Math.max(0, scrollY);
    }

    /** The height all tracks need. */
    public int contentHeight() {
        return RULER_HEIGHT + (model == null ? 0 : model.tracks().size()) * TRACK_HEIGHT;
    }

    public int lastRectangles() {
        return lastRectangles;
    }

    /** Pixel x (in the widget) of a time. */
    public int xOf(long ms) {
        return HEADER_WIDTH + (int) Math.floor(axis.x(ms));
    }

    /** Time at a widget x (clamped to the case). */
    public long timeAt(int x) {
        return axis.timeAt(x - HEADER_WIDTH);
    }

    /** True when a point is in the ruler or the tracks (where a click seeks). */
    public boolean isInTimeArea(int x, int y) {
        return x >= HEADER_WIDTH && x < width && y >= 0 && y < height;
    }

    /** Index of the track at a widget y, or -1. */
    public int trackAt(int y) {
        if (model == null || y < RULER_HEIGHT) {
            return -1;
        }
        int index = (y - RULER_HEIGHT + scrollY) / TRACK_HEIGHT;
        return index < model.tracks().size() ? index : -1;
    }

    /** Top y of a track in the widget. */
    public int trackY(int index) {
        return RULER_HEIGHT + index * TRACK_HEIGHT - scrollY;
    }

    /** The moment under a widget point (within 3 pixels), or null; the shortest one wins. */
    public CodedMoment momentAt(int x, int y) {
        int index = trackAt(y);
        if (index < 0 || x < HEADER_WIDTH) {
            return null;
        }
        TimelineModel.Track track = model.tracks().get(index);
        double slack = 3 * axis.msPerPixel();
        double t = axis.timeAt(x - HEADER_WIDTH);
        CodedMoment best = null;
        long bestLength = Long.MAX_VALUE;
        for (int i = track.firstVisible(t - slack); i < track.size() && track.start(i) <= t + slack; i++) {
            if (track.end(i) >= t - slack) {
                long length = track.end(i) - track.start(i);
                if (length < bestLength) {
                    best = track.moment(i);
                    bestLength = length;
                }
            }
        }
        return best;
    }

    /**
     * Paints one track: the visible moments are first rasterised into one colour per pixel
     * column (a later moment covers an earlier one, as painting would), then each run of equal
     * colour is one rectangle. The cost is bounded by the visible moments plus the width.
     */
    private int paintTrack(TimelinePainter p, TimelineModel.Track track, int y, int h, int axisWidth, double from, double to,
            double msPerPixel) {
        int[] cols = columns;
        java.util.Arrays.fill(cols, 0, axisWidth, -1);
        int lo = axisWidth;
        int hi = 0;
        double origin = -from / msPerPixel;
        for (int i = track.firstVisible(from), n = track.size(); i < n; i++) {
            long start = track.start(i);
            if (start > to) {
                break;
            }
            long end = track.end(i);
            if (end < from) {
                continue;
            }
            int x0 = (int) Math.floor(origin + start / msPerPixel);
            int x1;
            if (track.isPoint(i)) {
                x0 -= 1;
                x1 = x0 + 3;
            } else {
                x1 = Math.max(x0 + 1, (int) Math.ceil(origin + end / msPerPixel));
            }
            x0 = Math.max(0, x0);
            x1 = Math.min(axisWidth, x1);
            if (x0 < x1) {
                java.util.Arrays.fill(cols, x0, x1, track.color(i));
                lo = Math.min(lo, x0);
                hi = Math.max(hi, x1);
            }
        }
        int rects = 0;
        int x = lo;
        while (x < hi) {
            int color = cols[x];
            int runEnd = x + 1;
            while (runEnd < hi && cols[runEnd] == color) {
                runEnd++;
            }
            if (color >= 0) {
                p.fillRect(HEADER_WIDTH + x, y, runEnd - x, h, color);
                rects++;
            }
            x = runEnd;
        }
        return rects;
    }

    /**
     * Paints everything: {@link #paintStatic} then {@link #paintOverlay}.
     *
     * @param playheadMs where the playhead is
     * @param open       moments being coded (drawn up to the playhead)
     * @param selected   moments to outline
     */
    public void paint(TimelinePainter p, long playheadMs, Collection<CodedMoment> open, Collection<CodedMoment> selected) {
        paintStatic(p);
        paintOverlay(p, playheadMs, open, selected);
    }

    /**
     * What a paint of {@link #paintStatic} depends on: while it stays equal (the playhead moves,
     * nothing else), a cached image of the static layer can be reused.
     */
    public Object staticKey() {
        return java.util.Arrays.asList(model, model == null ? 0L : model.version(), width, height, scrollY, axis.startMs(),
                axis.msPerPixel());
    }

    /** The layer that does not move with the playhead: tracks, moments, ruler, track names. */
    public void paintStatic(TimelinePainter p) {
        int rects = 0;
        p.fillRect(0, 0, width, height, BACKGROUND);
        List<TimelineModel.Track> tracks = model == null ? List.of() : model.tracks();
        int left = HEADER_WIDTH;
        int right = width;
        int first = firstTrack();
        int last = lastTrack();

        p.clip(0, RULER_HEIGHT, width, Math.max(0, height - RULER_HEIGHT));
        for (int index = first; index <= last; index++) {
            int y = trackY(index);
            if (index % 2 == 1) {
                p.fillRect(0, y, width, TRACK_HEIGHT, TRACK_ODD);
            }
            p.drawLine(0, y + TRACK_HEIGHT - 1, width, y + TRACK_HEIGHT - 1, GRID);
        }
        p.clip(left, RULER_HEIGHT, Math.max(0, right - left), Math.max(0, height - RULER_HEIGHT));
        double from = axis.startMs();
        double to = axis.endMs();
        double msPerPixel = axis.msPerPixel();
        int axisWidth = Math.max(0, right - left);
        if (columns.length < axisWidth) {
            columns = new int[axisWidth];
        }
        for (int index = first; index <= last; index++) {
            rects += paintTrack(p, tracks.get(index), trackY(index) + 3, TRACK_HEIGHT - 7, axisWidth, from, to, msPerPixel);
        }
        p.unclip();

        // ruler
        p.fillRect(0, 0, width, RULER_HEIGHT, 0xe9ecf0);
        p.drawLine(0, RULER_HEIGHT - 1, width, RULER_HEIGHT - 1, GRID);
        long step = axis.tickStepMs(90);
        long minor = axis.tickStepMs(12);
        p.clip(left, 0, Math.max(0, right - left), RULER_HEIGHT);
        for (long t = (long) (Math.floor(from / minor) * minor); t <= to; t += minor) {
            int x = xOf(t);
            boolean major = t % step == 0;
            p.drawLine(x, major ? 4 : RULER_HEIGHT - 6, x, RULER_HEIGHT - 1, major ? 0x707070 : 0xa0a0a0);
            if (major) {
                p.drawText(TimeAxis.format(t, step), x + 3, 3, TEXT);
            }
        }
        p.unclip();

        // track names
        p.clip(0, RULER_HEIGHT, HEADER_WIDTH, Math.max(0, height - RULER_HEIGHT));
        for (int index = first; index <= last; index++) {
            int y = trackY(index);
            p.fillRect(0, y, HEADER_WIDTH - 1, TRACK_HEIGHT - 1, index % 2 == 1 ? 0xe7eaee : 0xf0f1f3);
            p.drawText(tracks.get(index).label(), 6, y + 3, TEXT);
        }
        p.unclip();
        p.drawLine(HEADER_WIDTH - 1, 0, HEADER_WIDTH - 1, height, GRID);
        if (model == null) {
            p.drawText("Open a case (double-click it in the corpus) to see its moments here, one track per category and coder.",
                    HEADER_WIDTH + 12, RULER_HEIGHT + 12, 0x707070);
        }
        lastRectangles = rects;
    }

    /** The layer that moves: the playhead and its time, moments being coded, the selection. */
    public void paintOverlay(TimelinePainter p, long playheadMs, Collection<CodedMoment> open, Collection<CodedMoment> selected) {
        List<TimelineModel.Track> tracks = model == null ? List.of() : model.tracks();
        int left = HEADER_WIDTH;
        int right = width;
        int first = firstTrack();
        int last = lastTrack();
        p.clip(left, RULER_HEIGHT, Math.max(0, right - left), Math.max(0, height - RULER_HEIGHT));
        for (CodedMoment moment : open) {
            int index = model == null ? -1 : tracks.indexOf(model.trackOf(moment));
            if (index >= first && index <= last) {
                int x0 = Math.max(left, xOf(moment.getStartMs()));
                int x1 = Math.min(right, xOf(Math.max(playheadMs, moment.getStartMs())) + 1);
                int y = trackY(index) + 3;
                p.fillRect(x0, y, Math.max(1, x1 - x0), TRACK_HEIGHT - 7, TimelineModel.rgb(moment.getCode()));
                p.drawLine(x0, y + TRACK_HEIGHT - 8, x1, y + TRACK_HEIGHT - 8, SELECTION);
            }
        }
        for (CodedMoment moment : selected) {
            int index = model == null || moment.getCase() == null ? -1 : tracks.indexOf(model.trackOf(moment));
            if (index >= first && index <= last) {
                int x0 = xOf(moment.getStartMs()) - 1;
                int x1 = Math.max(x0 + 3, xOf(moment.getEndMs()) + 1);
                int y = trackY(index) + 2;
                int h = TRACK_HEIGHT - 5;
                p.drawLine(x0, y, x1, y, SELECTION);
                p.drawLine(x0, y + h, x1, y + h, SELECTION);
                p.drawLine(x0, y, x0, y + h, SELECTION);
                p.drawLine(x1, y, x1, y + h, SELECTION);
            }
        }
        p.unclip();
        p.fillRect(0, 0, HEADER_WIDTH - 1, RULER_HEIGHT - 1, 0xe1e5ea);
        p.drawText(TimeAxis.format(playheadMs), 6, 3, PLAYHEAD);
        int px = xOf(playheadMs);
        if (px >= left && px < right) {
            p.fillRect(px - 1, 0, 2, height, PLAYHEAD);
        }
    }

    private int firstTrack() {
        return Math.max(0, scrollY / TRACK_HEIGHT);
    }

    private int lastTrack() {
        int count = model == null ? 0 : model.tracks().size();
        return Math.min(count - 1, (scrollY + height - RULER_HEIGHT) / TRACK_HEIGHT);
    }
}
