package io.simbase.server.session;

import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.state.StateHasher;
import io.simbase.engine.world.Component;
import io.simbase.engine.core.EventKind;
import io.simbase.engine.core.EventSink;
import io.simbase.engine.world.Outcome;
import io.simbase.engine.world.PublishedState;
import io.simbase.engine.world.World;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.InputAck;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionLayout;
import io.simbase.protocol.v1.SessionResult;
import io.simbase.protocol.v1.SessionSummary;
import io.simbase.server.record.RecordingWriter;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One live plant. Threading: the world, observers, schedule and event buffer belong to the
 * session's sim thread; other threads only {@link #submit} commands (a bounded queue) and read
 * the volatile summary fields. Time: {@code *Nanos} fields are wall-clock nanoseconds of the
 * sim thread's clock, except step counts and sim time, which come from the world.
 */
public final class Session implements EventSink {
    /** How many steps between recorded hash checkpoints (1 s at a 5 ms step). */
    static final int CHECKPOINT_STEPS = 200;

    private final String id;
    private final String classCode;
    private final String owner;
    private final Scene scene;
    private final long seed;
    private final RecordingWriter recording;
    /** Bounded by {@link #queued}: lock-free on both sides (the sim thread polls it every cycle). */
    private final ConcurrentLinkedQueue<SessionCommand> commands = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final int commandQueueCapacity;
    /** True while this session is in its sim thread's queue of sessions with commands. */
    private final java.util.concurrent.atomic.AtomicBoolean scheduled = new java.util.concurrent.atomic.AtomicBoolean();
    private volatile SimThread simThread;
    /** The device bridge's way in, made when a rig is first bound; drained with the commands. */
    private volatile SessionPlant plant;
    private final AtomicReference<BoundRig> rig = new AtomicReference<>();
    /** The current world's published state, for readers on other threads (rigs). */
    private volatile PublishedState published;

    // ---- sim thread only
    private World world;
    private String[] componentIds;
    private SessionLayout layout;
    private final Observers observers;
    private final EventBuffer events = new EventBuffer();
    private final TreeSet<String> faults = new TreeSet<>();
    private final TreeSet<String> alarms = new TreeSet<>();
    long nextStepAtNanos;
    long nextFrameAtNanos;
    /** This session's place on its sim thread's {@link SessionWheel} (slot -1: not on it). */
    Session wheelPrev;
    Session wheelNext;
    int wheelSlot = -1;
    long stepPeriodNanos;
    final long framePeriodNanos;
    boolean paused;
    private double timeScale = 1.0;
    private boolean closed;

    // ---- summary, written by the sim thread, read by anyone
    private volatile long summaryStep;
    private volatile long summarySimNanos;
    private volatile boolean summaryPaused;
    private volatile double summaryTimeScale = 1.0;
    private volatile long summaryInputs;
    private volatile int summaryObservers;
    private volatile int summaryParts;
    private volatile List<String> summaryFaults = List.of();
    private volatile List<String> summaryAlarms = List.of();
    private volatile boolean summaryClosed;
    /** Clock time of the last command submitted or the last time observers or a rig were seen. */
    private volatile long lastActiveNanos = System.nanoTime();
    private volatile boolean idleCloseQueued;

    Session(String id, String classCode, String owner, Scene scene, long seed, int frameRateHz,
            RecordingWriter recording, int commandQueueCapacity, long backlogLimitBytes, long stallLimitNanos) {
        this.id = id;
        this.classCode = classCode;
        this.owner = owner;
        this.scene = scene;
        this.seed = seed;
        this.recording = recording;
        this.commandQueueCapacity = commandQueueCapacity;
        this.observers = new Observers(id, backlogLimitBytes, stallLimitNanos);
        this.stepPeriodNanos = scene.stepNanos();
        this.framePeriodNanos = 1_000_000_000L / frameRateHz;
        buildWorld();
    }

    private void buildWorld() {
        world = scene.newWorld(seed);
        world.setEventSink(this);
        List<Component> cs = world.components();
        componentIds = new String[cs.size()];
        for (int i = 0; i < componentIds.length; i++) {
            componentIds[i] = cs.get(i).id();
        }
        layout = StateMessages.layout(world);
        observers.rebase(world);
        published = world.published();
    }

    public String id() {
        return id;
    }

    public String classCode() {
        return classCode;
    }

    public String owner() {
        return owner;
    }

    public Scene scene() {
        return scene;
    }

    public long seed() {
        return seed;
    }

    /** The recording's file name (relative to the recordings folder). */
    public String recordingName() {
        return recording.file().getFileName().toString();
    }

    RecordingWriter recording() {
        return recording;
    }

    /** Queues a command for the sim thread; false when the queue is full. Any thread. */
    public boolean submit(SessionCommand c) {
        if (summaryClosed) {
            return false;
        }
        if (queued.incrementAndGet() > commandQueueCapacity) {
            queued.decrementAndGet();
            return false;
        }
        commands.add(c);
        lastActiveNanos = System.nanoTime();
        wake();
        return true;
    }

    /**
     * Closes the session (from the sim thread) when it has had no observer, no rig and no
     * command for {@code idleNanos}; observers or a rig count as activity. Any thread.
     */
    void closeIfIdle(long nowNanos, long idleNanos) {
        if (summaryObservers > 0 || rig.get() != null) {
            lastActiveNanos = nowNanos;
            return;
        }
        if (nowNanos - lastActiveNanos > idleNanos && !idleCloseQueued) {
            idleCloseQueued = true;
            long minutes = Math.max(1, idleNanos / 60_000_000_000L);
            submitAlways(x -> {
                if (summaryObservers == 0 && rig.get() == null && System.nanoTime() - lastActiveNanos > idleNanos) {
                    recording.note(world.stepCount(), "closed: no observer, rig or input for " + minutes + " min");
                    close();
                } else {
                    idleCloseQueued = false;
                }
            });
        }
    }

    /**
     * Queues a command that must not be lost (a rig's comm-loss event, a note): outside the
     * capacity bound, for the server's own rare messages only. Any thread.
     */
    void submitAlways(SessionCommand c) {
        queued.incrementAndGet();
        commands.add(c);
        wake();
    }

    /** Marks the session as having work for its sim thread (commands or rig writes). Any thread. */
    void wake() {
        SimThread t = simThread;
        if (t != null && scheduled.compareAndSet(false, true)) {
            t.hasCommands(this);
        }
    }

    /** The current world; sim thread only (the device bridge's writes, {@link SessionPlant}). */
    World world() {
        return world;
    }

    /** Events for the next frame; sim thread only. */
    EventBuffer events() {
        return events;
    }

    /** Counts an input that changed the world (the session list's input counter); sim thread only. */
    void inputApplied() {
        summaryInputs++;
    }

    /** The latest published state of the current world; any thread. */
    PublishedState published() {
        return published;
    }

    /** The session as a plant for the device bridge, made on first use; any thread. */
    public synchronized SessionPlant plant() {
        if (plant == null) {
            plant = new SessionPlant(this);
        }
        return plant;
    }

    /**
     * Attaches a rig; false when one is already bound or the session has closed (then a close
     * that raced with this call may already have called {@code r.sessionClosed()}). Any thread.
     */
    public boolean attachRig(BoundRig r) {
        if (!rig.compareAndSet(null, r)) {
            return false;
        }
        if (summaryClosed) {
            rig.compareAndSet(r, null);
            return false;
        }
        return true;
    }

    /** Detaches {@code r} if it is the bound rig; any thread. */
    public boolean detachRig(BoundRig r) {
        return rig.compareAndSet(r, null);
    }

    /** The bound rig, or null; any thread. */
    public BoundRig rig() {
        return rig.get();
    }

    /** A comment in the recording (rig bound, unbound); any thread. */
    public void note(String text) {
        submitAlways(x -> recording.note(world.stepCount(), text));
    }

    /** Binds the session to the thread that runs it (before anyone can submit). */
    void simThread(SimThread t) {
        this.simThread = t;
    }

    /** The thread that runs this session now (it changes when sessions are rebalanced). */
    SimThread runningOn() {
        return simThread;
    }

    public boolean isClosed() {
        return summaryClosed;
    }

    /** A live summary; any thread. */
    public SessionSummary summary() {
        SessionSummary.Builder b = SessionSummary.newBuilder().setSessionId(id).setScene(scene.id()).setOwner(owner)
                .setPaused(summaryPaused).setStep(summaryStep).setSimNanos(summarySimNanos)
                .setTimeScale(summaryTimeScale).setInputs(summaryInputs).setObservers(summaryObservers)
                .addAllActiveFaults(summaryFaults).addAllActiveAlarms(summaryAlarms).setParts(summaryParts);
        BoundRig r = rig.get();
        if (r != null) {
            b.setRig(r.status());
        }
        return b.build();
    }

    // ================================================================ sim thread

    /**
     * Runs at most {@code max} queued commands; returns true when some are left (then the
     * session is still marked as having commands).
     */
    boolean drainCommands(int max) {
        scheduled.set(false); // a command submitted from now on marks the session again
        SessionPlant p = plant;
        if (p != null && !closed) {
            p.drain(SessionPlant.CAPACITY);
        }
        int n = 0;
        SessionCommand c;
        while (n < max && (c = commands.poll()) != null) {
            queued.decrementAndGet();
            c.run(this);
            n++;
        }
        boolean more = !commands.isEmpty() || (p != null && !closed && p.pending());
        return more && scheduled.compareAndSet(false, true);
    }

    /** One step; returns true when a checkpoint hash was recorded. */
    void step() {
        world.step();
        long s = world.stepCount();
        if (s % CHECKPOINT_STEPS == 0) {
            recording.hash(s, world.stateHash());
        }
        summaryStep = s;
        summarySimNanos = world.simNanos();
    }

    @Override
    public void onEvent(long step, EventKind kind, int subject, double value) {
        events.add(step, kind, subject, value);
        switch (kind) {
            case TAG_FAULT_ON -> faultChanged(true, world.layout().tag(subject).name(), (int) value);
            case TAG_FAULT_OFF -> faultChanged(false, world.layout().tag(subject).name(), (int) value);
            case COMPONENT_FAULT_ON -> faultChanged(true, componentIds[subject], (int) value);
            case COMPONENT_FAULT_OFF -> faultChanged(false, componentIds[subject], (int) value);
            case ALARM_ON, ALARM_OFF -> {
                String a = componentIds[subject] + ":" + (long) value;
                if (kind == EventKind.ALARM_ON ? alarms.add(a) : alarms.remove(a)) {
                    summaryAlarms = List.copyOf(alarms);
                }
            }
            default -> { }
        }
    }

    private void faultChanged(boolean on, String target, int kindOrdinal) {
        String f = target + ":" + world.faultNames().get(kindOrdinal);
        if (on ? faults.add(f) : faults.remove(f)) {
            summaryFaults = List.copyOf(faults);
        }
    }

    /** Sends this frame's events and state to the observers ({@link Observers}). */
    void publishFrame(SimThread.Counters counters, long nowNanos) {
        observers.publish(world, events, paused, counters, nowNanos);
        summaryParts = observers.parts();
        summaryObservers = observers.size();
    }

    // ------------------------------------------------ commands: public, but call them only from a
    // SessionCommand (that is, on the sim thread)

    public void observe(ClientLink link, long requestId) {
        observers.add(link, requestId, layout, paused);
        summaryObservers = observers.size();
    }

    public void unobserve(ClientLink link, long requestId) {
        observers.remove(link);
        summaryObservers = observers.size();
        if (requestId >= 0) {
            link.send(ok(requestId));
        }
    }

    public void setInput(ClientLink link, long requestId, int tag, double value) {
        long step = world.stepCount();
        Outcome st = world.setInput(tag, value);
        if (!st.isOk()) {
            link.send(SessionErrors.of(requestId, st));
            return;
        }
        recording.input(step, tag, value);
        summaryInputs++;
        link.send(ack(requestId, step));
    }

    public void force(ClientLink link, long requestId, int tag, double value, String by) {
        long step = world.stepCount();
        Outcome st = world.force(tag, value);
        if (!st.isOk()) {
            link.send(SessionErrors.of(requestId, st));
            return;
        }
        recording.force(step, tag, value);
        recording.note(step, "force by " + by);
        summaryInputs++;
        link.send(ack(requestId, step));
    }

    public void unforce(ClientLink link, long requestId, int tag) {
        long step = world.stepCount();
        Outcome st = world.unforce(tag);
        if (!st.isOk()) {
            link.send(SessionErrors.of(requestId, st));
            return;
        }
        recording.unforce(step, tag);
        link.send(ack(requestId, step));
    }

    public void fault(ClientLink link, long requestId, String target, FaultKind kind, double param, boolean inject) {
        long step = world.stepCount();
        Outcome r = inject ? world.injectFault(target, kind, param) : world.clearFault(target, kind);
        if (!r.isOk()) {
            link.send(SessionErrors.of(requestId, Error.Code.BAD_REQUEST, r.message()));
            return;
        }
        if (inject) {
            recording.fault(step, target, kind.key(), param);
        } else {
            recording.clearFault(step, target, kind.key());
        }
        link.send(ack(requestId, step));
    }

    public void pause(ClientLink link, long requestId, boolean pause) {
        if (paused != pause) {
            paused = pause;
            summaryPaused = pause;
            recording.note(world.stepCount(), pause ? "pause" : "resume");
            if (!pause) {
                nextStepAtNanos = 0; // the sim thread puts the next deadline on its grid
            }
        }
        link.send(ack(requestId, world.stepCount()));
    }

    public void timeScale(ClientLink link, long requestId, double scale) {
        timeScale = scale;
        summaryTimeScale = scale;
        stepPeriodNanos = Math.max(1, Math.round(scene.stepNanos() / scale));
        recording.note(world.stepCount(), "time scale " + scale);
        link.send(ack(requestId, world.stepCount()));
    }

    public void reset(ClientLink link, long requestId) {
        long step = world.stepCount();
        recording.reset(step);
        buildWorld();
        faults.clear();
        alarms.clear();
        summaryFaults = List.of();
        summaryAlarms = List.of();
        summaryStep = 0;
        summarySimNanos = 0;
        link.send(ack(requestId, step));
    }

    public void result(ClientLink link, long requestId) {
        long step = world.stepCount();
        long h = world.stateHash();
        recording.hash(step, h);
        link.send(ServerMessage.newBuilder().setRequestId(requestId).setResult(SessionResult.newBuilder()
                .setSessionId(id).setStep(step).setStateHash(StateHasher.hex(h))
                .setRecording(recordingName())).build());
    }

    /** Writes the end record and stops; the sim thread drops the session. */
    SessionResult close() {
        if (closed) {
            return null;
        }
        closed = true;
        summaryClosed = true;
        BoundRig r = rig.getAndSet(null);
        if (r != null) {
            r.sessionClosed();
        }
        long step = world.stepCount();
        long h = world.stateHash();
        recording.end(step, h);
        try {
            recording.close();
        } catch (java.io.IOException e) {
            // the flusher already wrote what it could; nothing else to do on a closing session
        }
        SessionResult result = SessionResult.newBuilder().setSessionId(id).setStep(step).setStateHash(StateHasher.hex(h))
                .setRecording(recordingName()).setClosed(true).build();
        observers.closed(result, closingLink);
        summaryObservers = 0;
        return result;
    }

    /**
     * The server failed running this session (a bug: an exception from the world or a
     * command). Says so on stderr and to the observers, and closes the session as well as it
     * can; the recording keeps every input up to the failure, so the failure can be replayed.
     */
    void fail(Throwable cause) {
        System.err.println("simbase: session " + id + " (" + scene.id() + ", step " + summaryStep
                + ") failed and is closed; other sessions go on: " + cause);
        cause.printStackTrace();
        ServerMessage m = ServerMessage.newBuilder().setError(Error.newBuilder().setCode(Error.Code.INTERNAL)
                .setText("session " + id + " failed in the server (" + cause.getClass().getSimpleName()
                        + "); it is closed and its recording kept")).build();
        observers.sendToAll(m);
        try {
            recording.note(summaryStep, "server failure: " + cause);
            close();
        } catch (RuntimeException e) {
            closed = true; // the world itself is broken: close the file without an end record
            summaryClosed = true;
            BoundRig r = rig.getAndSet(null);
            if (r != null) {
                r.sessionClosed();
            }
            try {
                recording.close();
            } catch (java.io.IOException | RuntimeException ignored) {
                // nothing more to save
            }
        }
    }

    public void closeFor(ClientLink link, long requestId) {
        closingLink = link; // it gets the result as its reply, not twice
        SessionResult r = close();
        if (r != null && link != null) {
            link.send(ServerMessage.newBuilder().setRequestId(requestId).setResult(r).build());
        }
    }

    private ClientLink closingLink;

    boolean closed() {
        return closed;
    }

    private ServerMessage ack(long requestId, long step) {
        return ServerMessage.newBuilder().setRequestId(requestId)
                .setInputAck(InputAck.newBuilder().setSessionId(id).setStep(step)).build();
    }

    private static ServerMessage ok(long requestId) {
        return ServerMessage.newBuilder().setRequestId(requestId)
                .setOk(io.simbase.protocol.v1.Ok.getDefaultInstance()).build();
    }
}
