package io.simbase.server.net.request;

import io.simbase.server.auth.Principal;

/** Signs a connection in as a principal: a token issued, the principal set on its event loop, logged_in sent. */
final class SignIn {
    private SignIn() {
    }

    /** Any thread (the auth executor, typically). */
    static void as(Request<?> r, Principal p) {
        String token = r.services().tokens().issue(p);
        Caller c = r.caller();
        c.runOnLoop(() -> { // the event loop owns the connection's state
            c.principal(p);
            c.send(Replies.loggedIn(r.id(), p, token));
        });
    }
}
