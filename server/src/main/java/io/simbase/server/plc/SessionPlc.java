package io.simbase.server.plc;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.world.World;
import io.simbase.plc.CompileResult;
import io.simbase.plc.Plc;
import io.simbase.plc.PlcCompiler;
import io.simbase.plc.PlcFault;
import io.simbase.plc.PlcProgram;
import io.simbase.plc.PlcSnapshot;
import io.simbase.plc.PlcState;
import io.simbase.plc.engine.WorldIo;

/**
 * The soft PLC of one session, live or replayed: the program a user downloaded (its text and
 * its compiled form), and a {@link Plc} over the session's current world. The live session and
 * {@code Replayer} both drive it through this class, so a replay does exactly what the live
 * run did: {@link #beforeStep()} before every world step, downloads, run and stop between steps,
 * and {@link #rebind} when a reset rebuilds the world (a PLC in RUN cold-starts on the new
 * world, one in STOP or FAULT stays stopped with its program).
 *
 * <p>Threading: the session's sim thread (or the replaying thread) only. Allocation: none per
 * step; a download, run, stop or fault allocates.
 */
public final class SessionPlc {
    private World world;
    private Plc plc;
    private PlcProgram program;
    private String source;
    private String fileName;
    private long loadedAtStep;

    public SessionPlc(World world) {
        this.world = world;
    }

    /**
     * Compiles {@code source} against a scene's tags, with {@code AT %IX...} addresses on the
     * default Modbus map. Any thread (compilation shares nothing).
     */
    public static CompileResult compile(String source, String fileName, IoLayout tags) {
        return PlcCompiler.compile(source, fileName, tags, new DefaultMapAddresses(tags));
    }

    /** Loads a compiled program (the PLC goes to STOP, outputs off). */
    public void load(PlcProgram compiled, String text, String file) {
        if (plc == null) {
            plc = new Plc(new WorldIo(world), world.stepNanos());
        }
        plc.load(compiled);
        program = compiled;
        source = text;
        fileName = file;
        loadedAtStep = world.stepCount();
    }

    /** Cold start of the loaded program; false when none is loaded. */
    public boolean run() {
        if (plc == null) {
            return false;
        }
        plc.run();
        return true;
    }

    /** To STOP (outputs off); false when no program is loaded. */
    public boolean stop() {
        if (plc == null) {
            return false;
        }
        plc.stop();
        return true;
    }

    /** The world was rebuilt (a reset): a new PLC on it with the same program, RUN again if it ran. */
    public void rebind(World newWorld) {
        world = newWorld;
        if (plc == null) {
            return;
        }
        boolean wasRunning = plc.state() == PlcState.RUN;
        plc = new Plc(new WorldIo(newWorld), newWorld.stepNanos());
        plc.load(program);
        if (wasRunning) {
            plc.run();
        }
    }

    /** The scan of this step, when one is due; call before {@code world.step()}. Never throws. */
    public boolean beforeStep() {
        return plc != null && plc.step(world.simNanos());
    }

    public boolean loaded() {
        return plc != null;
    }

    public boolean running() {
        return plc != null && plc.state() == PlcState.RUN;
    }

    /** STOP when nothing is loaded. */
    public PlcState state() {
        return plc == null ? PlcState.STOP : plc.state();
    }

    /** Why the PLC is in FAULT; null otherwise. */
    public PlcFault fault() {
        return plc == null ? null : plc.fault();
    }

    /** The loaded program; null when none. */
    public PlcProgram program() {
        return program;
    }

    public String source() {
        return source;
    }

    public String fileName() {
        return fileName;
    }

    /** The step at which the program was downloaded. */
    public long loadedAtStep() {
        return loadedAtStep;
    }

    public long scans() {
        return plc == null ? 0 : plc.scanCount();
    }

    public int lastScanOperations() {
        return plc == null ? 0 : plc.lastScanOperations();
    }

    /** Copies the watch values into {@code dest} (at least the watch's size); nothing when none is loaded. */
    public void copyWatch(double[] dest) {
        if (plc != null) {
            plc.copyWatch(dest);
        }
    }

    /**
     * This session PLC's complete state between steps: the downloaded program (text and compiled
     * form) and the PLC's memory, operating state and scan clock ({@code plc} null when nothing
     * was ever downloaded). Immutable.
     */
    public record Snapshot(PlcProgram program, String source, String fileName, long loadedAtStep, PlcSnapshot plc) {
        /** Bytes held in the PLC's arrays (the program and its text are shared, not copied). */
        public long sizeBytes() {
            return plc == null ? 0 : plc.sizeBytes();
        }
    }

    /** The state now, for {@link #restored}. Allocates the copy of the PLC's memory. */
    public Snapshot snapshot() {
        return new Snapshot(program, source, fileName, loadedAtStep, plc == null ? null : plc.snapshot());
    }

    /**
     * A session PLC on {@code world} (restored to the moment {@code s} was taken) in the state
     * {@code s} holds: before the next {@code world.step()} it scans exactly as the original did.
     */
    public static SessionPlc restored(World world, Snapshot s) {
        SessionPlc p = new SessionPlc(world);
        p.program = s.program();
        p.source = s.source();
        p.fileName = s.fileName();
        p.loadedAtStep = s.loadedAtStep();
        if (s.plc() != null) {
            p.plc = new Plc(new WorldIo(world), world.stepNanos());
            p.plc.restore(s.plc());
        }
        return p;
    }
}
