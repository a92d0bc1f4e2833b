package io.simbase.server;

import static org.junit.jupiter.api.Assertions.fail;

import io.netty.channel.EventLoopGroup;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.client.SessionMirror;
import io.simbase.server.client.SimClient;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * A test's WebSocket client over a real socket: keeps every message, mirrors observed
 * sessions, and waits for conditions with deadlines (never sleeps a fixed time).
 */
final class TestClient implements AutoCloseable {
    static final long TIMEOUT_MILLIS = 10_000;

    private final SimClient client;
    private final List<ServerMessage> received = new ArrayList<>();
    private final Map<String, SessionMirror> mirrors = new HashMap<>();
    private final AtomicLong nextRequest = new AtomicLong(1);
    private boolean closed;

    private TestClient(EventLoopGroup group, int port, int receiveBufferBytes) throws Exception {
        this.client = SimClient.connect(group, URI.create("ws://127.0.0.1:" + port + "/ws"), new SimClient.Listener() {
            @Override
            public void onMessage(ServerMessage m) {
                synchronized (TestClient.this) {
                    received.add(m);
                    for (SessionMirror mirror : mirrors.values()) {
                        mirror.apply(m);
                    }
                    TestClient.this.notifyAll();
                }
            }

            @Override
            public void onClose() {
                synchronized (TestClient.this) {
                    closed = true;
                    TestClient.this.notifyAll();
                }
            }
        }, 4 << 20, TIMEOUT_MILLIS, receiveBufferBytes);
    }

    static TestClient connect(EventLoopGroup group, int port) throws Exception {
        return new TestClient(group, port, 0);
    }

    /** With a small socket receive buffer from the start, so that a stalled reader backs up quickly. */
    static TestClient connect(EventLoopGroup group, int port, int receiveBufferBytes) throws Exception {
        return new TestClient(group, port, receiveBufferBytes);
    }

    SimClient raw() {
        return client;
    }

    /** Starts mirroring a session (call before observing it). */
    synchronized SessionMirror mirror(String sessionId) {
        return mirrors.computeIfAbsent(sessionId, SessionMirror::new);
    }

    /** Sends a request and returns the reply with its request id (an error reply included). */
    ServerMessage request(ClientMessage.Builder b) throws InterruptedException {
        long id = nextRequest.getAndIncrement();
        client.send(b.setRequestId(id).build());
        return await(m -> m.getRequestId() == id, "reply to request " + id + " (" + b.getKindCase() + ")");
    }

    /** Sends a request that must succeed (no error); returns the reply. */
    ServerMessage ok(ClientMessage.Builder b) throws InterruptedException {
        ServerMessage r = request(b);
        if (r.hasError()) {
            fail("request " + b.getKindCase() + " refused: " + r.getError().getCode() + " " + r.getError().getText());
        }
        return r;
    }

    /** Waits for a received message (past or future) matching {@code p}. */
    synchronized ServerMessage await(Predicate<ServerMessage> p, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        int seen = 0;
        while (true) {
            for (; seen < received.size(); seen++) {
                if (p.test(received.get(seen))) {
                    return received.get(seen);
                }
            }
            long left = deadline - System.currentTimeMillis();
            if (left <= 0 || closed) {
                fail("timed out or closed waiting for " + what);
            }
            wait(left);
        }
    }

    /** Waits until {@code condition} holds (evaluated under this client's lock, after each message). */
    synchronized void until(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        while (!condition.getAsBoolean()) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                fail("timed out waiting for " + what);
            }
            wait(Math.min(left, 50));
        }
    }

    synchronized boolean isClosed() {
        return closed;
    }

    synchronized List<ServerMessage> received() {
        return new ArrayList<>(received);
    }

    @Override
    public void close() {
        client.close();
    }
}
