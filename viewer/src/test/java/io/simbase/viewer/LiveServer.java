package io.simbase.viewer;

import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Login;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.ServerConfig;
import io.simbase.server.SimBaseServer;
import io.simbase.server.auth.Role;
import io.simbase.server.client.SimClient;
import java.net.URI;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * A real SimBase server on loopback for the viewer's tests, with an instructor account, and a
 * staff client that talks to it the way the dashboard does.
 */
final class LiveServer implements AutoCloseable {
    static final String USER = "teacher";
    static final String PASSWORD = "teacher-pw-1";

    private final SimBaseServer server;

    LiveServer(Path data, int port) throws Exception {
        server = SimBaseServer.start(ServerConfig.builder().host("127.0.0.1").port(port).dataDir(data)
                .simThreads(1).ioThreads(1).passwordIterations(1000).build());
        if (server.users().list().isEmpty()) {
            server.users().add(USER, Role.INSTRUCTOR, PASSWORD);
        }
    }

    int port() {
        return server.port();
    }

    String url() {
        return "ws://127.0.0.1:" + port();
    }

    Staff staff() throws Exception {
        return new Staff(port());
    }

    @Override
    public void close() {
        server.close();
    }

    /** An instructor's connection; messages queue up until a test awaits them. */
    static final class Staff implements AutoCloseable {
        private final EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
        private final BlockingQueue<ServerMessage> inbox = new LinkedBlockingQueue<>();
        private final SimClient client;
        private final java.util.concurrent.atomic.AtomicReference<io.simbase.protocol.v1.Parts> lastParts =
                new java.util.concurrent.atomic.AtomicReference<>();
        private volatile long lastPartsNanos;
        private long ids;

        Staff(int port) throws Exception {
            client = SimClient.connect(group, URI.create("ws://127.0.0.1:" + port + "/ws"), m -> {
                if (m.hasFullState() || m.hasDelta() && m.getDelta().hasParts()) {
                    lastParts.set(m.hasFullState() ? m.getFullState().getParts() : m.getDelta().getParts());
                    lastPartsNanos = System.nanoTime();
                }
                inbox.add(m);
            }, 16 << 20, 5000);
            await(ServerMessage::hasWelcome, 5);
            request(ClientMessage.newBuilder().setLogin(Login.newBuilder().setUsername(USER).setPassword(PASSWORD)));
        }

        /** Sends a request and returns its reply (failing on an error reply). */
        ServerMessage request(ClientMessage.Builder b) throws InterruptedException {
            long id = ++ids;
            client.send(b.setRequestId(id).build());
            ServerMessage reply = await(m -> m.getRequestId() == id, 10);
            if (reply.hasError()) {
                throw new AssertionError("request " + b.getKindCase() + " refused: " + reply.getError().getText());
            }
            return reply;
        }

        /** The next message matching {@code p} within {@code seconds}; others are dropped. */
        ServerMessage await(Predicate<ServerMessage> p, long seconds) throws InterruptedException {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
            while (true) {
                long left = deadline - System.nanoTime();
                ServerMessage m = left > 0 ? inbox.poll(left, TimeUnit.NANOSECONDS) : null;
                if (m == null) {
                    throw new AssertionError("no matching message in " + seconds + " s");
                }
                if (p.test(m)) {
                    return m;
                }
            }
        }

        /** The parts of the last full state or delta that carried them (observed sessions). */
        io.simbase.protocol.v1.Parts lastParts() {
            return lastParts.get();
        }

        /** When the last message with parts arrived, System.nanoTime(). */
        long lastPartsNanos() {
            return lastPartsNanos;
        }

        @Override
        public void close() throws InterruptedException {
            client.close();
            group.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(5, TimeUnit.SECONDS);
        }
    }
}
