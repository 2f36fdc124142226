package org.attune.analysis.chart;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.attune.analysis.AgreementMethod;
import org.attune.analysis.CodeColors;
import org.attune.analysis.Disagreements;
import org.attune.analysis.Disagreements.Disagreement;
import org.attune.analysis.Moment;
import org.attune.analysis.MomentSet;
import org.attune.analysis.chart.ChartCanvas.Anchor;

/**
 * Two coders' coding of one case, one above the other per track (category), with every disagreement
 * (by the chosen agreement method) under a red band across both rows. The layout fits any width and
 * maps x back to time, so a view can seek where the user clicks.
 */
public final class AgreementTracks implements Chart {

    public static final int DISAGREEMENT = 0xf3b8b8;
    public static final int DISAGREEMENT_MARK = 0xd62728;
    private static final int AXIS = 24;
    private static final int TITLE = 24;
    private static final int ROW = 18;
    private static final int GAP = 8;
    private static final int LABELS = 170;
    private static final int INK = 0x222222;
    private static final int MUTED = 0x666666;
    private static final int GRID = 0xe6e6e6;
    private static final int PLAYHEAD = 0x1a1a1a;

    private final String coderA;
    private final String coderB;
    private final List<String> categories;
    private final Map<String, List<Moment>> rowsA = new LinkedHashMap<>();
    private final Map<String, List<Moment>> rowsB = new LinkedHashMap<>();
    private final List<Disagreement> disagreements;
    private final CodeColors colors;
    private final long lengthMs;
    private int width = 800;
    private long playheadMs = -1;
    private String title;

    private AgreementTracks(String coderA, String coderB, List<String> categories, List<Disagreement> disagreements,
            CodeColors colors, long lengthMs) {
        this.coderA = coderA;
        this.coderB = coderB;
        this.categories = categories;
        this.disagreements = disagreements;
        this.colors = colors;
        this.lengthMs = Math.max(1, lengthMs);
    }

    public static AgreementTracks of(MomentSet moments, String caseId, String coderA, String coderB,
            AgreementMethod method, long toleranceMs, long unitMs, CodeColors colors) {
        TreeSet<String> categories = new TreeSet<>();
        List<Moment> a = moments.moments(caseId, coderA);
        List<Moment> b = moments.moments(caseId, coderB);
        a.forEach(m -> categories.add(m.category()));
        b.forEach(m -> categories.add(m.category()));
        AgreementTracks tracks = new AgreementTracks(coderA, coderB, List.copyOf(categories),
                Disagreements.of(moments, caseId, coderA, coderB, method, toleranceMs, unitMs), colors,
                moments.sessionLength(caseId));
        for (String category : categories) {
            tracks.rowsA.put(category, a.stream().filter(m -> m.category().equals(category)).toList());
            tracks.rowsB.put(category, b.stream().filter(m -> m.category().equals(category)).toList());
        }
        return tracks;
    }

    /**
     * The title of an exported picture: the case, the coders, the method and (when the case was compared)
     * Cohen's kappa there.
     */
    public static String title(String caseId, String coderA, String coderB, org.attune.analysis.AgreementReport report) {
        StringBuilder title = new StringBuilder("Case ").append(caseId).append(": ").append(coderA).append(" and ")
                .append(coderB).append(", ");
        title.append(switch (report.method()) {
        case EVENT -> "events within " + report.toleranceMs() + " ms";
        case TIME_UNIT -> "time units of " + report.unitMs() + " ms";
        case ALPHA -> "alpha on time units of " + report.unitMs() + " ms";
        });
        report.cases().stream().filter(r -> r.scope().equals(caseId)).findFirst().ifPresent(r -> {
            if (Double.isFinite(r.cohenKappa())) {
                title.append(String.format(java.util.Locale.ROOT, ", \u03ba = %.3f", r.cohenKappa()));
            }
        });
        return title.toString();
    }

    public List<Disagreement> disagreements() {
        return disagreements;
    }

    public long lengthMs() {
        return lengthMs;
    }

    /** Lays the tracks out for this width. */
    public void setWidth(int width) {
        this.width = Math.max(LABELS + 40, width);
    }

    /** A title line above the tracks (for a picture in a paper); null for none, as in the workbench. */
    public void setTitle(String title) {
        this.title = title == null || title.isBlank() ? null : title;
    }

    /** The top of the time axis: below the title when there is one. */
    private int axis() {
        return (title == null ? 0 : TITLE) + AXIS;
    }

    /** Where the playhead line is drawn; negative for none. */
    public void setPlayhead(long ms) {
        playheadMs = ms;
    }

    /** Where the playhead line is drawn; negative for none. */
    public long playheadMs() {
        return playheadMs;
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return tracksBottom() + legendHeight();
    }

    private int tracksBottom() {
        return axis() + categories.size() * (2 * ROW + GAP) + 4;
    }

    private static final int LEGEND_LINE = 18;

    /** What the legend lists: every (category, code) drawn, sorted; the disagreement band comes first. */
    private List<String[]> legendEntries() {
        TreeSet<String> keys = new TreeSet<>();
        List<String[]> entries = new ArrayList<>();
        for (Map<String, List<Moment>> rows : List.of(rowsA, rowsB)) {
            for (List<Moment> row : rows.values()) {
                for (Moment m : row) {
                    if (keys.add(m.category() + "\u0000" + m.code())) {
                        entries.add(new String[] {m.category(), m.code()});
                    }
                }
            }
        }
        entries.sort((x, y) -> (x[0] + "\u0000" + x[1]).compareTo(y[0] + "\u0000" + y[1]));
        return entries;
    }

    private static int legendWidth(String text) {
        return 16 + ChartCanvas.textWidth(text, 10) + 14;
    }

    /** A picture with a title (a figure for a paper) has a legend of the code colours below the tracks. */
    private int legendHeight() {
        if (title == null) {
            return 0;
        }
        int lines = 1;
        int x = 6 + legendWidth("disagreement");
        for (String[] entry : legendEntries()) {
            int w = legendWidth(entry[1]);
            if (x + w > width - 12) {
                lines++;
                x = 6;
            }
            x += w;
        }
        return 6 + lines * LEGEND_LINE;
    }

    private void paintLegend(ChartCanvas c) {
        int y = tracksBottom() + 6;
        int x = 6;
        c.rect(x, y + 2, 12, 12, DISAGREEMENT, Map.of("kind", "legend"));
        c.rect(x, y + 7, 12, 2, DISAGREEMENT_MARK, Map.of());
        c.text("disagreement", x + 16, y + 12, 10, false, Anchor.START, INK);
        x += legendWidth("disagreement");
        for (String[] entry : legendEntries()) {
            int w = legendWidth(entry[1]);
            if (x + w > width - 12) {
                y += LEGEND_LINE;
                x = 6;
            }
            Map<String, String> data = new LinkedHashMap<>();
            data.put("kind", "legend");
            data.put("category", entry[0]);
            data.put("code", entry[1]);
            c.rect(x, y + 2, 12, 12, colors.color(entry[0], entry[1]), data);
            c.text(entry[1], x + 16, y + 12, 10, false, Anchor.START, INK);
            x += w;
        }
    }

    private int right() {
        return width - 12;
    }

    public int x(long ms) {
        return LABELS + (int) Math.round((double) ms * (right() - LABELS) / lengthMs);
    }

    /** The time at an x, clamped to the case. */
    public long timeAt(int x) {
        double ms = (double) (x - LABELS) * lengthMs / (right() - LABELS);
        return Math.max(0, Math.min(lengthMs, Math.round(ms)));
    }

    /** The top of coder A's row of a category; coder B's row lies just below it. */
    public int rowTop(String category) {
        int i = categories.indexOf(category);
        if (i < 0) {
            throw new IllegalArgumentException("no track '" + category + "'");
        }
        return axis() + i * (2 * ROW + GAP);
    }

    @Override
    public void paint(ChartCanvas c) {
        c.rect(0, 0, width, height(), 0xffffff, Map.of());
        if (title != null) {
            c.text(BarChart.clip(title, width - 12, 13), 6, 17, 13, true, Anchor.START, INK);
        }
        int axis = axis();
        long step = Ticks.timeStep(lengthMs, Math.max(3, (right() - LABELS) / 80));
        for (long t : Ticks.times(lengthMs, step)) {
            c.line(x(t), axis - 6, x(t), tracksBottom() - 4, GRID);
            c.text(Ticks.time(t, step), x(t), axis - 10, 10, false, Anchor.MIDDLE, MUTED);
        }
        if (categories.isEmpty()) {
            c.text("no moments of " + coderA + " or " + coderB + " in this case", LABELS, axis + 16, 11, false,
                    Anchor.START, MUTED);
        }
        for (String category : categories) {
            int top = rowTop(category);
            // the category on the left, the coders' names next to their rows
            int names = Math.max(ChartCanvas.textWidth(coderA, 11), ChartCanvas.textWidth(coderB, 11)) + 12;
            String name = category.isEmpty() ? "(one track)" : category.substring(category.lastIndexOf('/') + 1);
            c.text(BarChart.clip(name, LABELS - names - 12, 11), 6, top + ROW + 4, 11, true, Anchor.START, INK);
            c.line(6, top + 2 * ROW + GAP / 2, right(), top + 2 * ROW + GAP / 2, GRID);
            c.text(coderA, LABELS - 6, top + ROW - 5, 11, false, Anchor.END, MUTED);
            c.text(coderB, LABELS - 6, top + 2 * ROW - 5, 11, false, Anchor.END, MUTED);
            for (Disagreement d : disagreements) {
                if (d.category().equals(category)) {
                    int x1 = x(d.startMs()) - 1;
                    int x2 = Math.max(x1 + 3, x(d.endMs()) + 1);
                    Map<String, String> data = new LinkedHashMap<>();
                    data.put("kind", "disagreement");
                    data.put("category", category);
                    data.put("code-a", d.codeA());
                    data.put("code-b", d.codeB());
                    data.put("start-ms", Long.toString(d.startMs()));
                    data.put("end-ms", Long.toString(d.endMs()));
                    c.rect(x1, top, x2 - x1, 2 * ROW, DISAGREEMENT, data);
                    c.rect(x1, top + ROW - 1, x2 - x1, 2, DISAGREEMENT_MARK, Map.of());
                }
            }
            paintRow(c, rowsA.get(category), top, coderA);
            paintRow(c, rowsB.get(category), top + ROW, coderB);
        }
        if (title != null) {
            paintLegend(c);
        }
        if (playheadMs >= 0) {
            int x = x(playheadMs);
            c.line(x, axis - 6, x, tracksBottom() - 4, PLAYHEAD);
        }
    }

    private void paintRow(ChartCanvas c, List<Moment> moments, int top, String coder) {
        for (Moment m : new ArrayList<>(moments)) {
            int x1 = x(m.startMs());
            int x2 = m.isPoint() ? x1 + 3 : Math.max(x1 + 2, x(m.endMs()));
            if (m.isPoint()) {
                x1 -= 1;
            }
            Map<String, String> data = new LinkedHashMap<>();
            data.put("kind", "moment");
            data.put("coder", coder);
            data.put("code", m.code());
            data.put("start-ms", Long.toString(m.startMs()));
            c.rect(x1, top + 4, x2 - x1, ROW - 8, colors.color(m.category(), m.code()), data);
        }
    }
}
