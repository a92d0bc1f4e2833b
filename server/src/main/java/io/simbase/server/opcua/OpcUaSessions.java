package io.simbase.server.opcua;

import io.simbase.opcua.LiveSession;
import io.simbase.opcua.OpcUaSetupException;
import io.simbase.opcua.PlantServerOptions;
import io.simbase.opcua.SessionsServer;
import io.simbase.server.SimBaseServer;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionRegistry;
import io.simbase.server.session.SimThread;
import io.simbase.server.session.StepTap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * {@code serve --opcua-port}: the {@link SessionsServer} beside a running {@link SimBaseServer}.
 * Listens to the session registry: an opened session gets its folder and its change feed (a
 * {@link StepTap} on its sim thread), a forgotten one loses them; each sim thread wakes its
 * pump group after every cycle that stepped. Writes come back as session inputs
 * ({@link SessionOpcUaPlant}); the client that writes a session's actuators is shown as its
 * external controller ({@link Session#externalController()}). Start once; close before the server.
 */
public final class OpcUaSessions implements SessionRegistry.Listener, AutoCloseable {
    private final SessionsServer server;
    private final SessionRegistry registry;
    private final Set<String> open = ConcurrentHashMap.newKeySet();

    private final io.simbase.server.net.request.OpcUaAccessPoint access;

    private OpcUaSessions(SessionsServer server, SessionRegistry registry,
                          io.simbase.server.net.request.OpcUaAccessPoint access) {
        this.server = server;
        this.registry = registry;
        this.access = access;
    }

    /**
     * Starts the OPC UA server and puts every live and future session in it.
     *
     * @throws OpcUaSetupException with a one-line message (port taken, certificates unreadable)
     */
    public static OpcUaSessions start(SimBaseServer simbase, PlantServerOptions options, Consumer<String> log)
            throws OpcUaSetupException {
        SessionRegistry registry = simbase.sessions();
        List<SimThread> threads = registry.threads();
        SessionsServer server = SessionsServer.start(options,
                new AccountValidator(simbase.users(), simbase.tokens(), simbase.signInGuard(), log),
                new AccountAccess(simbase.classes()), threads.size(), clientSessionLimit(simbase.config().maxSessions), log);
        for (SimThread t : threads) {
            t.afterSteps(server.group(t.index())::wake);
        }
        OpcUaSessions s = new OpcUaSessions(server, registry, simbase.opcuaAccess());
        registry.listen(s);
        simbase.opcuaAccess().opened(options.port(), options.allowNone());
        return s;
    }

    /** One OPC UA client session per SimBase session the server allows, and a hundred for staff and tools. */
    static int clientSessionLimit(int maxSessions) {
        return (int) Math.min(Integer.MAX_VALUE, maxSessions + 100L);
    }

    public String endpointUrl() {
        return server.endpointUrl();
    }

    /** Sessions with a folder now. */
    public int sessions() {
        return server.sessions();
    }

    @Override
    public void opened(Session s) {
        if (!open.add(s.id())) {
            return;
        }
        LiveSession live = new LiveSession(s.id(), s.classCode(), s.owner(), new SessionOpcUaPlant(s),
                s.scene().stepNanos() / 1e6, s::externalController);
        SessionsServer.Feed feed = server.open(live, server.group(s.simThreadIndex()));
        s.tap(new StepTap() {
            @Override
            public void onEvent(long step, io.simbase.engine.core.EventKind kind, int subject, double value) {
                feed.onEvent(step, kind, subject, value);
            }

            @Override
            public void stepEnded(long step) {
                feed.stepEnded(step);
            }
        });
    }

    @Override
    public void closed(Session s) {
        if (open.remove(s.id())) {
            s.tap(null);
            server.close(s.id());
        }
    }

    @Override
    public void close() {
        access.closed();
        registry.unlisten(this);
        for (SimThread t : registry.threads()) {
            t.afterSteps(null);
        }
        server.close();
    }
}
