package io.simbase.opcua;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.core.EventSink;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Carries a plant's tag changes from its stepping thread to OPC UA, one thread per plant (not
 * per variable).
 *
 * <p>The stepping thread calls {@link #onEvent} (installed as the world's {@link EventSink})
 * and {@link #stepEnded} after each step. Both only write primitives into a fixed
 * single-producer ring and unpark the pump: they allocate nothing and never block. The pump
 * thread then hands, in step order, every bool/int edge the ring holds (so a one-step pulse
 * reaches subscribers as two changes), then compares the latest published values with what it
 * last handed on and hands on the rest (analog tags, which the engine reports by value, not as
 * events, and any edge a full ring had to drop). Each change carries the wall-clock time of
 * the step that made it.
 *
 * <p>Without {@code stepEnded} calls the pump still wakes every {@value #IDLE_WAKE_MILLIS} ms
 * and compares, so it also works beside a runner that reports no step ends.
 */
public final class ChangePump implements EventSink, AutoCloseable {
    /** Receives changes on the pump thread. */
    @FunctionalInterface
    public interface Target {
        /**
         * A tag's new engineering value and the wall-clock time of the step that made it,
         * nanoseconds since the Unix epoch.
         */
        void changed(int tagIndex, double value, long epochNanos);
    }

    static final long IDLE_WAKE_MILLIS = 50;

    private final OpcUaPlant plant;
    private final Target target;
    private final double[] view;
    private final double[] handedOn;
    private final long epochOffsetNanos;

    // Single-producer (stepping thread), single-consumer (pump) ring of bool/int edges.
    private final int mask;
    private final long[] ringStep;
    private final int[] ringTag;
    private final double[] ringValue;
    private final long[] ringNanos;
    private final AtomicLong produced = new AtomicLong();
    private final AtomicLong consumed = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();

    private final AtomicLong stepEndNanos = new AtomicLong();
    private final AtomicLong handed = new AtomicLong();
    private final Recorder lagNanos = new Recorder(3);
    private long lastLagged;
    /** The step the last turn read; a smaller one means the world was rebuilt (a session's reset). */
    private long lastPublishedStep;
    private final Thread thread;
    private volatile boolean running = true;

    /**
     * @param ringCapacity edges the ring holds between two pump turns; rounded up to a power of two
     */
    public ChangePump(OpcUaPlant plant, Target target, int ringCapacity, String name) {
        this(plant, target, ringCapacity, name, true);
    }

    /**
     * A pump without a thread of its own: a {@link PumpGroup} turns it, together with the pumps
     * of the other plants stepped by the same thread ({@code serve --opcua-port}).
     */
    static ChangePump grouped(OpcUaPlant plant, Target target, int ringCapacity) {
        return new ChangePump(plant, target, ringCapacity, null, false);
    }

    private ChangePump(OpcUaPlant plant, Target target, int ringCapacity, String name, boolean threaded) {
        this.plant = plant;
        this.target = target;
        int n = plant.layout().size();
        this.view = new double[n];
        this.handedOn = new double[n];
        plant.readTags(handedOn);
        int cap = Integer.highestOneBit(Math.max(2, ringCapacity - 1)) << 1;
        this.mask = cap - 1;
        this.ringStep = new long[cap];
        this.ringTag = new int[cap];
        this.ringValue = new double[cap];
        this.ringNanos = new long[cap];
        this.epochOffsetNanos = TimeUnit.MILLISECONDS.toNanos(System.currentTimeMillis()) - System.nanoTime();
        if (threaded) {
            this.thread = new Thread(this::run, "opcua pump " + name);
            this.thread.setDaemon(true);
        } else {
            this.thread = null;
        }
    }

    /** The values the pump starts from (the plant's published values when it was made). */
    public double initialValue(int tagIndex) {
        return handedOn[tagIndex];
    }

    public ChangePump start() {
        thread.start();
        return this;
    }

    /** Stepping thread: records a bool/int edge. Allocation-free. */
    @Override
    public void onEvent(long step, EventKind kind, int subject, double value) {
        if (kind != EventKind.TAG_CHANGED) {
            return;
        }
        long p = produced.get();
        if (p - consumed.get() > mask) {
            dropped.incrementAndGet(); // the comparison after the ring catches the latest value
            return;
        }
        int i = (int) (p & mask);
        ringStep[i] = step;
        ringTag[i] = subject;
        ringValue[i] = value;
        ringNanos[i] = System.nanoTime();
        produced.lazySet(p + 1);
    }

    /**
     * Stepping thread: a step has been published; wakes the pump (a grouped pump's group is
     * woken by the stepping thread once per cycle instead). Allocation-free.
     */
    public void stepEnded(long step) {
        stepEndNanos.lazySet(System.nanoTime());
        if (thread != null) {
            LockSupport.unpark(thread);
        }
    }

    /** Edges the ring could not hold (their latest value still went out by comparison). */
    public long dropped() {
        return dropped.get();
    }

    /**
     * How long after a step ended the pump started handing it on, nanoseconds, since the last
     * call (one value per pump turn that found a new step end).
     */
    public Histogram lagInterval() {
        return lagNanos.getIntervalHistogram();
    }

    /** Changes handed to the target so far. */
    public long handedOn() {
        return handed.get();
    }

    private void run() {
        long idleNanos = TimeUnit.MILLISECONDS.toNanos(IDLE_WAKE_MILLIS);
        while (running) {
            LockSupport.parkNanos(this, idleNanos);
            if (!running) {
                return;
            }
            try {
                turn();
            } catch (RuntimeException e) {
                // A target failure must not stop the plant's updates; Milo logs its own errors.
                System.err.println("opcua: change pump: " + e);
            }
        }
    }

    /**
     * One pump turn: the published values are read first; the ring's edges up to their step go
     * out in order (an edge of a step not yet published waits for the next turn, so a value
     * never steps back), then whatever still differs goes out by comparison.
     */
    void turn() {
        long stepNanos = stepEndNanos.get();
        if (stepNanos != 0 && stepNanos != lastLagged) {
            lastLagged = stepNanos;
            lagNanos.recordValue(Math.max(0, System.nanoTime() - stepNanos));
        }
        long publishedStep = plant.readTags(view);
        long c = consumed.get();
        long p = produced.get();
        if (publishedStep < lastPublishedStep) {
            // A reset rebuilt the world and its step count starts again: the ring's edges of the
            // old run would wait behind step numbers the new run has not reached and then hand
            // on stale values. Drop them; the comparison below hands on the new run's values.
            c = p;
        }
        lastPublishedStep = publishedStep;
        for (; c < p; c++) {
            int i = (int) (c & mask);
            if (ringStep[i] > publishedStep) {
                break;
            }
            hand(ringTag[i], ringValue[i], ringNanos[i]);
        }
        consumed.lazySet(c);
        long at = stepNanos != 0 ? stepNanos : System.nanoTime();
        for (int t = 0; t < view.length; t++) {
            hand(t, view[t], at);
        }
    }

    private void hand(int tag, double value, long nanoTime) {
        if (Double.compare(value, handedOn[tag]) == 0) {
            return;
        }
        handedOn[tag] = value;
        handed.incrementAndGet();
        target.changed(tag, value, nanoTime + epochOffsetNanos);
    }

    @Override
    public void close() {
        running = false;
        if (thread == null) {
            return;
        }
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
