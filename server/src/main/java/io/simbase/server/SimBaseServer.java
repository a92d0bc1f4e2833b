package io.simbase.server;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.simbase.server.auth.ClassRegistry;
import io.simbase.server.auth.ClassRoom;
import io.simbase.server.auth.PasswordHasher;
import io.simbase.server.auth.Tokens;
import io.simbase.server.auth.UserStore;
import io.simbase.server.metrics.ServerMetrics;
import io.simbase.server.net.ServerChannels;
import io.simbase.server.net.WsLimits;
import io.simbase.server.net.request.Dispatcher;
import io.simbase.server.net.request.Services;
import io.simbase.server.rig.RigBindings;
import io.simbase.server.session.SessionRegistry;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * The SimBase server: sim threads, recordings, accounts and one Netty port. Start with
 * {@link #start}, stop with {@link #close} (every session gets its end record).
 */
public final class SimBaseServer implements AutoCloseable {
    public static final String VERSION = versionString();

    private final ServerConfig config;
    private final SessionRegistry sessions;
    private final UserStore users;
    private final ClassRegistry classes;
    private final Tokens tokens;
    private final ServerMetrics metrics;
    private final ExecutorService authExecutor;
    private final RigBindings rigs;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final Channel serverChannel;
    private final ClassRoom defaultClass;
    private final DataLock dataLock;
    private final io.simbase.server.results.ResultStore results;
    private final io.simbase.server.auth.SignInGuard signInGuard;
    private final io.simbase.server.net.request.OpcUaAccessPoint opcuaAccess = new io.simbase.server.net.request.OpcUaAccessPoint();
    private final io.simbase.server.replay.Replays replays;

    private SimBaseServer(ServerConfig config, DataLock dataLock) throws IOException, InterruptedException {
        this.config = config;
        this.dataLock = dataLock;
        this.users = UserStore.open(config.dataDir.resolve("users.txt"), new PasswordHasher(config.passwordIterations));
        this.classes = ClassRegistry.open(config.dataDir.resolve("classes.txt"), new PasswordHasher(config.passwordIterations));
        this.results = io.simbase.server.results.LatestResults.over(
                io.simbase.server.results.ResultStores.open(config.dataDir, config.resultsDb));
        this.tokens = Tokens.open(config.dataDir.resolve("tokens.txt"), config.tokenTtl, java.time.Clock.systemUTC());
        this.sessions = new SessionRegistry(config.dataDir.resolve("recordings"), config.simThreads, config.simPriority,
                config.maxSessions, config.commandQueueCapacity, config.backlogLimitBytes,
                config.stallLimitMillis * 1_000_000L, System::nanoTime);
        sessions.idleCloseAfter(java.util.concurrent.TimeUnit.MINUTES.toNanos(config.idleCloseMinutes));
        this.metrics = new ServerMetrics(sessions);
        sessions.everySecond(metrics::tick);
        sessions.useLibrary(io.simbase.server.scenes.SceneLibrary.open(config.dataDir.resolve("scenes")));
        this.replays = new io.simbase.server.replay.Replays(sessions.recordingsDir(), sessions, System::nanoTime);
        this.rigs = new RigBindings(config.dataDir.resolve("rigs"), config.ownPlc);
        this.defaultClass = config.classCode == null ? null : classes.openWithCode(config.classCode, "default", "server");
        this.signInGuard = new io.simbase.server.auth.SignInGuard(config.signInLimits, System::nanoTime);
        this.authExecutor = Executors.newFixedThreadPool(1, r -> {
            Thread t = new Thread(r, "simbase-auth");
            t.setDaemon(true);
            return t;
        });
        SslContext ssl = null;
        if (config.tlsCert != null) {
            ssl = SslContextBuilder.forServer(config.tlsCert.toFile(), config.tlsKey.toFile()).build();
        }
        this.boss = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        this.workers = new MultiThreadIoEventLoopGroup(config.ioThreads, NioIoHandler.newFactory());
        try {
            ServerBootstrap b = new ServerBootstrap();
            if (config.socketSendBufferBytes > 0) {
                b.childOption(ChannelOption.SO_SNDBUF, config.socketSendBufferBytes);
            }
            b
                    .group(boss, workers)
                    .channel(NioServerSocketChannel.class)
                    .childOption(ChannelOption.TCP_NODELAY, true)
                    .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK,
                            new WriteBufferWaterMark(config.writeLowWaterBytes, config.writeHighWaterBytes))
                    .childHandler(new ServerChannels(
                            new WsLimits(config.maxFrameBytes, config.inputsPerSecond, config.inputBurst), ssl,
                            new Dispatcher(new Services(sessions, users, tokens, classes, metrics, authExecutor, rigs,
                                    config.maxSessionsPerStudent, config.capacityLatenessMillis, results,
                                    new io.simbase.server.net.request.SignInGate(signInGuard, authExecutor,
                                            io.simbase.server.net.request.SignInGate.DEFAULT_MAX_PENDING), opcuaAccess, replays)),
                            metrics, VERSION));
            this.serverChannel = b.bind(new InetSocketAddress(config.host, config.port)).sync().channel();
        } catch (RuntimeException | InterruptedException e) {
            closeQuietly();
            throw e;
        }
    }

    /**
     * Starts a server; returns once it listens.
     *
     * @throws IOException also when another server uses the same data folder ({@link DataLock})
     */
    public static SimBaseServer start(ServerConfig config) throws IOException, InterruptedException {
        DataLock lock = DataLock.acquire(config.dataDir);
        try {
            return new SimBaseServer(config, lock);
        } catch (IOException | InterruptedException | RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The port actually bound (useful with port 0). */
    public int port() {
        return ((InetSocketAddress) serverChannel.localAddress()).getPort();
    }

    public ServerConfig config() {
        return config;
    }

    public UserStore users() {
        return users;
    }

    /** Where finished graded runs are kept (the data folder's file, or PostgreSQL with --results-db). */
    public io.simbase.server.results.ResultStore results() {
        return results;
    }

    /** The bearer tokens of logins and class joins (OPC UA sign-in checks them too). */
    public Tokens tokens() {
        return tokens;
    }

    /** Wrong-password counts per account and address, shared by the WebSocket and OPC UA sign-ins. */
    public io.simbase.server.auth.SignInGuard signInGuard() {
        return signInGuard;
    }

    /** Where the dashboard learns whether and where OPC UA is served (set by whoever starts it). */
    public io.simbase.server.net.request.OpcUaAccessPoint opcuaAccess() {
        return opcuaAccess;
    }

    public ClassRegistry classes() {
        return classes;
    }

    public SessionRegistry sessions() {
        return sessions;
    }

    /** Rigs bound to sessions. */
    public RigBindings rigs() {
        return rigs;
    }

    public ServerMetrics metrics() {
        return metrics;
    }

    /** The class opened at start by {@code --class-code}, or null. */
    public ClassRoom defaultClass() {
        return defaultClass;
    }

    /** Stops listening, closes every session (end records written) and the threads. */
    @Override
    public void close() {
        if (serverChannel != null) {
            serverChannel.close().awaitUninterruptibly(2, TimeUnit.SECONDS);
        }
        closeQuietly();
    }

    private void closeQuietly() {
        sessions.close(); // sessions hand their rigs' close to the rig thread first
        rigs.close();
        authExecutor.shutdownNow();
        replays.close();
        workers.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        boss.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(5, TimeUnit.SECONDS);
        results.close();
        dataLock.close();
    }

    private static String versionString() {
        String v = SimBaseServer.class.getPackage().getImplementationVersion();
        return v == null ? "0.1.0-SNAPSHOT" : v;
    }
}
