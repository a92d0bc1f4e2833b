package io.simbase.server.net.request;

import io.simbase.protocol.v1.LastGrade;
import io.simbase.protocol.v1.RigStatus;
import io.simbase.protocol.v1.SessionSummary;
import io.simbase.server.auth.Roster;
import io.simbase.server.results.ResultStore;
import io.simbase.server.results.StoredResult;
import io.simbase.server.results.StudentIdentity;
import io.simbase.server.rig.RigBindings;
import io.simbase.server.session.Audience;
import io.simbase.server.session.BoundRig;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionStatus;

/** A live session as a {@link SessionSummary}, from its status; any thread. */
final class SessionSummaries {
    /** How {@code Session.externalController()} names an OPC UA writer; the page words it itself. */
    private static final String OPCUA_PREFIX = "OPC UA client at ";

    private SessionSummaries() {
    }

    /**
     * The summary as {@code audience} is shown it (a student's lists only announced faults), with
     * what is wrong with its controller and its owner's latest result from {@code results}.
     */
    static SessionSummary of(Session s, Audience audience, ResultStore results, Roster roster) {
        SessionSummary.Builder b = builder(s, audience);
        controllerFault(s, b);
        String classCode = s.classCode() == null ? "" : s.classCode();
        StoredResult last = results == null ? null
                : results.latest(classCode, StudentIdentity.of(s.owner(), classCode, roster).key());
        if (last != null) {
            b.setLastGrade(LastGrade.newBuilder().setExerciseId(last.exerciseId()).setScore(last.score())
                    .setPassed(last.passed()).setAtMillis(last.atMillis()));
        }
        return b.build();
    }

    /** A soft PLC in FAULT, else a lost link to the student's own PLC or to a rig. */
    private static void controllerFault(Session s, SessionSummary.Builder b) {
        String plcFault = s.plcFaultMessage();
        if (plcFault != null) {
            b.setControllerFault(SessionSummary.ControllerFault.SOFT_PLC_FAULT).setControllerFaultText(plcFault);
            return;
        }
        if (b.hasRig() && b.getRig().getCommLost()) {
            RigStatus r = b.getRig();
            b.setControllerFault(r.getName().equals(RigBindings.OWN_PLC) ? SessionSummary.ControllerFault.OWN_PLC_COMM_LOST
                    : SessionSummary.ControllerFault.RIG_COMM_LOST);
        }
    }

    private static SessionSummary.Builder builder(Session s, Audience audience) {
        SessionStatus st = s.status();
        SessionSummary.Builder b = SessionSummary.newBuilder().setSessionId(s.id()).setScene(s.scene().id())
                .setOwner(s.owner()).setPaused(st.paused()).setStep(st.step()).setSimNanos(st.simNanos())
                .setTimeScale(st.timeScale()).setInputs(st.inputs()).setObservers(st.observers())
                .addAllActiveFaults(s.faultsShownTo(audience)).addAllActiveAlarms(st.activeAlarms()).setParts(st.parts());
        b.setSoftPlcRunning(s.plcRunning());
        b.setLatenessMaxMs(s.recentLatenessNanos() / 1e6);
        String opcua = s.externalController();
        if (opcua != null) {
            b.setOpcuaClient(opcua.startsWith(OPCUA_PREFIX) ? opcua.substring(OPCUA_PREFIX.length()) : opcua);
        }
        BoundRig r = s.rig();
        if (r != null) {
            b.setRig(r.status());
        }
        return b;
    }
}
