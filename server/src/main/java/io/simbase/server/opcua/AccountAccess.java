package io.simbase.server.opcua;

import io.simbase.opcua.SessionAccess;
import io.simbase.server.auth.ClassRegistry;
import io.simbase.server.auth.ClassRoom;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Role;
import org.eclipse.milo.opcua.sdk.server.identity.Identity;

/**
 * Who sees and writes which session folder (docs/decisions/0085): the owner of a session reads
 * and writes it (a student their own sessions, in their own class); an instructor reads every
 * session of the classes they opened and of the server's start-up class; a technician reads
 * every session; nobody else sees it. Thread-safe; no allocation.
 */
final class AccountAccess implements SessionAccess {
    /** The instructor the server records for the class opened with {@code serve --class-code}. */
    static final String SERVER_CLASS_INSTRUCTOR = "server";

    private final ClassRegistry classes;

    AccountAccess(ClassRegistry classes) {
        this.classes = classes;
    }

    @Override
    public Level level(Identity identity, String classCode, String owner) {
        if (!(identity instanceof AccountIdentity a)) {
            return Level.NONE;
        }
        Principal p = a.principal();
        if (p.role() == Role.STUDENT && !p.classCode().equals(classCode)) {
            return Level.NONE;
        }
        if (owner != null && owner.equals(p.name())) {
            return Level.WRITE;
        }
        if (owner == null && p.role() == Role.STUDENT) {
            return Level.READ; // their class's folder, which shows only their own
        }
        if (p.role() == Role.TECHNICIAN) {
            return Level.READ;
        }
        if (p.role() == Role.INSTRUCTOR) {
            ClassRoom room = classes.find(classCode);
            if (room != null && (room.instructor().equals(p.name()) || room.instructor().equals(SERVER_CLASS_INSTRUCTOR))) {
                return Level.READ;
            }
        }
        return Level.NONE;
    }
}
