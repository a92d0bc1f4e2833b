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

    /** An input sent inside the window was acknowledged after {@code nanos}. */
    void ack(long nanos) {
        acked.increment();
        ackNanos.recordValue(Math.max(0, nanos));
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
        measuring = true;
    }

    Histogram ackHistogram() {
        return ackNanos.getIntervalHistogram();
    }

    Histogram visibleHistogram() {
        return visibleNanos.getIntervalHistogram();
    }
}
