package io.simbase.bridge.plant;

/**
 * A bounded multi-producer, single-consumer queue of tag writes ({@code tag index, value}),
 * stored in two parallel arrays: offering and draining allocate nothing and box nothing.
 *
 * <p>Producers are bridge I/O threads; the consumer is the thread that steps the world and
 * calls {@link #drain} between steps. A short monitor guards the arrays: contention is a
 * handful of writers at Modbus rates, far below where a lock-free ring would pay off.
 */
public final class InputQueue {
    /** Receives drained writes on the consumer thread. */
    @FunctionalInterface
    public interface Sink {
        void accept(int tagIndex, double value);
    }

    private final int[] tags;
    private final double[] values;
    private int head;
    private int size;
    private long rejected;

    public InputQueue(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1, got " + capacity);
        }
        tags = new int[capacity];
        values = new double[capacity];
    }

    /** Appends a write; false when full (the write is dropped and counted). */
    public synchronized boolean offer(int tagIndex, double value) {
        if (size == tags.length) {
            rejected++;
            return false;
        }
        int i = (head + size) % tags.length;
        tags[i] = tagIndex;
        values[i] = value;
        size++;
        return true;
    }

    /** Hands at most {@code max} queued writes, oldest first, to {@code sink}; returns how many. */
    public int drain(Sink sink, int max) {
        int n = 0;
        while (n < max) {
            int tag;
            double value;
            synchronized (this) {
                if (size == 0) {
                    break;
                }
                tag = tags[head];
                value = values[head];
                head = (head + 1) % tags.length;
                size--;
            }
            sink.accept(tag, value);
            n++;
        }
        return n;
    }

    public synchronized int size() {
        return size;
    }

    public int capacity() {
        return tags.length;
    }

    /** Writes dropped because the queue was full, since creation. */
    public synchronized long rejected() {
        return rejected;
    }
}
