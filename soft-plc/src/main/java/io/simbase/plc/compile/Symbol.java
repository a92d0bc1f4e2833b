package io.simbase.plc.compile;

import io.simbase.plc.runtime.Addr;

/** A named variable visible in a POU body: its type, where it lives, and whether it may be written. */
final class Symbol {
    final String name;
    final Type type;
    final Addr longAddr;
    final Addr doubleAddr;
    /** Null when writable; otherwise why not, as a sentence fragment naming the variable. */
    final String readOnly;
    /** The value of an integer CONSTANT, for array bounds and CASE labels; else null. */
    final Long constant;

    Symbol(String name, Type type, Addr longAddr, Addr doubleAddr, String readOnly, Long constant) {
        this.name = name;
        this.type = type;
        this.longAddr = longAddr;
        this.doubleAddr = doubleAddr;
        this.readOnly = readOnly;
        this.constant = constant;
    }
}
