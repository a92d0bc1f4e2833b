package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Ok;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.UnbindRig;
import io.simbase.server.auth.Capability;
import io.simbase.server.rig.RigBindException;
import io.simbase.server.rig.RigBindings;
import io.simbase.server.session.Session;

/** unbind_rig: disconnects a session's rig (technicians); the reply, ok, comes once its port is closed. */
public final class UnbindRigHandler implements RequestHandler<UnbindRig> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.UNBIND_RIG;
    }

    @Override
    public UnbindRig body(ClientMessage m) {
        return m.getUnbindRig();
    }

    @Override
    public Capability needs() {
        return Capability.CONFIGURE_RIGS;
    }

    @Override
    public String action(UnbindRig body) {
        return "unbind rigs";
    }

    @Override
    public String sessionId(UnbindRig body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<UnbindRig> r) {
        RigBindings rigs = r.services().rigs();
        Session s = r.session();
        rigs.run(() -> {
            try {
                rigs.unbind(s);
                r.reply(ServerMessage.newBuilder().setOk(Ok.getDefaultInstance()));
            } catch (RigBindException e) {
                r.refuse(e.code(), e.getMessage());
            }
        });
    }
}
