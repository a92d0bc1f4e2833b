package io.simbase.server.session;

import io.simbase.server.auth.Role;

/**
 * What an observer of a session is shown. Staff (instructors, technicians) see everything the
 * session does; a student sees what the plant shows: values and motion, but not that a tag is
 * forced nor a fault the instructor kept silent (the fault-finding task of an exercise). Immutable.
 */
public enum Audience {
    /** Every event, forced tags and active faults. */
    STAFF,
    /** No force events or forced-tag marks; fault events and active faults only when announced. */
    STUDENT;

    /** The audience of a signed-in role. */
    public static Audience of(Role role) {
        return role == Role.STUDENT ? STUDENT : STAFF;
    }
}
