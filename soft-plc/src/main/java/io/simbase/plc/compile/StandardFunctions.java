package io.simbase.plc.compile;

import io.simbase.plc.parser.StructuredTextParser.ArgumentContext;
import io.simbase.plc.parser.StructuredTextParser.PositionalArgumentContext;
import io.simbase.plc.runtime.Expr;
import io.simbase.plc.runtime.Exprs;
import io.simbase.plc.runtime.Functions;
import io.simbase.plc.runtime.Wrap;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;

/**
 * The standard functions: ABS, SQRT, MIN, MAX, LIMIT, SEL, MUX, MOD and the type conversions
 * {@code X_TO_Y} between BOOL, INT, DINT, UINT, WORD, REAL, LREAL and TIME. Compile time only.
 */
final class StandardFunctions {
    private static final Set<String> NAMES = Set.of("ABS", "SQRT", "MIN", "MAX", "LIMIT", "SEL", "MUX", "MOD");

    private final ExpressionCompiler expressions;
    private final Diagnostics diag;

    StandardFunctions(ExpressionCompiler expressions, Diagnostics diag) {
        this.expressions = expressions;
        this.diag = diag;
    }

    static boolean isStandard(String name) {
        String n = name.toUpperCase(Locale.ROOT);
        return NAMES.contains(n) || conversion(n) != null;
    }

    /** {from, to} of a conversion name such as INT_TO_REAL, or null. */
    private static Type[] conversion(String upperName) {
        int at = upperName.indexOf("_TO_");
        if (at <= 0) {
            return null;
        }
        Type from = Type.elementary(upperName.substring(0, at));
        Type to = Type.elementary(upperName.substring(at + 4));
        return from == null || to == null ? null : new Type[] {from, to};
    }

    Typed call(Token name, List<ArgumentContext> args, ParserRuleContext at) {
        String n = name.getText().toUpperCase(Locale.ROOT);
        List<Typed> in = new ArrayList<>();
        List<ParserRuleContext> where = new ArrayList<>();
        for (ArgumentContext a : args) {
            if (!(a instanceof PositionalArgumentContext)) {
                diag.error(a, "positional_args", n + " takes its arguments by position, without names", n);
                return Typed.ERROR;
            }
            PositionalArgumentContext p = (PositionalArgumentContext) a;
            in.add(expressions.expr(p.expression()));
            where.add(p.expression());
        }
        for (Typed t : in) {
            if (t.type.isError()) {
                return Typed.ERROR;
            }
        }
        int line = name.getLine();
        Type[] conv = conversion(n);
        if (conv != null) {
            if (!count(name, n, in, 1, 1)) {
                return Typed.ERROR;
            }
            Expr x = expressions.coerce(in.get(0), conv[0], where.get(0), n);
            return Typed.of(convert(x, conv[0], conv[1]), conv[1]);
        }
        Typed r = standard(n, name, in, where, at, line);
        return literalResult(r, in, n.equals("MUX") || n.equals("SEL") ? 1 : 0);
    }

    /**
     * A function of literals only is folded into a literal; one whose data inputs are literals
     * keeps a literal type, so that its context types it (as for the literals themselves).
     */
    private Typed literalResult(Typed r, List<Typed> in, int from) {
        if (r.type.isError() || !(r.type == Type.DINT || r.type == Type.LREAL)) {
            return r;
        }
        boolean allConstant = true;
        for (int i = 0; i < in.size(); i++) {
            Typed t = in.get(i);
            boolean literal = t.type.kind == Type.Kind.ANY_INT || t.type.kind == Type.Kind.ANY_REAL;
            if (i >= from && !literal) {
                return r;
            }
            allConstant &= literal && t.constant;
        }
        Type lit = r.type == Type.DINT ? Type.ANY_INT : Type.ANY_REAL;
        if (allConstant) {
            io.simbase.plc.runtime.Memory scratch = new io.simbase.plc.runtime.Memory(0, 0);
            try {
                return lit == Type.ANY_INT ? new Typed(new Exprs.LongConst(r.expr.asLong(scratch)), lit, r.expr.asLong(scratch), 0)
                        : new Typed(new Exprs.DoubleConst(r.expr.asDouble(scratch)), lit, 0, r.expr.asDouble(scratch));
            } catch (io.simbase.plc.runtime.ScanFault e) {
                return r;
            }
        }
        return Typed.generic(r.expr, lit);
    }

    private Typed standard(String n, Token name, List<Typed> in, List<ParserRuleContext> where, ParserRuleContext at,
                           int line) {
        switch (n) {
            case "ABS": {
                if (!count(name, n, in, 1, 1)) {
                    return Typed.ERROR;
                }
                Typed a = in.get(0);
                Type t = settle(a.type);
                if (!t.isNumeric() || t == Type.WORD) {
                    diag.error(where.get(0), "abs_number", "ABS needs a number, found " + a.type.name, a.type.name);
                    return Typed.ERROR;
                }
                Expr x = expressions.coerce(a, t, where.get(0), n);
                return Typed.of(t.isReal() ? new Functions.AbsDouble(x) : new Functions.AbsLong(t.wrap(), x), t);
            }
            case "SQRT": {
                if (!count(name, n, in, 1, 1)) {
                    return Typed.ERROR;
                }
                Typed a = in.get(0);
                Type t = a.type == Type.REAL || a.type == Type.INT || a.type == Type.UINT ? Type.REAL : Type.LREAL;
                if (a.type.kind == Type.Kind.ANY_INT || a.type.kind == Type.Kind.ANY_REAL) {
                    t = Type.LREAL;
                }
                if (!a.type.isNumeric() || a.type == Type.WORD) {
                    diag.error(where.get(0), "sqrt_number", "SQRT needs a number, found " + a.type.name, a.type.name);
                    return Typed.ERROR;
                }
                return Typed.of(new Functions.Sqrt(t.single(), expressions.coerce(a, t, where.get(0), n), line), t);
            }
            case "MIN":
            case "MAX": {
                if (!count(name, n, in, 2, 64)) {
                    return Typed.ERROR;
                }
                Type t = common(name, n, in, 0);
                if (t == null) {
                    return Typed.ERROR;
                }
                Expr[] xs = coerceAll(in, where, 0, t, n);
                boolean max = n.equals("MAX");
                return Typed.of(t.isReal() ? new Functions.MinMaxDouble(max, xs) : new Functions.MinMaxLong(max, xs), t);
            }
            case "LIMIT": {
                if (!count(name, n, in, 3, 3)) {
                    return Typed.ERROR;
                }
                Type t = common(name, n, in, 0);
                if (t == null) {
                    return Typed.ERROR;
                }
                Expr[] xs = coerceAll(in, where, 0, t, n);
                return Typed.of(t.isReal() ? new Functions.LimitDouble(xs[0], xs[1], xs[2])
                        : new Functions.LimitLong(xs[0], xs[1], xs[2]), t);
            }
            case "SEL":
            case "MUX": {
                boolean sel = n.equals("SEL");
                if (!count(name, n, in, sel ? 3 : 2, sel ? 3 : 64)) {
                    return Typed.ERROR;
                }
                Expr selector;
                if (sel) {
                    selector = expressions.coerce(in.get(0), Type.BOOL, where.get(0), "SEL's selector G");
                } else {
                    if (!in.get(0).type.isInteger()) {
                        diag.error(where.get(0), "mux_selector",
                                "MUX's selector K needs an integer, found " + in.get(0).type.name, in.get(0).type.name);
                        return Typed.ERROR;
                    }
                    selector = expressions.coerce(in.get(0), settle(in.get(0).type), where.get(0), n);
                }
                Type t = common(name, n, in, 1);
                if (t == null) {
                    return Typed.ERROR;
                }
                return Typed.of(new Functions.Select(selector, coerceAll(in, where, 1, t, n), line), t);
            }
            default: { // MOD
                if (!count(name, n, in, 2, 2)) {
                    return Typed.ERROR;
                }
                Type t = common(name, n, in, 0);
                if (t == null) {
                    return Typed.ERROR;
                }
                if (!t.isInteger() || t == Type.WORD) {
                    diag.error(at, "mod_integers_found", "MOD needs integers, found " + t.name, t.name);
                    return Typed.ERROR;
                }
                Expr[] xs = coerceAll(in, where, 0, t, n);
                return Typed.of(new Exprs.LongArith(Exprs.MOD, t.wrap(), xs[0], xs[1], line), t);
            }
        }
    }

    private boolean count(Token name, String n, List<Typed> in, int min, int max) {
        if (in.size() < min || in.size() > max) {
            String want = min == max ? Integer.toString(min) : max == 64 ? min + " or more" : min + " to " + max;
            diag.error(name, "arg_count",
                    n + " takes " + want + " argument" + (max == 1 ? "" : "s") + ", found " + in.size(), n, want,
                    in.size(), (max == 1 ? "" : "s"));
            return false;
        }
        return true;
    }

    /** A literal's type once nothing else decides it. */
    private static Type settle(Type t) {
        if (t.kind == Type.Kind.ANY_INT) {
            return Type.DINT;
        }
        return t.kind == Type.Kind.ANY_REAL ? Type.LREAL : t;
    }

    private Type common(Token name, String n, List<Typed> in, int from) {
        Type t = in.get(from).type;
        for (int i = from + 1; i < in.size(); i++) {
            Type c = Conversions.common(t, in.get(i).type);
            if (c == null) {
                diag.error(name, "arg_types_differ",
                        n + ": arguments of different types (" + t.name + " and " + in.get(i).type.name
                        + ")", n, t.name,
                        in.get(i).type.name);
                return null;
            }
            t = c;
        }
        return settle(t);
    }

    private Expr[] coerceAll(List<Typed> in, List<ParserRuleContext> where, int from, Type t, String n) {
        Expr[] xs = new Expr[in.size() - from];
        for (int i = from; i < in.size(); i++) {
            xs[i - from] = expressions.coerce(in.get(i), t, where.get(i), n);
        }
        return xs;
    }

    /** An explicit conversion: integers wrap, reals round to the nearest (halves to even). */
    static Expr convert(Expr x, Type from, Type to) {
        if (from == to) {
            return x;
        }
        if (from.isReal()) {
            return to.isReal() ? new Exprs.DoubleToDouble(to.single(), x) : new Exprs.DoubleToLong(to.wrap(), x);
        }
        if (to.isReal()) {
            return new Exprs.LongToDouble(to.single(), x);
        }
        return to.wrap() == Wrap.NONE ? x : new Exprs.LongToLong(to.wrap(), x);
    }
}
