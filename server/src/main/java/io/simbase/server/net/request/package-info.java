/**
 * Client requests, one handler per {@code ClientMessage} kind. A {@link
 * io.simbase.server.net.request.RequestHandler} declares the {@link io.simbase.server.auth.Capability}
 * it needs and, if it acts on a session, which one; the {@link io.simbase.server.net.request.Dispatcher}
 * checks authentication, the role's scope and the session in one place before calling it, so
 * the roles table is enforced by one mechanism. Handlers are found with {@link java.util.ServiceLoader}
 * ({@code META-INF/services}): a new request kind is its proto message, one handler class and
 * one registration line. Replies are built here ({@link io.simbase.server.net.request.Replies}):
 * sessions answer with values.
 *
 * <p>Threading: everything runs on the connection's Netty event loop and never blocks (slow
 * password checks and rig binding go to their own executors); replies to session commands
 * are sent from the session's sim thread through the thread-safe {@link
 * io.simbase.server.net.request.Caller#send}. Depends on auth, session, rig and metrics; nothing
 * depends on it but the network edge.
 */
package io.simbase.server.net.request;
