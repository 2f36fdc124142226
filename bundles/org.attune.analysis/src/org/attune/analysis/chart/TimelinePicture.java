package org.attune.analysis.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.attune.analysis.CodeColors;
import org.attune.analysis.Moment;
import org.attune.analysis.MomentSet;
import org.attune.analysis.chart.ChartCanvas.Anchor;

/**
 * A picture of one case's coding: for each coder, one track per code (every code any of the shown
 * coders used, so the coders' tracks line up), the moments as bars in their code's colour, a point
 * code as a narrow mark, and the time axis of the session below.
 */
public final class TimelinePicture implements Chart {

    /** One track: a coder's moments of one code. */
    public record Track(String coder, String category, String code, int rgb, List<Moment> moments) {
    }

    public static final int DEFAULT_WIDTH = 1200;
    private static final int TOP = 46;
    private static final int CODER_HEADING = 22;
    private static final int TRACK = 18;
    private static final int CODER_GAP = 8;
    private static final int BOTTOM = 44;
    private static final int INK = 0x222222;
    private static final int MUTED = 0x666666;
    private static final int GRID = 0xe2e2e2;
    private static final int STRIPE = 0xf4f4f4;

    private final String title;
    private final List<String> coders;
    private final List<Track> tracks;
    private final long lengthMs;
    private final int width;
    private final int labelColumn;
    private final int height;

    private TimelinePicture(String title, List<String> coders, List<Track> tracks, long lengthMs, int width) {
        this.title = title;
        this.coders = coders;
        this.tracks = tracks;
        this.lengthMs = Math.max(1, lengthMs);
        this.width = width;
        int labels = 80;
        for (Track t : tracks) {
            labels = Math.max(labels, ChartCanvas.textWidth(t.code(), 11));
        }
        labelColumn = Math.min(280, labels) + 24;
        height = TOP + coders.size() * (CODER_HEADING + CODER_GAP) + tracks.size() * TRACK + BOTTOM;
    }

    /**
     * The picture of a case.
     *
     * @param coders the coders to show, in this order; empty for every coder of the case
     * @param width  the picture's width in pixels (at least 400)
     */
    public static TimelinePicture of(MomentSet moments, String caseId, List<String> coders, CodeColors colors,
            String title, int width) {
        if (!moments.cases().contains(caseId)) {
            throw new IllegalArgumentException("no case '" + caseId + "' (cases: " + String.join(", ", moments.cases()) + ")");
        }
        List<String> shown = new ArrayList<>(coders);
        if (shown.isEmpty()) {
            TreeSet<String> all = new TreeSet<>();
            moments.moments(caseId).forEach(m -> all.add(m.coder()));
            shown.addAll(all);
        }
        TreeSet<List<String>> codes = new TreeSet<>(Comparator.<List<String>, String>comparing(k -> k.get(0))
                .thenComparing(k -> k.get(1)));
        moments.moments(caseId).stream().filter(m -> shown.contains(m.coder()))
                .forEach(m -> codes.add(List.of(m.category(), m.code())));
        Map<List<String>, Integer> rgb = new LinkedHashMap<>();
        codes.forEach(k -> rgb.put(k, colors.color(k.get(0), k.get(1))));
        List<Track> tracks = new ArrayList<>();
        for (String coder : shown) {
            List<Moment> mine = moments.moments(caseId, coder);
            for (List<String> key : codes) {
                List<Moment> track = mine.stream()
                        .filter(m -> m.category().equals(key.get(0)) && m.code().equals(key.get(1)))
                        .sorted(Comparator.comparingLong(Moment::startMs)).toList();
                tracks.add(new Track(coder, key.get(0), key.get(1), rgb.get(key), track));
            }
        }
        return new TimelinePicture(title, List.copyOf(shown), List.copyOf(tracks), moments.sessionLength(caseId),
                Math.max(400, width));
    }

    public List<Track> tracks() {
        return tracks;
    }

    public long lengthMs() {
        return lengthMs;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    /** The x of a time on the case timeline. */
    public int x(long ms) {
        int left = labelColumn;
        int right = width - 20;
        return left + (int) Math.round((double) ms * (right - left) / lengthMs);
    }

    @Override
    public void paint(ChartCanvas c) {
        c.rect(0, 0, width, height, 0xffffff, Map.of());
        c.text(title, 16, 28, 16, true, Anchor.START, INK);
        int plotTop = TOP;
        int plotBottom = height - BOTTOM + 6;
        long step = Ticks.timeStep(lengthMs, Math.max(4, (width - labelColumn) / 90));
        for (long t : Ticks.times(lengthMs, step)) {
            c.line(x(t), plotTop, x(t), plotBottom, GRID);
            c.text(Ticks.time(t, step), x(t), plotBottom + 16, 11, false, Anchor.MIDDLE, MUTED);
        }
        c.text("time (min:s)", (labelColumn + width - 20) / 2, height - 8, 12, false, Anchor.MIDDLE, INK);
        int y = TOP;
        int i = 0;
        for (String coder : coders) {
            c.text(coder, 16, y + 16, 13, true, Anchor.START, INK);
            y += CODER_HEADING;
            int row = 0;
            for (; i < tracks.size() && tracks.get(i).coder().equals(coder); i++) {
                Track track = tracks.get(i);
                if (row++ % 2 == 0) {
                    c.rect(labelColumn, y, width - 20 - labelColumn, TRACK, STRIPE, Map.of());
                }
                c.text(BarChart.clip(track.code(), labelColumn - 40, 11), 28, y + TRACK - 5, 11, false, Anchor.START, INK);
                for (Moment m : track.moments()) {
                    int x1 = x(m.startMs());
                    int x2 = m.isPoint() ? x1 + 2 : Math.max(x1 + 2, x(m.endMs()));
                    if (m.isPoint()) {
                        x1 -= 1;
                    }
                    Map<String, String> data = new LinkedHashMap<>();
                    data.put("kind", "moment");
                    data.put("coder", coder);
                    data.put("category", m.category());
                    data.put("code", m.code());
                    data.put("start-ms", Long.toString(m.startMs()));
                    data.put("end-ms", Long.toString(m.endMs()));
                    c.rect(x1, y + 3, x2 - x1, TRACK - 6, track.rgb(), data);
                }
                y += TRACK;
            }
            y += CODER_GAP;
        }
        c.line(labelColumn, plotBottom, width - 20, plotBottom, INK);
    }
}
