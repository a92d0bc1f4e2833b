package io.simbase.server.auth;

import static io.simbase.server.auth.Scope.ANY;
import static io.simbase.server.auth.Scope.NONE;
import static io.simbase.server.auth.Scope.OWN;

/**
 * What a request needs, one constant per row of DESIGN.md's roles table (plus two the table
 * leaves out), with each role's {@link Scope}: the one table every permission check reads.
 * Each request handler declares the capability it needs; the dispatcher checks it. Immutable.
 */
public enum Capability {
    OPERATE("create/join own session, operate it", "operate another user's session", OWN, ANY, OWN),
    /** Students watch their own sessions (row 1), staff any session of the class. */
    OBSERVE("observe any session of the class", "observe another student's session", OWN, ANY, ANY),
    CONTROL("force tags, inject faults, pause, reset, time scale", null, NONE, ANY, NONE),
    CONFIGURE_RIGS("configure rigs, bind a rig to a session", null, NONE, NONE, ANY),
    RUN_PROGRAMS("download, run and stop a soft-PLC program; open a Modbus TCP port for their own PLC",
            "run programs in another user's session", OWN, ANY, NONE),
    SEE_PROGRAMS("see programs and their variables", "see another user's programs", OWN, ANY, NONE),
    GRADED_RUN("start a graded run", "start a graded run in another user's session", OWN, ANY, NONE),
    READ_RESULTS("read recordings and results", "read another user's results", OWN, ANY, NONE),
    /** Not in the table: instructors open classes and hand out their codes. */
    OPEN_CLASS(null, null, NONE, ANY, NONE),
    /** Not in the table: server-wide figures (sessions, lateness), for anyone logged in. */
    SERVER_STATS(null, null, ANY, ANY, ANY),
    /** Not in the table: one's own account (password change, OPC UA access), for anyone logged in. */
    OWN_ACCOUNT(null, null, ANY, ANY, ANY),
    /** Not in the table: instructors add their own scenes to the server's library (issue 10). */
    UPLOAD_SCENES(null, null, NONE, ANY, NONE);

    private final String designRow;
    private final String otherUsers;
    private final Scope[] byRole;

    Capability(String designRow, String otherUsers, Scope student, Scope instructor, Scope technician) {
        this.designRow = designRow;
        this.otherUsers = otherUsers;
        this.byRole = new Scope[] {student, instructor, technician};
    }

    /** How far {@code role} has this capability. */
    public Scope scope(Role role) {
        return byRole[role.ordinal()];
    }

    /** The first cell of the DESIGN.md roles table row this stands for; null when not in the table. */
    public String designRow() {
        return designRow;
    }

    /** What a role limited to its own sessions may not do, for refusals ("operate another user's session"). */
    public String otherUsers() {
        return otherUsers == null ? "do that in another user's session" : otherUsers;
    }
}
