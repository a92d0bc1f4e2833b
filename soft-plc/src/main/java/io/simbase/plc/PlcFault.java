package io.simbase.plc;

import java.util.List;

/**
 * Why a PLC went to FAULT: the source line (1-based, 0 when unknown) and what happened, in
 * English and as a code with arguments (key {@code plc.fault.CODE} of a page, {@code {0}}...
 * filled from the arguments).
 */
public final class PlcFault {
    private final int line;
    private final String message;
    private final String code;
    private final List<String> args;
    private final long scan;

    public PlcFault(int line, String message, String code, List<String> args, long scan) {
        this.line = line;
        this.message = message;
        this.code = code;
        this.args = List.copyOf(args);
        this.scan = scan;
    }

    public int line() {
        return line;
    }

    /** In English. */
    public String message() {
        return message;
    }

    /** What happened, as a stable identifier (e.g. {@code division_by_zero}). */
    public String code() {
        return code;
    }

    public List<String> args() {
        return args;
    }

    /** The number of the scan that failed (1 is the first scan after RUN). */
    public long scan() {
        return scan;
    }

    @Override
    public String toString() {
        return "line " + line + ": " + message;
    }
}
