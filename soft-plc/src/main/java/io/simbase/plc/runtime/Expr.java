package io.simbase.plc.runtime;

/**
 * A compiled expression. Integer-like values ({@code BOOL} as 0/1, the integer types, {@code TIME}
 * in milliseconds) come from {@link #asLong}, {@code REAL}/{@code LREAL} from {@link #asDouble};
 * the compiler only calls the one that fits the expression's type. Evaluation allocates nothing.
 */
public abstract class Expr {
    public abstract long asLong(Memory m);

    public abstract double asDouble(Memory m);

    /** An integer-like expression; its double value is its long value. */
    public abstract static class OfLong extends Expr {
        @Override
        public final double asDouble(Memory m) {
            return asLong(m);
        }
    }

    /** A real expression. */
    public abstract static class OfDouble extends Expr {
        @Override
        public final long asLong(Memory m) {
            return (long) asDouble(m);
        }
    }
}
