package io.simbase.server.session;

import io.simbase.protocol.v1.RigStatus;

/**
 * A rig bound to a session, as the session sees it: a live status for its summary and a way to
 * let go when the session closes. Implemented by the server's rig bindings.
 */
public interface BoundRig {
    /** The rig's link health now; any thread. */
    RigStatus status();

    /**
     * The session has closed (called on its sim thread): release the rig without blocking,
     * handing slow work such as closing a port to another thread.
     */
    void sessionClosed();

    /**
     * Whether this is a student's own-PLC endpoint that a PLC has claimed (it writes the
     * actuators); a soft PLC in RUN would fight it. Any thread.
     */
    default boolean ownPlcClaimed() {
        return false;
    }
}
