package io.simbase.engine.world;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One piece of a training plant. A component takes part in a step's phases by implementing
 * their interfaces: {@link ActuatePhase} (read effective actuator tags, move mechanisms,
 * surfaces and obstacles), then the part solver runs, then {@link IntegratePhase} (process
 * models, emitters, removers), then {@link SensePhase} (write raw sensor values). Each phase
 * gets a context that allows only what that phase may do. A world calls the phases in plant
 * order, once per step, on the stepping thread; phase methods must not allocate.
 *
 * <p>Implementing a phase's interface is what puts a component in that phase. The interface's
 * public method also overrides this class's empty protected one of the same signature, which
 * is what the world calls: a virtual call, cheaper than an interface call at a call site that
 * sees every component class (measured: BENCHMARKS.md, issue 8).
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
    /** The names of the faults this component's type offers, comma-separated ("" for none). */
    private String faultNames = "";

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

    final void attach(int index, int visualOffset, List<FaultSpec> faults) {
        this.index = index;
        this.visualOffset = visualOffset;
        this.faultNames = String.join(",", faults.stream().map(FaultSpec::name).toList());
    }

    /** Offset of this component's visuals in the world's visual array. */
    public final int visualOffset() {
        return visualOffset;
    }

    /** Called once when the world is built, before the first step: register surfaces etc. */
    protected void build(BuildContext ctx) {
    }

    // The phase methods, for dispatch only: a world calls them on the components that implement
    // the phase's interface (whose public method overrides these), through the class's vtable,
    // which is cheaper than an interface call at a call site that sees every component class.

    /** See {@link ActuatePhase}; called only on components that implement it. */
    protected void actuate(ActuateContext ctx) {
    }

    /** See {@link IntegratePhase}; called only on components that implement it. */
    protected void integrate(IntegrateContext ctx) {
    }

    /** See {@link SensePhase}; called only on components that implement it. */
    protected void sense(SenseContext ctx) {
    }

    /** Names of this component's visual values, e.g. {@code extension_m}. */
    public String[] visualNames() {
        return new String[0];
    }

    /** Writes current visual values (positions, levels, lamp states) from {@code offset}. */
    protected void writeVisuals(double[] dest, int offset) {
    }

    /** How the dashboard draws this component; {@link Drawing#NONE} keeps it off the plant view. */
    public Drawing drawing() {
        return Drawing.NONE;
    }

    /** This component's own static properties (labels, nominal values), for clients. */
    protected Map<String, String> staticProperties() {
        return Map.of();
    }

    /**
     * Static properties a client needs to draw, label or act on the component: its own, its
     * {@link #drawing()} as JSON under {@code draw} when it has one, and the names of the faults
     * its type offers, comma-separated, under {@code faults} when it offers any.
     */
    public final Map<String, String> properties() {
        Map<String, String> own = staticProperties();
        Drawing d = drawing();
        if (d.isEmpty() && faultNames.isEmpty()) {
            return own;
        }
        Map<String, String> all = new HashMap<>(own);
        if (!d.isEmpty()) {
            all.put("draw", d.toJson());
        }
        if (!faultNames.isEmpty()) {
            all.put("faults", faultNames);
        }
        return Map.copyOf(all);
    }

    /**
     * Injects ({@code active}, with its checked parameter) or clears a fault this component's
     * type offers ({@link Blueprint#faultsOf}); {@code fault} is one of those specs.
     */
    protected void setFault(FaultSpec fault, boolean active, double param) {
    }

    protected void writeState(StateSink sink) {
    }

    protected void readState(StateSource src) {
    }

    /** The components, in their order, that take part in a phase: no reflection, no list kept by hand. */
    static Component[] inPhase(List<Component> components, Phase phase) {
        return components.stream().filter(phase::includes).toArray(Component[]::new);
    }

    /** The per-step phases a component can take part in. */
    public enum Phase {
        ACTUATE, INTEGRATE, SENSE, WRITE_VISUALS;

        /** Whether a component takes part in this phase. */
        public boolean includes(Component c) {
            switch (this) {
                case ACTUATE: return c instanceof ActuatePhase;
                case INTEGRATE: return c instanceof IntegratePhase;
                case SENSE: return c instanceof SensePhase;
                default: return c.visualNames().length > 0;
            }
        }
    }
}
