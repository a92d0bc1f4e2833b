package io.simbase.plc.runtime;

/**
 * The data memory of one loaded program: every variable is a slot in one of two primitive
 * arrays ({@code BOOL}, the integer types and {@code TIME} in {@link #longs}, {@code REAL} and
 * {@code LREAL} in {@link #doubles}); function-block instances are runs of slots, and
 * {@link #longBase}/{@link #doubleBase} point at the instance whose body is running.
 *
 * <p>Threading: owned by the thread that scans the program. Allocation: none after construction.
 */
public final class Memory {
    /** BOOL (0 or 1), INT, DINT, UINT, WORD and TIME (milliseconds) slots. */
    public final long[] longs;
    /** REAL (held rounded to 32-bit float) and LREAL slots. */
    public final double[] doubles;
    /** Start of the running function-block instance's long slots. */
    public int longBase;
    /** Start of the running function-block instance's double slots. */
    public int doubleBase;
    /** The scan's time stamp from the simulated clock, milliseconds. */
    public long nowMillis;
    /** Operations left in this scan before the budget fault. */
    public int budget;

    public Memory(int longCount, int doubleCount) {
        longs = new long[longCount];
        doubles = new double[doubleCount];
    }

    /** Counts one operation (a statement or a loop round); faults when the scan's budget is spent. */
    public void tick(int line) {
        if (--budget < 0) {
            throw new ScanFault(line, "scan budget exceeded (an endless loop?)", "budget_exceeded");
        }
    }
}
