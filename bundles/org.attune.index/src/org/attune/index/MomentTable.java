package org.attune.index;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Moments as a table: a UTF-8 tab-separated file ({@code *.moments.tsv}) with a header row and
 * one moment per row — the neutral exchange format of the index (and of the search
 * benchmark). Columns: {@value #HEADER}. In a cell, a backslash escapes tab ({@code \t}),
 * newline ({@code \n}), carriage return ({@code \r}), backslash ({@code \\}), {@code =} and
 * {@code |}; participants and category levels are separated by {@code |}; modifiers are
 * {@code name=value} separated by {@code |}.
 */
public final class MomentTable {

    public static final String SUFFIX = ".moments.tsv";
    public static final String HEADER = "case\tcase_title\tparticipants\tcoder\tscheme\tcategory\tcode_id\tcode"
            + "\tstart_ms\tend_ms\tmodifiers\tnote\ttranscript";
    private static final int COLUMNS = 13;

    private MomentTable() {
    }

    /** Writes a table atomically (temporary file, then rename). */
    public static void write(Path file, List<MomentRecord> moments) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (BufferedWriter out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write('\n');
            StringBuilder line = new StringBuilder(256);
            for (MomentRecord m : moments) {
                line.setLength(0);
                cell(line, m.caseId()).append('\t');
                cell(line, m.caseTitle()).append('\t');
                list(line, m.participants()).append('\t');
                cell(line, m.coder()).append('\t');
                cell(line, m.scheme()).append('\t');
                list(line, m.categoryPath()).append('\t');
                cell(line, m.codeId()).append('\t');
                cell(line, m.codeLabel()).append('\t');
                line.append(m.startMs()).append('\t').append(m.endMs()).append('\t');
                boolean first = true;
                for (Map.Entry<String, String> e : m.modifiers().entrySet()) {
                    if (!first) {
                        line.append('|');
                    }
                    first = false;
                    cell(line, e.getKey()).append('=');
                    cell(line, e.getValue());
                }
                line.append('\t');
                cell(line, m.note()).append('\t');
                cell(line, m.transcript()).append('\n');
                out.append(line);
            }
        }
        Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static StringBuilder cell(StringBuilder line, String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
            case '\t': line.append("\\t"); break;
            case '\n': line.append("\\n"); break;
            case '\r': line.append("\\r"); break;
            case '\\': line.append("\\\\"); break;
            case '=': line.append("\\="); break;
            case '|': line.append("\\|"); break;
            default: line.append(c);
            }
        }
        return line;
    }

    private static StringBuilder list(StringBuilder line, List<String> values) {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                line.append('|');
            }
            cell(line, values.get(i));
        }
        return line;
    }

    /** Reads a table; a malformed row fails with the file, line and what is wrong. */
    public static List<MomentRecord> read(Path file) throws IOException {
        List<MomentRecord> moments = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String header = in.readLine();
            if (header == null || !header.equals(HEADER)) {
                throw new IOException(file + ": line 1 is not the header of a moment table (expected the columns "
                        + HEADER.replace('\t', ',') + ")");
            }
            String line;
            int number = 1;
            while ((line = in.readLine()) != null) {
                number++;
                if (line.isEmpty()) {
                    continue;
                }
                try {
                    moments.add(parse(line));
                } catch (IllegalArgumentException e) {
                    throw new IOException(file + ": line " + number + ": " + e.getMessage(), e);
                }
            }
        }
        return moments;
    }

    private static MomentRecord parse(String line) {
        List<String> cells = split(line, '\t', false);
        if (cells.size() != COLUMNS) {
            throw new IllegalArgumentException("has " + cells.size() + " columns, a moment table has " + COLUMNS);
        }
        long start;
        long end;
        try {
            start = Long.parseLong(cells.get(8));
            end = Long.parseLong(cells.get(9));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("start_ms and end_ms must be whole milliseconds, not '" + cells.get(8)
                    + "' and '" + cells.get(9) + "'");
        }
        Map<String, String> modifiers = new LinkedHashMap<>();
        for (String pair : split(cells.get(10), '|', true)) {
            List<String> nameValue = split(pair, '=', true);
            if (nameValue.size() != 2) {
                throw new IllegalArgumentException("modifier '" + pair + "' is not name=value");
            }
            modifiers.put(unescape(nameValue.get(0)), unescape(nameValue.get(1)));
        }
        return new MomentRecord(unescape(cells.get(0)), unescape(cells.get(1)), unescapeAll(split(cells.get(2), '|', true)),
                unescape(cells.get(3)), unescape(cells.get(4)), unescapeAll(split(cells.get(5), '|', true)),
                unescape(cells.get(6)), unescape(cells.get(7)), modifiers, unescape(cells.get(11)),
                unescape(cells.get(12)), start, end);
    }

    /** Splits at unescaped separators, keeping escapes for {@link #unescape}. */
    private static List<String> split(String text, char sep, boolean emptyIsNone) {
        List<String> parts = new ArrayList<>();
        if (emptyIsNone && text.isEmpty()) {
            return parts;
        }
        int from = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == sep) {
                parts.add(text.substring(from, i));
                from = i + 1;
            }
        }
        parts.add(text.substring(from));
        return parts;
    }

    private static List<String> unescapeAll(List<String> values) {
        List<String> result = new ArrayList<>(values.size());
        for (String v : values) {
            result.add(unescape(v));
        }
        return result;
    }

    private static String unescape(String cell) {
        if (cell.indexOf('\\') < 0) {
            return cell;
        }
        StringBuilder s = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                char n = cell.charAt(++i);
                s.append(n == 't' ? '\t' : n == 'n' ? '\n' : n == 'r' ? '\r' : n);
            } else {
                s.append(c);
            }
        }
        return s.toString();
    }

    /**
     * A corpus folder holding moment tables: each {@code *.moments.tsv} (at any depth, outside
     * the index folder) is a unit, stamped with its size and modification time.
     */
    public static MomentSource folder(Path corpusDir) {
        return new MomentSource() {
            @Override
            public Map<String, String> stamps() throws IOException {
                Map<String, String> stamps = new LinkedHashMap<>();
                try (var files = Files.walk(corpusDir)) {
                    for (Path file : (Iterable<Path>) files::iterator) {
                        if (file.getFileName().toString().endsWith(SUFFIX) && Files.isRegularFile(file)
                                && !corpusDir.relativize(file).startsWith(CorpusIndex.FOLDER)) {
                            stamps.put(corpusDir.relativize(file).toString(),
                                    Files.size(file) + ":" + Files.getLastModifiedTime(file).to(java.util.concurrent.TimeUnit.NANOSECONDS));
                        }
                    }
                }
                return stamps;
            }

            @Override
            public List<MomentRecord> read(String unit) throws IOException {
                return MomentTable.read(corpusDir.resolve(unit));
            }
        };
    }
}
