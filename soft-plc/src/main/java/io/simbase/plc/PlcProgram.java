package io.simbase.plc;

import io.simbase.plc.runtime.Stmt;
import java.util.Arrays;

/**
 * A compiled, checked program, ready to load into a {@link Plc}: its memory layout with the
 * initial values, its body, the bindings of its variables to scene tags, and the table of
 * variables a watch shows. Immutable; one program may be loaded into many PLCs.
 */
public final class PlcProgram {
    /** Binding kinds: a long slot holds the tag's value. */
    public static final int LONG_VALUE = 0;
    /** A double slot holds the tag's value. */
    public static final int DOUBLE_VALUE = 1;
    /** A long slot holds the tag's 16-bit register image ({@code AT %IW}, {@code AT %QW}). */
    public static final int REGISTER = 2;

    private final String name;
    private final long[] initialLongs;
    private final double[] initialDoubles;
    private final Stmt body;
    private final Bindings inputs;
    private final Bindings outputs;
    private final AddressMap addresses;
    private final Watch watch;

    /** For the compiler. */
    public PlcProgram(String name, long[] initialLongs, double[] initialDoubles, Stmt body, Bindings inputs,
                      Bindings outputs, AddressMap addresses, Watch watch) {
        this.name = name;
        this.initialLongs = initialLongs.clone();
        this.initialDoubles = initialDoubles.clone();
        this.body = body;
        this.inputs = inputs;
        this.outputs = outputs;
        this.addresses = addresses;
        this.watch = watch;
    }

    /** The PROGRAM's name as declared. */
    public String name() {
        return name;
    }

    public int longSlots() {
        return initialLongs.length;
    }

    public int doubleSlots() {
        return initialDoubles.length;
    }

    long[] initialLongs() {
        return initialLongs;
    }

    double[] initialDoubles() {
        return initialDoubles;
    }

    Stmt body() {
        return body;
    }

    Bindings inputs() {
        return inputs;
    }

    Bindings outputs() {
        return outputs;
    }

    AddressMap addresses() {
        return addresses;
    }

    /** The variables a watch can show. */
    public Watch watch() {
        return watch;
    }

    /** Tags bound to slots: parallel arrays, one entry per binding. */
    public static final class Bindings {
        final int[] tag;
        final int[] slot;
        final int[] kind;
        final int[] wrap;

        /**
         * @param wrap for long slots, the {@link io.simbase.plc.runtime.Wrap} kind of the variable's
         *        type; for double slots 1 when REAL (rounded to float), 0 for LREAL
         */
        public Bindings(int[] tag, int[] slot, int[] kind, int[] wrap) {
            this.tag = tag.clone();
            this.slot = slot.clone();
            this.kind = kind.clone();
            this.wrap = wrap.clone();
        }

        public int size() {
            return tag.length;
        }

        /** Scene index of the tag of binding {@code i}. */
        public int tag(int i) {
            return tag[i];
        }
    }

    /** Names and slots of the watchable variables (elementary, flattened: {@code t1.Q}, {@code a[2]}). */
    public static final class Watch {
        private final String[] names;
        private final String[] types;
        private final int[] slots;
        private final boolean[] isDouble;

        public Watch(String[] names, String[] types, int[] slots, boolean[] isDouble) {
            this.names = names.clone();
            this.types = types.clone();
            this.slots = slots.clone();
            this.isDouble = isDouble.clone();
        }

        public int size() {
            return names.length;
        }

        public String name(int i) {
            return names[i];
        }

        /** The IEC type name: BOOL, INT, ..., TIME. */
        public String type(int i) {
            return types[i];
        }

        int slot(int i) {
            return slots[i];
        }

        boolean isDouble(int i) {
            return isDouble[i];
        }

        /** The index of a variable by name (case-insensitive), or -1. */
        public int indexOf(String name) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equalsIgnoreCase(name)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public String toString() {
            return Arrays.toString(names);
        }
    }
}
