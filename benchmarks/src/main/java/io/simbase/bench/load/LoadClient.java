package io.simbase.bench.load;

import io.netty.channel.EventLoop;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.JoinClass;
import io.simbase.protocol.v1.Login;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.PlcDownload;
import io.simbase.protocol.v1.PlcRun;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SetInput;
import io.simbase.server.client.SessionMirror;
import io.simbase.server.client.SimClient;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One simulated workstation: joins the class, creates a session, observes it and toggles
 * an actuator at a fixed period; or, as an observer, logs in as instructor and observes a
 * given session. Runs entirely on its connection's event loop. Latency is measured from the
 * input's intended send time (so a late send counts against the server, not hides it).
 */
final class LoadClient implements SimClient.Listener {
    enum Phase { CONNECTING, JOINING, CREATING, OBSERVING, PROGRAMMING, READY, FAILED }

    private final LoadStats stats;
    private final String joinCode;
    private final String scene;
    private final String tag;
    private final long periodNanos;
    private final String observeSession;
    private final String instructorPassword;
    /** A soft-PLC program each student session downloads and runs before it is ready; null: none. */
    private String plcSource;
    final CompletableFuture<String> ready = new CompletableFuture<>();
    private SimClient client;
    private EventLoop loop;
    private volatile Phase phase = Phase.CONNECTING;
    private String sessionId;
    private volatile String userName;
    private volatile String token;
    private SessionMirror mirror;
    private int tagIndex = -1;
    private long nextRequest = 10;
    private long startNanos;
    private long sendCount;
    // The one input in flight (the pattern waits for each to be visible before the next).
    private long pendingRequest;
    private long pendingIntendedNanos;
    private double pendingValue;
    private boolean pendingAcked;
    private boolean pendingVisible = true;
    private boolean pendingCounted;
    /** Inputs of the window not yet acknowledged: request id to intended send time. */
    private final java.util.HashMap<Long, Long> unackedInWindow = new java.util.HashMap<>();
    private ScheduledFuture<?> timer;

    /** A student client (observeSession == null) or an observer of {@code observeSession}. */
    LoadClient(LoadStats stats, String joinCode, String scene, String tag, long periodNanos, String observeSession,
               String instructorPassword) {
        this.stats = stats;
        this.joinCode = joinCode;
        this.scene = scene;
        this.tag = tag;
        this.periodNanos = periodNanos;
        this.observeSession = observeSession;
        this.instructorPassword = instructorPassword;
    }

    /** Each student session downloads {@code source} to its soft PLC and runs it before its inputs start. */
    LoadClient withPlc(String source) {
        this.plcSource = source;
        return this;
    }

    /** Called once connected; the welcome may already have arrived (then the login goes now). */
    void attach(SimClient c) {
        this.client = c;
        this.loop = c.channel().eventLoop();
        loop.execute(() -> {
            if (welcomed && phase == Phase.CONNECTING) {
                sendLogin();
            }
        });
    }

    private boolean welcomed;

    private void sendLogin() {
        phase = Phase.JOINING;
        if (observeSession == null) {
            client.send(ClientMessage.newBuilder().setRequestId(1).setJoinClass(JoinClass.newBuilder()
                    .setCode(joinCode).setDisplayName("load")).build());
        } else {
            client.send(ClientMessage.newBuilder().setRequestId(1).setLogin(Login.newBuilder()
                    .setUsername("instructor").setPassword(instructorPassword)).build());
        }
    }

    String sessionId() {
        return sessionId;
    }

    /** The signed-in user's name and token (an OPC UA client signs in with them); null before sign-in. */
    String userName() {
        return userName;
    }

    String token() {
        return token;
    }

    @Override
    public void onMessage(ServerMessage m) {
        stats.framesIn.increment();
        stats.bytesIn.add(m.getSerializedSize());
        if (m.hasError()) {
            stats.errors.increment();
            if (phase != Phase.READY) {
                phase = Phase.FAILED;
                ready.completeExceptionally(new IllegalStateException(m.getError().getCode() + ": " + m.getError().getText()));
            }
            return;
        }
        switch (phase) {
            case CONNECTING -> {
                if (m.hasWelcome()) {
                    welcomed = true;
                    if (client != null) {
                        sendLogin();
                    }
                }
            }
            case JOINING -> {
                if (m.hasLoggedIn()) {
                    userName = m.getLoggedIn().getName();
                    token = m.getLoggedIn().getToken();
                    if (observeSession == null) {
                        phase = Phase.CREATING;
                        client.send(ClientMessage.newBuilder().setRequestId(2).setCreateSession(
                                CreateSession.newBuilder().setScene(scene)).build());
                    } else {
                        observe(observeSession);
                    }
                }
            }
            case CREATING -> {
                if (m.hasSessionCreated()) {
                    observe(m.getSessionCreated().getSessionId());
                }
            }
            case OBSERVING -> {
                mirror.apply(m);
                if (m.hasFullState()) {
                    tagIndex = mirror.tagIndex(tag);
                    if (observeSession == null && tagIndex < 0) {
                        phase = Phase.FAILED;
                        ready.completeExceptionally(new IllegalStateException("scene " + scene + " has no tag " + tag));
                        return;
                    }
                    if (plcSource != null && observeSession == null) {
                        phase = Phase.PROGRAMMING;
                        client.send(ClientMessage.newBuilder().setRequestId(4).setPlcDownload(PlcDownload.newBuilder()
                                .setSessionId(sessionId).setSource(plcSource).setFileName("load.st")).build());
                        return;
                    }
                    phase = Phase.READY;
                    ready.complete(sessionId);
                }
            }
            case PROGRAMMING -> {
                mirror.apply(m);
                if (m.hasPlcErrors()) {
                    phase = Phase.FAILED;
                    ready.completeExceptionally(new IllegalStateException("the --plc program does not compile: "
                            + m.getPlcErrors().getErrorsList()));
                } else if (m.hasInputAck() && m.getRequestId() == 4) {
                    client.send(ClientMessage.newBuilder().setRequestId(5).setPlcRun(PlcRun.newBuilder()
                            .setSessionId(sessionId)).build());
                } else if (m.hasInputAck() && m.getRequestId() == 5) {
                    phase = Phase.READY;
                    ready.complete(sessionId);
                }
            }
            case READY -> onReady(m);
            default -> { }
        }
    }

    private void observe(String sid) {
        sessionId = sid;
        mirror = new SessionMirror(sid);
        phase = Phase.OBSERVING;
        client.send(ClientMessage.newBuilder().setRequestId(3).setObserve(Observe.newBuilder().setSessionId(sid)).build());
    }

    private void onReady(ServerMessage m) {
        mirror.apply(m);
        long now = System.nanoTime();
        if (m.hasInputAck()) {
            if (m.getRequestId() == pendingRequest) {
                pendingAcked = true;
            }
            Long intended = unackedInWindow.remove(m.getRequestId());
            if (intended != null) {
                stats.ack(sessionId, intended, now - intended);
            }
        }
        if (!pendingVisible && pendingAcked && (m.hasDelta() || m.hasFullState()) && mirror.tag(tagIndex) == pendingValue) {
            pendingVisible = true;
            if (pendingCounted) {
                stats.visible(now - pendingIntendedNanos);
            }
        }
    }

    /** Starts the input pattern at a random phase within one period. */
    void startInputs(long phaseNanos) {
        if (observeSession != null) {
            return;
        }
        loop.execute(() -> {
            startNanos = System.nanoTime() + phaseNanos;
            timer = loop.scheduleAtFixedRate(this::sendInput, phaseNanos, periodNanos, TimeUnit.NANOSECONDS);
        });
    }

    private void sendInput() {
        if (phase != Phase.READY || !client.isOpen()) {
            return;
        }
        if (!pendingAcked && pendingCounted) {
            stats.unacked.increment(); // the previous one was not acknowledged within a period
        }
        if (!pendingVisible && pendingCounted) {
            stats.notVisible.increment(); // nor seen in the stream before this one replaces it
        }
        long intended = startNanos + sendCount * periodNanos;
        sendCount++;
        pendingRequest = nextRequest++;
        pendingIntendedNanos = intended;
        pendingValue = (sendCount & 1) == 1 ? 1 : 0;
        pendingAcked = false;
        pendingVisible = false;
        pendingCounted = stats.measuring;
        if (pendingCounted) {
            stats.sent.increment();
            unackedInWindow.put(pendingRequest, intended);
        }
        client.send(ClientMessage.newBuilder().setRequestId(pendingRequest).setSetInput(SetInput.newBuilder()
                .setSessionId(sessionId).setTag(tag).setValue(pendingValue)).build());
    }

    /** Stops sending; returns true when the last input was acknowledged. */
    CompletableFuture<Boolean> stop() {
        CompletableFuture<Boolean> done = new CompletableFuture<>();
        loop.execute(() -> {
            if (timer != null) {
                timer.cancel(false);
            }
            done.complete(pendingAcked);
        });
        return done;
    }

    long eventGaps() {
        return mirror == null ? 0 : mirror.eventGaps();
    }

    long staleDeltas() {
        return mirror == null ? 0 : mirror.staleDeltas();
    }

    @Override
    public void onClose() {
        if (phase == Phase.READY) {
            stats.disconnects.increment();
        }
        ready.completeExceptionally(new IllegalStateException("connection closed"));
    }

    void close() {
        if (client != null) {
            client.channel().close();
        }
    }
}
