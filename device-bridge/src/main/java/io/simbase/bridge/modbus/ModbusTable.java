package io.simbase.bridge.modbus;

import java.util.Locale;

/**
 * The four Modbus data tables. Addresses are 0-based PDU addresses. A Modbus view of the plant's
 * tags, kept out of the engine: where a tag lives by default is {@link io.simbase.bridge.map.DefaultModbusMap}'s
 * business, a rig file's otherwise.
 */
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
