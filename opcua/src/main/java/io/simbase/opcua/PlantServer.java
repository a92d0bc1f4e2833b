package io.simbase.opcua;

import static org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig.USER_TOKEN_POLICY_ANONYMOUS;

import io.simbase.engine.core.EventSink;
import java.io.IOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.HdrHistogram.Histogram;
import org.eclipse.milo.opcua.sdk.server.EndpointConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServer;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfig;
import org.eclipse.milo.opcua.sdk.server.OpcUaServerConfigLimits;
import org.eclipse.milo.opcua.sdk.server.identity.AnonymousIdentityValidator;
import org.eclipse.milo.opcua.sdk.server.util.HostnameUtil;
import org.eclipse.milo.opcua.stack.core.security.SecurityPolicy;
import org.eclipse.milo.opcua.stack.core.transport.TransportProfile;
import org.eclipse.milo.opcua.stack.core.types.builtin.DateTime;
import org.eclipse.milo.opcua.stack.core.types.builtin.LocalizedText;
import org.eclipse.milo.opcua.stack.core.types.enumerated.MessageSecurityMode;
import org.eclipse.milo.opcua.stack.core.types.structured.BuildInfo;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransport;
import org.eclipse.milo.opcua.stack.transport.server.tcp.OpcTcpServerTransportConfig;

/**
 * One plant served as an OPC UA server (the bench tool's {@code rig serve --opcua}): endpoints
 * at {@code opc.tcp://HOST:PORT/simbase}, anonymous sign-in, the {@link PlantNamespace}, the
 * {@link ChangePump} and the {@link WriterWatch}.
 *
 * <p>Use: {@link #start}, then install {@link #events()} as the world's event sink and call
 * {@link #stepEnded} after each step (both on the stepping thread, before and while it runs),
 * and {@link #close} at the end. The rest runs on Milo's threads and the pump thread.
 */
public final class PlantServer implements AutoCloseable {
    private static final int EDGE_RING = 4096;

    private final OpcUaPki pki;
    private final OpcUaServer server;
    private final ChangePump pump;
    private final PlantNamespace namespace;
    private final List<String> endpointUrls;

    private PlantServer(OpcUaPki pki, OpcUaServer server, ChangePump pump, PlantNamespace namespace,
                        List<String> endpointUrls) {
        this.pki = pki;
        this.server = server;
        this.pump = pump;
        this.namespace = namespace;
        this.endpointUrls = endpointUrls;
    }

    /**
     * Starts serving the plant. {@code log} hears writer, comm-loss and refused-certificate
     * lines (Milo's threads).
     *
     * @throws OpcUaSetupException with a one-line message when the port is taken or the
     *         certificates cannot be made or read
     */
    public static PlantServer start(OpcUaPlant plant, double stepMillis, String name, PlantServerOptions options,
                                    Consumer<String> log) throws OpcUaSetupException {
        checkPortFree(options);
        OpcUaPki pki = OpcUaPki.open(options.dataDir(), options.trustAll(), log);
        OpcUaServer server = null;
        ChangePump pump = null;
        try {
            server = newServer(options, "SimBase " + name, pki, AnonymousIdentityValidator.INSTANCE,
                    USER_TOKEN_POLICY_ANONYMOUS, 0);
            String host = hostOf(options);
            PlantNamespace[] ns = new PlantNamespace[1];
            pump = new ChangePump(plant, (tag, value, at) -> ns[0].changed(tag, value, at), EDGE_RING, name);
            TagValueCache values = new TagValueCache(plant.layout(), pump);
            WriterWatch watch = new WriterWatch(plant, log);
            ns[0] = new PlantNamespace(server, plant, values, watch, stepMillis);
            ns[0].startup();
            server.getSessionManager().addSessionListener(watch);
            server.startup().get(20, TimeUnit.SECONDS);
            pump.start();
            List<String> urls = List.of("opc.tcp://" + host + ":" + options.port() + PlantServerOptions.PATH);
            return new PlantServer(pki, server, pump, ns[0], urls);
        } catch (ExecutionException e) {
            cleanUp(server, pump, pki);
            throw startFailure(options, e);
        } catch (TimeoutException | InterruptedException | RuntimeException e) {
            cleanUp(server, pump, pki);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            throw new OpcUaSetupException("the OPC UA server did not start: " + e, e);
        }
    }

    static String hostOf(PlantServerOptions options) {
        return options.bindAddress().equals("0.0.0.0") ? HostnameUtil.getHostname() : options.bindAddress();
    }

    /**
     * An OpcUaServer (not started) with the endpoints, certificates and one sign-in policy;
     * {@code maxSessions} OPC UA sessions (0: Milo's default, 100) and four subscriptions each.
     */
    static OpcUaServer newServer(PlantServerOptions options, String applicationName, OpcUaPki pki,
                                 org.eclipse.milo.opcua.sdk.server.identity.IdentityValidator identities,
                                 org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy tokens,
                                 int maxSessions) {
        Set<EndpointConfig> endpoints = endpoints(options, hostOf(options), pki, tokens);
        OpcUaServerConfig config = OpcUaServerConfig.builder()
                .setApplicationUri(pki.applicationUri())
                .setApplicationName(LocalizedText.english(applicationName))
                .setProductUri("urn:simbase")
                .setBuildInfo(new BuildInfo("urn:simbase", "SimBase", "SimBase plant server",
                        OpcUaServer.SDK_VERSION, "", DateTime.now()))
                .setEndpoints(endpoints)
                .setCertificateManager(pki.certificateManager())
                .setIdentityValidator(identities)
                .setLimits(new OpcUaServerConfigLimits() {
                    @Override
                    public Double getMaxSessionTimeout() {
                        return (double) options.maxSessionTimeoutMillis();
                    }

                    @Override
                    public org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger getMaxSessions() {
                        return maxSessions > 0
                                ? org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger.valueOf(maxSessions)
                                : OpcUaServerConfigLimits.super.getMaxSessions();
                    }

                    @Override
                    public org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger getMaxSubscriptions() {
                        return maxSessions > 0
                                ? org.eclipse.milo.opcua.stack.core.types.builtin.unsigned.UInteger.valueOf(4L * maxSessions)
                                : OpcUaServerConfigLimits.super.getMaxSubscriptions();
                    }
                })
                .build();
        return new OpcUaServer(config,
                profile -> new OpcTcpServerTransport(OpcTcpServerTransportConfig.newBuilder().build()));
    }

    /** The one-line error for a Milo start that failed (a port taken between the probe and the bind, most likely). */
    static OpcUaSetupException startFailure(PlantServerOptions options, ExecutionException e) {
        Throwable cause = e.getCause();
        while (cause != null && !(cause instanceof BindException) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof BindException) {
            return new OpcUaSetupException("cannot listen on " + options.bindAddress() + ":" + options.port()
                    + ": " + cause.getMessage());
        }
        return new OpcUaSetupException("the OPC UA server did not start: " + e.getCause(), e);
    }

    /**
     * Milo reports a port it cannot bind with a logged stack trace per endpoint and a bare
     * "No endpoints bound"; trying the port first gives the user one line naming it.
     */
    static void checkPortFree(PlantServerOptions options) throws OpcUaSetupException {
        try (ServerSocket probe = new ServerSocket()) {
            probe.setReuseAddress(true);
            probe.bind(new InetSocketAddress(options.bindAddress(), options.port()));
        } catch (IOException e) {
            throw new OpcUaSetupException("cannot listen on " + options.bindAddress() + ":" + options.port() + ": "
                    + e.getMessage());
        }
    }

    private static Set<EndpointConfig> endpoints(PlantServerOptions options, String host, OpcUaPki pki) {
        return endpoints(options, host, pki, USER_TOKEN_POLICY_ANONYMOUS);
    }

    /** Basic256Sha256 Sign and SignAndEncrypt, and None or a None discovery endpoint, with one sign-in policy. */
    static Set<EndpointConfig> endpoints(PlantServerOptions options, String host, OpcUaPki pki,
                                         org.eclipse.milo.opcua.stack.core.types.structured.UserTokenPolicy tokens) {
        EndpointConfig.Builder base = EndpointConfig.newBuilder()
                .setTransportProfile(TransportProfile.TCP_UASC_UABINARY)
                .setBindAddress(options.bindAddress())
                .setBindPort(options.port())
                .setHostname(host)
                .setPath(PlantServerOptions.PATH)
                .setCertificate(pki.certificate())
                .addTokenPolicies(tokens);
        Set<EndpointConfig> set = new LinkedHashSet<>();
        set.add(base.copy().setSecurityPolicy(SecurityPolicy.Basic256Sha256)
                .setSecurityMode(MessageSecurityMode.SignAndEncrypt).build());
        set.add(base.copy().setSecurityPolicy(SecurityPolicy.Basic256Sha256)
                .setSecurityMode(MessageSecurityMode.Sign).build());
        if (options.allowNone()) {
            set.add(base.copy().setSecurityPolicy(SecurityPolicy.None).setSecurityMode(MessageSecurityMode.None).build());
        } else {
            // Discovery (GetEndpoints) must stay reachable without security (OPC UA Part 6).
            set.add(base.copy().setPath(PlantServerOptions.PATH + "/discovery")
                    .setSecurityPolicy(SecurityPolicy.None).setSecurityMode(MessageSecurityMode.None).build());
        }
        return set;
    }

    static void cleanUp(OpcUaServer server, AutoCloseable pump, OpcUaPki pki) {
        if (pump != null) {
            try {
                pump.close();
            } catch (Exception ignored) {
                // the pumps' threads are daemons; nothing else to release
            }
        }
        if (server != null) {
            try {
                server.shutdown().get(5, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // shutting down a server that never started
            }
        }
        pki.close();
    }

    /** The world's event sink: records bool/int edges on the stepping thread (allocation-free). */
    public EventSink events() {
        return pump;
    }

    /** Call on the stepping thread after each step; allocation-free. */
    public void stepEnded(long step) {
        pump.stepEnded(step);
    }

    /** The endpoint URLs clients connect to. */
    public List<String> endpointUrls() {
        return endpointUrls;
    }

    /** The application URI in the server's certificate. */
    public String applicationUri() {
        return pki.applicationUri();
    }

    /**
     * Changes handed to subscribers' items so far, edges the ring had to drop, monitored items,
     * and how long after a step's end the pump took it up (p50, p99, max since the last call).
     */
    public String summary() {
        Histogram lag = pump.lagInterval();
        return "opcua_changes=" + pump.handedOn() + " opcua_dropped_edges=" + pump.dropped()
                + " opcua_monitored=" + namespace.monitoredTagItems()
                + String.format(java.util.Locale.ROOT, " opcua_pump_lag_p50_ms=%.3f opcua_pump_lag_p99_ms=%.3f"
                        + " opcua_pump_lag_max_ms=%.3f", lag.getValueAtPercentile(50) / 1e6,
                        lag.getValueAtPercentile(99) / 1e6, lag.getMaxValue() / 1e6);
    }

    @Override
    public void close() {
        cleanUp(server, pump, pki);
    }
}
