package io.simbase.server.auth;

/** How far a role's permission reaches: not at all, the user's own sessions, or any session of the class. */
public enum Scope {
    NONE,
    OWN,
    ANY
}
