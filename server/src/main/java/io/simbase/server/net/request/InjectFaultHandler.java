package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.InjectFault;
import io.simbase.server.auth.Capability;
import io.simbase.server.session.SessionCommand;

/** inject_fault: a fault on a tag or component of a session (instructors), silent to students unless announced. */
public final class InjectFaultHandler implements RequestHandler<InjectFault> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.INJECT_FAULT;
    }

    @Override
    public InjectFault body(ClientMessage m) {
        return m.getInjectFault();
    }

    @Override
    public Capability needs() {
        return Capability.CONTROL;
    }

    @Override
    public String action(InjectFault body) {
        return "inject faults";
    }

    @Override
    public String sessionId(InjectFault body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<InjectFault> r) {
        if (!r.withinRate()) {
            return;
        }
        r.submit(new SessionCommand.InjectFault(r.body().getTarget(), r.body().getKind(), r.body().getParam(),
                r.body().getAnnounce()));
    }
}
