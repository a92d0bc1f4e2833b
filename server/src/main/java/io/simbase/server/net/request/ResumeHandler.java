package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.Resume;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.Principal;

/** resume: re-authenticates a new connection with a token from logged_in. */
public final class ResumeHandler implements RequestHandler<Resume> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.RESUME;
    }

    @Override
    public Resume body(ClientMessage m) {
        return m.getResume();
    }

    @Override
    public Capability needs() {
        return null;
    }

    @Override
    public String action(Resume body) {
        return "resume a login";
    }

    @Override
    public void handle(Request<Resume> r) {
        String token = r.body().getToken();
        Principal p = r.services().tokens().resolve(token);
        if (p == null) {
            r.refuse(Error.Code.NOT_AUTHENTICATED, "unknown or expired token");
            return;
        }
        r.caller().principal(p);
        r.caller().send(Replies.loggedIn(r.id(), p, token));
    }
}
