package io.simbase.engine.world;

import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import java.util.Arrays;
import java.util.Map;

/**
 * One piece of a training plant. A world calls the phase methods in scene order, once per
 * step, on the stepping thread: {@link #actuate} (read effective actuator tags, move
 * mechanisms, set surface and obstacle velocities), then the part solver runs, then
 * {@link #integrate} (process models, emitters, removers), then {@link #sense} (write raw
 * sensor values). Phase methods must not allocate. A world skips a phase for a component whose
 * class does not override that phase's method (the empty default here), so overriding is what
 * puts a component into a phase.
 *
 * <p>Every field that changes while the world runs is written by {@link #writeState} and read
 * back by {@link #readState} in the same order: that traversal is the component's share of the
 * state hash and of snapshots.
 */
public abstract class Component {
    /** The per-step methods a world calls; see {@link #overriding}. */
    enum Phase {
        ACTUATE("actuate", World.class),
        INTEGRATE("integrate", World.class),
        SENSE("sense", World.class),
        WRITE_VISUALS("writeVisuals", double[].class, int.class);

        private final String method;
        private final Class<?>[] parameters;

        Phase(String method, Class<?>... parameters) {
            this.method = method;
            this.parameters = parameters;
        }
    }

    /** Per component class: bit {@code p.ordinal()} is set when the class overrides phase p. */
    private static final ClassValue<Integer> OVERRIDDEN = new ClassValue<>() {
        @Override
        protected Integer computeValue(Class<?> type) {
            int mask = 0;
            for (Phase p : Phase.values()) {
                for (Class<?> c = type; c != Component.class; c = c.getSuperclass()) {
                    try {
                        c.getDeclaredMethod(p.method, p.parameters);
                        mask |= 1 << p.ordinal();
                        break;
                    } catch (NoSuchMethodException notHere) {
                        // look in the superclass
                    }
                }
            }
            return mask;
        }
    };

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

    /**
     * The components, in their order, whose class overrides a phase method: the others inherit
     * this class's empty method, so a world can leave them out of that phase without changing
     * anything. Build time only (reflection, cached per class).
     */
    static Component[] overriding(Component[] components, Phase phase) {
        Component[] out = new Component[components.length];
        int n = 0;
        for (Component c : components) {
            if ((OVERRIDDEN.get(c.getClass()) & (1 << phase.ordinal())) != 0) {
                out[n++] = c;
            }
        }
        return Arrays.copyOf(out, n);
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
