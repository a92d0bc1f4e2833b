package io.simbase.plc.compile;

import io.simbase.plc.runtime.Expr;
import io.simbase.plc.runtime.Exprs;

/**
 * The implicit conversions of IEC 61131-3 that lose nothing (INT to DINT, INT to REAL, REAL to
 * LREAL, ...) and the typing of literals by their context. Compile time only.
 */
final class Conversions {
    private Conversions() {
    }

    /** True when a value of {@code from} may be used where {@code to} is expected without a *_TO_* call. */
    static boolean widens(Type from, Type to) {
        if (from == to) {
            return true;
        }
        switch (from.kind) {
            case INT:
            case UINT:
                return to == Type.DINT || to == Type.REAL || to == Type.LREAL;
            case DINT:
            case REAL:
                return to == Type.LREAL;
            case ANY_INT:
                return to.isNumeric();
            case ANY_REAL:
                return to.isReal();
            default:
                return false;
        }
    }

    /** The type both operands of an arithmetic or comparison operator are brought to, or null. */
    static Type common(Type a, Type b) {
        if (a == b) {
            return a;
        }
        if (a.kind == Type.Kind.ANY_INT && b.isNumeric()) {
            return b;
        }
        if (b.kind == Type.Kind.ANY_INT && a.isNumeric()) {
            return a;
        }
        if (a.kind == Type.Kind.ANY_REAL) {
            return realFor(b);
        }
        if (b.kind == Type.Kind.ANY_REAL) {
            return realFor(a);
        }
        if (widens(a, b)) {
            return b;
        }
        if (widens(b, a)) {
            return a;
        }
        if ((a == Type.INT && b == Type.UINT) || (a == Type.UINT && b == Type.INT)) {
            return Type.DINT;
        }
        return null;
    }

    private static Type realFor(Type t) {
        if (t.isReal()) {
            return t;
        }
        if (t == Type.INT || t == Type.UINT) {
            return Type.REAL;
        }
        if (t == Type.DINT) {
            return Type.LREAL;
        }
        return null;
    }

    /**
     * The expression converted to {@code to}; null when that needs an explicit conversion, or
     * when a literal does not fit (see {@link #literalFits}).
     */
    static Expr convert(Typed t, Type to) {
        Type from = t.type;
        if (!t.constant) {
            if (from.kind == Type.Kind.ANY_INT && to.isInteger()) {
                return new Exprs.LongToLong(to.wrap(), t.expr);
            }
            if (from.kind == Type.Kind.ANY_INT && to.isReal()) {
                return new Exprs.LongToDouble(to.single(), t.expr);
            }
            if (from.kind == Type.Kind.ANY_REAL && to.isReal()) {
                return new Exprs.DoubleToDouble(to.single(), t.expr);
            }
            return null;
        }
        if (from.kind == Type.Kind.ANY_INT) {
            if (to.isInteger()) {
                return literalFits(t.longValue, to) ? new Exprs.LongConst(t.longValue) : null;
            }
            return to.isReal() ? new Exprs.DoubleConst(io.simbase.plc.runtime.Wrap.real(to.single(), t.longValue)) : null;
        }
        if (from.kind == Type.Kind.ANY_REAL) {
            return to.isReal() ? new Exprs.DoubleConst(io.simbase.plc.runtime.Wrap.real(to.single(), t.doubleValue)) : null;
        }
        if (from == to) {
            return t.expr;
        }
        if (!widens(from, to)) {
            return null;
        }
        if (to.isReal() && !from.isReal()) {
            return new Exprs.LongToDouble(to.single(), t.expr);
        }
        return t.expr;
    }

    static boolean literalFits(long v, Type to) {
        if (to.kind == Type.Kind.ANY_INT) {
            return true;
        }
        return v >= to.min() && v <= to.max();
    }
}
