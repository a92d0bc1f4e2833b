package io.simbase.plc;

/**
 * The complete run-time state of one {@link Plc} at a scan boundary: the program it runs, its
 * memory (every variable, function-block instances and their timers included), its operating
 * state and fault, its scan clock and the outputs it last wrote. Restored into a PLC on a world
 * restored from the same moment ({@link Plc#restore}), it scans on exactly as the original did.
 *
 * <p>Immutable: the arrays are copies, never handed out. Threading: any thread once made.
 * Allocation: one object and three arrays per snapshot.
 */
public final class PlcSnapshot {
    final PlcProgram program;
    final long[] longs;
    final double[] doubles;
    final PlcState state;
    final PlcFault fault;
    final long cycleNanos;
    final long nextScanNanos;
    final long scans;
    final int budget;
    final int lastScanOps;
    final double[] lastWritten;

    PlcSnapshot(PlcProgram program, long[] longs, double[] doubles, PlcState state, PlcFault fault, long cycleNanos,
            long nextScanNanos, long scans, int budget, int lastScanOps, double[] lastWritten) {
        this.program = program;
        this.longs = longs;
        this.doubles = doubles;
        this.state = state;
        this.fault = fault;
        this.cycleNanos = cycleNanos;
        this.nextScanNanos = nextScanNanos;
        this.scans = scans;
        this.budget = budget;
        this.lastScanOps = lastScanOps;
        this.lastWritten = lastWritten;
    }

    /** The program loaded when the snapshot was taken; null when none was. */
    public PlcProgram program() {
        return program;
    }

    public PlcState state() {
        return state;
    }

    /** Bytes the snapshot holds in its arrays (for a memory budget). */
    public long sizeBytes() {
        return 8L * (longs.length + doubles.length + lastWritten.length);
    }
}
