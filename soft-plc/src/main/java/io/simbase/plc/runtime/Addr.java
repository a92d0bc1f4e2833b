package io.simbase.plc.runtime;

/**
 * Where a variable lives: an index into {@link Memory#longs} or {@link Memory#doubles},
 * fixed, relative to the running function-block instance, or computed from an array index.
 * Allocation: none.
 */
public abstract class Addr {
    /** The slot index in the current frame. */
    public abstract int at(Memory m);

    /** A fixed slot (program, function and global variables). */
    public static Addr fixed(int slot) {
        return new Fixed(slot);
    }

    /** A slot of the running function-block instance. */
    public static Addr inFrame(int offset, boolean doubles) {
        return doubles ? new DoubleFrame(offset) : new LongFrame(offset);
    }

    /** {@code base + offset}; folds when the base is fixed or frame-relative. */
    public static Addr offset(Addr base, int offset) {
        if (offset == 0) {
            return base;
        }
        if (base instanceof Fixed) {
            return new Fixed(((Fixed) base).slot + offset);
        }
        if (base instanceof LongFrame) {
            return new LongFrame(((LongFrame) base).offset + offset);
        }
        if (base instanceof DoubleFrame) {
            return new DoubleFrame(((DoubleFrame) base).offset + offset);
        }
        return new Offset(base, offset);
    }

    /** The fixed slot, or -1 when the address depends on the frame or an index. */
    public int fixedSlot() {
        return -1;
    }

    private static final class Fixed extends Addr {
        private final int slot;

        Fixed(int slot) {
            this.slot = slot;
        }

        @Override
        public int at(Memory m) {
            return slot;
        }

        @Override
        public int fixedSlot() {
            return slot;
        }
    }

    private static final class LongFrame extends Addr {
        private final int offset;

        LongFrame(int offset) {
            this.offset = offset;
        }

        @Override
        public int at(Memory m) {
            return m.longBase + offset;
        }
    }

    private static final class DoubleFrame extends Addr {
        private final int offset;

        DoubleFrame(int offset) {
            this.offset = offset;
        }

        @Override
        public int at(Memory m) {
            return m.doubleBase + offset;
        }
    }

    private static final class Offset extends Addr {
        private final Addr base;
        private final int offset;

        Offset(Addr base, int offset) {
            this.base = base;
            this.offset = offset;
        }

        @Override
        public int at(Memory m) {
            return base.at(m) + offset;
        }
    }

    /** {@code base + (index - lower) * stride}, with the index checked against the bounds. */
    public static final class Indexed extends Addr {
        private final Addr base;
        private final Expr index;
        private final long lower;
        private final long upper;
        private final int stride;
        private final int line;

        public Indexed(Addr base, Expr index, long lower, long upper, int stride, int line) {
            this.base = base;
            this.index = index;
            this.lower = lower;
            this.upper = upper;
            this.stride = stride;
            this.line = line;
        }

        @Override
        public int at(Memory m) {
            long i = index.asLong(m);
            if (i < lower || i > upper) {
                throw new ScanFault(line, "array index " + i + " out of range [" + lower + ".." + upper + "]",
                        "index_out_of_range", String.valueOf(i), String.valueOf(lower), String.valueOf(upper));
            }
            return base.at(m) + (int) (i - lower) * stride;
        }
    }
}
