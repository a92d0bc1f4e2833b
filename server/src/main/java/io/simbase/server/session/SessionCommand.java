package io.simbase.server.session;

/**
 * Something a network thread asks of a session. Queued (bounded) and run by the session's
 * sim thread between steps, where the world may be touched.
 */
@FunctionalInterface
public interface SessionCommand {
    void run(Session session);
}
