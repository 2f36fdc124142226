package org.attune.analysis.chart;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.attune.analysis.CodeColors;
import org.attune.analysis.Descriptives.CodeStatistics;
import org.attune.analysis.chart.ChartCanvas.Anchor;

/**
 * A horizontal bar chart of the code table: one group of bars per code (grouped under its category),
 * one bar per coder in the code's colour, the coder named beside the bar and the value at its end.
 */
public final class BarChart implements Chart {

    /** What the bars measure, with the word used on the command line. */
    public enum Measure {
        COUNT("count", "Number of moments"),
        TOTAL("total", "Total duration (s)"),
        MEAN("mean", "Mean duration (s)"),
        RATE("rate", "Moments per minute"),
        SHARE("share", "Share of session (%)");

        private final String word;
        private final String axisTitle;

        Measure(String word, String axisTitle) {
            this.word = word;
            this.axisTitle = axisTitle;
        }

        public String word() {
            return word;
        }

        public String axisTitle() {
            return axisTitle;
        }

        public double of(CodeStatistics row) {
            return switch (this) {
            case COUNT -> row.count();
            case TOTAL -> row.totalDurationMs() / 1000.0;
            case MEAN -> row.meanDurationMs() / 1000.0;
            case RATE -> row.ratePerMinute();
            case SHARE -> row.proportion() * 100;
            };
        }

        public static Measure fromWord(String word) {
            for (Measure m : values()) {
                if (m.word.equals(word)) {
                    return m;
                }
            }
            throw new IllegalArgumentException("unknown measure '" + word + "' (one of: count, total, mean, rate, share)");
        }
    }

    /** One bar: a coder's value for a code; NaN values (no session length) are drawn as 0. */
    public record Bar(String category, String code, String coder, double value, int rgb) {
    }

    private static final int WIDTH = 960;
    private static final int BAR = 16;
    private static final int BAR_GAP = 2;
    private static final int GROUP_GAP = 10;
    private static final int HEADING = 22;
    private static final int TOP = 48;
    private static final int BOTTOM = 52;
    private static final int INK = 0x222222;
    private static final int GRID = 0xdddddd;
    private static final int MUTED = 0x666666;

    private final String title;
    private final Measure measure;
    private final List<String> coders;
    private final List<Bar> bars;
    private final int codeColumn;
    private final int coderColumn;
    private final int height;

    private BarChart(String title, Measure measure, List<String> coders, List<Bar> bars) {
        this.title = title;
        this.measure = measure;
        this.coders = coders;
        this.bars = bars;
        int codeWidth = 60;
        for (Bar b : bars) {
            codeWidth = Math.max(codeWidth, ChartCanvas.textWidth(b.code(), 12));
        }
        codeColumn = Math.min(300, codeWidth) + 16;
        int coderWidth = 30;
        for (String c : coders) {
            coderWidth = Math.max(coderWidth, ChartCanvas.textWidth(c, 11));
        }
        coderColumn = Math.min(140, coderWidth) + 10;
        int h = TOP;
        String category = null;
        for (List<Bar> group : groups()) {
            if (!group.get(0).category().equals(category)) {
                category = group.get(0).category();
                h += category.isEmpty() ? 0 : HEADING;
            }
            h += group.size() * (BAR + BAR_GAP) - BAR_GAP + GROUP_GAP;
        }
        height = h + BOTTOM;
    }

    /**
     * The chart of one scope of the code table.
     *
     * @param rows    rows of {@code Descriptives.codeStatistics}
     * @param caseId  the case to show, or {@code Descriptives.ALL_CASES} for each coder's cases pooled
     * @param coders  the coders to show, in this order (their bars in each group)
     */
    public static BarChart of(List<CodeStatistics> rows, String caseId, List<String> coders, Measure measure,
            CodeColors colors, String title) {
        Map<List<String>, Map<String, CodeStatistics>> byCode = new LinkedHashMap<>();
        rows.stream().filter(r -> r.caseId().equals(caseId) && coders.contains(r.coder()))
                .sorted(Comparator.comparing(CodeStatistics::category).thenComparing(CodeStatistics::code))
                .forEach(r -> byCode.computeIfAbsent(List.of(r.category(), r.code()), k -> new LinkedHashMap<>())
                        .put(r.coder(), r));
        List<Bar> bars = new ArrayList<>();
        byCode.forEach((key, perCoder) -> {
            int rgb = colors.color(key.get(0), key.get(1));
            for (String coder : coders) {
                CodeStatistics row = perCoder.get(coder);
                double value = row == null ? 0 : measure.of(row);
                bars.add(new Bar(key.get(0), key.get(1), coder, Double.isFinite(value) ? value : 0, rgb));
            }
        });
        return new BarChart(title, measure, List.copyOf(coders), List.copyOf(bars));
    }

    /** The bars, grouped by code (category, then code, sorted), coders in the order given. */
    public List<Bar> bars() {
        return bars;
    }

    @Override
    public int width() {
        return WIDTH;
    }

    @Override
    public int height() {
        return height;
    }

    private List<List<Bar>> groups() {
        List<List<Bar>> groups = new ArrayList<>();
        for (int i = 0; i < bars.size(); i += coders.size()) {
            groups.add(bars.subList(i, Math.min(bars.size(), i + coders.size())));
        }
        return groups;
    }

    @Override
    public void paint(ChartCanvas c) {
        c.rect(0, 0, WIDTH, height, 0xffffff, Map.of());
        c.text(title, 16, 28, 16, true, Anchor.START, INK);
        int plotLeft = codeColumn + coderColumn;
        int plotRight = WIDTH - 70; // room for the value at a bar's end
        int plotTop = TOP - 6;
        int plotBottom = height - BOTTOM + 4;
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        double step = Ticks.step(max, 6);
        double axisMax = Ticks.axisMax(max, step);
        double scale = (plotRight - plotLeft) / axisMax;
        for (double t = 0; t <= axisMax + step / 2; t += step) {
            int x = plotLeft + (int) Math.round(t * scale);
            c.line(x, plotTop, x, plotBottom, GRID);
            c.text(Ticks.number(t), x, plotBottom + 16, 11, false, Anchor.MIDDLE, MUTED);
        }
        c.line(plotLeft, plotTop, plotLeft, plotBottom, INK);
        c.text(measure.axisTitle(), (plotLeft + plotRight) / 2, height - 12, 12, false, Anchor.MIDDLE, INK);
        if (bars.isEmpty()) {
            c.text("no coded moments", plotLeft + 10, TOP + 12, 12, false, Anchor.START, MUTED);
            return;
        }
        int y = TOP;
        String category = null;
        for (List<Bar> group : groups()) {
            Bar first = group.get(0);
            if (!first.category().equals(category)) {
                category = first.category();
                if (!category.isEmpty()) {
                    c.text(category, 16, y + 15, 12, true, Anchor.START, MUTED);
                    y += HEADING;
                }
            }
            int groupHeight = group.size() * (BAR + BAR_GAP) - BAR_GAP;
            c.text(clip(first.code(), 300, 12), 16, y + groupHeight / 2 + 4, 12, false, Anchor.START, INK);
            for (Bar bar : group) {
                if (coders.size() > 1) {
                    c.text(bar.coder(), plotLeft - 6, y + BAR - 4, 11, false, Anchor.END, MUTED);
                }
                int w = (int) Math.round(bar.value() * scale);
                Map<String, String> data = new LinkedHashMap<>();
                data.put("kind", "bar");
                data.put("category", bar.category());
                data.put("code", bar.code());
                data.put("coder", bar.coder());
                data.put("value", Ticks.number(bar.value()));
                c.rect(plotLeft + 1, y, w, BAR, bar.rgb(), data);
                c.text(Ticks.number(bar.value()), plotLeft + 1 + w + 4, y + BAR - 4, 11, false, Anchor.START, INK);
                y += BAR + BAR_GAP;
            }
            y += GROUP_GAP - BAR_GAP;
        }
    }

    /** Shortens text to about the given width, with an ellipsis. */
    static String clip(String text, int width, int size) {
        if (ChartCanvas.textWidth(text, size) <= width) {
            return text;
        }
        int chars = Math.max(1, (int) (width / (size * 0.58)) - 1);
        return text.substring(0, Math.min(text.length(), chars)) + "…";
    }

    /** The coders of a code table, sorted. */
    public static List<String> coders(List<CodeStatistics> rows) {
        TreeSet<String> coders = new TreeSet<>();
        rows.forEach(r -> coders.add(r.coder()));
        return List.copyOf(coders);
    }
}
