package io.simbase.server.session;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.SingleWriterRecorder;

/**
 * One simulation thread: owns many sessions and steps each on absolute deadlines
 * ({@code next += period}). A session that falls a whole period behind skips the missed
 * deadlines (counted) instead of bursting. Each cycle: take new sessions, then per session
 * drain at most {@value #COMMANDS_PER_CYCLE} commands, step if due, publish a frame if due;
 * then park until the earliest deadline, rounded up to a {@value #GRID_NANOS} ns grid.
 *
 * <p>The grid: a session's first deadline is placed on the grid (where it lands depends on
 * when it was created, which spreads sessions over the grid slots of a period), and the
 * thread wakes only on grid points. Waking once per slot for a batch of sessions instead of
 * once per session cut the scheduler's own CPU use several times over at a few hundred
 * sessions per thread (docs/decisions/0010). How late each step started (clock read just
 * before the step) is recorded in an HdrHistogram {@link SingleWriterRecorder}: no allocation when
 * recording, readable from any thread.
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
    }

    private final int index;
    private final LongSupplier clock;
    private final ConcurrentLinkedQueue<Session> incoming = new ConcurrentLinkedQueue<>();
    /** Sessions that have commands queued (each at most once): only these are drained. */
    private final ConcurrentLinkedQueue<Session> withCommands = new ConcurrentLinkedQueue<>();
    private final ArrayList<Session> sessions = new ArrayList<>();
    private final ArrayList<Session> again = new ArrayList<>();
    private final SingleWriterRecorder lateness = new SingleWriterRecorder(3);
    private final Counters counters = new Counters();
    private volatile boolean running = true;
    private volatile Thread thread;

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

    /** Hands a session to this thread; its first step is due now. Any thread. */
    void add(Session s) {
        s.simThread(this);
        incoming.add(s);
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
    }

    /** Called by {@link Session#submit} when a session gets its first pending command. Any thread. */
    void hasCommands(Session s) {
        withCommands.add(s);
    }

    /** Moves the lateness recorded since the last call into {@code into} (reader side). */
    public synchronized Histogram latenessInterval(Histogram recycle) {
        return lateness.getIntervalHistogram(recycle);
    }

    public void start() {
        Thread t = new Thread(this, "simbase-sim-" + index);
        t.setDaemon(true);
        t.setPriority(Thread.MAX_PRIORITY);
        thread = t;
        t.start();
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
            while (running) {
                doWork();
                long wait = onGrid(earliestDeadline) - clock.getAsLong();
                if (wait > 0) {
                    LockSupport.parkNanos(Math.min(wait, MAX_PARK_NANOS));
                }
            }
        } finally {
            takeIncoming();
            for (Session s : sessions) {
                s.close();
            }
            sessions.clear();
            counters.sessions = 0;
        }
    }

    private long earliestDeadline;

    /** One cycle over all sessions; returns how many steps it ran. Tests may call it directly. */
    public int doWork() {
        takeIncoming();
        int steps = 0;
        Session c;
        while ((c = withCommands.poll()) != null) {
            if (c.drainCommands(COMMANDS_PER_CYCLE)) {
                again.add(c); // more than a cycle's share: the rest next cycle
            }
        }
        for (int i = 0; i < again.size(); i++) {
            withCommands.add(again.get(i));
        }
        again.clear();
        long now = clock.getAsLong();
        long earliest = now + MAX_PARK_NANOS;
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            if (s.closed()) {
                int last = sessions.size() - 1;
                sessions.set(i, sessions.get(last));
                sessions.remove(last);
                counters.sessions--;
                i--;
                continue;
            }
            if (s.paused) {
                continue;
            }
            if (s.nextStepAtNanos == 0) { // new or resumed: first deadline on the grid
                s.nextStepAtNanos = onGrid(now);
                s.nextFrameAtNanos = s.nextStepAtNanos;
            }
            if (now >= s.nextStepAtNanos) {
                long t = clock.getAsLong();
                lateness.recordValue(t - s.nextStepAtNanos);
                s.step();
                steps++;
                s.nextStepAtNanos += s.stepPeriodNanos;
                if (s.nextStepAtNanos <= now) {
                    long missed = (now - s.nextStepAtNanos) / s.stepPeriodNanos + 1;
                    s.nextStepAtNanos += missed * s.stepPeriodNanos;
                    counters.skippedSteps += missed;
                }
            }
            if (now >= s.nextFrameAtNanos) {
                s.publishFrame(counters, now);
                s.nextFrameAtNanos += s.framePeriodNanos;
                if (s.nextFrameAtNanos <= now) {
                    s.nextFrameAtNanos = now + s.framePeriodNanos;
                }
            }
            earliest = Math.min(earliest, Math.min(s.nextStepAtNanos, s.nextFrameAtNanos));
        }
        counters.steps += steps;
        earliestDeadline = earliest;
        return steps;
    }

    /** The first grid point at or after {@code t}. */
    static long onGrid(long t) {
        long r = Math.floorMod(t, GRID_NANOS);
        return r == 0 ? t : t - r + GRID_NANOS;
    }

    private void takeIncoming() {
        Session s;
        while ((s = incoming.poll()) != null) {
            s.nextStepAtNanos = 0;
            sessions.add(s);
            counters.sessions++;
        }
    }
}
