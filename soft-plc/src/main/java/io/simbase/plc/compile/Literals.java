package io.simbase.plc.compile;

import io.simbase.plc.parser.StructuredTextParser;
import io.simbase.plc.parser.StructuredTextParser.LiteralContext;
import io.simbase.plc.runtime.Exprs;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.Token;

/** Parses and types integer, real, TIME and BOOL literals. Compile time only, stateless. */
final class Literals {
    private static final Pattern TIME_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)(MS|D|H|M|S)");

    private Literals() {
    }

    /** {@code 123}, {@code 1_000}, {@code 16#FF}; null when it does not fit 64 bits. */
    static Long integer(String text) {
        String t = text.replace("_", "").toUpperCase(Locale.ROOT);
        int radix = 10;
        int hash = t.indexOf('#');
        if (hash > 0) {
            radix = Integer.parseInt(t.substring(0, hash));
            t = t.substring(hash + 1);
        }
        try {
            return Long.parseLong(t, radix);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static double real(String text) {
        return Double.parseDouble(text.replace("_", ""));
    }

    /** {@code T#1s500ms}, {@code TIME#2m}, {@code T#1.5s} to milliseconds; null when malformed. */
    static Long time(String text) {
        String t = text.substring(text.indexOf('#') + 1).replace("_", "").toUpperCase(Locale.ROOT);
        boolean negative = t.startsWith("-");
        if (negative) {
            t = t.substring(1);
        }
        if (t.isEmpty()) {
            return null;
        }
        Matcher m = TIME_PART.matcher(t);
        int at = 0;
        double millis = 0;
        while (at < t.length()) {
            if (!m.find(at) || m.start() != at) {
                return null;
            }
            double v = Double.parseDouble(m.group(1));
            switch (m.group(2)) {
                case "D":
                    millis += v * 86_400_000d;
                    break;
                case "H":
                    millis += v * 3_600_000d;
                    break;
                case "M":
                    millis += v * 60_000d;
                    break;
                case "S":
                    millis += v * 1000d;
                    break;
                default:
                    millis += v;
                    break;
            }
            at = m.end();
        }
        long ms = Math.round(millis);
        return negative ? -ms : ms;
    }

    /** A literal typed as the standard says: ANY_INT and ANY_REAL keep their value until their context types them. */
    static Typed typed(LiteralContext l, Diagnostics diag) {
        Token t = l.getStart();
        switch (t.getType()) {
            case StructuredTextParser.INTEGER: {
                Long v = Literals.integer(t.getText());
                if (v == null) {
                    diag.error(t, "integer_too_large", "integer " + t.getText() + " is too large", t.getText());
                    return Typed.ERROR;
                }
                return new Typed(new Exprs.LongConst(v), Type.ANY_INT, v, v);
            }
            case StructuredTextParser.REAL_NUMBER: {
                double v = Literals.real(t.getText());
                return new Typed(new Exprs.DoubleConst(v), Type.ANY_REAL, 0, v);
            }
            case StructuredTextParser.TIME_LITERAL: {
                Long ms = Literals.time(t.getText());
                if (ms == null) {
                    diag.error(t, "time_literal", "malformed TIME literal '" + t.getText() + "' (example: T#1s500ms)",
                            t.getText());
                    return Typed.ERROR;
                }
                return Typed.of(new Exprs.LongConst(ms), Type.TIME);
            }
            case StructuredTextParser.TRUE:
                return Typed.of(new Exprs.LongConst(1), Type.BOOL);
            default:
                return Typed.of(new Exprs.LongConst(0), Type.BOOL);
        }
    }
}
