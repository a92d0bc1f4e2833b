package io.simbase.bridge.plant;

import io.simbase.engine.io.IoLayout;

/**
 * The plant as the device bridge sees it: a tag layout, the latest published tag values and a
 * bounded way in for new actuator values. The bridge never touches a world directly; the
 * server adapts a running session to this interface.
 *
 * <p>Thread-safety: every method may be called from any thread (bridge I/O threads) while the
 * session's own thread steps the world.
 */
public interface PlantIo {
    /** The scene's tags, immutable. */
    IoLayout layout();

    /**
     * Copies the latest published engineering values (index order of {@link #layout()}) into
     * {@code dest}, which has at least {@code layout().size()} slots; returns the step they
     * belong to. Allocates nothing.
     */
    long readTags(double[] dest);

    /**
     * Offers a new value for a tag as it came over the wire; it is applied between two steps,
     * by the {@link WireWrite} rule (a command for an actuator, a force for a sensor). Returns
     * false when the input queue is full (the caller counts it and may answer with a device-busy exception).
     * Allocates nothing.
     */
    boolean submit(int tagIndex, double value);
}
