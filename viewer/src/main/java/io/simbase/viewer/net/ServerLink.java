package io.simbase.viewer.net;

import com.google.protobuf.InvalidProtocolBufferException;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.JoinClass;
import io.simbase.protocol.v1.ListSessions;
import io.simbase.protocol.v1.Login;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.OpenClass;
import io.simbase.protocol.v1.Resume;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionSummary;
import io.simbase.protocol.v1.SetInput;
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
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The viewer's link to one server: connects to {@code ws://HOST:PORT/ws}, signs in, opens the
 * session and hands {@code full_state}, {@code delta} and {@code events} messages to the render
 * thread through {@link #poll()}. After a dropped connection, or 5 s without a pong, it
 * reconnects by itself (backoff 0.2 s doubling to 2 s), resumes with its token and observes the
 * same session again; a session the server no longer knows is opened anew.
 *
 * <p>Threading: the protocol state machine runs on the HTTP client's listener thread (the JDK
 * calls a listener serially) and on one timer thread, under this object's lock; {@link #poll()}
 * and {@link #setInput} may be called from any thread. Allocates per message received.
 */
public final class ServerLink implements AutoCloseable, io.simbase.viewer.ui.SessionStatus {
    private static final long PING_INTERVAL_MILLIS = 1000;
    private static final long PONG_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(5);
    private static final long MIN_BACKOFF_MILLIS = 200;
    private static final long MAX_BACKOFF_MILLIS = 2000;

    private final URI uri;
    private final Credentials credentials;
    private final HttpClient http;
    private final ScheduledExecutorService timer;
    private final Queue<ServerMessage> inbox = new ConcurrentLinkedQueue<>();
    private final AtomicLong requestIds = new AtomicLong();

    private volatile LinkState state = LinkState.CONNECTING;
    private volatile String lastError = "";
    private volatile long roundTripNanos = -1;
    private volatile String sessionId;
    private volatile String token;
    private volatile boolean closed;
    private volatile double timeScale = Double.NaN;
    private volatile String rig = "";

    // Guarded by this.
    private WebSocket socket;
    private CompletableFuture<?> sendChain = CompletableFuture.completedFuture(null);
    private long backoffMillis = MIN_BACKOFF_MILLIS;
    private long lastPongNanos;
    private long resumeRequest = -1;
    private long observeRequest = -1;
    private long signInRequest = -1;
    private long createRequest = -1;
    private long statusRequest = -1;
    private String classCode = "";
    private long pings;

    public ServerLink(URI uri, Credentials credentials) {
        this.uri = uri;
        this.credentials = credentials;
        this.sessionId = credentials.sessionId().isEmpty() ? null : credentials.sessionId();
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
        timer.scheduleAtFixedRate(this::ping, PING_INTERVAL_MILLIS, PING_INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
    }

    /** The next state message for the render thread, or null. */
    public ServerMessage poll() {
        return inbox.poll();
    }

    public LinkState state() {
        return state;
    }

    /** The last error the server or the network reported, or "". */
    public String lastError() {
        return lastError;
    }

    /** Round trip of the last WebSocket ping, nanoseconds; -1 before the first pong. */
    public long roundTripNanos() {
        return roundTripNanos;
    }

    /** The session's time scale from the last status poll; NaN when unknown. */
    @Override
    public double timeScale() {
        return timeScale;
    }

    /** The bound rig as "name state", or "" when none (or unknown). */
    @Override
    public String rig() {
        return rig;
    }

    /** The session shown, or null before it is opened. */
    public String sessionId() {
        return sessionId;
    }

    public URI uri() {
        return uri;
    }

    /** Sets an operator input (a panel tag) of the session; dropped while not live. */
    public void setInput(String tag, double value) {
        String s = sessionId;
        if (s == null || state != LinkState.LIVE) {
            return;
        }
        send(ClientMessage.newBuilder().setRequestId(requestIds.incrementAndGet())
                .setSetInput(SetInput.newBuilder().setSessionId(s).setTag(tag).setValue(value)).build());
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

    private void connect() {
        if (closed) {
            return;
        }
        http.newWebSocketBuilder().connectTimeout(Duration.ofSeconds(3)).buildAsync(uri, new Listener())
                .whenComplete((ws, err) -> {
                    if (err != null) {
                        lastError = "cannot connect to " + uri + ": " + rootMessage(err);
                        reconnectLater();
                        return;
                    }
                    if (closed) {
                        ws.abort();
                    }
                });
    }

    private void reconnectLater() {
        if (closed) {
            return;
        }
        long delay;
        synchronized (this) {
            socket = null;
            delay = backoffMillis;
            backoffMillis = Math.min(MAX_BACKOFF_MILLIS, backoffMillis * 2);
        }
        if (state != LinkState.REFUSED) {
            state = LinkState.RECONNECTING;
            try {
                timer.schedule(this::connect, delay, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closed meanwhile
            }
        }
    }

    private void ping() {
        WebSocket ws;
        synchronized (this) {
            ws = socket;
            if (ws == null) {
                return;
            }
            if (System.nanoTime() - lastPongNanos > PONG_TIMEOUT_NANOS) {
                lastError = "no answer from " + uri + " for 5 s";
                socket = null;
                ws.abort();
                return;
            }
            ByteBuffer b = ByteBuffer.allocate(8).putLong(0, System.nanoTime());
            sendChain = sendChain.handle((x, e) -> null).thenCompose(x -> ws.sendPing(b));
            if (state == LinkState.LIVE && !classCode.isEmpty() && pings++ % 2 == 0) {
                // The stream does not carry time scale or rig state; the session list does.
                statusRequest = request(ClientMessage.newBuilder()
                        .setListSessions(ListSessions.newBuilder().setClassCode(classCode)));
            }
        }
    }

    private void send(ClientMessage m) {
        ByteBuffer bytes = ByteBuffer.wrap(m.toByteArray());
        synchronized (this) {
            WebSocket ws = socket;
            if (ws == null) {
                return;
            }
            sendChain = sendChain.handle((x, e) -> null).thenCompose(x -> ws.sendBinary(bytes, true));
        }
    }

    private long request(ClientMessage.Builder b) {
        long id = requestIds.incrementAndGet();
        send(b.setRequestId(id).build());
        return id;
    }

    // ------------------------------------------------------------ protocol state machine

    private synchronized void handle(ServerMessage m) {
        if (Boolean.getBoolean("simbase.viewer.trace")) {
            System.err.println("link: " + m.getKindCase() + " " + (m.hasError() ? m.getError().getText() : ""));
        }
        switch (m.getKindCase()) {
            case WELCOME -> {
                state = LinkState.SIGNING_IN;
                if (token != null) {
                    resumeRequest = request(ClientMessage.newBuilder().setResume(Resume.newBuilder().setToken(token)));
                } else {
                    signIn();
                }
            }
            case LOGGED_IN -> {
                token = m.getLoggedIn().getToken();
                if (!m.getLoggedIn().getClassCode().isEmpty()) {
                    classCode = m.getLoggedIn().getClassCode();
                }
                openSession();
            }
            case CLASS_OPENED -> {
                classCode = m.getClassOpened().getCode();
                createSession(classCode);
            }
            case SESSION_CREATED -> observe(m.getSessionCreated().getSessionId());
            case SESSION_LIST -> {
                if (m.getRequestId() == statusRequest) {
                    status(m.getSessionList().getSessionsList());
                    return;
                }
                for (SessionSummary s : m.getSessionList().getSessionsList()) {
                    if (credentials.scene().isEmpty() || s.getScene().equals(credentials.scene())) {
                        observe(s.getSessionId());
                        return;
                    }
                }
                if (credentials.scene().isEmpty()) {
                    refuse("no session of yours on the server yet: name a scene with --scene");
                } else {
                    createSession("");
                }
            }
            case FULL_STATE -> {
                if (m.getFullState().getSessionId().equals(sessionId)) {
                    state = LinkState.LIVE;
                    backoffMillis = MIN_BACKOFF_MILLIS;
                    inbox.add(m);
                }
            }
            case DELTA, EVENTS -> inbox.add(m);
            case ERROR -> onError(m.getRequestId(), m.getError());
            default -> {
                // input acks, oks: nothing to do
            }
        }
    }

    private void status(java.util.List<SessionSummary> sessions) {
        for (SessionSummary s : sessions) {
            if (s.getSessionId().equals(sessionId)) {
                timeScale = s.getTimeScale();
                rig = s.hasRig() ? s.getRig().getName() + " " + s.getRig().getState() : "";
                return;
            }
        }
    }

    private void onError(long requestId, Error e) {
        if (requestId != 0 && requestId == statusRequest) {
            return; // a status poll refused (an older server): the line shows less
        }
        if (requestId != 0 && requestId == resumeRequest) {
            token = null;
            signIn();
            return;
        }
        if (requestId != 0 && requestId == observeRequest && e.getCode() == Error.Code.UNKNOWN_SESSION
                && credentials.sessionId().isEmpty()) {
            sessionId = null; // the server forgot it (restarted): open a new one
            openSession();
            return;
        }
        lastError = e.getText();
        if (requestId != 0 && (requestId == signInRequest || requestId == observeRequest || requestId == createRequest)) {
            refuse(e.getText());
        }
    }

    private void refuse(String why) {
        lastError = why;
        state = LinkState.REFUSED;
    }

    private void signIn() {
        ClientMessage.Builder b = ClientMessage.newBuilder();
        if (credentials.kind() == Credentials.Kind.STUDENT) {
            b.setJoinClass(JoinClass.newBuilder().setCode(credentials.classCode())
                    .setDisplayName(credentials.displayName()));
        } else {
            b.setLogin(Login.newBuilder().setUsername(credentials.user()).setPassword(credentials.password()));
        }
        signInRequest = request(b);
    }

    private void openSession() {
        state = LinkState.OPENING;
        if (sessionId != null) {
            observe(sessionId);
        } else if (credentials.kind() == Credentials.Kind.STUDENT) {
            request(ClientMessage.newBuilder().setListSessions(ListSessions.getDefaultInstance()));
        } else if (!credentials.scene().isEmpty()) {
            request(ClientMessage.newBuilder().setOpenClass(OpenClass.newBuilder().setName("viewer")));
        } else {
            refuse("name a session with --session or a scene with --scene");
        }
    }

    private void createSession(String classCode) {
        createRequest = request(ClientMessage.newBuilder().setCreateSession(
                CreateSession.newBuilder().setScene(credentials.scene()).setClassCode(classCode)));
    }

    private void observe(String id) {
        sessionId = id;
        observeRequest = request(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(id)));
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

    /** Reassembles binary messages and feeds the state machine; one per connection. */
    private final class Listener implements WebSocket.Listener {
        private byte[] buffer = new byte[64 * 1024];
        private int length;

        @Override
        public void onOpen(WebSocket ws) {
            // Before any message: the welcome's reply must find the socket.
            synchronized (ServerLink.this) {
                socket = ws;
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
                    lastError = "undecodable message from the server: " + e.getMessage();
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
                if (socket != null && socket != ws) {
                    return; // an older connection
                }
            }
            if (!closed) {
                lastError = why;
                reconnectLater();
            }
        }
    }
}
