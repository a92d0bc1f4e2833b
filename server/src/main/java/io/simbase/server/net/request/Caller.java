package io.simbase.server.net.request;

import io.simbase.protocol.v1.Error;
import io.simbase.server.auth.Principal;
import io.simbase.server.session.ClientLink;
import io.simbase.server.session.Session;
import java.util.Set;

/**
 * The connection a request came on, as handlers see it. {@link #send} is thread-safe; the
 * rest belongs to the connection's event loop.
 */
public interface Caller extends ClientLink {
    /** Who is logged in on this connection; null before login. */
    Principal principal();

    void principal(Principal p);

    /** Runs {@code task} on this connection's event loop. */
    void runOnLoop(Runnable task);

    /** Takes one input from this connection's rate limit; false when it is spent. */
    boolean tryAcquireInput(long nowNanos);

    /** The sessions this connection observes (unobserved when it closes). */
    Set<Session> observing();

    /** Sends a connection-level error and closes this connection only. */
    void fatal(long requestId, Error.Code code, String text);

    /** The server's address as this client reached it, e.g. "192.168.1.10"; loopback when unknown. */
    default String localHost() {
        return "127.0.0.1";
    }

    /** The client's IP address as this server sees it (sign-in limits count per address); "unknown" when there is none. */
    default String remoteHost() {
        return "unknown";
    }
}
