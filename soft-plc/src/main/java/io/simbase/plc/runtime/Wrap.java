package io.simbase.plc.runtime;

/**
 * How a value is brought into its type's range after arithmetic: two's complement wrap for the
 * fixed-width integer types, 0/1 for BOOL, rounding to 32-bit float for REAL.
 */
public final class Wrap {
    /** No narrowing: TIME (64-bit milliseconds), LREAL. */
    public static final int NONE = 0;
    public static final int BOOL = 1;
    /** 16-bit signed. */
    public static final int INT = 2;
    /** 32-bit signed. */
    public static final int DINT = 3;
    /** 16-bit unsigned: UINT and WORD. */
    public static final int UINT = 4;

    private Wrap() {
    }

    public static long wrap(int kind, long v) {
        switch (kind) {
            case BOOL:
                return v != 0 ? 1 : 0;
            case INT:
                return (short) v;
            case DINT:
                return (int) v;
            case UINT:
                return v & 0xFFFF;
            default:
                return v;
        }
    }

    /** REAL values are held as the nearest 32-bit float; LREAL values as they are. */
    public static double real(boolean single, double v) {
        return single ? (double) (float) v : v;
    }
}
