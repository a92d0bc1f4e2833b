package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.server.auth.Capability;

/**
 * Answers one kind of {@link ClientMessage}. Declares what the request needs; the {@link
 * Dispatcher} checks it before {@link #handle} is called, so a handler only checks its
 * arguments and acts. Registered in {@code META-INF/services/io.simbase.server.net.request.RequestHandler};
 * one instance serves every connection, so it keeps no per-connection state. Event loop only.
 *
 * @param <T> the request's message type
 */
public interface RequestHandler<T> {
    /** The message kind handled. */
    ClientMessage.KindCase kind();

    /** The request's body, from the message. */
    T body(ClientMessage m);

    /** What the caller's role must have; null for the requests that log in. */
    Capability needs();

    /** What the request does, for a refusal: "a student may not <action>". */
    String action(T body);

    /** The session the request acts on, looked up (and checked against an OWN scope) by the dispatcher; null: none. */
    default String sessionId(T body) {
        return null;
    }

    void handle(Request<T> r);
}
