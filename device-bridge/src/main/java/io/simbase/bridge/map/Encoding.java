package io.simbase.bridge.map;

import java.util.Locale;

/** How one tag's engineering value travels in Modbus bits or registers. */
public enum Encoding {
    /** The scene default (DESIGN.md): bool as a bit, int as itself, real scaled over its range to 0..10000. */
    DEFAULT("default", 1),
    /** Linear: the tag's [min, max] over a raw register range [rawMin, rawMax] (e.g. 0..27648). */
    SCALED("scaled", 1),
    /** Signed 16-bit whole number, value as itself. */
    INT16("int16", 1),
    /** Unsigned 16-bit whole number, value as itself. */
    UINT16("uint16", 1),
    /** IEEE-754 single in two registers, high word at the lower address. */
    FLOAT32("float32", 2),
    /** A bool tag as one bit (0..15) of a register. */
    BIT("bit", 1);

    private final String key;
    private final int registers;

    Encoding(String key, int registers) {
        this.key = key;
        this.registers = registers;
    }

    public String key() {
        return key;
    }

    /** Registers (or bits) occupied. */
    public int width() {
        return registers;
    }

    /** Parses a key, case-insensitive; null when unknown. */
    public static Encoding parse(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        for (Encoding e : values()) {
            if (e.key.equals(k)) {
                return e;
            }
        }
        return null;
    }
}
