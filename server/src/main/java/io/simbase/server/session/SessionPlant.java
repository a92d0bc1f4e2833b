package io.simbase.server.session;

import io.simbase.bridge.plant.InputQueue;
import io.simbase.bridge.plant.PlantIo;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.world.PublishedState;

/**
 * A live session as the device bridge sees it. Reads come from the world's published state
 * (lock-free, the latest finished step); writes go into a bounded, allocation-free
 * {@link InputQueue} that the session's sim thread drains between steps, next to its command
 * queue, applying and recording each write like a client's input ({@link Session#applyRigInput}).
 *
 * <p>Any thread may call {@link #readTags} and {@link #submit}; a full queue refuses the write
 * (the Modbus slave answers device busy) and counts it.
 */
public final class SessionPlant implements PlantIo {
    /** Writes held between two drains: a PLC writing every tag every 10 ms fills a fraction. */
    static final int CAPACITY = 1024;

    private final Session session;
    private final InputQueue inputs = new InputQueue(CAPACITY);
    private final InputQueue.Sink apply;

    SessionPlant(Session session) {
        this.session = session;
        this.apply = session::applyRigInput;
    }

    @Override
    public IoLayout layout() {
        return session.scene().layout();
    }

    @Override
    public long readTags(double[] dest) {
        PublishedState p = session.published();
        return p.readTags(dest);
    }

    @Override
    public boolean submit(int tagIndex, double value) {
        if (!inputs.offer(tagIndex, value)) {
            return false;
        }
        session.wake();
        return true;
    }

    /** Writes refused because the queue was full. */
    public long rejected() {
        return inputs.rejected();
    }

    /** Sim thread: applies at most {@code max} queued writes. */
    int drain(int max) {
        return inputs.drain(apply, max);
    }

    boolean pending() {
        return inputs.size() > 0;
    }
}
