package io.simbase.server.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the data declarations of a dashboard script: {@code const NAME = <literal>;} where a
 * literal is an object (keys: identifiers, numbers or strings), an array, a single- or double-
 * quoted string, a number or a boolean, with comments and trailing commas. Anything else after
 * a {@code const ... =} is skipped. Enough for schema.js; not a JavaScript parser.
 */
final class JsLiteral {
    private final String src;
    private int pos;

    private JsLiteral(String src) {
        this.src = src;
    }

    /** The top-level {@code const} declarations whose value is a literal, by name. */
    static Map<String, Object> constants(String script) {
        JsLiteral p = new JsLiteral(script);
        Map<String, Object> out = new LinkedHashMap<>();
        int at;
        while ((at = script.indexOf("\nconst ", p.pos)) >= 0) {
            p.pos = at + "\nconst ".length();
            int eq = script.indexOf('=', p.pos);
            String name = script.substring(p.pos, eq).strip();
            p.pos = eq + 1;
            p.skipSpace();
            char c = p.peek();
            if (c == '{' || c == '[' || c == '\'' || c == '"' || Character.isDigit(c)) {
                out.put(name, p.value());
            }
        }
        return out;
    }

    private Object value() {
        skipSpace();
        char c = peek();
        if (c == '{') {
            return object();
        } else if (c == '[') {
            return array();
        } else if (c == '\'' || c == '"') {
            return string();
        } else if (src.startsWith("true", pos) || src.startsWith("false", pos)) {
            boolean v = src.startsWith("true", pos);
            pos += v ? 4 : 5;
            return v;
        }
        int start = pos;
        while (pos < src.length() && (Character.isLetterOrDigit(src.charAt(pos)) || src.charAt(pos) == '.'
                || src.charAt(pos) == '-' || src.charAt(pos) == '_')) {
            pos++;
        }
        if (start == pos) {
            throw new IllegalArgumentException("unexpected '" + c + "' at " + where());
        }
        return Double.parseDouble(src.substring(start, pos));
    }

    private Map<String, Object> object() {
        Map<String, Object> m = new LinkedHashMap<>();
        pos++;
        while (true) {
            skipSpace();
            if (peek() == '}') {
                pos++;
                return m;
            }
            String key;
            if (peek() == '\'' || peek() == '"') {
                key = string();
            } else {
                int start = pos;
                while (Character.isLetterOrDigit(peek()) || peek() == '_') {
                    pos++;
                }
                key = src.substring(start, pos);
            }
            skipSpace();
            expect(':');
            m.put(key, value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            }
        }
    }

    private List<Object> array() {
        List<Object> a = new ArrayList<>();
        pos++;
        while (true) {
            skipSpace();
            if (peek() == ']') {
                pos++;
                return a;
            }
            a.add(value());
            skipSpace();
            if (peek() == ',') {
                pos++;
            }
        }
    }

    private String string() {
        char q = src.charAt(pos++);
        int end = src.indexOf(q, pos);
        String s = src.substring(pos, end);
        pos = end + 1;
        return s;
    }

    private void expect(char c) {
        if (peek() != c) {
            throw new IllegalArgumentException("expected '" + c + "' at " + where());
        }
        pos++;
    }

    private char peek() {
        return pos < src.length() ? src.charAt(pos) : '\0';
    }

    private void skipSpace() {
        while (pos < src.length()) {
            if (Character.isWhitespace(src.charAt(pos))) {
                pos++;
            } else if (src.startsWith("//", pos)) {
                int nl = src.indexOf('\n', pos);
                pos = nl < 0 ? src.length() : nl;
            } else {
                return;
            }
        }
    }

    private String where() {
        int line = 1;
        for (int i = 0; i < pos; i++) {
            if (src.charAt(i) == '\n') {
                line++;
            }
        }
        return "line " + line;
    }
}
