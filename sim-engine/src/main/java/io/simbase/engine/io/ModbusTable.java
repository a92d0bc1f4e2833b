package io.simbase.engine.io;

import java.util.Locale;

/** The four Modbus data tables. Addresses are 0-based PDU addresses. */
public enum ModbusTable {
    COIL("coil", "co", true, true),
    DISCRETE_INPUT("discrete_input", "di", true, false),
    HOLDING_REGISTER("holding_register", "hr", false, true),
    INPUT_REGISTER("input_register", "ir", false, false);

    private final String key;
    private final String shortKey;
    private final boolean bit;
    private final boolean writable;

    ModbusTable(String key, String shortKey, boolean bit, boolean writable) {
        this.key = key;
        this.shortKey = shortKey;
        this.bit = bit;
        this.writable = writable;
    }

    /** Long name: {@code coil}, {@code discrete_input}, {@code holding_register}, {@code input_register}. */
    public String key() {
        return key;
    }

    /** Short name: {@code co}, {@code di}, {@code hr}, {@code ir}. */
    public String shortKey() {
        return shortKey;
    }

    /** True for the single-bit tables (coils, discrete inputs). */
    public boolean isBit() {
        return bit;
    }

    /** True for the tables a Modbus master may write (coils, holding registers). */
    public boolean isWritable() {
        return writable;
    }

    /** The default table of DESIGN.md for a tag of this type and direction. */
    public static ModbusTable defaultFor(TagType type, Direction direction) {
        boolean isBool = type == TagType.BOOL;
        if (direction == Direction.SENSOR) {
            return isBool ? DISCRETE_INPUT : INPUT_REGISTER;
        }
        return isBool ? COIL : HOLDING_REGISTER;
    }

    /** Parses a long or short name, case-insensitive; returns null when unknown. */
    public static ModbusTable parse(String s) {
        String k = s.toLowerCase(Locale.ROOT);
        for (ModbusTable t : values()) {
            if (t.key.equals(k) || t.shortKey.equals(k)) {
                return t;
            }
        }
        return null;
    }
}
