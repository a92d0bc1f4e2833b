package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.PlcStop;
import io.simbase.server.auth.Capability;
import io.simbase.server.session.SessionCommand;

/** plc_stop: puts the session's soft PLC into STOP (outputs off); the instructor's way to stop a student's program. */
public final class PlcStopHandler implements RequestHandler<PlcStop> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.PLC_STOP;
    }

    @Override
    public PlcStop body(ClientMessage m) {
        return m.getPlcStop();
    }

    @Override
    public Capability needs() {
        return Capability.RUN_PROGRAMS;
    }

    @Override
    public String action(PlcStop body) {
        return "stop soft-PLC programs";
    }

    @Override
    public String sessionId(PlcStop body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<PlcStop> r) {
        if (r.withinRate()) {
            r.submit(new SessionCommand.PlcStop(r.principal().name()));
        }
    }
}
