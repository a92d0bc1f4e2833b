package io.simbase.plc.runtime;

/**
 * The statement nodes. Every statement of a block and every round of a loop costs one unit of
 * the scan's budget ({@link Memory#tick}), so that no program can hold its thread.
 * Allocation: none.
 */
public final class Stmts {
    private Stmts() {
    }

    public static final Stmt EMPTY = new Block(new Stmt[0], 0);

    public static final class Block extends Stmt {
        private final Stmt[] body;

        public Block(Stmt[] body, int line) {
            super(line);
            this.body = body;
        }

        @Override
        public int exec(Memory m) {
            for (Stmt s : body) {
                m.tick(s.line);
                int r = s.exec(m);
                if (r != NEXT) {
                    return r;
                }
            }
            return NEXT;
        }
    }

    /** A block that costs no budget: compiler-made sequences (argument copies, initializers). */
    public static final class Sequence extends Stmt {
        private final Stmt[] body;

        public Sequence(Stmt[] body) {
            super(0);
            this.body = body;
        }

        @Override
        public int exec(Memory m) {
            for (Stmt s : body) {
                s.exec(m);
            }
            return NEXT;
        }
    }

    public static final class StoreLong extends Stmt {
        private final Addr addr;
        private final int wrap;
        private final Expr value;

        public StoreLong(Addr addr, int wrap, Expr value, int line) {
            super(line);
            this.addr = addr;
            this.wrap = wrap;
            this.value = value;
        }

        @Override
        public int exec(Memory m) {
            long v = Wrap.wrap(wrap, value.asLong(m));
            m.longs[addr.at(m)] = v;
            return NEXT;
        }
    }

    /** A store into a fixed slot, the common case, without the address indirection. */
    public static final class StoreLongFixed extends Stmt {
        private final int slot;
        private final int wrap;
        private final Expr value;

        public StoreLongFixed(int slot, int wrap, Expr value, int line) {
            super(line);
            this.slot = slot;
            this.wrap = wrap;
            this.value = value;
        }

        @Override
        public int exec(Memory m) {
            m.longs[slot] = Wrap.wrap(wrap, value.asLong(m));
            return NEXT;
        }
    }

    /** A store of a long value: into a fixed slot when the address is fixed. */
    public static Stmt storeLong(Addr addr, int wrap, Expr value, int line) {
        return addr.fixedSlot() >= 0 ? new StoreLongFixed(addr.fixedSlot(), wrap, value, line)
                : new StoreLong(addr, wrap, value, line);
    }

    public static final class StoreDouble extends Stmt {
        private final Addr addr;
        private final boolean single;
        private final Expr value;

        public StoreDouble(Addr addr, boolean single, Expr value, int line) {
            super(line);
            this.addr = addr;
            this.single = single;
            this.value = value;
        }

        @Override
        public int exec(Memory m) {
            double v = Wrap.real(single, value.asDouble(m));
            m.doubles[addr.at(m)] = v;
            return NEXT;
        }
    }

    /** A function called as a statement: its value is dropped. */
    public static final class Evaluate extends Stmt {
        private final Expr expr;

        public Evaluate(Expr expr, int line) {
            super(line);
            this.expr = expr;
        }

        @Override
        public int exec(Memory m) {
            expr.asDouble(m);
            return NEXT;
        }
    }

    public static final class If extends Stmt {
        private final Expr[] conditions;
        private final Stmt[] branches;
        private final Stmt otherwise;

        public If(Expr[] conditions, Stmt[] branches, Stmt otherwise, int line) {
            super(line);
            this.conditions = conditions;
            this.branches = branches;
            this.otherwise = otherwise;
        }

        @Override
        public int exec(Memory m) {
            for (int i = 0; i < conditions.length; i++) {
                if (conditions[i].asLong(m) != 0) {
                    return branches[i].exec(m);
                }
            }
            return otherwise.exec(m);
        }
    }

    /** CASE: label ranges {@code [lower[i], upper[i]]} lead to {@code branches[target[i]]}. */
    public static final class Case extends Stmt {
        private final Expr selector;
        private final long[] lower;
        private final long[] upper;
        private final int[] target;
        private final Stmt[] branches;
        private final Stmt otherwise;

        public Case(Expr selector, long[] lower, long[] upper, int[] target, Stmt[] branches, Stmt otherwise, int line) {
            super(line);
            this.selector = selector;
            this.lower = lower;
            this.upper = upper;
            this.target = target;
            this.branches = branches;
            this.otherwise = otherwise;
        }

        @Override
        public int exec(Memory m) {
            long v = selector.asLong(m);
            for (int i = 0; i < lower.length; i++) {
                if (v >= lower[i] && v <= upper[i]) {
                    return branches[target[i]].exec(m);
                }
            }
            return otherwise.exec(m);
        }
    }

    /**
     * FOR: the bounds and the step are evaluated once; the loop counts in 64 bits so that a
     * bound at the top of the control variable's type still ends the loop.
     */
    public static final class For extends Stmt {
        private final Addr control;
        private final int wrap;
        private final Expr from;
        private final Expr to;
        private final Expr by;
        private final Stmt body;

        public For(Addr control, int wrap, Expr from, Expr to, Expr by, Stmt body, int line) {
            super(line);
            this.control = control;
            this.wrap = wrap;
            this.from = from;
            this.to = to;
            this.by = by;
            this.body = body;
        }

        @Override
        public int exec(Memory m) {
            long i = from.asLong(m);
            long end = to.asLong(m);
            long step = by.asLong(m);
            while (step >= 0 ? i <= end : i >= end) {
                m.tick(line);
                m.longs[control.at(m)] = Wrap.wrap(wrap, i);
                int r = body.exec(m);
                if (r == EXIT) {
                    break;
                }
                if (r == RETURN) {
                    return r;
                }
                i += step;
            }
            return NEXT;
        }
    }

    public static final class While extends Stmt {
        private final Expr condition;
        private final Stmt body;

        public While(Expr condition, Stmt body, int line) {
            super(line);
            this.condition = condition;
            this.body = body;
        }

        @Override
        public int exec(Memory m) {
            while (condition.asLong(m) != 0) {
                m.tick(line);
                int r = body.exec(m);
                if (r == EXIT) {
                    break;
                }
                if (r == RETURN) {
                    return r;
                }
            }
            return NEXT;
        }
    }

    public static final class Repeat extends Stmt {
        private final Stmt body;
        private final Expr until;

        public Repeat(Stmt body, Expr until, int line) {
            super(line);
            this.body = body;
            this.until = until;
        }

        @Override
        public int exec(Memory m) {
            do {
                m.tick(line);
                int r = body.exec(m);
                if (r == EXIT) {
                    break;
                }
                if (r == RETURN) {
                    return r;
                }
            } while (until.asLong(m) == 0);
            return NEXT;
        }
    }

    public static final class Jump extends Stmt {
        private final int kind;

        public Jump(int kind, int line) {
            super(line);
            this.kind = kind;
        }

        @Override
        public int exec(Memory m) {
            return kind;
        }
    }

    /**
     * A function-block call: the inputs are stored into the instance (in the caller's frame),
     * the body runs with the instance as the frame, then the outputs are copied out.
     */
    public static final class BlockCall extends Stmt {
        private final Addr longBase;
        private final Addr doubleBase;
        private final Stmt inputs;
        private final Stmt body;
        private final Stmt outputs;

        public BlockCall(Addr longBase, Addr doubleBase, Stmt inputs, Stmt body, Stmt outputs, int line) {
            super(line);
            this.longBase = longBase;
            this.doubleBase = doubleBase;
            this.inputs = inputs;
            this.body = body;
            this.outputs = outputs;
        }

        @Override
        public int exec(Memory m) {
            inputs.exec(m);
            int callerLong = m.longBase;
            int callerDouble = m.doubleBase;
            int lb = longBase.at(m);
            int db = doubleBase.at(m);
            m.longBase = lb;
            m.doubleBase = db;
            // No finally: a fault ends the scan, and the next scan starts from the program's frame.
            body.exec(m);
            m.longBase = callerLong;
            m.doubleBase = callerDouble;
            outputs.exec(m);
            return NEXT;
        }
    }
}
