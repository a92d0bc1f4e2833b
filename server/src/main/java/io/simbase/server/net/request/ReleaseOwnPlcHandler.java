package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.ReleaseOwnPlc;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.rig.RigBindException;
import io.simbase.server.rig.RigBindings;
import io.simbase.server.session.Session;

/** release_own_plc: the instructor drops the claim on a session's own-PLC port and opens a new pairing window. */
public final class ReleaseOwnPlcHandler implements RequestHandler<ReleaseOwnPlc> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.RELEASE_OWN_PLC;
    }

    @Override
    public ReleaseOwnPlc body(ClientMessage m) {
        return m.getReleaseOwnPlc();
    }

    @Override
    public Capability needs() {
        return Capability.CONTROL;
    }

    @Override
    public String action(ReleaseOwnPlc body) {
        return "release a PLC's claim";
    }

    @Override
    public String sessionId(ReleaseOwnPlc body) {
        return body.getSessionId();
    }

    @Override
    public void handle(Request<ReleaseOwnPlc> r) {
        RigBindings rigs = r.services().rigs();
        Session s = r.session();
        String host = r.caller().localHost();
        rigs.run(() -> {
            try {
                r.reply(ServerMessage.newBuilder().setOwnPlc(rigs.releaseOwnPlc(s, host)));
            } catch (RigBindException e) {
                r.refuse(e.code(), e.getMessage());
            }
        });
    }
}
