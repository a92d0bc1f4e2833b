package io.simbase.viewer.net;

import com.google.protobuf.InvalidProtocolBufferException;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.SceneList;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SetInput;
import io.simbase.viewer.ui.ControllerSummary;
import io.simbase.viewer.ui.SessionStatus;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The viewer's link to one server: connects to {@code ws://HOST:PORT/ws}, lets a
 * {@link SessionOpener} sign in and open the session, and hands {@code full_state},
 * {@code delta} and {@code events} messages to the render thread through {@link #poll()}.
 * After a dropped connection, 5 s without a pong, or a connection attempt stuck for 5 s, it
 * reconnects by itself (backoff 0.2 s doubling to 2 s, and a 1 s tick that retries whatever
 * callbacks do); the opener resumes with its token and observes the same session again.
 * A WebSocket ping a second measures the round trip; every other tick also polls the
 * session's status.
 *
 * <p>Threading: messages are handled on the HTTP client's listener thread (the JDK calls a
 * listener serially) and the timer thread, under this object's lock; {@link #poll()},
 * {@link #setInput} and the getters may be called from any thread. Allocates per message.
 */
public final class ServerLink implements AutoCloseable, SessionStatus {
    private static final long TICK_MILLIS = 1000;
    private static final long PONG_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long MIN_BACKOFF_MILLIS = 200;
    private static final long MAX_BACKOFF_MILLIS = 2000;
    private static final boolean TRACE = Boolean.getBoolean("simbase.viewer.trace");

    private final URI uri;
    private final HttpClient http;
    private final ScheduledExecutorService timer;
    private final Queue<ServerMessage> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicLong requestIds = new AtomicLong();
    private final SessionOpener opener;

    private volatile long roundTripNanos = -1;
    private volatile Runnable onState = () -> { };
    private volatile boolean closed;

    // Guarded by this.
    private WebSocket socket;
    private CompletableFuture<?> sendChain = CompletableFuture.completedFuture(null);
    private long backoffMillis = MIN_BACKOFF_MILLIS;
    private long lastPongNanos;
    private long ticks;
    private boolean connecting;
    private long connectStartedNanos;
    private long nextAttemptNanos;
    private long generation;

    public ServerLink(URI uri, Credentials credentials) {
        this(uri, credentials, null);
    }

    /** A link that also loads {@code program} (null: none) into the session's soft PLC and runs it. */
    public ServerLink(URI uri, Credentials credentials, PlcProgram program) {
        this.uri = uri;
        this.opener = new SessionOpener(credentials, program, this::request);
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "viewer-link");
            t.setDaemon(true);
            return t;
        });
    }

    /** Starts connecting; returns at once. */
    public void start() {
        timer.execute(this::connect);
        timer.scheduleWithFixedDelay(this::tick, TICK_MILLIS, TICK_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The next state message for the render thread, or null. */
    public ServerMessage poll() {
        return inbox.poll();
    }

    /** True when state messages wait for {@link #poll()}. */
    public boolean hasState() {
        return !inbox.isEmpty();
    }

    /**
     * Runs {@code wake} (on the link's thread, quickly) after each state message is queued, so
     * that a waiting render loop draws it at once.
     */
    public void onState(Runnable wake) {
        onState = wake;
    }

    public LinkState state() {
        return opener.state();
    }

    /** The last error the server or the network reported, or "". */
    public String lastError() {
        return opener.lastError();
    }

    /** Round trip of the last WebSocket ping, nanoseconds; -1 before the first pong. */
    public long roundTripNanos() {
        return roundTripNanos;
    }

    @Override
    public double timeScale() {
        return opener.timeScale();
    }

    @Override
    public String rig() {
        return opener.rig();
    }

    @Override
    public ControllerSummary controller() {
        return opener.controller();
    }

    /** The server's scenes and exercises for the start screen, or null before they arrive. */
    public SceneList sceneList() {
        return opener.sceneList();
    }

    /** The start screen's choice (any thread): opens the student's session of {@code sceneId}. */
    public synchronized void choose(String sceneId) {
        opener.choose(sceneId);
    }

    /** True when the link was given no soft-PLC program, or it runs in the session shown. */
    public boolean programReady() {
        return opener.programReady();
    }

    /** The session shown, or null before it is opened. */
    public String sessionId() {
        return opener.sessionId();
    }

    public URI uri() {
        return uri;
    }

    /** Sets an operator input (a panel tag) of the session; dropped while not live. */
    public void setInput(String tag, double value) {
        String s = opener.sessionId();
        if (s == null || opener.state() != LinkState.LIVE) {
            return;
        }
        request(ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(s).setTag(tag).setValue(value)));
    }

    @Override
    public void close() {
        closed = true;
        timer.shutdownNow();
        WebSocket ws;
        synchronized (this) {
            ws = socket;
            socket = null;
        }
        if (ws != null) {
            ws.abort();
        }
    }

    /**
     * Starts a connection attempt unless one is open or under way. Each attempt has a
     * generation; callbacks of an attempt that was abandoned or replaced are ignored.
     */
    private void connect() {
        long gen;
        synchronized (this) {
            if (closed || connecting || socket != null || opener.state() == LinkState.REFUSED) {
                return;
            }
            connecting = true;
            connectStartedNanos = System.nanoTime();
            gen = ++generation;
        }
        http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(3)).buildAsync(uri, new Listener(gen))
                .whenComplete((ws, err) -> {
                    synchronized (this) {
                        if (gen != generation || closed) {
                            if (ws != null) {
                                ws.abort(); // abandoned or closed meanwhile
                            }
                            return;
                        }
                        connecting = false;
                    }
                    if (err != null) {
                        retryLater("cannot connect to " + uri + ": " + rootMessage(err));
                    }
                });
    }

    /** Schedules the next attempt after the backoff; the 1 s tick retries too, should a schedule be lost. */
    private void retryLater(String why) {
        if (closed) {
            return;
        }
        long delay;
        synchronized (this) {
            delay = backoffMillis;
            backoffMillis = Math.min(MAX_BACKOFF_MILLIS, backoffMillis * 2);
            nextAttemptNanos = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(delay);
        }
        opener.transport(LinkState.RECONNECTING, why);
        try {
            timer.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException e) {
            // closed meanwhile
        }
    }

    /**
     * Once a second: when connected, checks the pong deadline, pings and (every other tick) polls
     * the session's status; when not, abandons an attempt stuck for 5 s and starts the next one
     * when due. Reconnection therefore never depends on a callback arriving.
     */
    private void tick() {
        String retry = null;
        boolean connectNow = false;
        synchronized (this) {
            long now = System.nanoTime();
            WebSocket ws = socket;
            if (ws == null) {
                if (connecting && now - connectStartedNanos > PONG_TIMEOUT_NANOS) {
                    generation++;
                    connecting = false;
                    retry = "no answer from " + uri + " for 5 s";
                } else if (!connecting && now >= nextAttemptNanos) {
                    connectNow = true;
                }
            } else if (now - lastPongNanos > PONG_TIMEOUT_NANOS) {
                socket = null;
                generation++;
                ws.abort();
                retry = "no answer from " + uri + " for 5 s";
            } else {
                ByteBuffer b = ByteBuffer.allocate(8).putLong(0, now);
                sendChain = sendChain.handle((x, e) -> null).thenCompose(x -> ws.sendPing(b));
                if (ticks++ % 2 == 0) {
                    opener.pollStatus();
                }
            }
        }
        if (retry != null) {
            retryLater(retry);
        } else if (connectNow) {
            connect();
        }
    }

    /** Sends a request on the current connection (dropped when there is none); returns its id. */
    private long request(ClientMessage.Builder b) {
        long id = requestIds.incrementAndGet();
        ByteBuffer bytes = ByteBuffer.wrap(b.setRequestId(id).build().toByteArray());
        synchronized (this) {
            WebSocket ws = socket;
            if (ws != null) {
                sendChain = sendChain.handle((x, e) -> null).thenCompose(x -> ws.sendBinary(bytes, true));
            }
        }
        return id;
    }

    private synchronized void handle(ServerMessage m) {
        if (TRACE) {
            System.err.println("link: " + m.getKindCase() + " " + (m.hasError() ? m.getError().getText() : ""));
        }
        if (opener.onMessage(m)) {
            if (m.hasFullState()) {
                backoffMillis = MIN_BACKOFF_MILLIS;
            }
            inbox.add(m);
            onState.run();
        }
    }

    private static String rootMessage(Throwable t) {
        while (t.getCause() != null) {
            t = t.getCause();
        }
        if (t instanceof java.net.ConnectException || t instanceof java.nio.channels.ClosedChannelException) {
            return "no server answers there (connection refused)";
        }
        if (t instanceof java.net.http.HttpTimeoutException) {
            return "no answer within 3 s";
        }
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    }

    /** Reassembles binary messages and feeds the link; one per connection. */
    private final class Listener implements WebSocket.Listener {
        private final long gen;
        private byte[] buffer = new byte[64 * 1024];
        private int length;

        Listener(long gen) {
            this.gen = gen;
        }

        @Override
        public void onOpen(WebSocket ws) {
            // Before any message: the welcome's reply must find the socket.
            synchronized (ServerLink.this) {
                if (gen != generation || closed) {
                    ws.abort();
                    return;
                }
                socket = ws;
                connecting = false;
                sendChain = CompletableFuture.completedFuture(null);
                lastPongNanos = System.nanoTime();
            }
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            int n = data.remaining();
            if (length + n > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, length + n));
            }
            data.get(buffer, length, n);
            length += n;
            if (last) {
                try {
                    handle(ServerMessage.parseFrom(ByteBuffer.wrap(buffer, 0, length)));
                } catch (InvalidProtocolBufferException e) {
                    opener.transport(opener.state(), "undecodable message from the server: " + e.getMessage());
                }
                length = 0;
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
            if (message.remaining() == 8) {
                roundTripNanos = System.nanoTime() - message.getLong(message.position());
            }
            synchronized (ServerLink.this) {
                lastPongNanos = System.nanoTime();
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            dropped(ws, "the server closed the connection" + (reason.isEmpty() ? "" : ": " + reason));
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            dropped(ws, "connection lost: " + rootMessage(error));
        }

        private void dropped(WebSocket ws, String why) {
            synchronized (ServerLink.this) {
                if (socket != ws) {
                    return; // not the current connection (replaced or abandoned)
                }
                socket = null;
            }
            retryLater(why);
        }
    }
}
