package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Observe;
import io.simbase.server.auth.Capability;
import io.simbase.server.session.Audience;
import io.simbase.server.session.SessionCommand;

/**
 * observe: joins a session's stream; the reply is its full state (ok if already observing). With
 * {@code max_state_rate_hz}, state samples come at most that often (full states), events always.
 */
public final class ObserveHandler implements RequestHandler<Observe> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.OBSERVE;
    }

    @Override
    public Observe body(ClientMessage m) {
        return m.getObserve();
    }

    @Override
    public Capability needs() {
        return Capability.OBSERVE;
    }

    @Override
    public String action(Observe body) {
        return "observe sessions";
    }

    @Override
    public String sessionId(Observe body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<Observe> r) {
        Audience audience = Audience.of(r.principal().role());
        int maxStateRateHz = r.body().getMaxStateRateHz();
        if (r.submit(new SessionCommand.Observe(r.caller(), r.id(), audience, maxStateRateHz))) {
            r.caller().observing().add(r.session());
        }
    }
}
