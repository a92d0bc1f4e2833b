package io.simbase.grading.expr;

/**
 * One node of a parsed expression. Nodes are immutable; the memory of the stateful functions
 * (edges, timers, aggregates) lives in a {@code double[]} owned by the run, at slots fixed at
 * parse time, so one parsed expression serves any number of runs. Evaluating allocates nothing.
 * Booleans are 0 and 1; any value other than 0 is true.
 */
abstract class Node {
    abstract double eval(Signals s, double[] slots);

    /** Puts this node's slots (and its children's) into their state before the first step. */
    void init(double[] slots) {
    }

    static boolean truth(double v) {
        return v != 0;
    }

    static double of(boolean b) {
        return b ? 1 : 0;
    }

    static final class Constant extends Node {
        private final double value;

        Constant(double value) {
            this.value = value;
        }

        @Override
        double eval(Signals s, double[] slots) {
            return value;
        }
    }

    static final class Signal extends Node {
        private final int index;

        Signal(int index) {
            this.index = index;
        }

        @Override
        double eval(Signals s, double[] slots) {
            return s.value(index);
        }
    }

    static final class Time extends Node {
        @Override
        double eval(Signals s, double[] slots) {
            return s.timeSeconds();
        }
    }

    /** A node with one argument. */
    abstract static class Unary extends Node {
        final Node arg;

        Unary(Node arg) {
            this.arg = arg;
        }

        @Override
        void init(double[] slots) {
            arg.init(slots);
        }
    }

    static final class Not extends Unary {
        Not(Node arg) {
            super(arg);
        }

        @Override
        double eval(Signals s, double[] slots) {
            return of(!truth(arg.eval(s, slots)));
        }
    }

    static final class Negate extends Unary {
        Negate(Node arg) {
            super(arg);
        }

        @Override
        double eval(Signals s, double[] slots) {
            return -arg.eval(s, slots);
        }
    }

    static final class Abs extends Unary {
        Abs(Node arg) {
            super(arg);
        }

        @Override
        double eval(Signals s, double[] slots) {
            return Math.abs(arg.eval(s, slots));
        }
    }

    /** Binary operators. Both sides are always evaluated, so stateful functions see every step. */
    static final class Binary extends Node {
        enum Op { OR, AND, EQ, NE, LT, LE, GT, GE, ADD, SUB, MUL, DIV, MIN, MAX }

        private final Op op;
        private final Node left;
        private final Node right;

        Binary(Op op, Node left, Node right) {
            this.op = op;
            this.left = left;
            this.right = right;
        }

        @Override
        void init(double[] slots) {
            left.init(slots);
            right.init(slots);
        }

        @Override
        double eval(Signals s, double[] slots) {
            double a = left.eval(s, slots);
            double b = right.eval(s, slots);
            switch (op) {
                case OR: return of(truth(a) || truth(b));
                case AND: return of(truth(a) && truth(b));
                case EQ: return of(a == b);
                case NE: return of(a != b);
                case LT: return of(a < b);
                case LE: return of(a <= b);
                case GT: return of(a > b);
                case GE: return of(a >= b);
                case ADD: return a + b;
                case SUB: return a - b;
                case MUL: return a * b;
                case DIV: return a / b;
                case MIN: return Math.min(a, b);
                case MAX: return Math.max(a, b);
                default: throw new AssertionError(op);
            }
        }
    }

    /** A function with memory in one or two slots starting at {@code slot}. */
    abstract static class Stateful extends Unary {
        final int slot;

        Stateful(Node arg, int slot) {
            super(arg);
            this.slot = slot;
        }
    }

    /**
     * {@code rose(x)} / {@code fell(x)}: true in the step where x turned true / false. The first
     * evaluation only records the value: nothing has changed yet.
     */
    static final class Edge extends Stateful {
        private final boolean rising;

        Edge(Node arg, int slot, boolean rising) {
            super(arg, slot);
            this.rising = rising;
        }

        @Override
        void init(double[] slots) {
            super.init(slots);
            slots[slot] = Double.NaN;
        }

        @Override
        double eval(Signals s, double[] slots) {
            double now = of(truth(arg.eval(s, slots)));
            double before = slots[slot];
            slots[slot] = now;
            if (before != before) {
                return 0;
            }
            return of(rising ? before == 0 && now == 1 : before == 1 && now == 0);
        }
    }

    /** {@code count(x)}: how many times x has turned true (slot: previous value, slot + 1: count). */
    static final class Count extends Stateful {
        Count(Node arg, int slot) {
            super(arg, slot);
        }

        @Override
        void init(double[] slots) {
            super.init(slots);
            slots[slot] = Double.NaN;
            slots[slot + 1] = 0;
        }

        @Override
        double eval(Signals s, double[] slots) {
            double now = of(truth(arg.eval(s, slots)));
            if (slots[slot] == 0 && now == 1) {
                slots[slot + 1]++;
            }
            slots[slot] = now;
            return slots[slot + 1];
        }
    }

    /** {@code since(x)}: seconds x has been true without a break; 0 while it is false. */
    static final class Since extends Stateful {
        Since(Node arg, int slot) {
            super(arg, slot);
        }

        @Override
        void init(double[] slots) {
            super.init(slots);
            slots[slot] = Double.NaN;
        }

        @Override
        double eval(Signals s, double[] slots) {
            if (!truth(arg.eval(s, slots))) {
                slots[slot] = Double.NaN;
                return 0;
            }
            double t = s.timeSeconds();
            if (slots[slot] != slots[slot]) {
                slots[slot] = t;
            }
            return t - slots[slot];
        }
    }

    /** {@code max_of(x)} / {@code min_of(x)}: the extreme of x over the steps seen so far. */
    static final class Extreme extends Stateful {
        private final boolean max;

        Extreme(Node arg, int slot, boolean max) {
            super(arg, slot);
            this.max = max;
        }

        @Override
        void init(double[] slots) {
            super.init(slots);
            slots[slot] = max ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }

        @Override
        double eval(Signals s, double[] slots) {
            double v = arg.eval(s, slots);
            double m = max ? Math.max(slots[slot], v) : Math.min(slots[slot], v);
            slots[slot] = m;
            return m;
        }
    }

    /** {@code integral(x)}: the sum of x times the step length over the steps seen so far. */
    static final class Integral extends Stateful {
        Integral(Node arg, int slot) {
            super(arg, slot);
        }

        @Override
        void init(double[] slots) {
            super.init(slots);
            slots[slot] = 0;
        }

        @Override
        double eval(Signals s, double[] slots) {
            slots[slot] += arg.eval(s, slots) * s.stepSeconds();
            return slots[slot];
        }
    }
}
