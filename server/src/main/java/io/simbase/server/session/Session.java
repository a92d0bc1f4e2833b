package io.simbase.server.session;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.world.Component;
import io.simbase.engine.core.EventKind;
import io.simbase.engine.core.EventSink;
import io.simbase.engine.world.PublishedState;
import io.simbase.engine.world.World;
import io.simbase.plc.PlcFault;
import io.simbase.server.plc.SessionPlc;
import io.simbase.server.record.RecordingWriter;
import io.simbase.server.session.CommandResult.Applied;
import io.simbase.server.session.CommandResult.Summary;
import io.simbase.server.session.CommandResult.Refused;
import io.simbase.server.session.CommandResult.Refusal;
import java.io.IOException;
import java.util.HashSet;
import java.util.List;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One live plant: its world, the commands applied to it and its recording. When it runs is
 * its {@link Pacing}, what its observers get is {@link Observers}; replies to commands are
 * values ({@link CommandResult}) that the network edge turns into messages.
 *
 * <p>Threading: the world, observers, pacing and event buffer belong to the session's sim
 * thread; other threads only {@link #submit} commands (a bounded queue) and read the volatile
 * {@link #status}. Steps allocate nothing; commands allocate their results.
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
    private final ConcurrentLinkedQueue<Pending> commands = new ConcurrentLinkedQueue<>();
    private final AtomicInteger queued = new AtomicInteger();
    private final int commandQueueCapacity;
    /** True while this session is in its sim thread's queue of sessions with commands. */
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicReference<BoundRig> rig = new AtomicReference<>();
    private volatile SimThread simThread;
    /** The device bridge's way in, made when a rig is first bound; drained with the commands. */
    private volatile SessionPlant plant;
    /** The current world's published state, for readers on other threads (rigs). */
    private volatile PublishedState published;
    /** Hears the world's events and step ends beside the session (the OPC UA change feed); may be null. */
    private volatile StepTap tap;
    /** Who drives the outputs from outside the session's own clients, e.g. "OPC UA client at ADDRESS"; may be null. */
    private volatile String externalController;

    // ---- sim thread only
    /** When this session steps and publishes next (the sim thread's, handed over with the session). */
    final Pacing pacing;
    private final Observers observers;
    private final EventBuffer events = new EventBuffer();
    private final TreeSet<String> faults = new TreeSet<>();
    /** Faults (target:kind) the instructor announced to students; the others are silent ({@link Audience}). */
    private final HashSet<String> announced = new HashSet<>();
    private final TreeSet<String> alarms = new TreeSet<>();
    private World world;
    private final SessionPlc plc;
    private final PlcPublisher plcPublisher;
    private String[] componentIds;
    /** The graded run in progress, or null. */
    private LiveGradedRun gradedRun;
    private boolean closed;

    // ---- status, written by the sim thread, read by anyone
    private volatile long statusStep;
    private volatile long statusSimNanos;
    private volatile boolean statusPaused;
    private volatile double statusTimeScale = 1.0;
    private volatile long statusInputs;
    private volatile int statusObservers;
    private volatile int statusParts;
    private volatile ActiveFaults statusFaults = ActiveFaults.NONE;
    private volatile List<String> statusAlarms = List.of();
    private volatile boolean statusClosed;
    private volatile boolean statusPlcRunning;
    private volatile PlcFault statusPlcFault; // the soft PLC's FAULT, null when none (issue 10: tiles)
    /** How late this session's steps started recently; recorded by the sim thread that runs it. */
    final RecentLateness lateness = new RecentLateness();
    /** Clock time of the last command submitted or the last time observers or a rig were seen. */
    private volatile long lastActiveNanos = System.nanoTime();
    private volatile boolean idleCloseQueued;

    /** A queued command and where its result goes, or one of the server's own tasks. */
    private record Pending(SessionCommand command, CommandReply reply, SessionTask task) {
    }

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
        this.pacing = new Pacing(scene.stepNanos(), frameRateHz);
        buildWorld(seed);
        this.plc = new SessionPlc(world);
        this.plcPublisher = new PlcPublisher(id, plc);
    }

    private void buildWorld(long worldSeed) {
        world = scene.newWorld(worldSeed);
        world.setEventSink(this);
        List<Component> cs = world.components();
        componentIds = new String[cs.size()];
        for (int i = 0; i < componentIds.length; i++) {
            componentIds[i] = cs.get(i).id();
        }
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

    /**
     * Queues a command for the sim thread; false when the queue is full or the session has
     * closed (then {@code reply} is not called). Otherwise {@code reply} gets the result once,
     * on the sim thread. Any thread.
     */
    public boolean submit(SessionCommand command, CommandReply reply) {
        if (statusClosed) {
            return false;
        }
        if (queued.incrementAndGet() > commandQueueCapacity) {
            queued.decrementAndGet();
            return false;
        }
        commands.add(new Pending(command, reply, null));
        lastActiveNanos = System.nanoTime();
        wake();
        return true;
    }

    /**
     * Closes the session (from the sim thread) when it has had no observer, no rig and no
     * command for {@code idleNanos}; observers or a rig count as activity. Any thread.
     */
    void closeIfIdle(long nowNanos, long idleNanos) {
        if (statusObservers > 0 || rig.get() != null) {
            lastActiveNanos = nowNanos;
            return;
        }
        if (nowNanos - lastActiveNanos > idleNanos && !idleCloseQueued) {
            idleCloseQueued = true;
            long minutes = Math.max(1, idleNanos / 60_000_000_000L);
            submitAlways(x -> {
                if (statusObservers == 0 && rig.get() == null && System.nanoTime() - lastActiveNanos > idleNanos) {
                    recording.note(world.stepCount(), "closed: no observer, rig or input for " + minutes + " min");
                    close(null);
                } else {
                    idleCloseQueued = false;
                }
            });
        }
    }

    /**
     * Queues a task that must not be lost (a rig's comm-loss event, a note): outside the
     * capacity bound, for the server's own rare work only. Any thread.
     */
    void submitAlways(SessionTask task) {
        queued.incrementAndGet();
        commands.add(new Pending(null, null, task));
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
        statusInputs++;
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
        if (statusClosed) {
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

    /** Whether the student's own PLC has claimed this session's Modbus TCP port (it drives the actuators); any thread. */
    public boolean ownPlcClaimed() {
        BoundRig r = rig.get();
        return r != null && r.ownPlcClaimed();
    }

    /** A comment in the recording (rig bound, unbound); any thread. */
    public void note(String text) {
        submitAlways(x -> recording.note(world.stepCount(), text));
    }

    /** Binds the session to the thread that runs it (before anyone can submit). */
    void simThread(SimThread t) {
        this.simThread = t;
    }

    /** The index of the sim thread that runs this session now, or -1 before it has one; any thread. */
    public int simThreadIndex() {
        SimThread t = simThread;
        return t == null ? -1 : t.index();
    }

    /** The thread that runs this session now (it changes when sessions are rebalanced). */
    SimThread runningOn() {
        return simThread;
    }

    public boolean isClosed() {
        return statusClosed;
    }

    /**
     * True while the session's soft PLC is in RUN (updated with each frame and each PLC
     * command); for refusing a second controller. Any thread.
     */
    public boolean plcRunning() {
        return statusPlcRunning;
    }

    /** The soft PLC's fault message while it is in FAULT (as of the last frame), else null; any thread. */
    public String plcFaultMessage() {
        PlcFault f = statusPlcFault;
        return f == null ? null : f.message();
    }

    /** The worst step-start lateness of the last second or two, nanoseconds (0 while paused); any thread. */
    public long recentLatenessNanos() {
        return lateness.worstNanos();
    }

    /** The live figures; any thread. */
    public SessionStatus status() {
        return new SessionStatus(statusStep, statusSimNanos, statusPaused, statusTimeScale, statusInputs,
                statusObservers, statusParts, statusFaults.all(), statusAlarms);
    }

    /** The active faults {@code audience} is shown (students: the announced ones); any thread. */
    public List<String> faultsShownTo(Audience audience) {
        return statusFaults.shownTo(audience);
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
        Pending c;
        while (n < max && (c = commands.poll()) != null) {
            queued.decrementAndGet();
            if (c.task != null) {
                c.task.run(this);
            } else {
                c.reply.reply(closed ? new Refused(Refusal.BAD_REQUEST, "session " + id + " has closed")
                        : apply(c.command));
            }
            n++;
        }
        boolean more = !commands.isEmpty() || (p != null && !closed && p.pending());
        return more && scheduled.compareAndSet(false, true);
    }

    /** Applies one command between steps. */
    CommandResult apply(SessionCommand c) {
        if (c instanceof SessionCommand.SetInput s) {
            return setInput(s.tag(), s.value());
        } else if (c instanceof SessionCommand.Force f) {
            return force(f.tag(), f.value(), f.by());
        } else if (c instanceof SessionCommand.Unforce u) {
            return unforce(u.tag());
        } else if (c instanceof SessionCommand.InjectFault f) {
            return injectFault(f.target(), f.fault(), f.param(), f.announced());
        } else if (c instanceof SessionCommand.ClearFault f) {
            return fault(f.target(), f.fault(), 0, false);
        } else if (c instanceof SessionCommand.Pause p) {
            return pause(p.paused());
        } else if (c instanceof SessionCommand.SetTimeScale t) {
            return timeScale(t.scale());
        } else if (c instanceof SessionCommand.Reset) {
            return reset();
        } else if (c instanceof SessionCommand.Observe o) {
            return observe(o.link(), o.requestId(), o.audience(), o.maxStateRateHz());
        } else if (c instanceof SessionCommand.Unobserve u) {
            observers.remove(u.link());
            statusObservers = observers.size();
            return new CommandResult.Done();
        } else if (c instanceof SessionCommand.GetResult) {
            return result();
        } else if (c instanceof SessionCommand.Close cl) {
            return close(cl.requester());
        } else if (c instanceof SessionCommand.PlcLoad l) {
            return plcLoad(l);
        } else if (c instanceof SessionCommand.PlcRun r) {
            return plcRunStop(true, r.by());
        } else if (c instanceof SessionCommand.PlcStop st) {
            return plcRunStop(false, st.by());
        } else if (c instanceof SessionCommand.StartGradedRun g) {
            return startGradedRun(g);
        }
        throw new IllegalArgumentException("no such session command: " + c);
    }

    /** One step; records a hash checkpoint every {@value #CHECKPOINT_STEPS} steps. */
    void step() {
        if (gradedRun != null) {
            gradedRun.beforeStep(world); // the scenario's operator actions and faults, then the controllers
        }
        plcPublisher.beforeStep();
        world.step();
        long s = world.stepCount();
        if (s % CHECKPOINT_STEPS == 0) {
            recording.hash(s, world.stateHash());
        }
        statusStep = s;
        statusSimNanos = world.simNanos();
        if (gradedRun != null && gradedRun.afterStep()) { // it wrote "graded run ended" before telling anyone
            gradedRun = null;
        }
        StepTap t = tap;
        if (t != null) {
            t.stepEnded(s);
        }
    }

    @Override
    public void onEvent(long step, EventKind kind, int subject, double value) {
        if (gradedRun != null) {
            gradedRun.onEvent(step, kind, subject, value);
        }
        StepTap t = tap;
        if (t != null) {
            t.onEvent(step, kind, subject, value);
        }
        switch (kind) {
            case TAG_FAULT_ON, TAG_FAULT_OFF, COMPONENT_FAULT_ON, COMPONENT_FAULT_OFF -> {
                boolean onTag = kind == EventKind.TAG_FAULT_ON || kind == EventKind.TAG_FAULT_OFF;
                String f = (onTag ? world.layout().tag(subject).name() : componentIds[subject]) + ":"
                        + world.faultNames().get((int) value);
                events.add(step, kind, subject, value, !announced.contains(f));
                faultChanged(kind == EventKind.TAG_FAULT_ON || kind == EventKind.COMPONENT_FAULT_ON, f);
            }
            case FORCE_ON, FORCE_OFF -> events.add(step, kind, subject, value, true);
            case ALARM_ON, ALARM_OFF -> {
                events.add(step, kind, subject, value);
                String a = componentIds[subject] + ":" + (long) value;
                if (kind == EventKind.ALARM_ON ? alarms.add(a) : alarms.remove(a)) {
                    statusAlarms = List.copyOf(alarms);
                }
            }
            default -> events.add(step, kind, subject, value);
        }
    }

    private void faultChanged(boolean on, String f) {
        if (on ? faults.add(f) : faults.remove(f)) {
            publishFaults();
        }
    }

    private void publishFaults() {
        statusFaults = new ActiveFaults(List.copyOf(faults), faults.stream().filter(announced::contains).toList());
    }

    /** Sends this frame's events, state and soft-PLC status to the observers ({@link Observers}). */
    void publishFrame(SimThread.Counters counters, long nowNanos) {
        int plcStatusLen = plcPublisher.frame(observers.size() > 0);
        statusPlcRunning = plc.running(); // before the frame leaves: a client that reads FAULT finds it not running
        statusPlcFault = plc.fault();
        observers.publish(world, events, pacing.paused, statusFaults, counters, nowNanos, plcPublisher.statusBytes(),
                plcStatusLen);
        statusParts = observers.parts();
        statusObservers = observers.size();
    }

    private CommandResult observe(ClientLink link, long requestId, Audience audience, int maxStateRateHz) {
        // Frames between two state samples: 1, or enough for at most maxStateRateHz a second.
        long frameRateHz = Math.round(1e9 / pacing.framePeriodNanos);
        int statePeriod = maxStateRateHz <= 0 ? 1 : (int) Math.max(1, (frameRateHz + maxStateRateHz - 1) / maxStateRateHz);
        boolean added = observers.add(link, requestId, world, pacing.paused, statusFaults, audience, statePeriod);
        statusObservers = observers.size();
        if (added) {
            plcPublisher.observed(link);
        }
        return added ? new CommandResult.Observing() : new CommandResult.Done();
    }

    private CommandResult setInput(int tag, double value) {
        long step = world.stepCount();
        Refused refused = Refused.unlessApplied(world.setInput(tag, value));
        if (refused != null) {
            return refused;
        }
        recording.input(step, tag, value);
        statusInputs++;
        return new Applied(step);
    }

    private CommandResult force(int tag, double value, String by) {
        long step = world.stepCount();
        Refused refused = Refused.unlessApplied(world.force(tag, value));
        if (refused != null) {
            return refused;
        }
        recording.force(step, tag, value);
        recording.note(step, "force by " + by);
        statusInputs++;
        return new Applied(step);
    }

    private CommandResult unforce(int tag) {
        long step = world.stepCount();
        Refused refused = Refused.unlessApplied(world.unforce(tag));
        if (refused != null) {
            return refused;
        }
        recording.unforce(step, tag);
        return new Applied(step);
    }

    /** Injects a fault, announced to students or silent; its ON event is marked by the choice. */
    private CommandResult injectFault(String target, String kind, double param, boolean announce) {
        String f = target + ":" + kind;
        boolean wasAnnounced = announced.contains(f);
        if (announce) {
            announced.add(f);
        } else {
            announced.remove(f);
        }
        CommandResult r = fault(target, kind, param, true);
        if (r instanceof Refused && wasAnnounced != announce) { // nothing changed: keep the earlier choice
            if (wasAnnounced) {
                announced.add(f);
            } else {
                announced.remove(f);
            }
        }
        if (!(r instanceof Refused)) {
            publishFaults();
        }
        return r;
    }

    private CommandResult fault(String target, String kind, double param, boolean inject) {
        long step = world.stepCount();
        var outcome = inject ? world.injectFault(target, kind, param) : world.clearFault(target, kind);
        if (!outcome.isOk()) {
            return new Refused(Refusal.BAD_REQUEST, outcome.message());
        }
        if (inject) {
            recording.fault(step, target, kind, param);
        } else {
            recording.clearFault(step, target, kind);
        }
        return new Applied(step);
    }

    private CommandResult pause(boolean pause) {
        if (pacing.paused != pause) {
            pacing.pause(pause);
            statusPaused = pause;
            if (pause) {
                lateness.clear();
            }
            events.add(world.stepCount(), pause ? io.simbase.protocol.v1.EventKind.SESSION_PAUSED_VALUE
                    : io.simbase.protocol.v1.EventKind.SESSION_RESUMED_VALUE, -1, 0);
            recording.note(world.stepCount(), pause ? "pause" : "resume");
        }
        return new Applied(world.stepCount());
    }

    private CommandResult timeScale(double scale) {
        statusTimeScale = scale;
        pacing.timeScale(scale);
        recording.note(world.stepCount(), "time scale " + scale);
        return new Applied(world.stepCount());
    }

    private CommandResult plcLoad(SessionCommand.PlcLoad l) {
        long step = world.stepCount();
        plc.load(l.program(), l.source(), l.fileName());
        recording.plcLoad(step, l.fileName(), l.source());
        recording.note(step, "plc download by " + l.by());
        statusPlcRunning = false;
        plcPublisher.loaded(observers, l.by());
        return new Applied(step);
    }

    private CommandResult plcRunStop(boolean run, String by) {
        long step = world.stepCount();
        String other = run ? Controllers.drivingBesides(this, Controllers.Kind.SOFT_PLC) : null;
        if (other != null) {
            return new Refused(Refusal.BUSY, other + " already drives the outputs of session " + id
                    + "; disconnect it before running the soft PLC");
        }
        if (!(run ? plc.run() : plc.stop())) {
            return new Refused(Refusal.BAD_REQUEST, "no soft-PLC program in session " + id + "; download one first");
        }
        if (run) {
            recording.plcRun(step);
        } else {
            recording.plcStop(step);
        }
        recording.note(step, (run ? "plc run by " : "plc stop by ") + by);
        statusPlcRunning = plc.running();
        plcPublisher.changed(observers);
        return new Applied(step);
    }

    private CommandResult reset() {
        abortGradedRun("the session was reset");
        long step = world.stepCount();
        recording.reset(step);
        rebuild(seed);
        events.add(0, io.simbase.protocol.v1.EventKind.SESSION_RESET_VALUE, -1, step); // in everyone's log
        return new Applied(step);
    }

    /** A new world from the scene with {@code worldSeed}; the PLC rebound, faults, alarms and the status cleared. */
    private void rebuild(long worldSeed) {
        buildWorld(worldSeed);
        plc.rebind(world);
        faults.clear();
        alarms.clear();
        announced.clear();
        statusFaults = ActiveFaults.NONE;
        statusAlarms = List.of();
        statusStep = 0;
        statusSimNanos = 0;
    }

    private CommandResult result() {
        long step = world.stepCount();
        long h = world.stateHash();
        recording.hash(step, h);
        return new Summary(id, step, h, recordingName(), false);
    }

    /**
     * Writes the end record and stops; the sim thread drops the session. Every observer but
     * {@code requester} (null: none) is told; returns the outcome, or a refusal if already closed.
     */
    CommandResult close(ClientLink requester) {
        if (closed) {
            return new Refused(Refusal.BAD_REQUEST, "session " + id + " has closed");
        }
        closed = true;
        statusClosed = true;
        abortGradedRun("the session closed");
        releaseRig();
        long step = world.stepCount();
        long h = world.stateHash();
        recording.end(step, h);
        try {
            recording.close();
        } catch (IOException e) {
            // the flusher already wrote what it could; nothing else to do on a closing session
        }
        Summary outcome = new Summary(id, step, h, recordingName(), true);
        observers.closed(outcome, requester);
        statusObservers = 0;
        return outcome;
    }

    private CommandResult startGradedRun(SessionCommand.StartGradedRun g) {
        if (gradedRun != null) {
            return new Refused(Refusal.BAD_REQUEST, "a graded run is already in progress in session " + id);
        }
        if (!g.exercise().sceneId().equals(scene.id())) {
            return new Refused(Refusal.BAD_REQUEST, "exercise " + g.exercise().id() + " is for scene "
                    + g.exercise().sceneId() + ", this session runs " + scene.id());
        }
        GradedRunListener toObservers = new ObservedGradedRun(id, g.exercise(), observers::sendAll, g.listener());
        LiveGradedRun run = new LiveGradedRun(this, g.exercise(), g.controller(), toObservers);
        gradedRun = run;
        run.start();
        return new Applied(world.stepCount());
    }

    /**
     * Sim thread, for a graded run: rebuilds the world from the scene with {@code worldSeed},
     * recorded as a reset with that seed; faults and alarms cleared. Returns the new world.
     */
    World resetForGradedRun(long worldSeed, String why) {
        long step = world.stepCount();
        recording.note(step, why);
        recording.reset(step, worldSeed);
        rebuild(worldSeed);
        return world;
    }

    private void abortGradedRun(String reason) {
        if (gradedRun != null) {
            LiveGradedRun run = gradedRun;
            gradedRun = null;
            recording.note(world.stepCount(), "graded run aborted: " + reason);
            run.abort(reason);
        }
    }

    private void releaseRig() {
        BoundRig r = rig.getAndSet(null);
        if (r != null) {
            r.sessionClosed();
        }
    }

    /**
     * The server failed running this session (a bug: an exception from the world or a
     * command). Says so on stderr and to the observers, and closes the session as well as it
     * can; the recording keeps every input up to the failure, so the failure can be replayed.
     */
    void fail(Throwable cause) {
        System.err.println("simbase: session " + id + " (" + scene.id() + ", step " + statusStep
                + ") failed and is closed; other sessions go on: " + cause);
        cause.printStackTrace();
        observers.failed("session " + id + " failed in the server (" + cause.getClass().getSimpleName()
                + "); it is closed and its recording kept");
        try {
            recording.note(statusStep, "server failure: " + cause);
            close(null);
        } catch (RuntimeException e) {
            closed = true; // the world itself is broken: close the file without an end record
            statusClosed = true;
            releaseRig();
            try {
                recording.close();
            } catch (IOException | RuntimeException ignored) {
                // nothing more to save
            }
        }
    }

    boolean closed() {
        return closed;
    }

    /**
     * Installs (or, with null, removes) a tap that hears every world event and step end on the
     * sim thread, after the session itself; it must not block or allocate. Any thread.
     */
    public void tap(StepTap t) {
        this.tap = t;
    }

    /**
     * Sets who drives the outputs from outside (an OPC UA client, "OPC UA client at ADDRESS"),
     * or null when no one does. Any thread.
     */
    public void externalController(String who) {
        this.externalController = who;
    }

    /**
     * Whether a tag takes inputs (actuators and panel controls): the scene's layout and panel
     * flags, the same in every world of the session. Any thread.
     */
    public boolean isWritable(int tag) {
        return world.isWritable(tag);
    }

    /** Who drives the outputs from outside, or null; any thread (the controllers' arbitration reads it). */
    public String externalController() {
        return externalController;
    }
}
