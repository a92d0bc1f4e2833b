package io.simbase.plc.compile;

import io.simbase.plc.runtime.Expr;

/** A compiled expression with its type; literals keep their value until their context types them. */
final class Typed {
    static final Typed ERROR = new Typed(null, Type.ERROR, 0, 0);

    final Expr expr;
    final Type type;
    /** The value of an integer literal (type ANY_INT). */
    final long longValue;
    /** The value of a real literal (type ANY_REAL). */
    final double doubleValue;

    Typed(Expr expr, Type type, long longValue, double doubleValue) {
        this.expr = expr;
        this.type = type;
        this.longValue = longValue;
        this.doubleValue = doubleValue;
    }

    static Typed of(Expr expr, Type type) {
        return new Typed(expr, type, 0, 0);
    }
}
