package io.simbase.opcua;

import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_USERNAME;

import io.simbase.engine.core.EventSink;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator;

/**
 * The OPC UA server of the full server ({@code serve --opcua-port}): endpoints at
 * {@code opc.tcp://HOST:PORT/simbase}, UserName sign-in only (checked by the caller's
 * {@link IdentityValidator}; anonymous sessions are refused), and the {@link SessionsNamespace}
 * with a folder per live session.
 *
 * <p>Use: {@link #open} when a session opens (install the returned {@link Feed} as its event
 * tap), {@link #close(String)} when it closes, {@link PumpGroup#wake} from each sim thread after
 * a cycle. {@code open} and {@code close} may be called from any thread.
 */
public final class SessionsServer implements AutoCloseable {
    /**
     * What the stepping thread of a session calls: the world's tag edges and the end of each
     * step. Both allocation-free and non-blocking.
     */
    public interface Feed extends EventSink {
        void stepEnded(long step);
    }

    private final OpcUaPki pki;
    private final OpcUaServer server;
    private final SessionsNamespace namespace;
    private final List<PumpGroup> groups;
    private final String endpointUrl;
    private final Consumer<String> log;

    private SessionsServer(OpcUaPki pki, OpcUaServer server, SessionsNamespace namespace, List<PumpGroup> groups,
                           String endpointUrl, Consumer<String> log) {
        this.pki = pki;
        this.server = server;
        this.namespace = namespace;
        this.groups = groups;
        this.endpointUrl = endpointUrl;
        this.log = log;
    }

    /**
     * Starts the server with {@code pumpGroups} pump threads (one per sim thread), for up to
     * {@code maxClientSessions} OPC UA sessions (one per live SimBase session and some to spare).
     *
     * @throws OpcUaSetupException with a one-line message when the port is taken or the
     *         certificates cannot be made or read
     */
    public static SessionsServer start(PlantServerOptions options, IdentityValidator identities, SessionAccess access,
                                       int pumpGroups, int maxClientSessions, Consumer<String> log)
            throws OpcUaSetupException {
        PlantServer.checkPortFree(options);
        OpcUaPki pki = OpcUaPki.open(options.dataDir(), options.trustAll(), log);
        OpcUaServer server = null;
        try {
            server = PlantServer.newServer(options, "SimBase sessions", pki, identities, USER_TOKEN_POLICY_USERNAME,
                    maxClientSessions);
            SessionsNamespace ns = new SessionsNamespace(server, access, log);
            ns.startup();
            server.startup().get(20, TimeUnit.SECONDS);
            PumpGroup[] groups = new PumpGroup[pumpGroups];
            for (int i = 0; i < pumpGroups; i++) {
                groups[i] = new PumpGroup(String.valueOf(i));
            }
            String url = "opc.tcp://" + PlantServer.hostOf(options) + ":" + options.port() + PlantServerOptions.PATH;
            return new SessionsServer(pki, server, ns, List.of(groups), url, log);
        } catch (ExecutionException e) {
            PlantServer.cleanUp(server, null, pki);
            throw PlantServer.startFailure(options, e);
        } catch (TimeoutException | InterruptedException | RuntimeException e) {
            PlantServer.cleanUp(server, null, pki);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new OpcUaSetupException("the OPC UA server did not start: " + e, e);
        }
    }

    /** The pump group of sim thread {@code index} (wrapped round when there are fewer groups). */
    public PumpGroup group(int index) {
        return groups.get(Math.floorMod(index, groups.size()));
    }

    /**
     * Adds a live session's folder, its pump to {@code group}, and its writer watch to Milo's
     * sessions; returns the feed to install on the session's stepping thread.
     */
    public Feed open(LiveSession session, PumpGroup group) {
        SessionFolder f = namespace.add(session);
        server.getSessionManager().addSessionListener(f.watch);
        group.add(f.pump);
        ChangePump pump = f.pump;
        return new Feed() {
            @Override
            public void onEvent(long step, io.simbase.engine.core.EventKind kind, int subject, double value) {
                pump.onEvent(step, kind, subject, value);
            }

            @Override
            public void stepEnded(long step) {
                pump.stepEnded(step);
            }
        };
    }

    /** Removes a closed session's folder; unknown ids are ignored. */
    public void close(String sessionId) {
        SessionFolder f = namespace.remove(sessionId);
        if (f == null) {
            return;
        }
        server.getSessionManager().removeSessionListener(f.watch);
        for (PumpGroup g : groups) {
            g.remove(f.pump);
        }
    }

    /** Live session folders. */
    public int sessions() {
        return namespace.size();
    }

    public String endpointUrl() {
        return endpointUrl;
    }

    @Override
    public void close() {
        for (PumpGroup g : groups) {
            g.close();
        }
        PlantServer.cleanUp(server, null, pki);
    }
}
