package io.simbase.opcua;

import io.simbase.engine.io.IoLayout;

/**
 * The plant as the OPC UA server sees it: its tags, the latest published values and a bounded
 * way in for inputs. The server adapts a running world to this (in {@code rig serve}, the same
 * runner and input queue the Modbus slave uses); the OPC UA side never touches a world.
 *
 * <p>Thread-safety: every method may be called from any thread while the plant's own thread
 * steps the world. None of them allocates.
 */
public interface OpcUaPlant {
    /** The scene's tags, immutable. */
    IoLayout layout();

    /** Whether a tag takes inputs (actuators and operator-panel controls). */
    boolean isWritable(int tagIndex);

    /**
     * Copies the latest published engineering values into {@code dest} (at least
     * {@code layout().size()} slots); returns the step they belong to.
     */
    long readTags(double[] dest);

    /**
     * Offers a new value for a writable tag, applied between two steps; false when the input
     * queue is full.
     */
    boolean submit(int tagIndex, double value);

    /**
     * Why a write to {@code tagIndex} is refused now (another controller drives the plant's
     * outputs), or null when it may be written. A bench plant has no other controller.
     */
    default String refusal(int tagIndex) {
        return null;
    }
}
