package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClearFault;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.session.SessionCommand;

/** clear_fault: ends a fault (instructors). */
public final class ClearFaultHandler implements RequestHandler<ClearFault> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.CLEAR_FAULT;
    }

    @Override
    public ClearFault body(ClientMessage m) {
        return m.getClearFault();
    }

    @Override
    public Capability needs() {
        return Capability.CONTROL;
    }

    @Override
    public String action(ClearFault body) {
        return "clear faults";
    }

    @Override
    public String sessionId(ClearFault body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<ClearFault> r) {
        if (!r.withinRate()) {
            return;
        }
        r.submit(new SessionCommand.ClearFault(r.body().getTarget(), r.body().getKind()));
    }
}
