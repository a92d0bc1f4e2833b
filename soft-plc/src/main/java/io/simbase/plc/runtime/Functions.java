package io.simbase.plc.runtime;

/**
 * The standard functions (ABS, SQRT, MIN, MAX, LIMIT, SEL, MUX) and calls of user functions.
 * Allocation: none.
 */
public final class Functions {
    private Functions() {
    }

    public static final class AbsLong extends Expr.OfLong {
        private final int wrap;
        private final Expr a;

        public AbsLong(int wrap, Expr a) {
            this.wrap = wrap;
            this.a = a;
        }

        @Override
        public long asLong(Memory m) {
            return Wrap.wrap(wrap, Math.abs(a.asLong(m)));
        }
    }

    public static final class AbsDouble extends Expr.OfDouble {
        private final Expr a;

        public AbsDouble(Expr a) {
            this.a = a;
        }

        @Override
        public double asDouble(Memory m) {
            return Math.abs(a.asDouble(m));
        }
    }

    public static final class Sqrt extends Expr.OfDouble {
        private final boolean single;
        private final Expr a;
        private final int line;

        public Sqrt(boolean single, Expr a, int line) {
            this.single = single;
            this.a = a;
            this.line = line;
        }

        @Override
        public double asDouble(Memory m) {
            double v = a.asDouble(m);
            if (v < 0) {
                throw new ScanFault(line, "SQRT of a negative number", "sqrt_negative");
            }
            return Wrap.real(single, Math.sqrt(v));
        }
    }

    /** MIN or MAX over two or more integer-like operands. */
    public static final class MinMaxLong extends Expr.OfLong {
        private final boolean max;
        private final Expr[] in;

        public MinMaxLong(boolean max, Expr[] in) {
            this.max = max;
            this.in = in;
        }

        @Override
        public long asLong(Memory m) {
            long r = in[0].asLong(m);
            for (int i = 1; i < in.length; i++) {
                long v = in[i].asLong(m);
                r = max ? Math.max(r, v) : Math.min(r, v);
            }
            return r;
        }
    }

    public static final class MinMaxDouble extends Expr.OfDouble {
        private final boolean max;
        private final Expr[] in;

        public MinMaxDouble(boolean max, Expr[] in) {
            this.max = max;
            this.in = in;
        }

        @Override
        public double asDouble(Memory m) {
            double r = in[0].asDouble(m);
            for (int i = 1; i < in.length; i++) {
                double v = in[i].asDouble(m);
                r = max ? Math.max(r, v) : Math.min(r, v);
            }
            return r;
        }
    }

    /** LIMIT(MN, IN, MX). */
    public static final class LimitLong extends Expr.OfLong {
        private final Expr mn;
        private final Expr in;
        private final Expr mx;

        public LimitLong(Expr mn, Expr in, Expr mx) {
            this.mn = mn;
            this.in = in;
            this.mx = mx;
        }

        @Override
        public long asLong(Memory m) {
            return Math.min(Math.max(in.asLong(m), mn.asLong(m)), mx.asLong(m));
        }
    }

    public static final class LimitDouble extends Expr.OfDouble {
        private final Expr mn;
        private final Expr in;
        private final Expr mx;

        public LimitDouble(Expr mn, Expr in, Expr mx) {
            this.mn = mn;
            this.in = in;
            this.mx = mx;
        }

        @Override
        public double asDouble(Memory m) {
            return Math.min(Math.max(in.asDouble(m), mn.asDouble(m)), mx.asDouble(m));
        }
    }

    /** SEL(G, IN0, IN1) and MUX(K, IN0, ..., INn): picks one input; only that one is evaluated. */
    public static final class Select extends Expr {
        private final Expr selector;
        private final Expr[] in;
        private final int line;

        public Select(Expr selector, Expr[] in, int line) {
            this.selector = selector;
            this.in = in;
            this.line = line;
        }

        private Expr pick(Memory m) {
            long k = selector.asLong(m);
            if (k < 0 || k >= in.length) {
                throw new ScanFault(line, "MUX selector " + k + " out of range [0.." + (in.length - 1) + "]",
                        "mux_out_of_range", String.valueOf(k), String.valueOf(in.length - 1));
            }
            return in[(int) k];
        }

        @Override
        public long asLong(Memory m) {
            return pick(m).asLong(m);
        }

        @Override
        public double asDouble(Memory m) {
            return pick(m).asDouble(m);
        }
    }

    /**
     * A call of a user FUNCTION: the prologue evaluates the arguments into the call's own
     * slots, copies them to the parameters and initializes the locals; then the body runs and
     * the result slot is read. Functions cannot recurse (the compiler refuses it), so their
     * variables have fixed slots.
     */
    public static final class UserCall extends Expr {
        private final Stmt prologue;
        private final Stmt body;
        private final Expr result;

        public UserCall(Stmt prologue, Stmt body, Expr result) {
            this.prologue = prologue;
            this.body = body;
            this.result = result;
        }

        private void call(Memory m) {
            prologue.exec(m);
            body.exec(m);
        }

        @Override
        public long asLong(Memory m) {
            call(m);
            return result.asLong(m);
        }

        @Override
        public double asDouble(Memory m) {
            call(m);
            return result.asDouble(m);
        }
    }
}
