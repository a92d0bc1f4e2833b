package io.simbase.bridge.health;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Counters and state of one link: written by its I/O thread, read by anyone (status pages,
 * {@code rig monitor}, tests). Counting and recording a latency allocate nothing (the
 * HdrHistogram {@link Recorder} is wait-free for the writer).
 */
public final class CommHealth {
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong replies = new AtomicLong();
    private final AtomicLong exceptionReplies = new AtomicLong();
    private final AtomicLong crcErrors = new AtomicLong();
    private final AtomicLong framingErrors = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();
    private final AtomicLong otherUnit = new AtomicLong();
    private final AtomicLong reconnects = new AtomicLong();
    private final AtomicReference<LinkState> state = new AtomicReference<>(LinkState.OFFLINE);
    private final Recorder latencyNanos = new Recorder(3);
    private final Histogram total = new Histogram(3);
    private volatile long lastGoodNanos;
    private volatile String lastError = "";

    public void request() {
        requests.incrementAndGet();
    }

    /** A good reply sent or received; {@code nanos} is turnaround (slave) or round trip (master). */
    public void reply(long nanos, long nowNanos) {
        replies.incrementAndGet();
        latencyNanos.recordValue(Math.max(0, nanos));
        lastGoodNanos = nowNanos;
    }

    public void exceptionReply() {
        exceptionReplies.incrementAndGet();
    }

    public void crcError() {
        crcErrors.incrementAndGet();
    }

    public void framingError() {
        framingErrors.incrementAndGet();
    }

    public void timeout() {
        timeouts.incrementAndGet();
    }

    /** A well-formed frame for another unit id (normal on a shared bus). */
    public void frameForOtherUnit() {
        otherUnit.incrementAndGet();
    }

    public void reconnected() {
        reconnects.incrementAndGet();
    }

    /** Sets the state; returns the previous one. */
    public LinkState state(LinkState s) {
        return state.getAndSet(s);
    }

    public LinkState state() {
        return state.get();
    }

    public void lastError(String message) {
        lastError = message == null ? "" : message;
    }

    public String lastError() {
        return lastError;
    }

    /** {@link System#nanoTime()} of the last good transaction, 0 if none. */
    public long lastGoodNanos() {
        return lastGoodNanos;
    }

    public long requests() {
        return requests.get();
    }

    public long replies() {
        return replies.get();
    }

    public long exceptionReplies() {
        return exceptionReplies.get();
    }

    public long crcErrors() {
        return crcErrors.get();
    }

    public long framingErrors() {
        return framingErrors.get();
    }

    public long timeouts() {
        return timeouts.get();
    }

    public long otherUnit() {
        return otherUnit.get();
    }

    public long reconnects() {
        return reconnects.get();
    }

    /**
     * All latencies recorded so far (nanoseconds), as a copy. Call from one reader thread at
     * a time; it folds the writer's interval into a running total.
     */
    public synchronized Histogram latencies() {
        total.add(latencyNanos.getIntervalHistogram());
        return total.copy();
    }

    /** One line: state and counters. */
    public String summary() {
        return "state=" + state().key() + " requests=" + requests() + " replies=" + replies()
                + " exceptions=" + exceptionReplies() + " crc_errors=" + crcErrors()
                + " framing_errors=" + framingErrors() + " timeouts=" + timeouts()
                + " other_unit=" + otherUnit();
    }
}
