package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.GetOpcUaAccess;
import io.simbase.protocol.v1.OpcUaAccess;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.Principal;

/**
 * get_opcua_access: what the caller's OPC UA client needs to sign in as them: the endpoint (as
 * this client reached the server), the user name and a fresh token of theirs as its password, so
 * that nobody copies a token out of the browser's storage. Issuing a token is one SHA-256 and one
 * appended line (as a class join does, on the event loop).
 */
public final class GetOpcUaAccessHandler implements RequestHandler<GetOpcUaAccess> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.GET_OPCUA_ACCESS;
    }

    @Override
    public GetOpcUaAccess body(ClientMessage m) {
        return m.getGetOpcuaAccess();
    }

    @Override
    public Capability needs() {
        return Capability.OWN_ACCOUNT;
    }

    @Override
    public String action(GetOpcUaAccess body) {
        return "get OPC UA access";
    }

    @Override
    public void handle(Request<GetOpcUaAccess> r) {
        if (!r.withinRate()) { // each answer issues (and appends) a token
            return;
        }
        OpcUaAccessPoint.State st = r.services().opcua().state();
        OpcUaAccess.Builder b = OpcUaAccess.newBuilder();
        if (st.port() > 0) {
            Principal p = r.principal();
            b.setEnabled(true).setEndpoint(OpcUaAccessPoint.endpoint(r.caller().localHost(), st.port()))
                    .setUser(p.name()).setToken(r.services().tokens().issue(p)).setNoneAllowed(st.noneAllowed());
        }
        r.reply(ServerMessage.newBuilder().setOpcuaAccess(b));
    }
}
