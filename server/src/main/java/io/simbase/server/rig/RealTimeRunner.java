package io.simbase.server.rig;

import io.simbase.bridge.plant.InputQueue;
import io.simbase.bridge.plant.PlantIo;
import io.simbase.bridge.plant.WireWrite;
import io.simbase.bridge.time.Deadline;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.world.InputStatus;
import io.simbase.engine.world.World;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.LongConsumer;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Steps one world in real time on its own thread and offers it to the device bridge as a
 * {@link PlantIo}: the small runner {@code rig serve} needs, without the full server.
 *
 * <p>Each cycle drains the bounded input queues (bridge writes, applied by the
 * {@link WireWrite} rule, and operator actions from {@link #operate}) into the world, steps it
 * once and sleeps to the next absolute {@link Deadline} ({@code start + n * stepNanos}). A step
 * that starts more than one step late restarts the schedule from now instead of bursting to
 * catch up; the lateness of every step start is recorded (nanoseconds). The world is touched by
 * this thread only; other threads read its published state lock-free.
 */
public final class RealTimeRunner implements PlantIo, AutoCloseable {
    private final World world;
    private final InputQueue inputs;
    private final InputQueue operatorActions;
    private final Thread thread;
    private final Recorder latenessNanos = new Recorder(3);
    private final AtomicLong steps = new AtomicLong();
    private final AtomicLong refusedInputs = new AtomicLong();
    private final InputQueue.Sink applier;
    private final InputQueue.Sink operator;
    private final Deadline deadline;
    private final BooleanSupplier isRunning = () -> this.running;
    private volatile boolean running = true;
    private LongConsumer stepListener = step -> { };

    public RealTimeRunner(World world, int queueCapacity) {
        this.world = world;
        this.inputs = new InputQueue(queueCapacity);
        this.operatorActions = new InputQueue(queueCapacity);
        this.deadline = new Deadline(world.stepNanos(), System.nanoTime());
        this.applier = (tag, value) -> count(WireWrite.of(world.layout().tag(tag)) == WireWrite.COMMAND
                ? world.setInput(tag, value) : world.force(tag, value));
        this.operator = (tag, value) -> count(world.setInput(tag, value));
        this.thread = new Thread(this::run, "world " + world.scene().id());
        this.thread.setDaemon(true);
    }

    /**
     * Hears the number of each step just published, on the stepping thread (before
     * {@link #start}); must not block or allocate. The OPC UA server wakes its pump with it.
     */
    public RealTimeRunner onStep(LongConsumer listener) {
        this.stepListener = listener;
        return this;
    }

    public RealTimeRunner start() {
        thread.start();
        return this;
    }

    @Override
    public IoLayout layout() {
        return world.layout();
    }

    @Override
    public long readTags(double[] dest) {
        return world.published().readTags(dest);
    }

    @Override
    public boolean submit(int tagIndex, double value) {
        return inputs.offer(tagIndex, value);
    }

    /**
     * An operator's action on the panel (1 = pressed for a button, a selector's position, a
     * setpoint's value), applied between steps like a student's press. Any thread; false when
     * the queue is full.
     */
    public boolean operate(int tagIndex, double value) {
        return operatorActions.offer(tagIndex, value);
    }

    private void count(InputStatus s) {
        if (s != InputStatus.OK) {
            refusedInputs.incrementAndGet();
        }
    }

    /** Steps taken so far. */
    public long steps() {
        return steps.get();
    }

    /** Times the runner fell more than a step behind and moved its deadline instead of bursting. */
    public long skippedDeadlines() {
        return deadline.restarts();
    }

    /** Inputs the world refused (not writable, out of range). */
    public long refusedInputs() {
        return refusedInputs.get();
    }

    /** Lateness of step starts since the last call, nanoseconds. */
    public Histogram latenessInterval() {
        return latenessNanos.getIntervalHistogram();
    }

    private void run() {
        int maxDrain = inputs.capacity();
        deadline.restart(System.nanoTime());
        while (running) {
            latenessNanos.recordValue(deadline.begin(System.nanoTime()));
            inputs.drain(applier, maxDrain);
            operatorActions.drain(operator, maxDrain);
            world.step();
            steps.incrementAndGet();
            stepListener.accept(world.stepCount());
            deadline.awaitNext(isRunning);
        }
    }

    @Override
    public void close() {
        running = false;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(2));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
