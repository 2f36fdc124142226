package org.attune.io.internal;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.attune.io.ImportException;
import org.attune.io.Interchange.Case;
import org.attune.io.Interchange.Category;
import org.attune.io.Interchange.Code;
import org.attune.io.Interchange.Document;
import org.attune.io.Interchange.Kind;
import org.attune.io.Interchange.Modifier;
import org.attune.io.Interchange.ModifierType;
import org.attune.io.Interchange.Moment;
import org.attune.io.Interchange.Scheme;

/**
 * The tidy CSV of coded moments for R and pandas: one row per moment, RFC 4180, UTF-8,
 * columns {@link #HEADER}. Modifiers are {@code name=value;name=value} with {@code \},
 * {@code ;} and {@code =} escaped by a backslash. The code column holds the code's label.
 */
public final class Csv {

    public static final String HEADER = "case,coder,scheme,category,code,start_ms,end_ms,duration_ms,modifiers,note";
    private static final int COLUMNS = 10;

    private Csv() {
    }

    public static void writeHeader(Writer out) throws IOException {
        out.write(HEADER);
        out.write("\r\n");
    }

    public static void write(Document document, Writer out) throws IOException {
        Scheme scheme = document.scheme;
        Map<String, Map<String, String>> labels = new LinkedHashMap<>();
        for (Category category : scheme.categories) {
            Map<String, String> byId = new LinkedHashMap<>();
            for (Code code : category.codes) {
                byId.put(code.id, code.label);
            }
            labels.put(category.name, byId);
        }
        for (Case kase : document.cases) {
            for (Moment m : kase.moments) {
                String label = labels.getOrDefault(m.category, Map.of()).getOrDefault(m.code, m.code);
                String note = m.transcript.isEmpty() ? m.note : m.note.isEmpty() ? m.transcript : m.transcript + "\n" + m.note;
                row(out, kase.id, m.coder, scheme.name, m.category, label, Long.toString(m.startMs), Long.toString(m.endMs),
                        Long.toString(m.durationMs()), modifiers(m.modifierValues), note);
            }
        }
    }

    private static void row(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(quote(fields[i]));
        }
        out.write("\r\n");
    }

    static String quote(String field) {
        if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0 && field.indexOf('\r') < 0) {
            return field;
        }
        return '"' + field.replace("\"", "\"\"") + '"';
    }

    static String modifiers(Map<String, String> values) {
        StringBuilder text = new StringBuilder();
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (text.length() > 0) {
                text.append(';');
            }
            text.append(escape(e.getKey())).append('=').append(escape(e.getValue()));
        }
        return text.toString();
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace(";", "\\;").replace("=", "\\=");
    }

    static Map<String, String> parseModifiers(String text, String file, String where) throws ImportException {
        Map<String, String> values = new LinkedHashMap<>();
        if (text.isEmpty()) {
            return values;
        }
        StringBuilder name = new StringBuilder();
        StringBuilder value = null;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ';';
            if (c == '\\' && i + 1 < text.length()) {
                (value == null ? name : value).append(text.charAt(++i));
            } else if (c == '=' && value == null) {
                value = new StringBuilder();
            } else if (c == ';') {
                if (value == null) {
                    throw new ImportException(file, where, "modifier '" + name + "' has no '=value'");
                }
                values.put(name.toString(), value.toString());
                name.setLength(0);
                value = null;
            } else {
                (value == null ? name : value).append(c);
            }
        }
        return values;
    }

    /** Reads Attune's CSV; one document per scheme named in it. */
    public static List<Document> read(String text, String file) throws ImportException {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> rows = parse(text, file);
        if (rows.isEmpty() || !String.join(",", rows.get(0)).equals(HEADER)) {
            throw new ImportException(file, "line 1", "the header must be exactly '" + HEADER + "'");
        }
        Map<String, Document> documents = new LinkedHashMap<>();
        Map<String, Case> cases = new LinkedHashMap<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> row = rows.get(r);
            String where = "row " + (r + 1);
            if (row.size() == 1 && row.get(0).isEmpty()) {
                continue;
            }
            if (row.size() != COLUMNS) {
                throw new ImportException(file, where, "has " + row.size() + " fields, not " + COLUMNS);
            }
            String schemeName = row.get(2);
            Document document = documents.computeIfAbsent(schemeName,
                    s -> new Document(file, "csv", new Scheme("csv-" + EafReader.slug(s), s)));
            if (row.get(0).isEmpty() || row.get(3).isEmpty() || row.get(4).isEmpty() || row.get(1).isEmpty()) {
                throw new ImportException(file, where, "case, coder, category and code must not be empty");
            }
            long start = number(row.get(5), "start_ms", file, where);
            long end = number(row.get(6), "end_ms", file, where);
            long duration = number(row.get(7), "duration_ms", file, where);
            if (end < start || duration != end - start) {
                throw new ImportException(file, where, "start_ms " + start + ", end_ms " + end + " and duration_ms " + duration
                        + " do not fit (end_ms >= start_ms, duration_ms = end_ms - start_ms)");
            }
            Category category = document.scheme.categoryOrAdd(row.get(3));
            Code code = category.codeOrAdd(row.get(4), row.get(4));
            Case kase = cases.get(schemeName + "\u001f" + row.get(0));
            if (kase == null) {
                kase = new Case(row.get(0), row.get(0));
                cases.put(schemeName + "\u001f" + row.get(0), kase);
                document.cases.add(kase);
            }
            Moment moment = new Moment(category.name, code.id, row.get(1), start, end);
            moment.modifierValues.putAll(parseModifiers(row.get(8), file, where));
            moment.note = row.get(9);
            for (String name : moment.modifierValues.keySet()) {
                if (code.modifier(name) == null) {
                    code.modifiers.add(new Modifier(name, ModifierType.TEXT));
                }
            }
            kase.moments.add(moment);
        }
        // a code whose every moment is a point is a point code
        for (Document document : documents.values()) {
            for (Category category : document.scheme.categories) {
                for (Code code : category.codes) {
                    boolean allPoints = true;
                    for (Case kase : document.cases) {
                        for (Moment m : kase.moments) {
                            if (m.category.equals(category.name) && m.code.equals(code.id) && m.endMs != m.startMs) {
                                allPoints = false;
                            }
                        }
                    }
                    code.kind = allPoints ? Kind.POINT : Kind.INTERVAL;
                }
            }
        }
        return new ArrayList<>(documents.values());
    }

    private static long number(String text, String column, String file, String where) throws ImportException {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new ImportException(file, where, column + " '" + EafReader.abbreviate(text) + "' is not a whole number");
        }
    }

    /** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks; CRLF or LF ends a row. */
    static List<List<String>> parse(String text, String file) throws ImportException {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        int line = 1;
        int i = 0;
        int n = text.length();
        boolean rowHasContent = false;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '"' && field.length() == 0) {
                int startLine = line;
                i++;
                while (true) {
                    if (i >= n) {
                        throw new ImportException(file, "line " + startLine, "a quoted field is never closed");
                    }
                    char q = text.charAt(i++);
                    if (q == '"') {
                        if (i < n && text.charAt(i) == '"') {
                            field.append('"');
                            i++;
                        } else {
                            break;
                        }
                    } else {
                        if (q == '\n') {
                            line++;
                        }
                        field.append(q);
                    }
                    if (field.length() > Limits.MAX_VALUE_CHARS) {
                        throw new ImportException(file, "line " + startLine, "a field of more than " + Limits.MAX_VALUE_CHARS + " characters");
                    }
                }
                if (i < n && text.charAt(i) != ',' && text.charAt(i) != '\r' && text.charAt(i) != '\n') {
                    throw new ImportException(file, "line " + line, "text after a closing quote");
                }
                rowHasContent = true;
                continue;
            }
            if (c == ',') {
                row.add(field.toString());
                field.setLength(0);
                rowHasContent = true;
                i++;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                i++;
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                rowHasContent = false;
                line++;
            } else {
                if (c == '"') {
                    throw new ImportException(file, "line " + line, "a quote inside an unquoted field");
                }
                field.append(c);
                rowHasContent = true;
                i++;
            }
        }
        if (rowHasContent || field.length() > 0) {
            row.add(field.toString());
            rows.add(row);
        }
        return rows;
    }
}
