package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.Principal;
import io.simbase.server.auth.Role;
import io.simbase.server.auth.Scope;
import io.simbase.server.session.Session;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * Routes each {@link ClientMessage} to its {@link RequestHandler} after the checks every
 * request shares, in this order: authenticated (unless the handler needs nothing), the role's
 * scope of the declared {@link Capability} (none: forbidden), the named session (unknown
 * session), and for a role limited to its own sessions, ownership (forbidden). Handlers come
 * from {@link ServiceLoader}; every message kind must have exactly one, checked once when the
 * dispatcher is built. Stateless after construction: one serves every connection, on their event loops.
 */
public final class Dispatcher {
    private final Map<ClientMessage.KindCase, RequestHandler<?>> handlers;
    private final Services services;

    public Dispatcher(Services services) {
        this.services = services;
        this.handlers = Collections.unmodifiableMap(load());
    }

    /** Every registered handler, one per message kind. */
    public static Map<ClientMessage.KindCase, RequestHandler<?>> load() {
        EnumMap<ClientMessage.KindCase, RequestHandler<?>> m = new EnumMap<>(ClientMessage.KindCase.class);
        @SuppressWarnings("rawtypes")
        ServiceLoader<RequestHandler> loader = ServiceLoader.load(RequestHandler.class, Dispatcher.class.getClassLoader());
        for (RequestHandler<?> h : loader) {
            RequestHandler<?> before = m.put(h.kind(), h);
            if (before != null) {
                throw new IllegalStateException("two handlers for " + h.kind() + ": " + before.getClass().getName()
                        + " and " + h.getClass().getName());
            }
        }
        List<ClientMessage.KindCase> missing = new ArrayList<>();
        for (ClientMessage.KindCase k : ClientMessage.KindCase.values()) {
            if (k != ClientMessage.KindCase.KIND_NOT_SET && !m.containsKey(k)) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no request handler registered for " + missing);
        }
        return m;
    }

    public Collection<RequestHandler<?>> handlers() {
        return handlers.values();
    }

    /** Checks and answers one message (its kind is set: the protocol layer refused the others). */
    public void dispatch(Caller c, ClientMessage m) {
        RequestHandler<?> h = handlers.get(m.getKindCase());
        if (h == null) {
            c.fatal(m.getRequestId(), Error.Code.UNKNOWN_MESSAGE, "unknown message kind " + m.getKindCase());
            return;
        }
        run(c, m, h);
    }

    private <T> void run(Caller c, ClientMessage m, RequestHandler<T> h) {
        long rid = m.getRequestId();
        T body = h.body(m);
        Principal p = c.principal();
        Capability needs = h.needs();
        Scope scope = Scope.ANY;
        if (needs != null) {
            if (p == null) {
                c.send(Replies.error(rid, Error.Code.NOT_AUTHENTICATED, "not authenticated: log in or join a class first"));
                return;
            }
            scope = p.role().scope(needs);
            if (scope == Scope.NONE) {
                forbidden(c, rid, p.role(), h.action(body));
                return;
            }
        }
        Session s = null;
        String sid = h.sessionId(body);
        if (sid != null) {
            s = services.sessions().find(sid);
            if (s == null) {
                c.send(Replies.error(rid, Error.Code.UNKNOWN_SESSION, "no live session '" + sid + "': it has ended (or the server restarted); start a new one"));
                return;
            }
            if (scope == Scope.OWN && (p == null || !s.owner().equals(p.name()))) {
                forbidden(c, rid, p == null ? null : p.role(), needs.otherUsers());
                return;
            }
        }
        h.handle(new Request<>(c, p, scope, rid, body, s, services));
    }

    private static void forbidden(Caller c, long rid, Role role, String what) {
        c.send(Replies.error(rid, Error.Code.FORBIDDEN, "not allowed for this role: a "
                + (role == null ? "guest" : role.key()) + " may not " + what));
    }
}
