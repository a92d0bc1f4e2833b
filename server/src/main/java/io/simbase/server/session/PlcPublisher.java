package io.simbase.server.session;

import io.netty.buffer.PooledByteBufAllocator;
import io.simbase.plc.PlcFault;
import io.simbase.plc.PlcProgram;
import io.simbase.plc.PlcState;
import io.simbase.protocol.v1.PlcProgramInfo;
import io.simbase.protocol.v1.PlcStatus;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.plc.SessionPlc;

/**
 * A session's soft PLC as its observers see it: the program (text and watch names) when they
 * start observing and after each download, and its status (state, fault, scan figures, watch
 * values) with the frames while a program is loaded: a full status first, then the changed
 * watch values only. The frame's status is encoded once ({@link PlcStatusEncoder}) and goes in
 * the frame's one write to each observer ({@link Observers#publish}). Also times each scan on
 * the wall clock (the only clock here; the PLC itself has none).
 *
 * <p>Threading: the session's sim thread only. Allocation: none per step or frame; a download,
 * a new observer, run, stop and a new fault allocate.
 */
final class PlcPublisher {
    private final String sessionId;
    private final SessionPlc plc;
    private final PlcStatusEncoder encoder;
    /** Frames a status may be held back while nothing in it but the scan figures changed. */
    static final int MAX_QUIET_FRAMES = 30;

    private double[] watch = new double[0];
    private double[] sentWatch = new double[0];
    private PlcState sentState;
    private PlcFault encodedFault;
    private int quietFrames;
    private String downloadedBy = "";
    private long lastScanNanos;

    PlcPublisher(String sessionId, SessionPlc plc) {
        this.sessionId = sessionId;
        this.plc = plc;
        this.encoder = new PlcStatusEncoder(sessionId);
    }

    /** The scan of this step, if one is due, timed; before the world steps. */
    void beforeStep() {
        if (plc.running()) {
            long t0 = System.nanoTime();
            if (plc.beforeStep()) {
                lastScanNanos = System.nanoTime() - t0;
            }
        }
    }

    /**
     * A new program was loaded (downloaded by the user named {@code by}): everyone observing gets
     * its text, watch names and a full status.
     */
    void loaded(Observers observers, String by) {
        PlcProgram p = plc.program();
        downloadedBy = by;
        watch = new double[p.watch().size()];
        sentWatch = new double[watch.length];
        encoder.positions(watch.length);
        plc.copyWatch(sentWatch);
        sentState = plc.state();
        quietFrames = 0;
        lastScanNanos = 0;
        observers.sendToAll(program());
        int n = encodeFull(); // before buffer(): encoding may grow it
        observers.sendToAll(encoder.buffer(), n);
    }

    /**
     * A new observer gets the program and a full status holding the values the next delta
     * applies to (those last sent to everyone), if a program is loaded.
     */
    void observed(ClientLink link) {
        if (plc.loaded()) {
            link.send(program());
            int n = encodeFull();
            link.sendFramed(FrameBytes.frames(PooledByteBufAllocator.DEFAULT, null, encoder.buffer(), 0, n, null, -1));
        }
    }

    /**
     * This frame's status, when one is due, encoded in {@link #statusBytes()}: the watch values
     * that changed since the last status, with the state and scan figures, for every observer
     * (each must see every delta, as with events). While the state and every watch value stay
     * the same, a status goes only every {@value #MAX_QUIET_FRAMES} frames: an idle program costs
     * a message a second. Returns the length, or -1 when there is none (no program, nobody
     * observing, or held back).
     */
    int frame(boolean observed) {
        return plc.loaded() && observed ? encodeDelta(false) : -1;
    }

    /** The bytes of the last status {@link #frame} encoded. */
    byte[] statusBytes() {
        return encoder.buffer();
    }

    /** After run or stop: the status at once, so a stopped PLC shows STOP without waiting. */
    void changed(Observers observers) {
        if (plc.loaded()) {
            int n = encodeDelta(true); // before buffer(): encoding may grow it
            observers.sendToAll(encoder.buffer(), n);
        }
    }

    private int encodeDelta(boolean always) {
        plc.copyWatch(watch);
        int[] positions = encoder.positions(watch.length);
        int changed = 0;
        for (int i = 0; i < watch.length; i++) {
            if (Double.doubleToLongBits(watch[i]) != Double.doubleToLongBits(sentWatch[i])) {
                positions[changed++] = i;
                sentWatch[i] = watch[i];
            }
        }
        if (!always && changed == 0 && plc.state() == sentState && ++quietFrames < MAX_QUIET_FRAMES) {
            return -1;
        }
        sentState = plc.state();
        quietFrames = 0;
        return encode(sentWatch, positions, changed, true);
    }

    /** State and scan figures with every watch value of the current base (the values last sent). */
    private int encodeFull() {
        return encode(sentWatch, null, sentWatch.length, false);
    }

    private int encode(double[] values, int[] positions, int count, boolean delta) {
        PlcFault f = plc.fault();
        if (f != encodedFault) {
            encodedFault = f;
            if (f == null) {
                encoder.fault(null, null, null);
            } else {
                encoder.fault(f.message(), f.code(), f.args().toArray(new String[0]));
            }
        }
        int state = switch (plc.state()) {
            case RUN -> PlcStatus.State.RUN_VALUE;
            case STOP -> PlcStatus.State.STOP_VALUE;
            case FAULT -> PlcStatus.State.FAULT_VALUE;
        };
        return encoder.encode(state, f == null ? 0 : Math.max(0, f.line()), plc.scans(), plc.lastScanOperations(),
                lastScanNanos / 1000.0, values, positions, count, delta);
    }

    private ServerMessage program() {
        PlcProgram p = plc.program();
        PlcProgramInfo.Builder b = PlcProgramInfo.newBuilder().setSessionId(sessionId).setFileName(plc.fileName())
                .setSource(plc.source()).setProgramName(p.name()).setStep(plc.loadedAtStep())
                .setDownloadedBy(downloadedBy);
        PlcProgram.Watch w = p.watch();
        for (int i = 0; i < w.size(); i++) {
            b.addWatchNames(w.name(i)).addWatchTypes(w.type(i));
        }
        return ServerMessage.newBuilder().setPlcProgram(b).build();
    }
}
