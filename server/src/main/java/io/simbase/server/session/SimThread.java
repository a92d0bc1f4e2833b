package io.simbase.server.session;

import java.util.ArrayList;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongSupplier;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * One simulation thread: owns many sessions and steps each on absolute deadlines
 * ({@code next += period}). A session that falls a whole period behind skips the missed
 * deadlines (counted) instead of bursting. Each cycle: take new sessions, then per session
 * drain at most {@value #COMMANDS_PER_CYCLE} commands, step if due, publish a frame if due;
 * then park until the earliest deadline. How late each step started is recorded in an
 * HdrHistogram {@link Recorder} (no allocation when recording, readable from any thread).
 */
public final class SimThread implements Runnable {
    static final int COMMANDS_PER_CYCLE = 64;
    /** Longest park, so that commands to paused sessions wait at most this long. */
    static final long MAX_PARK_NANOS = TimeUnit.MILLISECONDS.toNanos(2);

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
    private final ArrayList<Session> sessions = new ArrayList<>();
    private final Recorder lateness = new Recorder(3);
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
        incoming.add(s);
        Thread t = thread;
        if (t != null) {
            LockSupport.unpark(t);
        }
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
                long wait = earliestDeadline - clock.getAsLong();
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
        long now = clock.getAsLong();
        long earliest = now + MAX_PARK_NANOS;
        for (int i = 0; i < sessions.size(); i++) {
            Session s = sessions.get(i);
            s.drainCommands(COMMANDS_PER_CYCLE);
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
            if (now >= s.nextStepAtNanos) {
                long late = now - s.nextStepAtNanos;
                lateness.recordValue(late);
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

    private void takeIncoming() {
        Session s;
        long now = clock.getAsLong();
        while ((s = incoming.poll()) != null) {
            s.nextStepAtNanos = now;
            s.nextFrameAtNanos = now;
            sessions.add(s);
            counters.sessions++;
        }
    }
}
