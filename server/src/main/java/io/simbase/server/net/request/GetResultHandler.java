package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.GetResult;
import io.simbase.server.auth.Capability;
import io.simbase.server.session.SessionCommand;

/** get_result: a session's step and state hash (also recorded as a checkpoint). */
public final class GetResultHandler implements RequestHandler<GetResult> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.GET_RESULT;
    }

    @Override
    public GetResult body(ClientMessage m) {
        return m.getGetResult();
    }

    @Override
    public Capability needs() {
        return Capability.READ_RESULTS;
    }

    @Override
    public String action(GetResult body) {
        return "read results";
    }

    @Override
    public String sessionId(GetResult body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<GetResult> r) {
        r.submit(new SessionCommand.GetResult());
    }
}
