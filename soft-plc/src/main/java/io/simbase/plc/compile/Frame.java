package io.simbase.plc.compile;

import io.simbase.plc.runtime.Addr;

/**
 * Hands out slots for the variables of one POU: fixed slots for the program, functions and
 * globals; offsets from the instance's start for a function block.
 */
final class Frame {
    /** Largest memory of one program, in slots of each kind. */
    static final int MAX_SLOTS = 1 << 20;

    final boolean relative;
    int longs;
    int doubles;

    Frame(boolean relative) {
        this.relative = relative;
    }

    /** Reserves room for one value of {@code type}; returns {long offset, double offset}. */
    int[] reserve(Type type) {
        int[] at = {longs, doubles};
        longs += type.longs;
        doubles += type.doubles;
        return at;
    }

    boolean overflowed() {
        return longs > MAX_SLOTS || doubles > MAX_SLOTS || longs < 0 || doubles < 0;
    }

    Addr longAddr(int offset) {
        return relative ? Addr.inFrame(offset, false) : Addr.fixed(offset);
    }

    Addr doubleAddr(int offset) {
        return relative ? Addr.inFrame(offset, true) : Addr.fixed(offset);
    }
}
