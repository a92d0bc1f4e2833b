package io.simbase.plc.runtime;

/**
 * The expression nodes: constants, variable loads, arithmetic, comparison, logic and
 * conversions. Each node holds its operands in final fields and allocates nothing when evaluated.
 */
public final class Exprs {
    private Exprs() {
    }

    // ------------------------------------------------------------------ operators

    public static final int ADD = 0;
    public static final int SUB = 1;
    public static final int MUL = 2;
    public static final int DIV = 3;
    public static final int MOD = 4;
    public static final int POW = 5;

    public static final int EQ = 0;
    public static final int NE = 1;
    public static final int LT = 2;
    public static final int LE = 3;
    public static final int GT = 4;
    public static final int GE = 5;

    public static final int AND = 0;
    public static final int OR = 1;
    public static final int XOR = 2;

    // ------------------------------------------------------------------ leaves

    public static final class LongConst extends Expr.OfLong {
        private final long value;

        public LongConst(long value) {
            this.value = value;
        }

        @Override
        public long asLong(Memory m) {
            return value;
        }
    }

    public static final class DoubleConst extends Expr.OfDouble {
        private final double value;

        public DoubleConst(double value) {
            this.value = value;
        }

        @Override
        public double asDouble(Memory m) {
            return value;
        }
    }

    public static final class LoadLong extends Expr.OfLong {
        private final Addr addr;

        public LoadLong(Addr addr) {
            this.addr = addr;
        }

        @Override
        public long asLong(Memory m) {
            return m.longs[addr.at(m)];
        }
    }

    /** A load from a fixed slot, the common case, without the address indirection. */
    public static final class LoadLongFixed extends Expr.OfLong {
        private final int slot;

        public LoadLongFixed(int slot) {
            this.slot = slot;
        }

        @Override
        public long asLong(Memory m) {
            return m.longs[slot];
        }
    }

    public static final class LoadDouble extends Expr.OfDouble {
        private final Addr addr;

        public LoadDouble(Addr addr) {
            this.addr = addr;
        }

        @Override
        public double asDouble(Memory m) {
            return m.doubles[addr.at(m)];
        }
    }

    public static Expr loadLong(Addr a) {
        return a.fixedSlot() >= 0 ? new LoadLongFixed(a.fixedSlot()) : new LoadLong(a);
    }

    // ------------------------------------------------------------------ arithmetic

    /** Integer arithmetic in 64 bits, then wrapped to the result type. */
    public static final class LongArith extends Expr.OfLong {
        private final int op;
        private final int wrap;
        private final Expr a;
        private final Expr b;
        private final int line;

        public LongArith(int op, int wrap, Expr a, Expr b, int line) {
            this.op = op;
            this.wrap = wrap;
            this.a = a;
            this.b = b;
            this.line = line;
        }

        @Override
        public long asLong(Memory m) {
            long x = a.asLong(m);
            long y = b.asLong(m);
            long r;
            switch (op) {
                case ADD:
                    r = x + y;
                    break;
                case SUB:
                    r = x - y;
                    break;
                case MUL:
                    r = x * y;
                    break;
                case DIV:
                    if (y == 0) {
                        throw new ScanFault(line, "division by zero", "division_by_zero");
                    }
                    r = x / y;
                    break;
                default:
                    if (y == 0) {
                        throw new ScanFault(line, "MOD by zero", "mod_by_zero");
                    }
                    r = x % y;
                    break;
            }
            return Wrap.wrap(wrap, r);
        }
    }

    /** REAL/LREAL arithmetic; REAL results are rounded to 32-bit float. */
    public static final class DoubleArith extends Expr.OfDouble {
        private final int op;
        private final boolean single;
        private final Expr a;
        private final Expr b;
        private final int line;

        public DoubleArith(int op, boolean single, Expr a, Expr b, int line) {
            this.op = op;
            this.single = single;
            this.a = a;
            this.b = b;
            this.line = line;
        }

        @Override
        public double asDouble(Memory m) {
            double x = a.asDouble(m);
            double y = b.asDouble(m);
            double r;
            switch (op) {
                case ADD:
                    r = x + y;
                    break;
                case SUB:
                    r = x - y;
                    break;
                case MUL:
                    r = x * y;
                    break;
                case DIV:
                    if (y == 0) {
                        throw new ScanFault(line, "division by zero", "division_by_zero");
                    }
                    r = x / y;
                    break;
                default:
                    r = StrictMath.pow(x, y); // the same bits on every JVM and machine
                    break;
            }
            return Wrap.real(single, r);
        }
    }

    public static final class NegLong extends Expr.OfLong {
        private final int wrap;
        private final Expr a;

        public NegLong(int wrap, Expr a) {
            this.wrap = wrap;
            this.a = a;
        }

        @Override
        public long asLong(Memory m) {
            return Wrap.wrap(wrap, -a.asLong(m));
        }
    }

    public static final class NegDouble extends Expr.OfDouble {
        private final Expr a;

        public NegDouble(Expr a) {
            this.a = a;
        }

        @Override
        public double asDouble(Memory m) {
            return -a.asDouble(m);
        }
    }

    // ------------------------------------------------------------------ comparison and logic

    public static final class CompareLong extends Expr.OfLong {
        private final int op;
        private final Expr a;
        private final Expr b;

        public CompareLong(int op, Expr a, Expr b) {
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        public long asLong(Memory m) {
            long x = a.asLong(m);
            long y = b.asLong(m);
            return test(op, Long.compare(x, y)) ? 1 : 0;
        }
    }

    public static final class CompareDouble extends Expr.OfLong {
        private final int op;
        private final Expr a;
        private final Expr b;

        public CompareDouble(int op, Expr a, Expr b) {
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        public long asLong(Memory m) {
            double x = a.asDouble(m);
            double y = b.asDouble(m);
            switch (op) {
                case EQ:
                    return x == y ? 1 : 0;
                case NE:
                    return x != y ? 1 : 0;
                case LT:
                    return x < y ? 1 : 0;
                case LE:
                    return x <= y ? 1 : 0;
                case GT:
                    return x > y ? 1 : 0;
                default:
                    return x >= y ? 1 : 0;
            }
        }
    }

    static boolean test(int op, int c) {
        switch (op) {
            case EQ:
                return c == 0;
            case NE:
                return c != 0;
            case LT:
                return c < 0;
            case LE:
                return c <= 0;
            case GT:
                return c > 0;
            default:
                return c >= 0;
        }
    }

    /** AND, OR, XOR on BOOL (0/1) or bit strings (WORD): bitwise on the long values. */
    public static final class Logic extends Expr.OfLong {
        private final int op;
        private final Expr a;
        private final Expr b;

        public Logic(int op, Expr a, Expr b) {
            this.op = op;
            this.a = a;
            this.b = b;
        }

        @Override
        public long asLong(Memory m) {
            long x = a.asLong(m);
            long y = b.asLong(m);
            switch (op) {
                case AND:
                    return x & y;
                case OR:
                    return x | y;
                default:
                    return x ^ y;
            }
        }
    }

    /** NOT: {@code mask} is 1 for BOOL, 0xFFFF for WORD. */
    public static final class Not extends Expr.OfLong {
        private final long mask;
        private final Expr a;

        public Not(long mask, Expr a) {
            this.mask = mask;
            this.a = a;
        }

        @Override
        public long asLong(Memory m) {
            return a.asLong(m) ^ mask;
        }
    }

    // ------------------------------------------------------------------ conversions

    /** Integer-like to integer-like, wrapped (or to 0/1 for BOOL). */
    public static final class LongToLong extends Expr.OfLong {
        private final int wrap;
        private final Expr a;

        public LongToLong(int wrap, Expr a) {
            this.wrap = wrap;
            this.a = a;
        }

        @Override
        public long asLong(Memory m) {
            return Wrap.wrap(wrap, a.asLong(m));
        }
    }

    public static final class LongToDouble extends Expr.OfDouble {
        private final boolean single;
        private final Expr a;

        public LongToDouble(boolean single, Expr a) {
            this.single = single;
            this.a = a;
        }

        @Override
        public double asDouble(Memory m) {
            return Wrap.real(single, a.asLong(m));
        }
    }

    /** REAL to an integer type: rounded to the nearest (halves to even), then wrapped. */
    public static final class DoubleToLong extends Expr.OfLong {
        private final int wrap;
        private final Expr a;

        public DoubleToLong(int wrap, Expr a) {
            this.wrap = wrap;
            this.a = a;
        }

        @Override
        public long asLong(Memory m) {
            double v = a.asDouble(m);
            if (wrap == Wrap.BOOL) {
                return v != 0 ? 1 : 0;
            }
            return Wrap.wrap(wrap, (long) Math.rint(v));
        }
    }

    public static final class DoubleToDouble extends Expr.OfDouble {
        private final boolean single;
        private final Expr a;

        public DoubleToDouble(boolean single, Expr a) {
            this.single = single;
            this.a = a;
        }

        @Override
        public double asDouble(Memory m) {
            return Wrap.real(single, a.asDouble(m));
        }
    }
}
