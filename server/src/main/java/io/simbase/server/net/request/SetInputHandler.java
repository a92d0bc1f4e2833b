package io.simbase.server.net.request;

import io.simbase.engine.io.TagDef;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.SetInput;
import io.simbase.server.auth.Capability;
import io.simbase.server.session.SessionCommand;

/** set_input: a value for a writable tag of a session the caller may operate. */
public final class SetInputHandler implements RequestHandler<SetInput> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.SET_INPUT;
    }

    @Override
    public SetInput body(ClientMessage m) {
        return m.getSetInput();
    }

    @Override
    public Capability needs() {
        return Capability.OPERATE;
    }

    @Override
    public String action(SetInput body) {
        return "operate sessions";
    }

    @Override
    public String sessionId(SetInput body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<SetInput> r) {
        if (!r.withinRate()) {
            return;
        }
        TagDef t = r.tag(r.body().getTag());
        double v = r.body().getValue();
        if (t != null && r.inRange(t, v)) {
            r.submit(new SessionCommand.SetInput(t.index(), v));
        }
    }
}
