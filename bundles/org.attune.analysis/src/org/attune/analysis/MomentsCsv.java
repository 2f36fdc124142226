package org.attune.analysis;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads coded moments from the moments CSV format (UTF-8, RFC 4180 quoting, a header line):
 * {@code case,coder,scheme,category,code,start_ms,end_ms,duration_ms,modifiers,note}. Columns are
 * found by name, in any order; {@code case}, {@code coder}, {@code code} and {@code start_ms} are
 * required. The end is {@code end_ms}, else {@code start_ms + duration_ms}, else the start (a point).
 */
public final class MomentsCsv {

    private MomentsCsv() {
    }

    public static MomentSet read(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw new IOException(file + ": is a folder, not a moments CSV file (a corpus folder is read with --corpus)");
        }
        MomentSet set = new MomentSet();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvRecords records = new CsvRecords(reader, file);
            List<String> header = records.next();
            if (header == null) {
                throw new IOException(file + ": the file is empty (expected a header line: "
                        + "case,coder,scheme,category,code,start_ms,end_ms,duration_ms,modifiers,note)");
            }
            Map<String, Integer> columns = new HashMap<>();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i).strip().toLowerCase(Locale.ROOT);
                if (i == 0 && name.startsWith("\uFEFF")) {
                    name = name.substring(1);
                }
                columns.putIfAbsent(name, i);
            }
            for (String required : List.of("case", "coder", "code", "start_ms")) {
                if (!columns.containsKey(required)) {
                    throw new IOException(file + ": line 1: the header has no column '" + required + "' (found: "
                            + String.join(",", header) + ")");
                }
            }
            List<String> row;
            while ((row = records.next()) != null) {
                int line = records.recordLine();
                if (row.size() == 1 && row.get(0).isBlank()) {
                    continue;
                }
                String where = file + ": line " + line + ": ";
                String caseId = field(row, columns, "case");
                String coder = field(row, columns, "coder");
                String code = field(row, columns, "code");
                if (caseId.isEmpty() || coder.isEmpty() || code.isEmpty()) {
                    throw new IOException(where + "case, coder and code must not be empty");
                }
                long start = number(field(row, columns, "start_ms"), "start_ms", where);
                String endText = field(row, columns, "end_ms");
                String durationText = field(row, columns, "duration_ms");
                long end;
                if (!endText.isEmpty()) {
                    end = number(endText, "end_ms", where);
                } else if (!durationText.isEmpty()) {
                    end = start + number(durationText, "duration_ms", where);
                } else {
                    end = start;
                }
                if (start < 0) {
                    throw new IOException(where + "start_ms " + start + " is negative");
                }
                if (end < start) {
                    throw new IOException(where + "end_ms " + end + " is before start_ms " + start);
                }
                set.add(new Moment(caseId, coder, field(row, columns, "category"), code, start, end));
            }
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new IOException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().startsWith(file.toString())) {
                throw e;
            }
            throw new IOException(file + ": cannot be read: " + e.getMessage(), e);
        }
        return set;
    }

    private static String field(List<String> row, Map<String, Integer> columns, String name) {
        Integer index = columns.get(name);
        return index == null || index >= row.size() ? "" : row.get(index).strip();
    }

    private static long number(String text, String column, String where) throws IOException {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IOException(where + column + " '" + text + "' is not a whole number of milliseconds");
        }
    }

    /** RFC 4180 records: quoted fields may hold commas, doubled quotes and line breaks. */
    private static final class CsvRecords {
        private final Reader reader;
        private final Path file;
        private int line = 1;
        private int recordLine;
        private boolean eof;

        CsvRecords(Reader reader, Path file) {
            this.reader = reader;
            this.file = file;
        }

        int recordLine() {
            return recordLine;
        }

        List<String> next() throws IOException {
            if (eof) {
                return null;
            }
            recordLine = line;
            List<String> fields = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            boolean any = false;
            while (true) {
                int c = reader.read();
                if (c < 0) {
                    eof = true;
                    if (quoted) {
                        throw new IOException(file + ": line " + recordLine + ": a quoted field is not closed");
                    }
                    if (!any && fields.isEmpty()) {
                        return null;
                    }
                    fields.add(field.toString());
                    return fields;
                }
                any = true;
                if (quoted) {
                    if (c == '"') {
                        reader.mark(1);
                        int next = reader.read();
                        if (next == '"') {
                            field.append('"');
                        } else {
                            quoted = false;
                            if (next >= 0) {
                                reader.reset();
                            }
                        }
                    } else {
                        if (c == '\n') {
                            line++;
                        }
                        field.append((char) c);
                    }
                } else if (c == '"' && field.length() == 0) {
                    quoted = true;
                } else if (c == ',') {
                    fields.add(field.toString());
                    field.setLength(0);
                } else if (c == '\n') {
                    line++;
                    fields.add(field.toString());
                    return fields;
                } else if (c != '\r') {
                    field.append((char) c);
                }
            }
        }
    }
}
