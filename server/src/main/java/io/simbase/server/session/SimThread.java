package io.simbase.server.session;

import io.simbase.server.os.ThreadScheduling;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * One simulation thread: owns many sessions and steps each on absolute deadlines
 * ({@code next += period}). A session that falls a whole period behind skips the missed
 * deadlines (counted) instead of bursting. Each cycle: take new sessions, drain at most
 * {@value #COMMANDS_PER_CYCLE} commands of each session that has some, then step and publish
 * the sessions whose wheel slots have come round; then park until the next occupied grid point.
 *
 * <p>The grid: a session's first deadline is placed on the {@value #GRID_NANOS} ns grid
 * (where it lands depends on when it was created, which spreads sessions over the grid slots
 * of a period), and the thread wakes only on grid points, for a batch of sessions at a time.
 * Sessions wait in a {@link SessionWheel} keyed by grid tick, so a wake-up touches only the
 * sessions that are due (docs/decisions/0010). A paused session stays on the wheel for its
 * frames (observers get the events of forces and faults applied while paused) but does not step. How late
 * each step started (clock read just before the step) is recorded in an HdrHistogram
 * {@link SingleWriterRecorder}: no allocation when recording, readable from any thread.
 *
 * <p>Sessions can move between threads ({@link #handOff}, for balance): the old thread takes a
 * session off its wheel and hands it to the new one's queue, which publishes the session's
 * state to that thread; a command still queued on the old thread is passed on, never run there.
 */
public final class SimThread implements Runnable {
    static final int COMMANDS_PER_CYCLE = 64;
    /** Longest park, so that commands to paused sessions wait at most this long. */
    static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(2);
    /** Wake-up grid, nanoseconds: deadlines of a 5 ms step at time scale 1 fall on it. */
    static final long GRID_NANOS = 250_000;

    /** Counters written by the sim thread only, read by anyone (plain longs, single writer). */
    public static final class Counters {
        public volatile long steps;
        public volatile long skippedSteps;
        public volatile long frames;
        public volatile long bytes;
        public volatile long merged;
        public volatile long tooSlow;
        public volatile int sessions;
        /** Nanoseconds this thread spent working (not parked) since start: its CPU demand. */
        public volatile long busyNanos;
        /** Sessions closed because the server failed running them (a bug in a plant or a command). */
        public volatile long failedSessions;
    }

    private final int index;
    private final LongSupplier clock;
    private final ConcurrentLinkedQueue<Session> incoming = new ConcurrentLinkedQueue<>();
    /** Sessions that have commands queued (each at most once): only these are drained. */
    private final ConcurrentLinkedQueue<Session> withCommands = new ConcurrentLinkedQueue<>();
    private final ArrayList<Session> sessions = new ArrayList<>();
    private final ArrayList<Session> again = new ArrayList<>();
    /** Lateness of every due step, the skipped ones included (coordinated-omission corrected). */
    private final SingleWriterRecorder lateness = new SingleWriterRecorder(3);
    /** Lateness of the steps that ran only, as recorded before the correction: for comparison. */
    private final SingleWriterRecorder stepsRunLateness = new SingleWriterRecorder(3);
    private final Counters counters = new Counters();
    private volatile boolean running = true;
    private volatile Thread thread;
    private volatile ThreadScheduling.Priority priority = ThreadScheduling.Priority.NORMAL;
    private final CompletableFuture<ThreadScheduling.Outcome> scheduled = new CompletableFuture<>();
    private final SessionWheel wheel = new SessionWheel(GRID_NANOS);
    private final ArrayList<Session> due = new ArrayList<>();
    /** Set by {@link #handOff}: where to move sessions, and how many, at the start of the next cycle. */
    private volatile SimThread handOffTo;
    private volatile int handOffCount;
    /** Run after each cycle that stepped a session (wakes the OPC UA pump group); must not block or allocate. */
    private volatile Runnable afterSteps;

    // ---- the loop's own
    /** When the loop should wake next: the first occupied grid tick, at most a park away. */
    private long nextWakeNanos;
    /** The last grid tick whose sessions have been taken off the wheel; MIN_VALUE before the first cycle. */
    private long doneTick = Long.MIN_VALUE;

    public SimThread(int index, LongSupplier clock) {
        this.index = index;
        this.clock = clock;
    }

    public int index() {
        return index;
    }

    public Counters counters() {
        return counters;
    }

    /**
     * Hands a session to this thread; its first step is due now. False, without taking it,
     * once the thread has stopped: the caller keeps it (and closes it). Any thread.
     */
    boolean add(Session s) {
        synchronized (incoming) { // against the stopping thread's last look at its queue
            if (!running) {
                return false;
            }
            s.simThread(this);
            incoming.add(s);
        }
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
        return true;
    }

    /**
     * Asks this thread to move {@code count} of its sessions to {@code to} at the start of its
     * next cycle (the registry balances the threads with it). A moved session keeps its
     * deadlines; commands already queued here for it are passed on. Any thread.
     */
    public void handOff(SimThread to, int count) {
        if (to == this || count <= 0) {
            return;
        }
        handOffTo = to;
        handOffCount = count;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /**
     * Runs {@code task} on this thread after every cycle that stepped a session (null: none);
     * it must not block or allocate. Any thread.
     */
    public void afterSteps(Runnable task) {
        this.afterSteps = task;
    }

    /** Called by {@link Session#submit} when a session gets its first pending command. Any thread. */
    void hasCommands(Session s) {
        withCommands.add(s);
    }

    /** The lateness recorded since the last call, skipped steps included (reader side; {@code recycle} may be null). */
    public synchronized Histogram latenessInterval(Histogram recycle) {
        return lateness.getIntervalHistogram(recycle);
    }

    /** The lateness of the steps that ran since the last call, uncorrected (reader side; {@code recycle} may be null). */
    public synchronized Histogram stepsRunLatenessInterval(Histogram recycle) {
        return stepsRunLateness.getIntervalHistogram(recycle);
    }

    /** Starts the thread with the default scheduling. */
    public void start() {
        start(ThreadScheduling.Priority.NORMAL);
    }

    /**
     * Starts the thread, which first asks the OS for {@code priority}; waits (at most a second)
     * for what the OS granted, see {@link #scheduling()}.
     */
    public void start(ThreadScheduling.Priority priority) {
        this.priority = priority;
        Thread t = new Thread(this, "simbase-sim-" + index);
        t.setDaemon(true);
        t.setPriority(Thread.MAX_PRIORITY);
        thread = t;
        t.start();
        try {
            scheduled.get(1, TimeUnit.SECONDS);
        } catch (Exception e) {
            // reported as unknown by scheduling()
        }
    }

    /** What the OS granted this thread (policy, nice, slice), once it has started. */
    public ThreadScheduling.Outcome scheduling() {
        return scheduled.getNow(new ThreadScheduling.Outcome(false, "not started"));
    }

    /** Stops the loop, closes every session (end records written) and waits for the thread. */
    public void stop() throws InterruptedException {
        running = false;
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
            t.join(5000);
        }
    }

    @Override
    public void run() {
        try {
            scheduled.complete(ThreadScheduling.apply(priority));
            while (running) {
                long t0 = clock.getAsLong();
                doWork();
                long t1 = clock.getAsLong();
                counters.busyNanos += t1 - t0;
                long wait = nextWakeNanos - t1;
                if (wait > 0) {
                    LockSupport.parkNanos(Math.min(wait, MAX_PARK_NANOS));
                }
            }
        } catch (Throwable e) {
            // Not one session's fault (those are caught per session): the thread itself cannot go on.
            System.err.println("simbase: sim thread " + index + " stopped; its sessions are closed: " + e);
            e.printStackTrace();
            throw e;
        } finally {
            synchronized (incoming) {
                running = false; // add() hands sessions to another thread from now on
            }
            scheduled.complete(new ThreadScheduling.Outcome(false, "thread stopped"));
            takeIncoming(clock.getAsLong());
            for (Session s : sessions) {
                try {
                    s.close(null);
                } catch (RuntimeException | StackOverflowError e) {
                    failed(s, e);
                }
            }
            sessions.clear();
            counters.sessions = 0;
        }
    }

    /** False once the thread has stopped (or died): it takes no more sessions. */
    public boolean isRunning() {
        return running;
    }

    /** One cycle: new sessions, queued commands, then the sessions whose deadlines have passed; returns the steps run. Tests may call it directly. */
    public int doWork() {
        long now = clock.getAsLong();
        long nowTick = wheel.tickOf(now);
        if (doneTick == Long.MIN_VALUE) {
            doneTick = nowTick - 1;
        }
        takeIncoming(now);
        int move = handOffCount;
        if (move > 0) {
            handOffCount = 0;
            moveSessions(handOffTo, move);
        }
        Session c;
        while ((c = withCommands.poll()) != null) {
            SimThread owner = c.runningOn();
            if (owner != this) { // moved to another thread since it was queued here
                owner.hasCommands(c);
                continue;
            }
            try {
                if (c.drainCommands(COMMANDS_PER_CYCLE)) {
                    again.add(c); // more than a cycle's share: the rest next cycle
                }
            } catch (RuntimeException | StackOverflowError | AssertionError e) {
                failed(c, e);
            }
            afterCommands(c, now);
        }
        for (int i = 0; i < again.size(); i++) {
            withCommands.add(again.get(i));
        }
        again.clear();
        int steps = 0;
        if (nowTick > doneTick) {
            wheel.takeSlots(doneTick + 1, nowTick, due);
            doneTick = nowTick;
            for (int i = 0; i < due.size(); i++) {
                Session s = due.get(i);
                try {
                    steps += runDue(s, now);
                } catch (RuntimeException | StackOverflowError | AssertionError e) {
                    // A bug in one plant closes that session only; the thread's other sessions go on.
                    wheel.remove(s);
                    failed(s, e);
                    forget(s);
                }
            }
            due.clear();
        }
        counters.steps += steps;
        Runnable after = afterSteps;
        if (steps > 0 && after != null) {
            after.run();
        }
        long next = wheel.firstOccupiedTick(doneTick + 1, doneTick + MAX_PARK_NANOS / GRID_NANOS);
        nextWakeNanos = next < 0 ? now + MAX_PARK_NANOS : next * GRID_NANOS;
        return steps;
    }

    /** Steps and publishes one session whose wheel slot came round; puts it back for its next deadline. */
    private int runDue(Session s, long now) {
        if (s.closed()) {
            forget(s);
            return 0;
        }
        Pacing p = s.pacing;
        int steps = 0;
        if (!p.paused && now >= p.nextStepAtNanos) {
            long t = clock.getAsLong();
            // Coordinated-omission correction: when this step is a period or more late, the
            // deadlines it swallowed (skipped below) are recorded too, at the lateness each
            // would have had now, so p99 and the capacity limit count the steps that never ran.
            lateness.recordValueWithExpectedInterval(t - p.nextStepAtNanos, p.stepPeriodNanos);
            stepsRunLateness.recordValue(t - p.nextStepAtNanos);
            s.lateness.record(t - p.nextStepAtNanos, t);
            s.step();
            steps = 1;
            p.nextStepAtNanos += p.stepPeriodNanos;
            if (p.nextStepAtNanos <= now) {
                long missed = (now - p.nextStepAtNanos) / p.stepPeriodNanos + 1;
                p.nextStepAtNanos += missed * p.stepPeriodNanos;
                counters.skippedSteps += missed;
            }
        }
        if (now >= p.nextFrameAtNanos) {
            s.publishFrame(counters, now);
            p.nextFrameAtNanos += p.framePeriodNanos;
            if (p.nextFrameAtNanos <= now) {
                p.nextFrameAtNanos = now + p.framePeriodNanos;
            }
        }
        schedule(s);
        return steps;
    }

    /**
     * Puts a session on the wheel at its next deadline (a frame only while paused), or at the
     * first tick not yet handled if that deadline has passed (a session moved here from another
     * thread), so that it is not left in a slot already taken this turn.
     */
    private void schedule(Session s) {
        Pacing p = s.pacing;
        long at = p.paused ? p.nextFrameAtNanos : Math.min(p.nextStepAtNanos, p.nextFrameAtNanos);
        if (doneTick != Long.MIN_VALUE) {
            at = Math.max(at, (doneTick + 1) * GRID_NANOS);
        }
        wheel.add(s, at);
    }

    /** Moves up to {@code n} sessions to {@code to}, which takes them in its next cycle. */
    private void moveSessions(SimThread to, int n) {
        if (!running || !to.running) {
            return; // stopping: each thread closes what it has
        }
        for (int i = 0; i < n && !sessions.isEmpty(); i++) {
            Session s = sessions.get(sessions.size() - 1);
            wheel.remove(s); // off this wheel before the other thread may touch it
            if (!to.add(s)) { // publishes the session's state to the other thread through its queue
                schedule(s); // it stopped meanwhile: the session stays here
                return;
            }
            sessions.remove(sessions.size() - 1);
            counters.sessions--;
        }
    }

    /**
     * A session's commands may have closed or resumed it. A session whose first commands ran
     * before {@link #takeIncoming} took it (a client can submit as soon as it is created) is
     * not on the wheel yet: takeIncoming schedules it.
     */
    private void afterCommands(Session s, long now) {
        if (s.closed()) {
            wheel.remove(s);
            forget(s);
        } else if (s.pacing.onWheel() && !s.pacing.paused && s.pacing.nextStepAtNanos == 0) { // resumed: the next deadline goes on the grid
            s.pacing.nextStepAtNanos = firstDeadline(now);
            wheel.remove(s);
            schedule(s);
        }
    }

    /** Closes a session the server failed running, and counts it ({@code simbase_sessions_failed_total}). */
    private void failed(Session s, Throwable cause) {
        counters.failedSessions++;
        s.fail(cause);
    }

    private void forget(Session s) {
        if (sessions.remove(s)) {
            counters.sessions--;
        }
    }

    /** A new or resumed session's first deadline: the first grid point not yet handled. */
    private long firstDeadline(long now) {
        return Math.max(onGrid(now), (doneTick + 1) * GRID_NANOS);
    }

    /** The first grid point at or after {@code t}. */
    static long onGrid(long t) {
        long r = Math.floorMod(t, GRID_NANOS);
        return r == 0 ? t : t - r + GRID_NANOS;
    }

    private void takeIncoming(long now) {
        Session s;
        while ((s = incoming.poll()) != null) {
            if (doneTick == Long.MIN_VALUE) {
                doneTick = wheel.tickOf(now) - 1;
            }
            wheel.remove(s); // in case its first commands already put it there
            if (s.pacing.nextStepAtNanos == 0) { // new; a session moved from another thread keeps its deadlines
                s.pacing.nextStepAtNanos = firstDeadline(now);
                s.pacing.nextFrameAtNanos = s.pacing.nextStepAtNanos;
            }
            sessions.add(s);
            counters.sessions++;
            schedule(s);
        }
    }
}
