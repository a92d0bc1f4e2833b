package io.simbase.plc;

import io.simbase.plc.runtime.Memory;
import io.simbase.plc.runtime.ScanFault;
import io.simbase.plc.runtime.Wrap;
import java.util.List;

/**
 * One soft PLC: a loaded program, its memory and its operating state. The owner calls
 * {@link #step(long)} once per world step, before the world steps; when a scan is due the PLC
 * copies the inputs into its process image, runs the program once and writes the changed
 * outputs. A run-time error puts it into {@link PlcState#FAULT} with the line, outputs off;
 * no exception leaves {@link #step(long)}, and the scan's budget of operations bounds how long
 * it can run.
 *
 * <p>Threading: confined to the thread that steps its world; no threads, no clock of its own
 * (time comes from the simulated clock passed to {@link #step(long)}). Allocation: a scan
 * allocates nothing; {@link #load}, {@link #run} and a fault do.
 */
public final class Plc {
    /** Operations (statements and loop rounds) one scan may execute before it faults. */
    public static final int DEFAULT_BUDGET = 100_000;

    private final ProcessIo io;
    private final long stepNanos;
    private PlcProgram program;
    private Memory memory;
    private PlcState state = PlcState.STOP;
    private PlcFault fault;
    private long cycleNanos;
    private long nextScanNanos;
    private long scans;
    private int budget = DEFAULT_BUDGET;
    private int lastScanOps;
    private double[] lastWritten = new double[0];

    /**
     * @param io        the plant's tags
     * @param stepNanos the world's step; the scan cycle is a multiple of it (one step by default)
     */
    public Plc(ProcessIo io, long stepNanos) {
        if (stepNanos <= 0) {
            throw new IllegalArgumentException("stepNanos must be positive, got " + stepNanos);
        }
        this.io = io;
        this.stepNanos = stepNanos;
        this.cycleNanos = stepNanos;
    }

    /** Loads a program (the PLC goes to STOP, outputs off); it starts with {@link #run()}. */
    public void load(PlcProgram p) {
        stop();
        program = p;
        memory = new Memory(p.longSlots(), p.doubleSlots());
        lastWritten = new double[p.outputs().size()];
        fault = null;
    }

    /** Cold start: variables to their initial values, then scanning from the next step. */
    public void run() {
        if (program == null) {
            throw new IllegalStateException("no program loaded");
        }
        System.arraycopy(program.initialLongs(), 0, memory.longs, 0, memory.longs.length);
        System.arraycopy(program.initialDoubles(), 0, memory.doubles, 0, memory.doubles.length);
        java.util.Arrays.fill(lastWritten, Double.NaN);
        fault = null;
        scans = 0;
        nextScanNanos = Long.MIN_VALUE;
        state = PlcState.RUN;
    }

    /** To STOP, outputs off. */
    public void stop() {
        if (state == PlcState.RUN) {
            outputsOff();
        }
        state = PlcState.STOP;
    }

    /** Sets the scan cycle; it must be a positive multiple of the world's step. */
    public void setCycleMillis(long cycleMillis) {
        long nanos = cycleMillis * 1_000_000L;
        if (cycleMillis <= 0 || nanos % stepNanos != 0) {
            throw new IllegalArgumentException("cycle_ms must be a positive multiple of the step (" + stepNanos / 1e6
                    + " ms), got " + cycleMillis);
        }
        cycleNanos = nanos;
    }

    /** Sets the operations one scan may execute (statements and loop rounds). */
    public void setBudget(int operations) {
        if (operations <= 0) {
            throw new IllegalArgumentException("budget must be positive, got " + operations);
        }
        budget = operations;
    }

    /**
     * Called once per world step with the simulated time at the start of the step: scans when
     * a scan is due. Returns true when it scanned. Never throws. When the world's clock goes
     * back (a reset or a restored snapshot) the PLC scans at once; its timers would still hold
     * start times from the old clock, so the owner should {@link #run()} it again (cold start).
     */
    public boolean step(long simNanos) {
        if (state != PlcState.RUN) {
            return false;
        }
        if (simNanos < nextScanNanos && nextScanNanos - simNanos <= cycleNanos) {
            return false;
        }
        nextScanNanos = simNanos + cycleNanos;
        scan(simNanos);
        return true;
    }

    private void scan(long simNanos) {
        Memory m = memory;
        m.nowMillis = Math.floorDiv(simNanos, 1_000_000L);
        m.budget = budget;
        m.longBase = 0;
        m.doubleBase = 0;
        try {
            readInputs(m);
            program.body().exec(m);
            lastScanOps = budget - m.budget;
            writeOutputs(m);
            scans++;
        } catch (ScanFault f) {
            enterFault(new PlcFault(f.line(), f.getMessage(), f.code(), f.args(), scans + 1));
        } catch (RuntimeException | StackOverflowError e) {
            enterFault(new PlcFault(0, "internal error: " + e, "internal", List.of(e.toString()), scans + 1));
        }
    }

    private void readInputs(Memory m) {
        PlcProgram.Bindings in = program.inputs();
        AddressMap map = program.addresses();
        for (int i = 0; i < in.tag.length; i++) {
            double v = io.read(in.tag[i]);
            switch (in.kind[i]) {
                case PlcProgram.DOUBLE_VALUE:
                    m.doubles[in.slot[i]] = Wrap.real(in.wrap[i] == 1, v);
                    break;
                case PlcProgram.REGISTER:
                    m.longs[in.slot[i]] = Wrap.wrap(in.wrap[i], map.toRegister(in.tag[i], v));
                    break;
                default:
                    m.longs[in.slot[i]] = Wrap.wrap(in.wrap[i], (long) Math.rint(v));
                    break;
            }
        }
    }

    private void writeOutputs(Memory m) {
        PlcProgram.Bindings out = program.outputs();
        AddressMap map = program.addresses();
        for (int i = 0; i < out.tag.length; i++) {
            double v;
            switch (out.kind[i]) {
                case PlcProgram.DOUBLE_VALUE:
                    v = m.doubles[out.slot[i]];
                    break;
                case PlcProgram.REGISTER:
                    v = map.fromRegister(out.tag[i], (int) (m.longs[out.slot[i]] & 0xFFFF));
                    break;
                default:
                    v = m.longs[out.slot[i]];
                    break;
            }
            if (Double.doubleToLongBits(v) != Double.doubleToLongBits(lastWritten[i])) {
                lastWritten[i] = v;
                io.write(out.tag[i], v);
            }
        }
    }

    private void outputsOff() {
        PlcProgram.Bindings out = program.outputs();
        for (int i = 0; i < out.tag.length; i++) {
            io.write(out.tag[i], 0);
            lastWritten[i] = 0;
        }
    }

    private void enterFault(PlcFault f) {
        fault = f;
        state = PlcState.FAULT;
        try {
            outputsOff();
        } catch (RuntimeException e) {
            // The plant refused the safe state; the PLC stays in FAULT either way.
        }
    }

    public PlcState state() {
        return state;
    }

    /** Why the PLC is in FAULT; null otherwise. */
    public PlcFault fault() {
        return fault;
    }

    /** The loaded program, or null. */
    public PlcProgram program() {
        return program;
    }

    /** Scans completed since the last {@link #run()}. */
    public long scanCount() {
        return scans;
    }

    /** Operations the last completed scan executed (a deterministic measure of scan time). */
    public int lastScanOperations() {
        return lastScanOps;
    }

    /** The current value of watch variable {@code i} of {@link PlcProgram#watch()}, as a double. Allocates nothing. */
    public double watchValue(int i) {
        PlcProgram.Watch w = program.watch();
        return w.isDouble(i) ? memory.doubles[w.slot(i)] : memory.longs[w.slot(i)];
    }

    /**
     * Copies every watch variable's current value, in {@link PlcProgram#watch()} order, into
     * {@code dest} (length at least the watch's size): one call per published frame. Allocates
     * nothing.
     */
    public void copyWatch(double[] dest) {
        PlcProgram.Watch w = program.watch();
        int n = w.size();
        if (dest.length < n) {
            throw new IllegalArgumentException("dest holds " + dest.length + " values, the watch has " + n);
        }
        for (int i = 0; i < n; i++) {
            dest[i] = w.isDouble(i) ? memory.doubles[w.slot(i)] : memory.longs[w.slot(i)];
        }
    }

    /**
     * The PLC's complete state now (between scans), for {@link #restore}. Allocates the copy.
     */
    public PlcSnapshot snapshot() {
        return new PlcSnapshot(program, memory == null ? new long[0] : memory.longs.clone(),
                memory == null ? new double[0] : memory.doubles.clone(), state, fault, cycleNanos, nextScanNanos, scans,
                budget, lastScanOps, lastWritten.clone());
    }

    /**
     * Puts this PLC into the state {@code s} holds: its program, memory, operating state, scan
     * clock and last outputs. Nothing is written to the plant (the world is restored to the same
     * moment, outputs included); from the next {@link #step} the PLC scans as the original did.
     */
    public void restore(PlcSnapshot s) {
        program = s.program;
        if (program == null) {
            memory = null;
        } else {
            memory = new Memory(s.longs.length, s.doubles.length);
            System.arraycopy(s.longs, 0, memory.longs, 0, s.longs.length);
            System.arraycopy(s.doubles, 0, memory.doubles, 0, s.doubles.length);
        }
        state = s.state;
        fault = s.fault;
        cycleNanos = s.cycleNanos;
        nextScanNanos = s.nextScanNanos;
        scans = s.scans;
        budget = s.budget;
        lastScanOps = s.lastScanOps;
        lastWritten = s.lastWritten.clone();
    }
}
