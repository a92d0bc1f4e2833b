package io.simbase.server.net.request;

import io.simbase.protocol.v1.SessionSummary;
import io.simbase.server.session.Audience;
import io.simbase.server.session.BoundRig;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionStatus;

/** A live session as a {@link SessionSummary}, from its status; any thread. */
final class SessionSummaries {
    private SessionSummaries() {
    }

    /** The summary as {@code audience} is shown it: a student's lists only announced faults. */
    static SessionSummary of(Session s, Audience audience) {
        SessionStatus st = s.status();
        SessionSummary.Builder b = SessionSummary.newBuilder().setSessionId(s.id()).setScene(s.scene().id())
                .setOwner(s.owner()).setPaused(st.paused()).setStep(st.step()).setSimNanos(st.simNanos())
                .setTimeScale(st.timeScale()).setInputs(st.inputs()).setObservers(st.observers())
                .addAllActiveFaults(s.faultsShownTo(audience)).addAllActiveAlarms(st.activeAlarms()).setParts(st.parts());
        BoundRig r = s.rig();
        if (r != null) {
            b.setRig(r.status());
        }
        return b.build();
    }
}
