package org.attune.analysis;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Locale;

import org.attune.analysis.Descriptives.CodeStatistics;
import org.attune.analysis.Descriptives.Transition;

/**
 * The CSV the statistics are exported as (RFC 4180, numbers with a dot, undefined values empty): the
 * same text from {@code ./attune stats codes --csv} and the workbench's Export CSV.
 */
public final class AnalysisCsv {

    public static final List<String> CODE_TABLE_HEADER = List.of("case", "coder", "category", "code", "count",
            "total_duration_ms", "mean_duration_ms", "rate_per_minute", "proportion_of_session", "session_ms");
    public static final List<String> TRANSITIONS_HEADER = List.of("case", "coder", "from", "to", "count");

    private AnalysisCsv() {
    }

    public static String codeTable(List<CodeStatistics> rows) {
        StringBuilder text = new StringBuilder(line(CODE_TABLE_HEADER)).append('\n');
        for (CodeStatistics r : rows) {
            text.append(line(List.of(r.caseId(), r.coder(), r.category(), r.code(), r.count(), r.totalDurationMs(),
                    r.meanDurationMs(), r.ratePerMinute(), r.proportion(), r.sessionMs()))).append('\n');
        }
        return text.toString();
    }

    public static String transitions(List<Transition> rows) {
        StringBuilder text = new StringBuilder(line(TRANSITIONS_HEADER)).append('\n');
        for (Transition t : rows) {
            text.append(line(List.of(t.caseId(), t.coder(), t.from(), t.to(), t.count()))).append('\n');
        }
        return text.toString();
    }

    /** Writes CSV text to a file atomically (a temporary file renamed over it); errors name the file. */
    public static void write(Path file, String csv) throws IOException {
        Path target = file.toAbsolutePath();
        Path folder = target.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new NoSuchFileException(file.toString(), null, "its folder does not exist");
        }
        Path temp = Files.createTempFile(folder, "." + target.getFileName(), ".tmp");
        try {
            Files.writeString(temp, csv, StandardCharsets.UTF_8);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw new IOException(file + ": cannot write the CSV (" + e.getMessage() + ")", e);
        }
    }

    /** One CSV line (without the line end). */
    public static String line(List<?> fields) {
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                line.append(',');
            }
            line.append(field(fields.get(i)));
        }
        return line.toString();
    }

    private static String field(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double d) {
            return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6f", d) : "";
        }
        String text = value.toString();
        if (text.indexOf(',') >= 0 || text.indexOf('"') >= 0 || text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0) {
            return '"' + text.replace("\"", "\"\"") + '"';
        }
        return text;
    }
}
