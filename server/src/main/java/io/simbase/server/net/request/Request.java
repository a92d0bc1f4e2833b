package io.simbase.server.net.request;

import io.simbase.engine.io.TagDef;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Scope;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionCommand;

/**
 * One request that passed the dispatcher's checks, with what a handler needs to answer it:
 * the caller, its principal (null only for the login requests), the role's scope, the target
 * session (null when the request names none) and the server's {@link Services}. Event loop only.
 *
 * @param <T> the request's message type
 */
public final class Request<T> {
    private final Caller caller;
    private final Principal principal;
    private final Scope scope;
    private final long id;
    private final T body;
    private final Session session;
    private final Services services;

    Request(Caller caller, Principal principal, Scope scope, long id, T body, Session session, Services services) {
        this.caller = caller;
        this.principal = principal;
        this.scope = scope;
        this.id = id;
        this.body = body;
        this.session = session;
        this.services = services;
    }

    public Caller caller() {
        return caller;
    }

    public Principal principal() {
        return principal;
    }

    /** How far the caller's role has the capability the handler declared. */
    public Scope scope() {
        return scope;
    }

    public long id() {
        return id;
    }

    public T body() {
        return body;
    }

    /** The session named by the handler's {@link RequestHandler#sessionId}, checked; null when none. */
    public Session session() {
        return session;
    }

    public Services services() {
        return services;
    }

    /** Sends {@code b} with this request's id. */
    public void reply(ServerMessage.Builder b) {
        caller.send(b.setRequestId(id).build());
    }

    /** Refuses the request with an error naming why; the connection stays open. */
    public void refuse(Error.Code code, String text) {
        caller.send(Replies.error(id, code, text));
    }

    /**
     * Queues {@code command} to the session; its result comes back as this request's reply.
     * False (and a {@code BUSY} refusal) when the session's queue is full or it has closed.
     */
    public boolean submit(SessionCommand command) {
        String sid = session.id();
        if (!session.submit(command, result -> {
            ServerMessage m = Replies.of(id, sid, result);
            if (m != null) {
                caller.send(m);
            }
        })) {
            refuse(Error.Code.BUSY, "session " + sid + " input queue is full or closed");
            return false;
        }
        return true;
    }

    /** True when the caller's input rate limit allows one more; otherwise refuses. */
    public boolean withinRate() {
        if (!caller.tryAcquireInput(System.nanoTime())) {
            refuse(Error.Code.RATE_LIMITED, "too many inputs on this connection; slow down");
            return false;
        }
        return true;
    }

    /** The session's tag called {@code name}, or null after refusing. */
    public TagDef tag(String name) {
        TagDef t = session.scene().layout().find(name);
        if (t == null) {
            refuse(Error.Code.UNKNOWN_TAG, "no tag '" + name + "' in scene " + session.scene().id());
        }
        return t;
    }

    /** True when {@code t} accepts {@code v}; otherwise refuses. */
    public boolean inRange(TagDef t, double v) {
        if (!t.accepts(v)) {
            refuse(Error.Code.OUT_OF_RANGE, "value " + v + " out of range for " + t.name()
                    + " (" + t.type().key() + " " + t.min() + " to " + t.max() + ")");
            return false;
        }
        return true;
    }

    /** True when the caller owns {@code s}. */
    public boolean owns(Session s) {
        return principal != null && s.owner().equals(principal.name());
    }
}
