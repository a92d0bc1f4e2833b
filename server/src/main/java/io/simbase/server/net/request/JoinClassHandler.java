package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.JoinClass;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.ClassRoom;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Role;
import java.security.SecureRandom;
import java.util.HexFormat;

/** join_class: a student joins an open class with its code and a display name. */
public final class JoinClassHandler implements RequestHandler<JoinClass> {
    private final SecureRandom random = new SecureRandom();

    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.JOIN_CLASS;
    }

    @Override
    public JoinClass body(ClientMessage m) {
        return m.getJoinClass();
    }

    @Override
    public Capability needs() {
        return null;
    }

    @Override
    public String action(JoinClass body) {
        return "join a class";
    }

    @Override
    public void handle(Request<JoinClass> r) {
        String code = r.body().getCode();
        ClassRoom room = r.services().classes().find(code);
        if (room == null) {
            r.refuse(Error.Code.UNKNOWN_CLASS, "no open class with code '" + code + "'");
            return;
        }
        String name = r.body().getDisplayName().strip();
        if (name.isEmpty() || name.length() > 64 || name.chars().anyMatch(Character::isISOControl)) {
            r.refuse(Error.Code.BAD_REQUEST, "display name must be 1-64 printable characters");
            return;
        }
        byte[] b = new byte[2];
        random.nextBytes(b);
        Principal p = new Principal(name + "#" + HexFormat.of().formatHex(b), Role.STUDENT, room.code());
        r.caller().principal(p);
        r.caller().send(Replies.loggedIn(r.id(), p, r.services().tokens().issue(p)));
    }
}
