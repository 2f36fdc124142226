package org.attune.analysis.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.attune.analysis.AgreementIntervals;
import org.attune.analysis.AgreementMatrix;
import org.attune.analysis.AgreementMethod;
import org.attune.analysis.AgreementReport;
import org.attune.analysis.AgreementResult;
import org.attune.analysis.ConfusionMatrix;
import org.attune.analysis.ConfusionMatrix.CodeAgreement;

/** Renders an {@link AgreementReport} as text for people or JSON for scripts. */
public final class AgreementWriter {

    private AgreementWriter() {
    }

    public static String text(AgreementReport report) {
        StringBuilder out = new StringBuilder();
        boolean two = report.coders().size() == 2;
        out.append("Agreement of ").append(String.join(two ? " and " : ", ", report.coders())).append(": ");
        switch (report.method()) {
        case EVENT -> out.append("event-based, moments matched by onset within ").append(report.toleranceMs())
                .append(" ms or by overlap\n");
        case TIME_UNIT -> out.append("time units of ").append(report.unitMs()).append(" ms\n");
        case ALPHA -> out.append("Krippendorff's alpha (nominal) on time units of ").append(report.unitMs())
                .append(" ms\n");
        }
        List<String> head = new ArrayList<>(List.of("case", "items", "agreement"));
        if (report.method() == AgreementMethod.ALPHA) {
            head.addAll(List.of("alpha", "D_o", "D_e"));
        } else {
            head.add(two ? "Cohen's kappa" : "Fleiss' kappa");
            head.add("alpha");
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(head);
        List<AgreementResult> all = new ArrayList<>(report.cases());
        all.add(report.pooled());
        for (AgreementResult r : all) {
            List<String> row = new ArrayList<>(List.of(r.scope(), Integer.toString(r.items()), percent(r.percentAgreement())));
            if (report.method() == AgreementMethod.ALPHA) {
                row.addAll(List.of(num(r.alpha().alpha()), num(r.alpha().observedDisagreement()),
                        num(r.alpha().expectedDisagreement())));
            } else {
                row.add(num(two ? r.cohenKappa() : r.fleiss().kappa()));
                row.add(num(r.alpha().alpha()));
            }
            rows.add(row);
        }
        table(out, rows);
        for (AgreementReport.Skipped s : report.skipped()) {
            out.append("skipped ").append(s.caseId()).append(": ").append(s.reason()).append('\n');
        }
        AgreementResult pooled = report.pooled();
        String scope = report.cases().size() == 1 ? "case " + report.cases().get(0).scope() : "all cases pooled";
        if (two && pooled.confusion() != null && pooled.items() > 0) {
            ConfusionMatrix matrix = pooled.confusion();
            out.append("\nConfusion matrix, ").append(scope).append(" (rows ").append(report.coders().get(0))
                    .append(", columns ").append(report.coders().get(1)).append("):\n");
            List<String> labels = matrix.labels();
            matrix(out, labels, (a, b) -> Long.toString(matrix.count(a, b)));
            List<List<String>> disagreements = new ArrayList<>();
            for (String a : labels) {
                for (String b : labels) {
                    if (!a.equals(b) && matrix.count(a, b) > 0) {
                        disagreements.add(List.of(Long.toString(matrix.count(a, b)), a, b));
                    }
                }
            }
            if (!disagreements.isEmpty()) {
                disagreements.sort((x, y) -> Long.compare(Long.parseLong(y.get(0)), Long.parseLong(x.get(0))));
                int shown = Math.min(10, disagreements.size());
                out.append("\nMost frequent disagreements (").append(shown).append(" of ").append(disagreements.size())
                        .append("):\n");
                List<List<String>> rows2 = new ArrayList<>();
                rows2.add(List.of("count", report.coders().get(0), report.coders().get(1)));
                for (List<String> d : disagreements.subList(0, shown)) {
                    rows2.add(List.of(d.get(0), d.get(1), d.get(2)));
                }
                tableRightFirst(out, rows2);
            }
            out.append("\nPer code, ").append(scope).append(":\n");
            List<List<String>> codes = new ArrayList<>();
            codes.add(List.of("code", report.coders().get(0), report.coders().get(1), "both", "specific agreement", "kappa"));
            for (CodeAgreement c : pooled.codeAgreements()) {
                codes.add(List.of(c.code(), Long.toString(c.countA()), Long.toString(c.countB()), Long.toString(c.agreed()),
                        percent(c.specificAgreement()), num(c.kappa())));
            }
            table(out, codes);
        } else if (!two && pooled.fleiss() != null && !pooled.fleiss().categoryKappa().isEmpty()) {
            out.append("\nPer code (Fleiss' category kappa), ").append(scope).append(":\n");
            List<List<String>> codes = new ArrayList<>();
            codes.add(List.of("code", "kappa"));
            Map<String, Double> kappas = pooled.fleiss().categoryKappa();
            kappas.forEach((code, k) -> {
                if (!code.equals(ConfusionMatrix.NOTHING)) {
                    codes.add(List.of(code, num(k)));
                }
            });
            if (kappas.containsKey(ConfusionMatrix.NOTHING)) {
                codes.add(List.of(ConfusionMatrix.NOTHING, num(kappas.get(ConfusionMatrix.NOTHING))));
            }
            table(out, codes);
        }
        return out.toString();
    }

    /** One CSV row per compared case and one for the pooled data. */
    public static String csv(AgreementReport report) {
        StringBuilder out = new StringBuilder();
        out.append(Csv.line(List.of("case", "method", "coders", "items", "percent_agreement", "cohen_kappa", "fleiss_kappa",
                "krippendorff_alpha"))).append('\n');
        List<AgreementResult> all = new ArrayList<>(report.cases());
        all.add(report.pooled());
        for (AgreementResult r : all) {
            out.append(Csv.line(List.of(r.scope(), report.method().word(), String.join(" ", report.coders()), r.items(),
                    r.percentAgreement() * 100, r.cohenKappa(), r.fleiss() == null ? Double.NaN : r.fleiss().kappa(),
                    r.alpha().alpha()))).append('\n');
        }
        return out.toString();
    }

    /** The all-coder report, then (more than two coders) the matrix of the pairs' figures, all cases pooled. */
    public static String text(AgreementMatrix matrix) {
        return text(matrix, null);
    }

    /** As {@link #text(AgreementMatrix)}, then the bootstrap intervals of the pooled figures when given. */
    public static String text(AgreementMatrix matrix, AgreementIntervals intervals) {
        StringBuilder out = new StringBuilder(text(matrix.allCoders()));
        if (intervals != null) {
            intervals(out, matrix.allCoders(), intervals);
        }
        if (matrix.coders().size() > 2) {
            AgreementMethod method = matrix.method();
            String scope = matrix.allCoders().cases().size() == 1 ? "case " + matrix.allCoders().cases().get(0).scope()
                    : "all cases pooled";
            out.append("\nPairwise ").append(AgreementMatrix.pairValueName(method)).append(", ").append(scope).append(" (")
                    .append(method == AgreementMethod.EVENT ? "event-based, tolerance " + matrix.allCoders().toleranceMs() + " ms"
                            : "time units of " + matrix.allCoders().unitMs() + " ms")
                    .append("):\n");
            matrix(out, matrix.coders(), (a, b) -> a.equals(b) ? "-"
                    : num(AgreementMatrix.pairValue(method, matrix.pair(a, b).pooled())));
        }
        return out.toString();
    }

    /** The all-coder report as {@link #json(AgreementReport)}, with (more than two coders) each pair's report. */
    public static String json(AgreementMatrix matrix) {
        return json(matrix, null);
    }

    /** As {@link #json(AgreementMatrix)}, with {@code "intervals"} of the pooled figures when given. */
    public static String json(AgreementMatrix matrix, AgreementIntervals intervals) {
        Json json = new Json().beginObject();
        body(json, matrix.allCoders());
        if (intervals != null) {
            json.name("intervals").beginObject().name("level").value(intervals.level()).name("replicates")
                    .value(intervals.replicates()).name("blockItems").value(intervals.blockItems()).name("seed")
                    .value(intervals.seed()).name("items").value(intervals.items());
            json.name(matrix.coders().size() == 2 ? "cohenKappa" : "fleissKappa");
            interval(json, intervals.kappa());
            json.name("alpha");
            interval(json, intervals.alpha());
            json.name("codes").beginArray();
            for (AgreementIntervals.CodeInterval c : intervals.codes()) {
                json.beginObject().name("code").value(c.code()).name("kappa");
                interval(json, c.kappa());
                if (matrix.coders().size() == 2) {
                    json.name("specificAgreement");
                    interval(json, c.specific());
                }
                json.endObject();
            }
            json.endArray().endObject();
        }
        if (matrix.coders().size() > 2) {
            json.name("pairs").beginArray();
            for (AgreementReport pair : matrix.pairs()) {
                json.beginObject().name("coders").beginArray();
                pair.coders().forEach(json::value);
                json.endArray().name("method").value(pair.method().word()).name("pooled");
                result(json, pair.pooled());
                json.endObject();
            }
            json.endArray();
        }
        return json.endObject().toString();
    }

    public static String json(AgreementReport report) {
        Json json = new Json().beginObject();
        body(json, report);
        return json.endObject().toString();
    }

    private static void body(Json json, AgreementReport report) {
        json.name("method").value(report.method().word());
        json.name("coders").beginArray();
        report.coders().forEach(json::value);
        json.endArray();
        json.name("toleranceMs").value(report.toleranceMs());
        json.name("unitMs").value(report.unitMs());
        json.name("cases").beginArray();
        report.cases().forEach(r -> result(json, r));
        json.endArray();
        json.name("pooled");
        result(json, report.pooled());
        json.name("skipped").beginArray();
        for (AgreementReport.Skipped s : report.skipped()) {
            json.beginObject().name("case").value(s.caseId()).name("reason").value(s.reason()).endObject();
        }
        json.endArray();
    }

    private static void result(Json json, AgreementResult r) {
        json.beginObject();
        json.name("scope").value(r.scope());
        json.name("items").value(r.items());
        json.name("percentAgreement").value(r.percentAgreement() * 100);
        json.name("cohenKappa").value(r.cohenKappa());
        json.name("alpha").beginObject().name("value").value(r.alpha().alpha()).name("observedDisagreement")
                .value(r.alpha().observedDisagreement()).name("expectedDisagreement").value(r.alpha().expectedDisagreement())
                .name("pairableValues").value(r.alpha().pairableValues()).endObject();
        if (r.fleiss() != null) {
            json.name("fleiss").beginObject().name("kappa").value(r.fleiss().kappa()).name("observedAgreement")
                    .value(r.fleiss().observedAgreement()).name("expectedAgreement").value(r.fleiss().expectedAgreement())
                    .name("items").value(r.fleiss().items()).name("categoryKappa").beginObject();
            r.fleiss().categoryKappa().forEach((code, k) -> json.name(code).value(k));
            json.endObject().endObject();
        }
        if (r.confusion() != null) {
            List<String> labels = r.confusion().labels();
            json.name("confusion").beginObject().name("labels").beginArray();
            labels.forEach(json::value);
            json.endArray().name("counts").beginArray();
            for (String a : labels) {
                json.beginArray();
                for (String b : labels) {
                    json.value(r.confusion().count(a, b));
                }
                json.endArray();
            }
            json.endArray().endObject();
            json.name("codes").beginArray();
            for (CodeAgreement c : r.codeAgreements()) {
                json.beginObject().name("code").value(c.code()).name("countA").value(c.countA()).name("countB")
                        .value(c.countB()).name("agreed").value(c.agreed()).name("specificAgreement")
                        .value(c.specificAgreement()).name("kappa").value(c.kappa()).endObject();
            }
            json.endArray();
        }
        json.endObject();
    }

    private static void interval(Json json, AgreementIntervals.Interval interval) {
        json.beginObject().name("estimate").value(interval.estimate()).name("low").value(interval.low()).name("high")
                .value(interval.high()).endObject();
    }

    private static String range(AgreementIntervals.Interval interval) {
        return Double.isFinite(interval.low()) ? "[" + num(interval.low()) + ", " + num(interval.high()) + "]" : "n/a";
    }

    private static String percentRange(AgreementIntervals.Interval interval) {
        return Double.isFinite(interval.low()) ? "[" + percent(interval.low()) + ", " + percent(interval.high()) + "]"
                : "n/a";
    }

    private static void intervals(StringBuilder out, AgreementReport report, AgreementIntervals intervals) {
        boolean two = report.coders().size() == 2;
        String scope = report.cases().size() == 1 ? "case " + report.cases().get(0).scope() : "all cases pooled";
        int level = (int) Math.round(intervals.level() * 100);
        out.append("\nBootstrap ").append(level).append("% intervals, ").append(scope).append(" (")
                .append(intervals.replicates()).append(" replicates of the ").append(intervals.items()).append(" items")
                .append(intervals.blockItems() > 1 ? " in moving blocks of " + intervals.blockItems() + " units" : "")
                .append(", seed ").append(intervals.seed()).append("):\n");
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("", "value", level + "% interval"));
        rows.add(List.of(two ? "Cohen's kappa" : "Fleiss' kappa", num(intervals.kappa().estimate()), range(intervals.kappa())));
        rows.add(List.of("alpha", num(intervals.alpha().estimate()), range(intervals.alpha())));
        table(out, rows);
        out.append('\n');
        List<List<String>> codes = new ArrayList<>();
        codes.add(two ? List.of("code", "kappa", level + "% interval", "specific agreement", level + "% interval ")
                : List.of("code", "kappa", level + "% interval"));
        for (AgreementIntervals.CodeInterval c : intervals.codes()) {
            if (!two && !Double.isFinite(c.kappa().estimate())) {
                continue; // a value only seen where a coder is missing: no category kappa
            }
            codes.add(two ? List.of(c.code(), num(c.kappa().estimate()), range(c.kappa()), percent(c.specific().estimate()),
                    percentRange(c.specific())) : List.of(c.code(), num(c.kappa().estimate()), range(c.kappa())));
        }
        table(out, codes);
    }

    static String num(double value) {
        return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "n/a";
    }

    static String percent(double proportion) {
        return Double.isFinite(proportion) ? String.format(Locale.ROOT, "%.1f%%", proportion * 100) : "n/a";
    }

    /**
     * A square table over {@code labels} (rows and columns); wide tables (many or long code names)
     * get numbered columns, with the number in front of the row's name.
     */
    static void matrix(StringBuilder out, List<String> labels, java.util.function.BinaryOperator<String> cell) {
        boolean numbered = labels.stream().mapToInt(l -> Math.max(l.length(), 4) + 2).sum() > 100;
        List<List<String>> cells = new ArrayList<>();
        List<String> header = new ArrayList<>();
        header.add("");
        for (int i = 0; i < labels.size(); i++) {
            header.add(numbered ? Integer.toString(i + 1) : labels.get(i));
        }
        cells.add(header);
        for (int i = 0; i < labels.size(); i++) {
            String a = labels.get(i);
            List<String> row = new ArrayList<>();
            row.add(numbered ? (i + 1) + " " + a : a);
            for (String b : labels) {
                row.add(cell.apply(a, b));
            }
            cells.add(row);
        }
        table(out, cells);
    }

    /** A right-aligned count, then left-aligned text columns. */
    private static void tableRightFirst(StringBuilder out, List<List<String>> rows) {
        int width = rows.stream().mapToInt(r -> r.get(0).length()).max().orElse(0);
        List<List<String>> shifted = new ArrayList<>();
        for (List<String> row : rows) {
            List<String> copy = new ArrayList<>(row);
            copy.set(0, " ".repeat(width - row.get(0).length()) + row.get(0));
            shifted.add(copy);
        }
        table(out, shifted, rows.get(0).size());
    }

    /** Left-aligned first column, right-aligned numbers, two spaces between columns. */
    static void table(StringBuilder out, List<List<String>> rows) {
        table(out, rows, 1);
    }

    /** The first {@code leftColumns} columns left-aligned (text), the others right-aligned (numbers). */
    static void table(StringBuilder out, List<List<String>> rows, int leftColumns) {
        int columns = rows.stream().mapToInt(List::size).max().orElse(0);
        int[] width = new int[columns];
        for (List<String> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                width[i] = Math.max(width[i], row.get(i).length());
            }
        }
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    line.append("  ");
                }
                String cell = row.get(i);
                String pad = " ".repeat(width[i] - cell.length());
                line.append(i < leftColumns ? cell + pad : pad + cell);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
    }
}
