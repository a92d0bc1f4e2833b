package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Login;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.Principal;

/** login: an instructor or technician account; the password check goes through {@link SignInGate}. */
public final class LoginHandler implements RequestHandler<Login> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.LOGIN;
    }

    @Override
    public Login body(ClientMessage m) {
        return m.getLogin();
    }

    @Override
    public Capability needs() {
        return null;
    }

    @Override
    public String action(Login body) {
        return "log in";
    }

    @Override
    public void handle(Request<Login> r) {
        Services sv = r.services();
        Caller c = r.caller();
        String user = r.body().getUsername();
        String password = r.body().getPassword();
        sv.signIns().submit(r, "staff:" + user, () -> sv.users().authenticate(user, password),
                "unknown user or wrong password", a -> {
                    Principal p = new Principal(a.name(), a.role(), "");
                    String token = sv.tokens().issue(p);
                    c.runOnLoop(() -> { // the event loop owns the connection's state
                        c.principal(p);
                        c.send(Replies.loggedIn(r.id(), p, token));
                    });
                });
    }
}
