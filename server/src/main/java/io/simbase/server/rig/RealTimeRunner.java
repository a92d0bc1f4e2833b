package io.simbase.server.rig;

import io.simbase.bridge.plant.InputQueue;
import io.simbase.bridge.plant.PlantIo;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.world.Outcome;
import io.simbase.engine.world.World;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

/**
 * Steps one world in real time on its own thread and offers it to the device bridge as a
 * {@link PlantIo}: the small runner {@code rig serve} needs, without the full server.
 *
 * <p>Each cycle drains the bounded input queue (bridge writes) into the world, steps it once
 * and sleeps to the next absolute deadline ({@code start + n * stepNanos}). A step that starts
 * more than one step late moves the deadline to now instead of bursting to catch up; the
 * lateness of every step start is recorded (nanoseconds). The world is touched by this thread
 * only; other threads read its published state lock-free.
 */
public final class RealTimeRunner implements PlantIo, AutoCloseable {
    private final World world;
    private final InputQueue inputs;
    private final Thread thread;
    private final Recorder latenessNanos = new Recorder(3);
    private final AtomicLong steps = new AtomicLong();
    private final AtomicLong skippedDeadlines = new AtomicLong();
    private final AtomicLong refusedInputs = new AtomicLong();
    private final InputQueue.Sink applier;
    private volatile boolean running = true;

    public RealTimeRunner(World world, int queueCapacity) {
        this.world = world;
        this.inputs = new InputQueue(queueCapacity);
        // Writable tags (actuators, panel controls) take the value as an input; a sensor fed by
        // a real device through a master rig overrides the simulated one (a force).
        this.applier = (tag, value) -> {
            Outcome s = world.isWritable(tag) ? world.setInput(tag, value) : world.force(tag, value);
            if (!s.isOk()) {
                refusedInputs.incrementAndGet();
            }
        };
        this.thread = new Thread(this::run, "world " + world.scene().id());
        this.thread.setDaemon(true);
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

    /** Steps taken so far. */
    public long steps() {
        return steps.get();
    }

    /** Times the runner fell more than a step behind and moved its deadline instead of bursting. */
    public long skippedDeadlines() {
        return skippedDeadlines.get();
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
        long stepNanos = world.stepNanos();
        long deadline = System.nanoTime();
        int maxDrain = inputs.capacity();
        while (running) {
            long now = System.nanoTime();
            long late = now - deadline;
            latenessNanos.recordValue(Math.max(0, late));
            if (late > stepNanos) {
                skippedDeadlines.incrementAndGet();
                deadline = now;
            }
            inputs.drain(applier, maxDrain);
            world.step();
            steps.incrementAndGet();
            deadline += stepNanos;
            long wait;
            while (running && (wait = deadline - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
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
