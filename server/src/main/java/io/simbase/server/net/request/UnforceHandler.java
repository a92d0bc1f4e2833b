package io.simbase.server.net.request;

import io.simbase.engine.io.TagDef;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Unforce;
import io.simbase.server.auth.Capability;
import io.simbase.server.session.SessionCommand;

/** unforce: releases a forced tag (instructors). */
public final class UnforceHandler implements RequestHandler<Unforce> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.UNFORCE;
    }

    @Override
    public Unforce body(ClientMessage m) {
        return m.getUnforce();
    }

    @Override
    public Capability needs() {
        return Capability.CONTROL;
    }

    @Override
    public String action(Unforce body) {
        return "release forced tags";
    }

    @Override
    public String sessionId(Unforce body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<Unforce> r) {
        if (!r.withinRate()) {
            return;
        }
        TagDef t = r.tag(r.body().getTag());
        if (t != null) {
            r.submit(new SessionCommand.Unforce(t.index()));
        }
    }
}
