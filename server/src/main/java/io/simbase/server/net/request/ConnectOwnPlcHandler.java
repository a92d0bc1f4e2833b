package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.ConnectOwnPlc;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.rig.RigBindException;
import io.simbase.server.rig.RigBindings;
import io.simbase.server.session.Controllers;
import io.simbase.server.session.Session;

/** connect_own_plc: opens the session's own Modbus TCP port for the student's PLC (or restarts its pairing window); ports open on the rig thread. */
public final class ConnectOwnPlcHandler implements RequestHandler<ConnectOwnPlc> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.CONNECT_OWN_PLC;
    }

    @Override
    public ConnectOwnPlc body(ClientMessage m) {
        return m.getConnectOwnPlc();
    }

    @Override
    public Capability needs() {
        return Capability.RUN_PROGRAMS;
    }

    @Override
    public String action(ConnectOwnPlc body) {
        return "open a Modbus TCP port for a PLC";
    }

    @Override
    public String sessionId(ConnectOwnPlc body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<ConnectOwnPlc> r) {
        RigBindings rigs = r.services().rigs();
        Session s = r.session();
        String other = Controllers.drivingBesides(s, Controllers.Kind.OWN_PLC);
        if (other != null) {
            r.refuse(Error.Code.BUSY, other + " already drives the outputs of session " + s.id()
                    + "; stop it before connecting your own PLC");
            return;
        }
        String host = r.caller().localHost();
        rigs.run(() -> {
            try {
                r.reply(ServerMessage.newBuilder().setOwnPlc(rigs.connectOwnPlc(s, host)));
            } catch (RigBindException e) {
                r.refuse(e.code(), e.getMessage());
            }
        });
    }
}
