package io.simbase.server.session;

/**
 * The server's own work on a session (a recording note, a rig's comm event, an idle close):
 * queued like a command, outside its capacity bound, and run on the sim thread between steps.
 */
@FunctionalInterface
interface SessionTask {
    void run(Session session);
}
