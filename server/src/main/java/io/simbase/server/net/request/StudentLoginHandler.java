package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.StudentLogin;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.ClassRoom;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Role;
import io.simbase.server.auth.Roster;

/**
 * student_login: a student of the roster signs in with class code, student number and password
 * (or printed code). Their principal is the same from every browser, so their sessions are found
 * again. Password checks go through {@link SignInGate}.
 */
public final class StudentLoginHandler implements RequestHandler<StudentLogin> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.STUDENT_LOGIN;
    }

    @Override
    public StudentLogin body(ClientMessage m) {
        return m.getStudentLogin();
    }

    @Override
    public Capability needs() {
        return null;
    }

    @Override
    public String action(StudentLogin body) {
        return "sign in as a student";
    }

    @Override
    public void handle(Request<StudentLogin> r) {
        ClassRoom room = r.services().classes().find(r.body().getClassCode());
        if (room == null) {
            r.refuse(Error.Code.UNKNOWN_CLASS, "no open class with code '" + r.body().getClassCode() + "'");
            return;
        }
        StudentLogin b = r.body();
        Roster roster = r.services().classes().roster();
        r.services().signIns().submit(r, Roster.accountKey(room.code(), b.getStudentNumber()),
                () -> roster.authenticate(room.code(), b.getStudentNumber(), b.getPassword()),
                "unknown student number or wrong password for class " + room.code(),
                s -> SignIn.as(r, new Principal(s.principalName(), Role.STUDENT, room.code())));
    }
}
