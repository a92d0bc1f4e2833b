package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Unobserve;
import io.simbase.server.auth.Capability;
import io.simbase.server.session.SessionCommand;

/** unobserve: leaves a session's stream; the reply is ok. */
public final class UnobserveHandler implements RequestHandler<Unobserve> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.UNOBSERVE;
    }

    @Override
    public Unobserve body(ClientMessage m) {
        return m.getUnobserve();
    }

    @Override
    public Capability needs() {
        return Capability.OBSERVE;
    }

    @Override
    public String action(Unobserve body) {
        return "observe sessions";
    }

    @Override
    public String sessionId(Unobserve body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<Unobserve> r) {
        if (r.submit(new SessionCommand.Unobserve(r.caller()))) {
            r.caller().observing().remove(r.session());
        }
    }
}
