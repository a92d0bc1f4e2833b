package io.simbase.plc.runtime;

/**
 * A run-time error of a program (division by zero, an index out of range, the scan budget
 * spent): unwinds the scan to {@code Plc}, which puts the PLC into FAULT. Created only when a
 * fault happens; carries no stack trace.
 */
public final class ScanFault extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;

    public ScanFault(int line, String message) {
        super(message, null, false, false);
        this.line = line;
    }

    /** Source line of the statement or expression that failed (1-based). */
    public int line() {
        return line;
    }
}
