package io.simbase.plc;

/**
 * The four areas a directly represented variable ({@code AT %IX0.3}) can name, which are the
 * four Modbus tables of the scene's map.
 */
public enum IoArea {
    /** {@code %IX byte.bit}: discrete input {@code byte * 8 + bit}. */
    DISCRETE_INPUT,
    /** {@code %QX byte.bit}: coil {@code byte * 8 + bit}. */
    COIL,
    /** {@code %IW n}: input register n. */
    INPUT_REGISTER,
    /** {@code %QW n}: holding register n. */
    HOLDING_REGISTER;

    /** True for the areas a program reads (inputs). */
    public boolean isInput() {
        return this == DISCRETE_INPUT || this == INPUT_REGISTER;
    }

    /** True for single bits. */
    public boolean isBit() {
        return this == DISCRETE_INPUT || this == COIL;
    }
}
