package io.simbase.plc.runtime;

/**
 * A compiled statement. {@link #exec} returns how control leaves it: {@link #NEXT}, or
 * {@link #EXIT} / {@link #RETURN} travelling up to the enclosing loop or POU. Execution
 * allocates nothing; run-time errors throw {@link ScanFault}.
 */
public abstract class Stmt {
    public static final int NEXT = 0;
    public static final int EXIT = 1;
    public static final int RETURN = 2;

    /** Source line (1-based), for fault messages. */
    protected final int line;

    protected Stmt(int line) {
        this.line = line;
    }

    public abstract int exec(Memory m);

    public int line() {
        return line;
    }
}
