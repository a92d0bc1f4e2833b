package io.simbase.server.net.request;

import io.simbase.engine.io.TagDef;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Force;
import io.simbase.server.auth.Capability;
import io.simbase.server.session.SessionCommand;

/** force: holds any tag of a session at a value (instructors). */
public final class ForceHandler implements RequestHandler<Force> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.FORCE;
    }

    @Override
    public Force body(ClientMessage m) {
        return m.getForce();
    }

    @Override
    public Capability needs() {
        return Capability.CONTROL;
    }

    @Override
    public String action(Force body) {
        return "force tags";
    }

    @Override
    public String sessionId(Force body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<Force> r) {
        if (!r.withinRate()) {
            return;
        }
        TagDef t = r.tag(r.body().getTag());
        double v = r.body().getValue();
        if (t != null && r.inRange(t, v)) {
            r.submit(new SessionCommand.Force(t.index(), v, r.principal().name()));
        }
    }
}
