package io.simbase.plc.runtime;

import java.util.List;

/**
 * A run-time error of a program (division by zero, an index out of range, the scan budget
 * spent): unwinds the scan to {@code Plc}, which puts the PLC into FAULT. Created only when a
 * fault happens; carries no stack trace.
 */
public final class ScanFault extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int line;
    private final String code;
    private final String[] args;

    /**
     * @param message in English
     * @param code    the same as a stable identifier (key {@code plc.fault.CODE} of a page)
     * @param args    the message's variable parts, in the order the code's texts use them
     */
    public ScanFault(int line, String message, String code, String... args) {
        super(message, null, false, false);
        this.line = line;
        this.code = code;
        this.args = args;
    }

    public String code() {
        return code;
    }

    public List<String> args() {
        return List.of(args);
    }

    /** Source line of the statement or expression that failed (1-based). */
    public int line() {
        return line;
    }
}
