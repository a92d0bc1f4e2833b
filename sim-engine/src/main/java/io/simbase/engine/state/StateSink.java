package io.simbase.engine.state;

/**
 * Receives the complete dynamic state of a world, field by field, in a fixed order. The
 * same traversal feeds the state hash ({@link StateHasher}) and snapshots
 * ({@link SnapshotWriter}), so the two can never disagree about what "state" is.
 */
public interface StateSink {
    void putLong(long v);

    void putDouble(double v);

    default void putInt(int v) {
        putLong(v);
    }

    default void putBoolean(boolean v) {
        putLong(v ? 1 : 0);
    }
}
