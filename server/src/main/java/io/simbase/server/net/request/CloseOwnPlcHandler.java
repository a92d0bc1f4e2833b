package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CloseOwnPlc;
import io.simbase.protocol.v1.Ok;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.rig.RigBindException;
import io.simbase.server.rig.RigBindings;
import io.simbase.server.session.Session;

/** close_own_plc: closes the session's own-PLC port (student: own session; instructor: any of the class); the reply, ok, comes once it is closed. */
public final class CloseOwnPlcHandler implements RequestHandler<CloseOwnPlc> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.CLOSE_OWN_PLC;
    }

    @Override
    public CloseOwnPlc body(ClientMessage m) {
        return m.getCloseOwnPlc();
    }

    @Override
    public Capability needs() {
        return Capability.RUN_PROGRAMS;
    }

    @Override
    public String action(CloseOwnPlc body) {
        return "close a PLC port";
    }

    @Override
    public String sessionId(CloseOwnPlc body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<CloseOwnPlc> r) {
        RigBindings rigs = r.services().rigs();
        Session s = r.session();
        String host = r.caller().localHost();
        rigs.run(() -> {
            try {
                rigs.closeOwnPlc(s);
                r.reply(ServerMessage.newBuilder().setOk(Ok.getDefaultInstance()));
            } catch (RigBindException e) {
                r.refuse(e.code(), e.getMessage());
            }
        });
    }
}
