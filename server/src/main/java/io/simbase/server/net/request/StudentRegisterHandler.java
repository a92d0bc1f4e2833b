package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.StudentRegister;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.ClassRoom;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Role;
import io.simbase.server.auth.Roster;

/**
 * student_register: a student not on the roster joins it with the class code, their number,
 * name and a password of their own, and is signed in. Hashing runs on the auth executor.
 */
public final class StudentRegisterHandler implements RequestHandler<StudentRegister> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.STUDENT_REGISTER;
    }

    @Override
    public StudentRegister body(ClientMessage m) {
        return m.getStudentRegister();
    }

    @Override
    public Capability needs() {
        return null;
    }

    @Override
    public String action(StudentRegister body) {
        return "register as a student";
    }

    @Override
    public void handle(Request<StudentRegister> r) {
        ClassRoom room = r.services().classes().find(r.body().getClassCode());
        if (room == null) {
            r.refuse(Error.Code.UNKNOWN_CLASS, "no open class with code '" + r.body().getClassCode() + "'");
            return;
        }
        StudentRegister b = r.body();
        r.services().authExecutor().execute(() -> {
            Roster.Student s;
            try {
                s = r.services().classes().roster().register(room.code(), b.getStudentNumber().strip(), b.getName(),
                        b.getPassword());
            } catch (IllegalArgumentException e) {
                r.refuse(Error.Code.BAD_REQUEST, e.getMessage());
                return;
            }
            SignIn.as(r, new Principal(s.principalName(), Role.STUDENT, room.code()));
        });
    }
}
