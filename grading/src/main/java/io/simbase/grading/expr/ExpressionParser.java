package io.simbase.grading.expr;

import io.simbase.grading.expr.Node.Binary.Op;

/** Recursive-descent parser of the expression language; one instance per text. */
final class ExpressionParser {
    private static final int MAX_LENGTH = 2000;
    private static final int MAX_DEPTH = 64;

    private final String text;
    private final SignalNames names;
    private int pos;
    private int slots;
    private int depth;

    /** The signal names read, in order of first use. */
    private final java.util.LinkedHashSet<String> signals = new java.util.LinkedHashSet<>();

    ExpressionParser(String text, SignalNames names) {
        this.text = text;
        this.names = names;
    }

    Expression parse() throws ExpressionException {
        if (text.length() > MAX_LENGTH) {
            throw new ExpressionException(1, "expression longer than " + MAX_LENGTH + " characters");
        }
        skipSpace();
        if (pos >= text.length()) {
            throw new ExpressionException(1, "empty expression");
        }
        Node root = or();
        skipSpace();
        if (pos < text.length()) {
            char c = text.charAt(pos);
            throw fail(c == '=' ? "'=' does not compare; write ==" : c == '&' || c == '|'
                    ? "'" + c + "' comes doubled: && or ||" : "unexpected '" + c + "'");
        }
        return new Expression(text, root, slots, java.util.List.copyOf(signals));
    }

    private Node or() throws ExpressionException {
        Node n = and();
        while (take("||")) {
            n = new Node.Binary(Op.OR, n, and());
        }
        return n;
    }

    private Node and() throws ExpressionException {
        Node n = comparison();
        while (take("&&")) {
            n = new Node.Binary(Op.AND, n, comparison());
        }
        return n;
    }

    private Node comparison() throws ExpressionException {
        Node n = sum();
        Op op = take("<=") ? Op.LE : take(">=") ? Op.GE : take("==") ? Op.EQ : take("!=") ? Op.NE
                : take("<") ? Op.LT : take(">") ? Op.GT : null;
        if (op == null) {
            return n;
        }
        Node right = sum();
        skipSpace();
        if (peekComparison()) {
            throw fail("comparisons do not chain; use && between them");
        }
        return new Node.Binary(op, n, right);
    }

    private Node sum() throws ExpressionException {
        Node n = product();
        while (true) {
            if (take("+")) {
                n = new Node.Binary(Op.ADD, n, product());
            } else if (take("-")) {
                n = new Node.Binary(Op.SUB, n, product());
            } else {
                return n;
            }
        }
    }

    private Node product() throws ExpressionException {
        Node n = unary();
        while (true) {
            if (take("*")) {
                n = new Node.Binary(Op.MUL, n, unary());
            } else if (take("/")) {
                n = new Node.Binary(Op.DIV, n, unary());
            } else {
                return n;
            }
        }
    }

    private Node unary() throws ExpressionException {
        if (++depth > MAX_DEPTH) {
            throw fail("expression nested deeper than " + MAX_DEPTH);
        }
        try {
            skipSpace();
            if (peek("!") && !peek("!=")) {
                pos++;
                return new Node.Not(unary());
            }
            if (take("-")) {
                return new Node.Negate(unary());
            }
            return atom();
        } finally {
            depth--;
        }
    }

    private Node atom() throws ExpressionException {
        skipSpace();
        if (pos >= text.length()) {
            throw fail("expression ends too early");
        }
        char c = text.charAt(pos);
        if (c == '(') {
            pos++;
            Node n = or();
            expect(")");
            return n;
        }
        if (Character.isDigit(c) || c == '.') {
            return number();
        }
        if (Character.isLetter(c) || c == '_') {
            int start = pos;
            String name = word();
            skipSpace();
            if (peek("(")) {
                return function(name, start);
            }
            return name(name, start);
        }
        throw fail("unexpected '" + c + "'");
    }

    private Node number() throws ExpressionException {
        int start = pos;
        while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < text.length() && (text.charAt(pos) == 'e' || text.charAt(pos) == 'E')) {
            pos++;
            if (pos < text.length() && (text.charAt(pos) == '+' || text.charAt(pos) == '-')) {
                pos++;
            }
            while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
                pos++;
            }
        }
        String s = text.substring(start, pos);
        try {
            return new Node.Constant(Double.parseDouble(s));
        } catch (NumberFormatException e) {
            throw new ExpressionException(start + 1, "'" + s + "' is not a number");
        }
    }

    private Node name(String name, int start) throws ExpressionException {
        switch (name) {
            case "true": return new Node.Constant(1);
            case "false": return new Node.Constant(0);
            case "time": return new Node.Time();
            default:
                int index = names.indexOf(name);
                if (index < 0) {
                    throw new ExpressionException(start + 1, "unknown name '" + name + "'");
                }
                signals.add(name);
                return new Node.Signal(index);
        }
    }

    private Node function(String name, int start) throws ExpressionException {
        expect("(");
        Node a = or();
        switch (name) {
            case "min":
            case "max": {
                expect(",");
                Node b = or();
                expect(")");
                return new Node.Binary(name.equals("min") ? Op.MIN : Op.MAX, a, b);
            }
            case "abs":
                expect(")");
                return new Node.Abs(a);
            case "rose":
            case "fell":
                expect(")");
                return new Node.Edge(a, slots++, name.equals("rose"));
            case "count":
                expect(")");
                slots += 2;
                return new Node.Count(a, slots - 2);
            case "since":
                expect(")");
                return new Node.Since(a, slots++);
            case "max_of":
            case "min_of":
                expect(")");
                return new Node.Extreme(a, slots++, name.equals("max_of"));
            case "integral":
                expect(")");
                return new Node.Integral(a, slots++);
            default:
                throw new ExpressionException(start + 1, "unknown function '" + name
                        + "' (known: abs, min, max, rose, fell, count, since, max_of, min_of, integral)");
        }
    }

    private String word() {
        int start = pos;
        while (pos < text.length()) {
            char c = text.charAt(pos);
            if (!(Character.isLetterOrDigit(c) || c == '_' || c == '.')) {
                break;
            }
            pos++;
        }
        return text.substring(start, pos);
    }

    private boolean peekComparison() {
        return peek("<") || peek(">") || peek("==") || peek("!=");
    }

    private boolean peek(String s) {
        return text.startsWith(s, pos);
    }

    private boolean take(String s) {
        skipSpace();
        if (text.startsWith(s, pos)) {
            // '|' and '&' only come doubled; '=' only after '<', '>', '=' or '!'
            pos += s.length();
            return true;
        }
        return false;
    }

    private void expect(String s) throws ExpressionException {
        if (!take(s)) {
            throw fail(pos >= text.length() ? "expected '" + s + "' at the end" : "expected '" + s + "'");
        }
    }

    private void skipSpace() {
        while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) {
            pos++;
        }
    }

    private ExpressionException fail(String problem) {
        return new ExpressionException(Math.min(pos, text.length()) + 1, problem);
    }
}
