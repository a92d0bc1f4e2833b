package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.PlcRun;
import io.simbase.server.auth.Capability;
import io.simbase.server.session.SessionCommand;

/** plc_run: puts the session's soft PLC into RUN (cold start). */
public final class PlcRunHandler implements RequestHandler<PlcRun> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.PLC_RUN;
    }

    @Override
    public PlcRun body(ClientMessage m) {
        return m.getPlcRun();
    }

    @Override
    public Capability needs() {
        return Capability.RUN_PROGRAMS;
    }

    @Override
    public String action(PlcRun body) {
        return "run soft-PLC programs";
    }

    @Override
    public String sessionId(PlcRun body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<PlcRun> r) {
        if (r.withinRate()) {
            r.submit(new SessionCommand.PlcRun(r.principal().name()));
        }
    }
}
