package io.simbase.server.auth;

import java.util.Locale;

/** The roles of DESIGN.md; what each may do is {@link Capability}'s table, the one every permission check reads. */
public enum Role {
    STUDENT,
    INSTRUCTOR,
    TECHNICIAN;

    /** How far this role has {@code c} ({@link Capability} holds the table). */
    public Scope scope(Capability c) {
        return c.scope(this);
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
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
