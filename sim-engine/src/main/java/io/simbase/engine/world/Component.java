package io.simbase.engine.world;

import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import java.util.Map;

/**
 * One piece of a training plant. A world calls the phase methods in scene order, once per
 * step, on the stepping thread: {@link #actuate} (read effective actuator tags, move
 * mechanisms, set surface and obstacle velocities), then the part solver runs, then
 * {@link #integrate} (process models, emitters, removers), then {@link #sense} (write raw
 * sensor values). Phase methods must not allocate.
 *
 * <p>Every field that changes while the world runs is written by {@link #writeState} and read
 * back by {@link #readState} in the same order: that traversal is the component's share of the
 * state hash and of snapshots.
 */
public abstract class Component {
    private final String id;
    private final String type;
    private final Geometry geometry;
    private int index = -1;
    private int visualOffset;

    protected Component(String id, String type, Geometry geometry) {
        this.id = id;
        this.type = type;
        this.geometry = geometry;
    }

    /** The scene-unique id, e.g. {@code entry_belt}. */
    public final String id() {
        return id;
    }

    /** The scene-file type, e.g. {@code belt}. */
    public final String type() {
        return type;
    }

    public final Geometry geometry() {
        return geometry;
    }

    /** Position in the world's component list. */
    public final int index() {
        return index;
    }

    final void attach(int index, int visualOffset) {
        this.index = index;
        this.visualOffset = visualOffset;
    }

    /** Offset of this component's visuals in the world's visual array. */
    public final int visualOffset() {
        return visualOffset;
    }

    /** Called once when the world is built, before the first step: register surfaces etc. */
    protected void build(World world) {
    }

    protected void actuate(World world) {
    }

    protected void integrate(World world) {
    }

    protected void sense(World world) {
    }

    /** Names of this component's visual values, e.g. {@code extension_m}. */
    public String[] visualNames() {
        return new String[0];
    }

    /** Writes current visual values (positions, levels, lamp states) from {@code offset}. */
    protected void writeVisuals(double[] dest, int offset) {
    }

    /** Static properties a client may need to draw or label the component. */
    public Map<String, String> properties() {
        return Map.of();
    }

    /** Whether a component fault of this kind applies to this component. */
    public boolean supports(FaultKind kind) {
        return false;
    }

    /** Injects (param set) or clears ({@code active == false}) a component fault. */
    protected void setFault(FaultKind kind, boolean active, double param) {
    }

    protected void writeState(StateSink sink) {
    }

    protected void readState(StateSource src) {
    }
}
