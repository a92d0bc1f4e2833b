package io.simbase.server.session;

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
 * values) with every frame while a program is loaded. Also times each scan on the wall clock
 * (the only clock here; the PLC itself has none).
 *
 * <p>Threading: the session's sim thread only. Allocation: none per step; each frame with a
 * program loaded and someone observing builds one status message.
 */
final class PlcPublisher {
    private final String sessionId;
    private final SessionPlc plc;
    /** Frames a status may be held back while nothing in it but the scan figures changed. */
    static final int MAX_QUIET_FRAMES = 30;

    private double[] watch = new double[0];
    private double[] sentWatch = new double[0];
    private PlcState sentState;
    private int quietFrames;
    private long lastScanNanos;

    PlcPublisher(String sessionId, SessionPlc plc) {
        this.sessionId = sessionId;
        this.plc = plc;
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

    /** A new program was loaded: everyone observing gets its text and watch names. */
    void loaded(Observers observers) {
        PlcProgram p = plc.program();
        watch = new double[p.watch().size()];
        sentWatch = new double[watch.length];
        sentState = null;
        lastScanNanos = 0;
        observers.sendToAll(program());
        observers.sendToAll(status());
    }

    /** A new observer gets the program, if there is one. */
    void observed(ClientLink link) {
        if (plc.loaded()) {
            link.send(program());
            link.send(status());
        }
    }

    /**
     * With each frame: the status to every observer that keeps up (a sample; it may be
     * skipped). While the state and every watch value stay the same, it is sent only every
     * {@value #MAX_QUIET_FRAMES} frames (the scan figures still move): an idle or waiting
     * program costs its observers a message a second, not one a frame.
     */
    void frame(Observers observers) {
        if (!plc.loaded() || observers.size() == 0) {
            return;
        }
        plc.copyWatch(watch);
        if (plc.state() == sentState && java.util.Arrays.equals(watch, sentWatch) && ++quietFrames < MAX_QUIET_FRAMES) {
            return;
        }
        observers.sendToWritable(status());
    }

    /** The status now (also after run and stop, so a stopped PLC shows STOP at once). */
    ServerMessage status() {
        PlcStatus.Builder b = PlcStatus.newBuilder().setSessionId(sessionId)
                .setState(switch (plc.state()) {
                    case RUN -> PlcStatus.State.RUN;
                    case STOP -> PlcStatus.State.STOP;
                    case FAULT -> PlcStatus.State.FAULT;
                })
                .setScans(plc.scans()).setScanOperations(plc.lastScanOperations())
                .setScanMicros(lastScanNanos / 1000.0);
        PlcFault f = plc.fault();
        if (f != null) {
            b.setFaultLine(Math.max(0, f.line())).setFaultMessage(f.message());
        }
        if (plc.loaded()) {
            plc.copyWatch(watch);
            for (double v : watch) {
                b.addWatchValues(v);
            }
            System.arraycopy(watch, 0, sentWatch, 0, watch.length);
            sentState = plc.state();
            quietFrames = 0;
        }
        return ServerMessage.newBuilder().setPlcStatus(b).build();
    }

    private ServerMessage program() {
        PlcProgram p = plc.program();
        PlcProgramInfo.Builder b = PlcProgramInfo.newBuilder().setSessionId(sessionId).setFileName(plc.fileName())
                .setSource(plc.source()).setProgramName(p.name()).setStep(plc.loadedAtStep());
        PlcProgram.Watch w = p.watch();
        for (int i = 0; i < w.size(); i++) {
            b.addWatchNames(w.name(i)).addWatchTypes(w.type(i));
        }
        return ServerMessage.newBuilder().setPlcProgram(b).build();
    }
}
