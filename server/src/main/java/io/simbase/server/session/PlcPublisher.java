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
 * values) with the frames while a program is loaded: a full status first, then the changed
 * watch values only. Also times each scan on the wall clock
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

    /** A new program was loaded: everyone observing gets its text, watch names and a full status. */
    void loaded(Observers observers) {
        PlcProgram p = plc.program();
        watch = new double[p.watch().size()];
        sentWatch = new double[watch.length];
        plc.copyWatch(sentWatch);
        sentState = plc.state();
        quietFrames = 0;
        lastScanNanos = 0;
        observers.sendToAll(program());
        observers.sendToAll(fullStatus());
    }

    /**
     * A new observer gets the program and a full status holding the values the next delta
     * applies to (those last sent to everyone), if a program is loaded.
     */
    void observed(ClientLink link) {
        if (plc.loaded()) {
            link.send(program());
            link.send(fullStatus());
        }
    }

    /**
     * With each frame: the watch values that changed since the last status, with the state and
     * scan figures, to every observer (each must see every delta, as with events). While the
     * state and every watch value stay the same, a status goes only every
     * {@value #MAX_QUIET_FRAMES} frames: an idle program costs a message a second.
     */
    void frame(Observers observers) {
        if (plc.loaded() && observers.size() > 0) {
            sendDelta(observers, false);
        }
    }

    /** After run or stop: the status at once, so a stopped PLC shows STOP without waiting. */
    void changed(Observers observers) {
        if (plc.loaded()) {
            sendDelta(observers, true);
        }
    }

    private void sendDelta(Observers observers, boolean always) {
        plc.copyWatch(watch);
        PlcStatus.Builder b = header().setWatchDelta(true);
        int changed = 0;
        for (int i = 0; i < watch.length; i++) {
            if (Double.doubleToLongBits(watch[i]) != Double.doubleToLongBits(sentWatch[i])) {
                b.addWatchIndex(i).addWatchValues(watch[i]);
                sentWatch[i] = watch[i];
                changed++;
            }
        }
        if (!always && changed == 0 && plc.state() == sentState && ++quietFrames < MAX_QUIET_FRAMES) {
            return;
        }
        sentState = plc.state();
        quietFrames = 0;
        observers.sendToAll(ServerMessage.newBuilder().setPlcStatus(b).build());
    }

    /** State and scan figures with every watch value of the current base (the values last sent). */
    private ServerMessage fullStatus() {
        PlcStatus.Builder b = header();
        for (double v : sentWatch) {
            b.addWatchValues(v);
        }
        return ServerMessage.newBuilder().setPlcStatus(b).build();
    }

    private PlcStatus.Builder header() {
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
        return b;
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
