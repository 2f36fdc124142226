package org.attune.io.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small strict JSON reader (RFC 8259): objects become {@link LinkedHashMap}, arrays
 * {@link ArrayList}, numbers {@link BigDecimal}. Nesting depth and sizes are bounded;
 * errors say line and column. Written here because the target platform has no JSON
 * library and BORIS files need nothing more.
 */
public final class Json {

    /** A syntax error, with its position. */
    public static final class SyntaxException extends Exception {
        private static final long serialVersionUID = 1L;
        public final int line;
        public final int column;

        SyntaxException(String message, int line, int column) {
            super(message);
            this.line = line;
            this.column = column;
        }
    }

    private final String text;
    private int pos;
    private int line = 1;
    private int lineStart;
    private int depth;

    private Json(String text) {
        this.text = text;
    }

    public static Object parse(String text) throws SyntaxException {
        Json json = new Json(text);
        if (json.pos < text.length() && text.charAt(json.pos) == '\uFEFF') {
            json.pos++;
        }
        json.skipSpace();
        Object value = json.value();
        json.skipSpace();
        if (json.pos != text.length()) {
            throw json.error("unexpected '" + text.charAt(json.pos) + "' after the end of the JSON value");
        }
        return value;
    }

    private SyntaxException error(String message) {
        return new SyntaxException(message, line, pos - lineStart + 1);
    }

    private void skipSpace() {
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (c == '\n') {
                line++;
                lineStart = pos + 1;
            } else if (c != ' ' && c != '\t' && c != '\r') {
                return;
            }
            pos++;
        }
    }

    private Object value() throws SyntaxException {
        if (pos >= text.length()) {
            throw error("unexpected end of the file");
        }
        char c = text.charAt(pos);
        switch (c) {
        case '{':
            return object();
        case '[':
            return array();
        case '"':
            return string();
        case 't':
            return literal("true", Boolean.TRUE);
        case 'f':
            return literal("false", Boolean.FALSE);
        case 'n':
            return literal("null", null);
        default:
            if (c == '-' || c >= '0' && c <= '9') {
                return number();
            }
            throw error("unexpected '" + c + "'");
        }
    }

    private Object literal(String word, Object value) throws SyntaxException {
        if (!text.startsWith(word, pos)) {
            throw error("unexpected '" + text.charAt(pos) + "'");
        }
        pos += word.length();
        return value;
    }

    private void enter() throws SyntaxException {
        if (++depth > Limits.MAX_JSON_DEPTH) {
            throw error("nested more than " + Limits.MAX_JSON_DEPTH + " levels deep");
        }
    }

    private Map<String, Object> object() throws SyntaxException {
        enter();
        pos++;
        Map<String, Object> map = new LinkedHashMap<>();
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == '}') {
            pos++;
            depth--;
            return map;
        }
        while (true) {
            skipSpace();
            if (pos >= text.length() || text.charAt(pos) != '"') {
                throw error("expected a member name in double quotes");
            }
            String key = string();
            skipSpace();
            expect(':');
            skipSpace();
            map.put(key, value());
            skipSpace();
            if (pos >= text.length()) {
                throw error("unexpected end of the file inside an object");
            }
            char c = text.charAt(pos++);
            if (c == '}') {
                depth--;
                return map;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or '}' but found '" + c + "'");
            }
        }
    }

    private List<Object> array() throws SyntaxException {
        enter();
        pos++;
        List<Object> list = new ArrayList<>();
        skipSpace();
        if (pos < text.length() && text.charAt(pos) == ']') {
            pos++;
            depth--;
            return list;
        }
        while (true) {
            skipSpace();
            list.add(value());
            skipSpace();
            if (pos >= text.length()) {
                throw error("unexpected end of the file inside an array");
            }
            char c = text.charAt(pos++);
            if (c == ']') {
                depth--;
                return list;
            }
            if (c != ',') {
                pos--;
                throw error("expected ',' or ']' but found '" + c + "'");
            }
        }
    }

    private void expect(char c) throws SyntaxException {
        if (pos >= text.length() || text.charAt(pos) != c) {
            throw error("expected '" + c + "'");
        }
        pos++;
    }

    private String string() throws SyntaxException {
        pos++;
        StringBuilder out = new StringBuilder();
        while (true) {
            if (pos >= text.length()) {
                throw error("unterminated string");
            }
            char c = text.charAt(pos++);
            if (c == '"') {
                return out.toString();
            }
            if (c < 0x20) {
                pos--;
                throw error("control character in a string");
            }
            if (c == '\\') {
                if (pos >= text.length()) {
                    throw error("unterminated string");
                }
                char e = text.charAt(pos++);
                switch (e) {
                case '"', '\\', '/' -> out.append(e);
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'u' -> {
                    if (pos + 4 > text.length()) {
                        throw error("bad \\u escape");
                    }
                    try {
                        out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
                    } catch (NumberFormatException ex) {
                        throw error("bad \\u escape");
                    }
                    pos += 4;
                }
                default -> {
                    pos--;
                    throw error("bad escape '\\" + e + "'");
                }
                }
            } else {
                out.append(c);
            }
            if (out.length() > Limits.MAX_VALUE_CHARS) {
                throw error("a string of more than " + Limits.MAX_VALUE_CHARS + " characters");
            }
        }
    }

    private BigDecimal number() throws SyntaxException {
        int start = pos;
        if (text.charAt(pos) == '-') {
            pos++;
        }
        int digits = pos;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
            pos++;
        }
        if (pos == digits || text.charAt(digits) == '0' && pos - digits > 1) {
            throw error("bad number");
        }
        if (pos < text.length() && text.charAt(pos) == '.') {
            pos++;
            int frac = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == frac) {
                throw error("bad number");
            }
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            int exp = pos;
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
            if (pos == exp || pos - exp > 4) {
                throw error("bad number exponent");
            }
        }
        if (pos - start > 100) {
            throw error("a number of more than 100 characters");
        }
        return new BigDecimal(text.substring(start, pos));
    }
}
