package org.attune.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.attune.io.ImportException;
import org.attune.io.Interchange.Case;
import org.attune.io.Interchange.Category;
import org.attune.io.Interchange.Code;
import org.attune.io.Interchange.Document;
import org.attune.io.Interchange.Kind;
import org.attune.io.Interchange.Media;
import org.attune.io.Interchange.Modifier;
import org.attune.io.Interchange.ModifierType;
import org.attune.io.Interchange.Moment;
import org.attune.io.Interchange.Scheme;

/**
 * Reads BORIS projects (.boris, JSON, project formats 4 to 8). The ethogram becomes the
 * scheme (behavioural categories, point and state events, modifier sets), each observation a
 * case with its media per player and the players' offsets, events become moments: a state
 * event's START and STOP (same subject, behaviour and modifiers) make one interval.
 */
public final class BorisReader {

    /** Category of behaviours that BORIS puts in none. */
    public static final String NO_CATEGORY = "Behaviours";
    /** Modifier that carries the BORIS subject of an event. */
    public static final String SUBJECT = "subject";

    private final String file;
    private final String coder;

    public BorisReader(String file, String coder) {
        this.file = file;
        this.coder = coder == null || coder.isBlank() ? "boris" : coder;
    }

    private static final class Behaviour {
        Code code;
        String category;
        final List<Modifier> sets = new ArrayList<>();
    }

    public Document read(String text, String fallbackName) throws ImportException {
        Object root;
        try {
            root = Json.parse(text);
        } catch (Json.SyntaxException e) {
            throw new ImportException(file, "line " + e.line + ", column " + e.column, "not valid JSON: " + e.getMessage());
        }
        if (!(root instanceof Map<?, ?> project) || !project.containsKey("behaviors_conf")) {
            throw new ImportException(file, "", "not a BORIS project: the JSON has no \"behaviors_conf\"");
        }
        String name = string(project.get("project_name"));
        if (name.isBlank()) {
            name = fallbackName;
        }
        Scheme scheme = new Scheme("boris-" + EafReader.slug(name), name);
        scheme.description = string(project.get("project_description"));
        scheme.version = string(project.get("project_format_version"));
        Document document = new Document(file, "boris", scheme);
        Object categories = project.get("behavioral_categories");
        if (categories instanceof List<?> list) {
            for (Object c : list) {
                if (!string(c).isBlank()) {
                    scheme.categoryOrAdd(string(c).trim());
                }
            }
        }
        Map<String, Behaviour> behaviours = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : sorted(map(project.get("behaviors_conf"), "behaviors_conf")).entrySet()) {
            String where = "behaviors_conf/" + e.getKey();
            Map<String, Object> conf = map(e.getValue(), where);
            String codeName = string(conf.get("code")).trim();
            if (codeName.isEmpty()) {
                throw new ImportException(file, where, "a behaviour without a code");
            }
            Behaviour b = new Behaviour();
            b.category = string(conf.get("category")).trim();
            if (b.category.isEmpty()) {
                b.category = NO_CATEGORY;
            }
            Category category = scheme.categoryOrAdd(b.category);
            b.code = category.codeOrAdd(codeName, codeName);
            b.code.description = string(conf.get("description"));
            b.code.shortcut = string(conf.get("key"));
            String type = string(conf.get("type")).toLowerCase(java.util.Locale.ROOT);
            b.code.kind = type.startsWith("point") ? Kind.POINT : Kind.INTERVAL;
            if (!type.startsWith("point") && !type.startsWith("state")) {
                throw new ImportException(file, where, "behaviour '" + codeName + "' has unknown type '" + type + "'");
            }
            if (conf.get("modifiers") instanceof Map<?, ?>) {
                int index = 0;
                for (Map.Entry<String, Object> m : sorted(map(conf.get("modifiers"), where + "/modifiers")).entrySet()) {
                    Map<String, Object> set = map(m.getValue(), where + "/modifiers/" + m.getKey());
                    index++;
                    String setName = string(set.get("name")).trim();
                    if (setName.isEmpty()) {
                        setName = "modifier " + index;
                    }
                    int kind = set.get("type") instanceof BigDecimal d ? d.intValue() : 0;
                    ModifierType modifierType = kind == 2 ? ModifierType.NUMBER : kind <= 1 ? ModifierType.CHOICE : ModifierType.TEXT;
                    Modifier modifier = new Modifier(setName, modifierType);
                    if (set.get("values") instanceof List<?> values) {
                        for (Object v : values) {
                            String value = modifierValue(string(v));
                            if (!value.isEmpty() && !modifier.allowedValues.contains(value)) {
                                modifier.allowedValues.add(value);
                            }
                        }
                    }
                    b.sets.add(modifier);
                    b.code.modifiers.add(modifier);
                }
            }
            behaviours.put(codeName, b);
        }
        Map<String, Object> observations = project.get("observations") instanceof Map<?, ?>
                ? map(project.get("observations"), "observations")
                : Map.of();
        Set<String> caseIds = new HashSet<>();
        for (Map.Entry<String, Object> o : observations.entrySet()) {
            String where = "observation '" + o.getKey() + "'";
            Map<String, Object> observation = map(o.getValue(), where);
            String id = EafReader.slug(o.getKey());
            for (int n = 2; !caseIds.add(id); n++) {
                id = EafReader.slug(o.getKey()) + "-" + n;
            }
            Case kase = new Case(id, o.getKey());
            document.cases.add(kase);
            StringBuilder notes = new StringBuilder(string(observation.get("description")).trim());
            if (observation.get("independent_variables") instanceof Map<?, ?> variables) {
                for (Map.Entry<?, ?> v : variables.entrySet()) {
                    if (!string(v.getValue()).isEmpty()) {
                        notes.append(notes.length() == 0 ? "" : "\n").append(v.getKey()).append(": ").append(string(v.getValue()));
                    }
                }
            }
            kase.notes = notes.toString();
            readMedia(observation, kase, where);
            readEvents(observation, kase, behaviours, scheme, document, where);
        }
        return document;
    }

    private void readMedia(Map<String, Object> observation, Case kase, String where) throws ImportException {
        if (!(observation.get("file") instanceof Map<?, ?>)) {
            return; // a LIVE observation: no media
        }
        Map<String, Object> files = map(observation.get("file"), where + "/file");
        Map<?, ?> info = observation.get("media_info") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> offsets = info.get("offset") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> lengths = info.get("length") instanceof Map<?, ?> m ? m : Map.of();
        Map<?, ?> fps = info.get("fps") instanceof Map<?, ?> m ? m : Map.of();
        for (Map.Entry<String, Object> player : sorted(files).entrySet()) {
            if (!(player.getValue() instanceof List<?> list)) {
                continue;
            }
            double offsetSeconds = seconds(offsets.get(player.getKey()));
            if (player.getKey().equals("2") && observation.containsKey("time offset second player")) {
                offsetSeconds = seconds(observation.get("time offset second player")); // BORIS before 7
            }
            double before = 0; // files of one player play one after the other
            for (Object f : list) {
                String path = string(f);
                if (path.isBlank()) {
                    continue;
                }
                Media media = new Media(path);
                media.role = "player " + player.getKey();
                media.offsetMs = Math.round((offsetSeconds + before) * 1000); // a positive offset: the player starts later
                media.frameRate = seconds(fps.get(path));
                kase.media.add(media);
                before += seconds(lengths.get(path));
            }
        }
    }

    private void readEvents(Map<String, Object> observation, Case kase, Map<String, Behaviour> behaviours, Scheme scheme,
            Document document, String where) throws ImportException {
        if (!(observation.get("events") instanceof List<?> events)) {
            return;
        }
        record Event(int index, long ms, String subject, String code, String modifiers, String comment) {
        }
        List<Event> list = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String at = where + ", event " + (i + 1);
            if (!(events.get(i) instanceof List<?> row) || row.size() < 3) {
                throw new ImportException(file, at, "an event must be a list [time, subject, code, modifiers, comment]");
            }
            if (!(row.get(0) instanceof BigDecimal time)) {
                throw new ImportException(file, at, "the time '" + string(row.get(0)) + "' is not a number of seconds");
            }
            long ms = time.movePointRight(3).setScale(0, java.math.RoundingMode.HALF_UP).longValueExact();
            list.add(new Event(i, ms, string(row.get(1)).trim(), string(row.get(2)).trim(),
                    row.size() > 3 ? string(row.get(3)) : "", row.size() > 4 ? string(row.get(4)) : ""));
        }
        list.sort((a, b) -> a.ms != b.ms ? Long.compare(a.ms, b.ms) : Integer.compare(a.index, b.index));
        Map<String, Event> open = new LinkedHashMap<>();
        long last = list.isEmpty() ? 0 : list.get(list.size() - 1).ms;
        for (Event e : list) {
            Behaviour b = behaviours.get(e.code);
            if (b == null) {
                b = new Behaviour();
                b.category = NO_CATEGORY;
                b.code = scheme.categoryOrAdd(NO_CATEGORY).codeOrAdd(e.code, e.code);
                b.code.kind = Kind.POINT;
                b.code.description = "not in the ethogram";
                behaviours.put(e.code, b);
                document.warnings.add(file + ": " + where + ", event " + (e.index + 1) + ": behaviour '" + e.code
                        + "' is not in the ethogram; taken in as a point event");
            }
            kase.addParticipant(e.subject);
            if (b.code.kind == Kind.POINT) {
                kase.moments.add(moment(b, e.subject, e.ms, e.ms, e.modifiers, e.comment));
                continue;
            }
            String key = e.subject + "\u001f" + e.code + "\u001f" + normalise(e.modifiers);
            Event start = open.remove(key);
            if (start == null) {
                open.put(key, e);
            } else {
                String note = start.comment.isEmpty() ? e.comment : e.comment.isEmpty() ? start.comment : start.comment + "\n" + e.comment;
                kase.moments.add(moment(b, start.subject, start.ms, e.ms, start.modifiers, note));
            }
        }
        for (Event e : open.values()) {
            Behaviour b = behaviours.get(e.code);
            kase.moments.add(moment(b, e.subject, e.ms, last, e.modifiers, e.comment));
            document.warnings.add(file + ": " + where + ", event " + (e.index + 1) + ": state event '" + e.code
                    + "' at " + e.ms + " ms has no STOP; closed at the observation's last event (" + last + " ms)");
        }
    }

    private Moment moment(Behaviour b, String subject, long start, long end, String modifiers, String comment) {
        Moment moment = new Moment(b.category, b.code.id, coder, start, end);
        moment.note = comment;
        if (!modifiers.isBlank()) {
            String[] values = modifiers.split("\\|", -1);
            for (int i = 0; i < values.length; i++) {
                String value = modifierValue(values[i]);
                if (value.isEmpty() || value.equals("None")) {
                    continue;
                }
                Modifier set = i < b.sets.size() ? b.sets.get(i) : null;
                if (set == null) {
                    set = new Modifier("modifier " + (i + 1), ModifierType.TEXT);
                    b.sets.add(set);
                    b.code.modifiers.add(set);
                }
                moment.modifierValues.put(set.name, value);
            }
        }
        if (!subject.isEmpty()) {
            Modifier modifier = b.code.modifier(SUBJECT);
            if (modifier == null) {
                modifier = new Modifier(SUBJECT, ModifierType.CHOICE);
                b.code.modifiers.add(modifier);
            }
            if (!modifier.allowedValues.contains(subject)) {
                modifier.allowedValues.add(subject);
            }
            moment.modifierValues.put(SUBJECT, subject);
        }
        return moment;
    }

    private static String normalise(String modifiers) {
        StringBuilder out = new StringBuilder();
        for (String v : modifiers.split("\\|", -1)) {
            out.append(modifierValue(v)).append('|');
        }
        return out.toString();
    }

    /** "value (key)" → "value"; spaces around trimmed, as BORIS compares them. */
    static String modifierValue(String raw) {
        String value = raw.trim();
        int paren = value.lastIndexOf(" (");
        if (paren > 0 && value.endsWith(")") && value.length() - paren <= 6) {
            value = value.substring(0, paren).trim();
        }
        return value;
    }

    private static double seconds(Object value) {
        if (value instanceof BigDecimal d) {
            return d.doubleValue();
        }
        try {
            return value == null ? 0 : Double.parseDouble(string(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static String string(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal d) {
            return d.stripTrailingZeros().toPlainString();
        }
        return value.toString();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> map(Object value, String where) throws ImportException {
        if (!(value instanceof Map<?, ?>)) {
            throw new ImportException(file, where, "expected a JSON object");
        }
        return (Map<String, Object>) value;
    }

    /** BORIS numbers its entries "0", "1", ... "10": keep that order. */
    private static Map<String, Object> sorted(Map<String, Object> map) {
        Map<String, Object> sorted = new TreeMap<>((a, b) -> {
            boolean na = a.matches("\\d{1,9}");
            boolean nb = b.matches("\\d{1,9}");
            if (na && nb) {
                return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
            }
            return na != nb ? (na ? -1 : 1) : a.compareTo(b);
        });
        sorted.putAll(map);
        return sorted;
    }
}
