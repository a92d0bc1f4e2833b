package io.simbase.bench.load;

import java.util.concurrent.atomic.LongAdder;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Counters and latency histograms (nanoseconds) shared by all load clients; recording is
 * thread-safe and allocation-free (HdrHistogram {@link Recorder}). Only inputs sent inside
 * the measurement window are recorded.
 */
final class LoadStats {
    final LongAdder framesIn = new LongAdder();
    final LongAdder bytesIn = new LongAdder();
    final LongAdder errors = new LongAdder();
    final LongAdder disconnects = new LongAdder();
    final LongAdder sent = new LongAdder();
    final LongAdder acked = new LongAdder();
    final LongAdder unacked = new LongAdder();
    final LongAdder notVisible = new LongAdder();
    private final Recorder ackNanos = new Recorder(3);
    private final Recorder visibleNanos = new Recorder(3);
    volatile boolean measuring;
    /** Acks slower than this are listed one by one ({@code --slow-log}); 0: none. */
    volatile long slowNanos;
    final java.util.concurrent.ConcurrentLinkedQueue<String> slow = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private volatile long windowStartNanos;

    /** An input sent inside the window at {@code intendedNanos} was acknowledged after {@code nanos}. */
    void ack(String session, long intendedNanos, long nanos) {
        acked.increment();
        ackNanos.recordValue(Math.max(0, nanos));
        if (slowNanos > 0 && nanos >= slowNanos) {
            slow.add(String.format(java.util.Locale.ROOT, "%.3f %s %.3f", (intendedNanos - windowStartNanos) / 1e6,
                    session, nanos / 1e6));
        }
    }

    /** An input sent inside the window became visible in the state stream after {@code nanos}. */
    void visible(long nanos) {
        visibleNanos.recordValue(Math.max(0, nanos));
    }

    /** Starts the window: drops everything recorded so far and zeroes the counters. */
    void startWindow() {
        ackNanos.reset();
        visibleNanos.reset();
        framesIn.reset();
        bytesIn.reset();
        errors.reset();
        sent.reset();
        acked.reset();
        unacked.reset();
        notVisible.reset();
        disconnects.reset();
        slow.clear();
        windowStartNanos = System.nanoTime();
        measuring = true;
    }

    Histogram ackHistogram() {
        return ackNanos.getIntervalHistogram();
    }

    Histogram visibleHistogram() {
        return visibleNanos.getIntervalHistogram();
    }
}
