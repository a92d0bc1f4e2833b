package io.simbase.bridge.time;

import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * Absolute-deadline pacing for one periodic thread: cycle {@code n} is due at
 * {@code start + n * period}, so that short sleeps and jitter never accumulate into drift. A
 * cycle that begins more than one period late is not followed by a burst of catch-up cycles:
 * the schedule restarts from that cycle's start and the restart is counted
 * ({@link #restarts()}), together with the whole periods that were never run
 * ({@link #missedPeriods()}).
 *
 * <pre>
 *   long late = deadline.begin(System.nanoTime());   // lateness of this cycle's start
 *   doWork();
 *   deadline.awaitNext(() -&gt; running);               // parks until the next deadline
 * </pre>
 *
 * <p>Owned by one thread (not thread-safe); the counters may be read from any thread. Allocates
 * nothing. {@link #begin(long)} takes the clock as an argument, so tests drive it with their own.
 */
public final class Deadline {
    private final long periodNanos;
    private long dueNanos;
    private volatile long restarts;
    private volatile long missedPeriods;

    /** A schedule whose first cycle is due at {@code firstDueNanos}. */
    public Deadline(long periodNanos, long firstDueNanos) {
        if (periodNanos <= 0) {
            throw new IllegalArgumentException("period must be positive, got " + periodNanos + " ns");
        }
        this.periodNanos = periodNanos;
        this.dueNanos = firstDueNanos;
    }

    public long periodNanos() {
        return periodNanos;
    }

    /** When the current (or next, after {@link #advance()}) cycle is due. */
    public long dueNanos() {
        return dueNanos;
    }

    /**
     * Starts a cycle at {@code nowNanos}; returns how late it starts (0 when early or on time).
     * When it is more than one period late, the schedule restarts from {@code nowNanos}.
     */
    public long begin(long nowNanos) {
        long late = nowNanos - dueNanos;
        if (late > periodNanos) {
            restarts++;
            missedPeriods += late / periodNanos;
            dueNanos = nowNanos;
        }
        return Math.max(0, late);
    }

    /** Moves to the next cycle's deadline; returns it. */
    public long advance() {
        dueNanos += periodNanos;
        return dueNanos;
    }

    /** Restarts the schedule: the next cycle is due at {@code nowNanos} (e.g. after a reconnect). */
    public void restart(long nowNanos) {
        dueNanos = nowNanos;
    }

    /**
     * {@link #advance() Advances} and parks until the next deadline, or until {@code running}
     * turns false (checked after each wake-up, so an unpark ends the wait early).
     */
    public void awaitNext(BooleanSupplier running) {
        advance();
        long wait;
        while (running.getAsBoolean() && (wait = dueNanos - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    /** Times a cycle started more than one period late and the schedule restarted from it. */
    public long restarts() {
        return restarts;
    }

    /** Whole periods skipped by those restarts (the cycles that never ran). */
    public long missedPeriods() {
        return missedPeriods;
    }
}
