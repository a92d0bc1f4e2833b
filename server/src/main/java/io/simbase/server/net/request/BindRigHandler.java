package io.simbase.server.net.request;

import io.simbase.protocol.v1.BindRig;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.rig.RigBindException;
import io.simbase.server.rig.RigBindings;
import io.simbase.server.session.Session;

/** bind_rig: connects a rig file's device to a live session (technicians); opening ports runs on the rig executor. */
public final class BindRigHandler implements RequestHandler<BindRig> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.BIND_RIG;
    }

    @Override
    public BindRig body(ClientMessage m) {
        return m.getBindRig();
    }

    @Override
    public Capability needs() {
        return Capability.CONFIGURE_RIGS;
    }

    @Override
    public String action(BindRig body) {
        return "bind rigs";
    }

    @Override
    public String sessionId(BindRig body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<BindRig> r) {
        RigBindings rigs = r.services().rigs();
        Session s = r.session();
        String name = r.body().getRig();
        rigs.run(() -> {
            try {
                r.reply(ServerMessage.newBuilder().setRigStatus(rigs.bind(s, name)));
            } catch (RigBindException e) {
                r.refuse(e.code(), e.getMessage());
            }
        });
    }
}
