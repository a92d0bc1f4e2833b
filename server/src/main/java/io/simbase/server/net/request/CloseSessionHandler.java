package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CloseSession;
import io.simbase.server.auth.Capability;
import io.simbase.server.session.SessionCommand;

/** close_session: ends a session; the reply is its result. */
public final class CloseSessionHandler implements RequestHandler<CloseSession> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.CLOSE_SESSION;
    }

    @Override
    public CloseSession body(ClientMessage m) {
        return m.getCloseSession();
    }

    @Override
    public Capability needs() {
        return Capability.OPERATE;
    }

    @Override
    public String action(CloseSession body) {
        return "close sessions";
    }

    @Override
    public String sessionId(CloseSession body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<CloseSession> r) {
        r.submit(new SessionCommand.Close(r.caller()));
    }
}
