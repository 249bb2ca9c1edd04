package org.tally.ingest.clean.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small, forgiving JSON reader for the JSON-LD blocks of pages: objects become {@link Map}s, arrays
 * {@link List}s, strings {@link String}s, numbers {@link Double}s. Trailing commas, control characters in
 * strings and a trailing semicolon are tolerated; anything else malformed gives {@code null}, never an exception.
 * Nesting is limited, so hostile input cannot overflow the stack.
 */
final class Json {

    private static final int MAX_DEPTH = 64;

    private final String s;
    private int i;

    private Json(String s) {
        this.s = s;
    }

    /** The value in {@code text}, or {@code null} when it is not JSON. */
    static Object parse(String text) {
        if (text == null) {
            return null;
        }
        try {
            Json p = new Json(text);
            p.skipSpace();
            Object v = p.value(0);
            p.skipSpace();
            while (p.i < p.s.length() && p.s.charAt(p.i) == ';') {
                p.i++;
                p.skipSpace();
            }
            return p.i == p.s.length() ? v : null;
        } catch (IllegalStateException | IndexOutOfBoundsException | NumberFormatException e) {
            return null;
        }
    }

    private Object value(int depth) {
        if (depth > MAX_DEPTH) {
            throw new IllegalStateException("too deep");
        }
        char c = s.charAt(i);
        switch (c) {
            case '{' -> {
                return object(depth);
            }
            case '[' -> {
                return array(depth);
            }
            case '"', '\'' -> {
                return string();
            }
            default -> {
                return literal();
            }
        }
    }

    private Map<String, Object> object(int depth) {
        Map<String, Object> m = new LinkedHashMap<>();
        i++;
        while (true) {
            skipSpace();
            char c = s.charAt(i);
            if (c == '}') {
                i++;
                return m;
            }
            if (c == ',') {
                i++;
                continue;
            }
            String key = c == '"' || c == '\'' ? string() : bareWord();
            skipSpace();
            expect(':');
            skipSpace();
            m.put(key, value(depth + 1));
        }
    }

    private List<Object> array(int depth) {
        List<Object> list = new ArrayList<>();
        i++;
        while (true) {
            skipSpace();
            char c = s.charAt(i);
            if (c == ']') {
                i++;
                return list;
            }
            if (c == ',') {
                i++;
                continue;
            }
            list.add(value(depth + 1));
        }
    }

    private String string() {
        char quote = s.charAt(i++);
        StringBuilder b = new StringBuilder();
        while (true) {
            char c = s.charAt(i++);
            if (c == quote) {
                return b.toString();
            }
            if (c != '\\') {
                b.append(c);
                continue;
            }
            char e = s.charAt(i++);
            switch (e) {
                case 'n' -> b.append('\n');
                case 't' -> b.append('\t');
                case 'r' -> b.append('\r');
                case 'b' -> b.append('\b');
                case 'f' -> b.append('\f');
                case 'u' -> {
                    b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
                    i += 4;
                }
                default -> b.append(e);
            }
        }
    }

    private String bareWord() {
        int start = i;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_'
                || s.charAt(i) == '$' || s.charAt(i) == '@')) {
            i++;
        }
        if (start == i) {
            throw new IllegalStateException("unexpected " + s.charAt(i));
        }
        return s.substring(start, i);
    }

    private Object literal() {
        int start = i;
        while (i < s.length() && "{}[],:\"' \t\r\n".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        String w = s.substring(start, i);
        return switch (w) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            case "null" -> null;
            case "" -> throw new IllegalStateException("empty value");
            default -> Double.parseDouble(w);
        };
    }

    private void expect(char c) {
        if (s.charAt(i) != c) {
            throw new IllegalStateException("expected " + c);
        }
        i++;
    }

    private void skipSpace() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\uFEFF' || c == '\u00A0') {
                i++;
            } else if (c == '/' && i + 1 < s.length() && s.charAt(i + 1) == '*') {
                int end = s.indexOf("*/", i + 2);
                i = end < 0 ? s.length() : end + 2;
            } else {
                return;
            }
        }
    }
}
