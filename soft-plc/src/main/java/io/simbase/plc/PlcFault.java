package io.simbase.plc;

/** Why a PLC went to FAULT: the source line (1-based, 0 when unknown) and what happened. */
public final class PlcFault {
    private final int line;
    private final String message;
    private final long scan;

    public PlcFault(int line, String message, long scan) {
        this.line = line;
        this.message = message;
        this.scan = scan;
    }

    public int line() {
        return line;
    }

    public String message() {
        return message;
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
