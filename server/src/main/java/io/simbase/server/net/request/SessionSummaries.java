package io.simbase.server.net.request;

import io.simbase.protocol.v1.SessionSummary;
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

    /** The summary as {@code audience} is shown it: a student's lists only announced faults. */
    static SessionSummary of(Session s, Audience audience) {
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
        return b.build();
    }
}
