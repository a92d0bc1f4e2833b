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
    /**
     * False for an expression of a literal type whose value is not known at compile time (MUX
     * over literals with a variable selector): its type still comes from its context.
     */
    final boolean constant;

    Typed(Expr expr, Type type, long longValue, double doubleValue) {
        this(expr, type, longValue, doubleValue, true);
    }

    private Typed(Expr expr, Type type, long longValue, double doubleValue, boolean constant) {
        this.expr = expr;
        this.type = type;
        this.longValue = longValue;
        this.doubleValue = doubleValue;
        this.constant = constant;
    }

    /** A computed value of a literal type (ANY_INT or ANY_REAL). */
    static Typed generic(Expr expr, Type literalType) {
        return new Typed(expr, literalType, 0, 0, false);
    }

    /** True for an integer literal whose value is known. */
    boolean isIntConstant() {
        return type.kind == Type.Kind.ANY_INT && constant;
    }

    static Typed of(Expr expr, Type type) {
        return new Typed(expr, type, 0, 0);
    }
}
