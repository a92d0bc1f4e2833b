package io.simbase.server.auth;

/** The roles of DESIGN.md and what each may do; every permission check goes through here. */
public enum Role {
    STUDENT,
    INSTRUCTOR,
    TECHNICIAN;

    /** Observe any session of a class (students: only their own). */
    public boolean mayObserveAny() {
        return this != STUDENT;
    }

    /** Force tags, inject faults, pause, resume, reset, time scale. */
    public boolean mayControl() {
        return this == INSTRUCTOR;
    }

    /** Configure rigs and bind a rig to a session. */
    public boolean mayConfigureRigs() {
        return this == TECHNICIAN;
    }

    /** Read results and recordings of sessions owned by others. */
    public boolean mayReadAllResults() {
        return this == INSTRUCTOR;
    }

    /** Read results and recordings at all (technicians may not). */
    public boolean mayReadOwnResults() {
        return this != TECHNICIAN;
    }

    /** Open a class and get a join code. */
    public boolean mayOpenClass() {
        return this == INSTRUCTOR;
    }

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Parses {@code student}, {@code instructor} or {@code technician}; null when unknown. */
    public static Role parse(String s) {
        for (Role r : values()) {
            if (r.key().equals(s)) {
                return r;
            }
        }
        return null;
    }
}
