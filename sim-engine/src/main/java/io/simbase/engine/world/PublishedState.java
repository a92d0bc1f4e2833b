package io.simbase.engine.world;

import java.util.concurrent.locks.StampedLock;

/**
 * The state a world publishes after each step for readers on other threads (a Modbus slave,
 * the server's frame encoder): effective tag values, component visuals and parts.
 *
 * <p>A sequence lock: the stepping thread writes under {@link StampedLock#writeLock()}, which
 * never waits because readers only take optimistic stamps; a reader copies the fields and
 * retries if a write overlapped. No reader ever blocks the step, and no read is torn.
 * Publishing and reading allocate nothing.
 */
public final class PublishedState {
    private final StampedLock lock = new StampedLock();
    private final int tagCount;
    private final int visualCount;
    private final int partCapacity;

    private long step;
    private long simNanos;
    private final double[] tags;
    private final double[] visuals;
    private int partCount;
    private final long[] partId;
    private final int[] partType;
    private final double[] partPos; // x, y, z per part

    public PublishedState(int tagCount, int visualCount, int partCapacity) {
        this.tagCount = tagCount;
        this.visualCount = visualCount;
        this.partCapacity = partCapacity;
        this.tags = new double[tagCount];
        this.visuals = new double[visualCount];
        this.partId = new long[partCapacity];
        this.partType = new int[partCapacity];
        this.partPos = new double[partCapacity * 3];
    }

    /** An empty copy target of the same shape, for one reader. */
    public PublishedState newView() {
        return new PublishedState(tagCount, visualCount, partCapacity);
    }

    /** Called by the world on the stepping thread at the end of each step. */
    void publish(World w) {
        long stamp = lock.writeLock();
        try {
            step = w.stepCount();
            simNanos = w.simNanos();
            w.io().copyEffective(tags);
            w.copyVisuals(visuals);
            partCount = w.parts().copyPublic(partId, partType, partPos);
        } finally {
            lock.unlockWrite(stamp);
        }
    }

    /**
     * Copies the latest published state into {@code view} (made by {@link #newView()}),
     * retrying while a publish overlaps. Lock-free for the writer.
     */
    public void readInto(PublishedState view) {
        while (true) {
            long stamp = lock.tryOptimisticRead();
            if (stamp == 0) {
                Thread.onSpinWait();
                continue;
            }
            view.step = step;
            view.simNanos = simNanos;
            System.arraycopy(tags, 0, view.tags, 0, tagCount);
            System.arraycopy(visuals, 0, view.visuals, 0, visualCount);
            int n = Math.min(partCount, partCapacity);
            view.partCount = n;
            System.arraycopy(partId, 0, view.partId, 0, n);
            System.arraycopy(partType, 0, view.partType, 0, n);
            System.arraycopy(partPos, 0, view.partPos, 0, n * 3);
            if (lock.validate(stamp)) {
                return;
            }
        }
    }

    /** Reads one tag's latest effective value (a consistent single value). */
    public double readTag(int index) {
        while (true) {
            long stamp = lock.tryOptimisticRead();
            double v = tags[index];
            if (stamp != 0 && lock.validate(stamp)) {
                return v;
            }
            Thread.onSpinWait();
        }
    }

    /** Copies the latest tag values into {@code dest}; returns the step they belong to. */
    public long readTags(double[] dest) {
        while (true) {
            long stamp = lock.tryOptimisticRead();
            long s = step;
            System.arraycopy(tags, 0, dest, 0, tagCount);
            if (stamp != 0 && lock.validate(stamp)) {
                return s;
            }
            Thread.onSpinWait();
        }
    }

    // Accessors of a view (not of the live instance: read a view made by readInto).

    public long step() {
        return step;
    }

    public long simNanos() {
        return simNanos;
    }

    public int tagCount() {
        return tagCount;
    }

    public double tag(int index) {
        return tags[index];
    }

    public int visualCount() {
        return visualCount;
    }

    public double visual(int index) {
        return visuals[index];
    }

    public int partCount() {
        return partCount;
    }

    public long partId(int i) {
        return partId[i];
    }

    public int partType(int i) {
        return partType[i];
    }

    public double partX(int i) {
        return partPos[i * 3];
    }

    public double partY(int i) {
        return partPos[i * 3 + 1];
    }

    public double partZ(int i) {
        return partPos[i * 3 + 2];
    }
}
