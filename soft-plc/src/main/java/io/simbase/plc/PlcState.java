package io.simbase.plc;

/** The operating state of a soft PLC, as a real CPU shows it. */
public enum PlcState {
    /** No program loaded, or stopped: outputs off. */
    STOP,
    /** Scanning. */
    RUN,
    /** Stopped by a run-time error: outputs off until the program is run again. */
    FAULT
}
