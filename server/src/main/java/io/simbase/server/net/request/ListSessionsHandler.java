package io.simbase.server.net.request;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.ListSessions;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionList;
import io.simbase.server.auth.Capability;
import io.simbase.server.auth.Scope;
import io.simbase.server.session.Audience;
import io.simbase.server.session.Session;

/** list_sessions: the sessions the caller may observe (own ones, or those of a class, or all). */
public final class ListSessionsHandler implements RequestHandler<ListSessions> {
    @Override
    public ClientMessage.KindCase kind() {
        return ClientMessage.KindCase.LIST_SESSIONS;
    }

    @Override
    public ListSessions body(ClientMessage m) {
        return m.getListSessions();
    }

    @Override
    public Capability needs() {
        return Capability.OBSERVE;
    }

    @Override
    public String action(ListSessions body) {
        return "list sessions";
    }

    @Override
    public void handle(Request<ListSessions> r) {
        String code = r.body().getClassCode();
        SessionList.Builder b = SessionList.newBuilder();
        for (Session s : r.services().sessions().all()) {
            boolean visible = r.scope() == Scope.ANY ? code.isEmpty() || s.classCode().equals(code) : r.owns(s);
            if (visible) {
                b.addSessions(SessionSummaries.of(s, Audience.of(r.principal().role()), r.services().results(),
                        r.services().classes().roster()));
            }
        }
        r.reply(ServerMessage.newBuilder().setSessionList(b));
    }
}
