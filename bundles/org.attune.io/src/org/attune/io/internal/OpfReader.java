package org.attune.io.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import org.attune.io.ImportException;
import org.attune.io.Interchange.Case;
import org.attune.io.Interchange.Category;
import org.attune.io.Interchange.Code;
import org.attune.io.Interchange.Document;
import org.attune.io.Interchange.Media;
import org.attune.io.Interchange.Modifier;
import org.attune.io.Interchange.ModifierType;
import org.attune.io.Interchange.Moment;
import org.attune.io.Interchange.Scheme;

/**
 * Reads Datavyu / OpenSHAPA projects (.opf): a zip with a {@code project} (YAML) and a
 * {@code db} (column dump, formats #2 and #4), at the root or in one folder (old Mac
 * archives add {@code __MACOSX/} and {@code .DS_Store}, which are skipped). Columns become
 * categories with one code each, cells become moments, matrix arguments become modifiers.
 * Entries are read through a byte counter, whatever sizes the zip claims.
 */
public final class OpfReader {

    /** Modifier that holds the value of a one-value (NOMINAL, INTEGER, FLOAT) column. */
    public static final String VALUE = "value";

    private static final Pattern TIME = Pattern.compile("(\\d{2,}):(\\d{2}):(\\d{2}):(\\d{3})");
    private static final Pattern COLUMN = Pattern.compile("(.+?) \\(([A-Z_]+)((?:,[^,)]*)*)\\)(?:-(.*))?");

    private final String file;
    private final String coder;

    public OpfReader(String file, String coder) {
        this.file = file;
        this.coder = coder == null || coder.isBlank() ? "datavyu" : coder;
    }

    public Document read(Path path, String fallbackName) throws ImportException {
        String project;
        String db;
        try (ZipFile zip = new ZipFile(path.toFile(), StandardCharsets.UTF_8)) {
            ZipEntry projectEntry = null;
            ZipEntry dbEntry = null;
            int count = 0;
            for (Enumeration<? extends ZipEntry> entries = zip.entries(); entries.hasMoreElements();) {
                ZipEntry entry = entries.nextElement();
                if (++count > Limits.MAX_ZIP_ENTRIES) {
                    throw new ImportException(file, "", "more than " + Limits.MAX_ZIP_ENTRIES + " zip entries: not a Datavyu project");
                }
                String name = entry.getName();
                if (entry.isDirectory() || name.startsWith("__MACOSX/") || name.endsWith(".DS_Store")) {
                    continue;
                }
                String base = name.substring(name.lastIndexOf('/') + 1);
                int depth = name.split("/").length;
                if (depth > 2) {
                    continue;
                }
                if (base.equals("project") && (projectEntry == null || depth < projectEntry.getName().split("/").length)) {
                    projectEntry = entry;
                } else if (base.equals("db") && (dbEntry == null || depth < dbEntry.getName().split("/").length)) {
                    dbEntry = entry;
                }
            }
            if (dbEntry == null) {
                throw new ImportException(file, "", "no 'db' entry in the zip: not a Datavyu project");
            }
            db = entry(zip, dbEntry);
            project = projectEntry == null ? "" : entry(zip, projectEntry);
        } catch (ZipException e) {
            throw new ImportException(file, "", "not a valid zip archive (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new ImportException(file, "", "cannot be read: " + e.getMessage(), e);
        }
        String name = yamlValue(project, "name");
        if (name.isBlank() || name.equals("null")) {
            name = fallbackName;
        }
        Scheme scheme = new Scheme("datavyu-" + EafReader.slug(name), name + " (Datavyu)");
        Document document = new Document(file, "opf", scheme);
        Case kase = new Case(EafReader.slug(name), name);
        document.cases.add(kase);
        readMedia(project, kase);
        readDb(db, scheme, kase);
        return document;
    }

    private String entry(ZipFile zip, ZipEntry entry) throws IOException, ImportException {
        try (InputStream in = zip.getInputStream(entry)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            long total = 0;
            for (int n; (n = in.read(buffer)) > 0;) {
                total += n;
                if (total > Limits.MAX_ENTRY_BYTES) {
                    throw new ImportException(file, "entry '" + entry.getName() + "'",
                            "uncompresses to more than " + Limits.MAX_ENTRY_BYTES / (1024 * 1024) + " MB (a zip bomb?)");
                }
                out.write(buffer, 0, n);
            }
            return out.toString(StandardCharsets.UTF_8);
        }
    }

    private static String yamlValue(String yaml, String key) {
        for (String line : yaml.split("\r?\n")) {
            if (line.startsWith(key + ":")) {
                return unquote(line.substring(key.length() + 1).trim());
            }
        }
        return "";
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'") || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }

    /** viewerSettings: "- !vs" items with feed and offset (ms: where the feed's 0 sits on the project's timeline). */
    private void readMedia(String project, Case kase) {
        boolean inViewers = false;
        String feed = null;
        long offset = 0;
        List<String[]> feeds = new ArrayList<>();
        for (String line : project.split("\r?\n")) {
            if (!line.startsWith(" ") && !line.startsWith("-")) {
                if (feed != null) {
                    feeds.add(new String[] { feed, Long.toString(offset) });
                    feed = null;
                }
                inViewers = line.startsWith("viewerSettings:");
                continue;
            }
            if (!inViewers) {
                continue;
            }
            String trimmed = line.trim();
            if (trimmed.startsWith("- ")) {
                if (feed != null) {
                    feeds.add(new String[] { feed, Long.toString(offset) });
                }
                feed = null;
                offset = 0;
                trimmed = trimmed.substring(2).trim();
            }
            if (trimmed.startsWith("feed:")) {
                feed = unquote(trimmed.substring(5).trim());
            } else if (trimmed.startsWith("offset:")) {
                try {
                    offset = Long.parseLong(unquote(trimmed.substring(7).trim()));
                } catch (NumberFormatException e) {
                    offset = 0;
                }
            }
        }
        if (feed != null) {
            feeds.add(new String[] { feed, Long.toString(offset) });
        }
        for (String[] f : feeds) {
            Media media = new Media(f[0]);
            media.role = "video";
            media.offsetMs = Long.parseLong(f[1]);
            kase.media.add(media);
        }
    }

    private void readDb(String db, Scheme scheme, Case kase) throws ImportException {
        String[] lines = db.split("\r?\n", -1);
        String version = lines.length == 0 ? "" : lines[0].trim();
        if (!version.equals("#2") && !version.equals("#4")) {
            throw new ImportException(file, "entry 'db', line 1",
                    "unsupported Datavyu database format '" + EafReader.abbreviate(version) + "' (only #2 and #4 are read)");
        }
        Category category = null;
        Code code = null;
        String type = null;
        List<String> arguments = List.of();
        for (int i = 1; i < lines.length; i++) {
            String line = lines[i];
            String where = "entry 'db', line " + (i + 1);
            if (line.isEmpty()) {
                continue;
            }
            Matcher onset = TIME.matcher(line);
            if (onset.lookingAt()) {
                if (category == null) {
                    throw new ImportException(file, where, "a cell before any column");
                }
                cell(line, where, category, code, type, arguments, kase);
                continue;
            }
            if (version.equals("#2") && line.matches("\\d+:.*")) {
                continue; // a predicate definition
            }
            Matcher column = COLUMN.matcher(line);
            if (!column.matches()) {
                throw new ImportException(file, where, "neither a column header nor a cell: '" + EafReader.abbreviate(line) + "'");
            }
            String name = unescape(column.group(1));
            type = column.group(2);
            category = scheme.categoryOrAdd(name);
            code = category.codeOrAdd(name, name);
            code.description = "Datavyu " + type + " column";
            String options = column.group(3);
            if (options != null && options.startsWith(",false")) {
                category.description = "hidden in Datavyu";
            }
            arguments = new ArrayList<>();
            if (type.equals("MATRIX") && column.group(4) != null) {
                for (String argument : splitEscaped(column.group(4))) {
                    int bar = argument.lastIndexOf('|');
                    String argName = bar > 0 ? argument.substring(0, bar) : argument;
                    String argType = bar > 0 ? argument.substring(bar + 1) : "TEXT";
                    arguments.add(argName);
                    if (code.modifier(argName) == null) {
                        code.modifiers.add(new Modifier(argName, modifierType(argType)));
                    }
                }
            } else if (!type.equals("TEXT") && !type.equals("QUOTE_STRING") && !type.equals("PREDICATE")
                    && code.modifier(VALUE) == null) {
                code.modifiers.add(new Modifier(VALUE, modifierType(type)));
            }
        }
    }

    private void cell(String line, String where, Category category, Code code, String type, List<String> arguments, Case kase)
            throws ImportException {
        Matcher m = Pattern.compile(TIME.pattern() + "," + TIME.pattern() + ",?").matcher(line);
        if (!m.lookingAt()) {
            throw new ImportException(file, where, "a cell needs onset,offset,value");
        }
        long onset = millis(m, 1);
        long offset = millis(m, 5);
        if (offset < onset) {
            offset = onset; // Datavyu allows it while coding; Attune's moments never run backwards
        }
        String value = line.substring(m.end());
        Moment moment = new Moment(category.name, code.id, coder, onset, offset);
        if (type.equals("MATRIX")) {
            if (value.startsWith("(") && value.endsWith(")")) {
                value = value.substring(1, value.length() - 1);
            }
            List<String> values = splitEscaped(value);
            for (int k = 0; k < values.size() && k < arguments.size(); k++) {
                String v = unescape(values.get(k)).trim();
                if (!v.isEmpty() && !v.equals("<" + arguments.get(k) + ">")) {
                    moment.modifierValues.put(arguments.get(k), unquote(v));
                }
            }
            if (values.size() > arguments.size() && values.size() > 1) {
                throw new ImportException(file, where,
                        "the cell has " + values.size() + " values but column '" + category.name + "' has " + arguments.size() + " arguments");
            }
        } else if (type.equals("TEXT") || type.equals("QUOTE_STRING") || type.equals("PREDICATE")) {
            String text = unquote(unescape(value));
            moment.transcript = text.equals(code.label) ? "" : text; // as for ELAN: the label alone is no transcript
        } else if (!value.isEmpty()) {
            moment.modifierValues.put(VALUE, unescape(value));
        }
        kase.moments.add(moment);
    }

    private static long millis(Matcher m, int group) {
        return ((Long.parseLong(m.group(group)) * 60 + Long.parseLong(m.group(group + 1))) * 60
                + Long.parseLong(m.group(group + 2))) * 1000 + Long.parseLong(m.group(group + 3));
    }

    private static ModifierType modifierType(String datavyuType) {
        return switch (datavyuType) {
        case "FLOAT", "INTEGER" -> ModifierType.NUMBER;
        default -> ModifierType.TEXT;
        };
    }

    /** Splits on commas not escaped with a backslash. */
    private static List<String> splitEscaped(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                part.append(c).append(text.charAt(++i));
            } else if (c == ',') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }

    private static String unescape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                out.append(text.charAt(++i));
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
