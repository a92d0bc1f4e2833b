package io.simbase.server.net.request;

import io.simbase.protocol.v1.ChangePassword;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.Ok;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Role;
import io.simbase.server.auth.Roster;

/**
 * change_password: a signed-in student of the roster, or a staff account, sets a new password
 * after giving the current one (or the printed code). The check goes through {@link SignInGate},
 * so wrong current passwords count like wrong sign-ins; a guest who joined with a name has no
 * password and is told so. Replies ok; tokens already issued stay valid.
 */
public final class ChangePasswordHandler implements RequestHandler<ChangePassword> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.CHANGE_PASSWORD;
    }

    @Override
    public ChangePassword body(ClientMessage m) {
        return m.getChangePassword();
    }

    @Override
    public Capability needs() {
        return Capability.OWN_ACCOUNT;
    }

    @Override
    public String action(ChangePassword body) {
        return "change a password";
    }

    @Override
    public void handle(Request<ChangePassword> r) {
        String next = r.body().getNewPassword();
        String current = r.body().getOldPassword();
        try {
            Roster.checkPassword(next);
        } catch (IllegalArgumentException e) {
            r.refuse(Error.Code.BAD_REQUEST, "new " + e.getMessage());
            return;
        }
        Principal p = r.principal();
        Services sv = r.services();
        if (p.role() != Role.STUDENT) {
            sv.signIns().submit(r, "staff:" + p.name(), () -> sv.users().authenticate(p.name(), current),
                    "the current password is wrong", a -> changed(r, () -> sv.users().setPassword(a.name(), next)));
            return;
        }
        Roster roster = sv.classes().roster();
        Roster.Student s = roster.ofPrincipal(p.classCode(), p.name());
        if (s == null) {
            r.refuse(Error.Code.UNSUPPORTED, "you joined the class as a guest and have no password; "
                    + "ask your instructor to put you on the class list");
            return;
        }
        sv.signIns().submit(r, Roster.accountKey(s.classCode(), s.number()),
                () -> roster.authenticate(s.classCode(), s.number(), current), "the current password is wrong",
                ok -> changed(r, () -> roster.setPassword(ok.classCode(), ok.number(), next)));
    }

    /** A change that may fail writing the file. */
    private interface Change {
        void run() throws java.io.IOException;
    }

    private static void changed(Request<ChangePassword> r, Change change) {
        try {
            change.run();
        } catch (java.io.IOException | RuntimeException e) {
            r.refuse(Error.Code.INTERNAL, "the password could not be saved: " + e.getMessage());
            return;
        }
        r.reply(ServerMessage.newBuilder().setOk(Ok.getDefaultInstance()));
    }
}
