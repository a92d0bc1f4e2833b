package io.simbase.engine.world;

import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoImage;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.io.TagType;
import io.simbase.engine.parts.PartSystem;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.state.SnapshotReader;
import io.simbase.engine.state.SnapshotWriter;
import io.simbase.engine.state.StateHasher;
import io.simbase.engine.state.StateSink;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One running plant: a fixed-step world built from a {@link Scene}. A step has five phases:
 * <ol>
 * <li>apply inputs: effective actuator values from commands, tag faults and forces;</li>
 * <li>actuate: components move mechanisms and set surface and obstacle velocities;</li>
 * <li>integrate: parts move ({@link PartSystem}), process models and emitters advance;</li>
 * <li>sense: components write raw sensor values, then tag faults and forces apply;</li>
 * <li>publish: edges and other events go to the {@link EventSink}; the
 *     {@link PublishedState} is updated for readers on other threads.</li>
 * </ol>
 *
 * <p>Threading: not thread-safe; one thread steps a world and calls every mutator, between
 * steps. Time: simulated only ({@link #simNanos()}); the engine never reads a clock.
 * Determinism: the same scene, seed and inputs at the same steps give the same
 * {@link #stateHash()} after every step. A step allocates nothing.
 */
public final class World {
    private final Scene scene;
    private final long seed;
    private final IoLayout layout;
    private final IoImage io;
    private final PartSystem parts;
    private final Rng rng;
    private final Component[] components;
    // The components that override each phase method, in scene order: the step calls only
    // these, so a component with nothing to do in a phase (a chute in any phase, a sensor in
    // actuate and integrate) costs neither a call nor a cache miss there.
    private final Component[] actuating;
    private final Component[] integrating;
    private final Component[] sensing;
    private final Component[] showing;
    private final Map<String, Component> byId;
    private final long stepNanos;
    private final double dtSeconds;
    private final boolean[] operatorTag;
    private final double[] operatorValue;
    private final double[] lastEffective;
    /** Bool and int tags: their changes are events. */
    private final boolean[] discrete;
    private final double[] visuals;
    private final String[] visualNames;
    private final PublishedState published;
    private final StateHasher hasher = new StateHasher();

    private long stepCount;
    private EventSink events = EventSink.NONE;

    public World(Scene scene, long seed) {
        this.scene = scene;
        this.seed = seed;
        this.layout = scene.layout();
        this.io = new IoImage(layout);
        this.rng = new Rng(seed);
        this.stepNanos = scene.stepNanos();
        this.dtSeconds = stepNanos / 1e9;
        List<Component> built = scene.createComponents();
        this.components = built.toArray(new Component[0]);
        this.parts = new PartSystem(scene.partTypes(), scene.maxParts(),
                Math.max(1, components.length * 2), Math.max(1, components.length * 2));
        Map<String, Component> ids = new HashMap<>();
        int visualTotal = 0;
        for (int i = 0; i < components.length; i++) {
            components[i].attach(i, visualTotal);
            visualTotal += components[i].visualNames().length;
            ids.put(components[i].id(), components[i]);
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.actuating = Component.overriding(components, Component.Phase.ACTUATE);
        this.integrating = Component.overriding(components, Component.Phase.INTEGRATE);
        this.sensing = Component.overriding(components, Component.Phase.SENSE);
        this.showing = Component.overriding(components, Component.Phase.WRITE_VISUALS);
        this.visuals = new double[visualTotal];
        this.visualNames = new String[visualTotal];
        for (Component c : components) {
            String[] names = c.visualNames();
            for (int k = 0; k < names.length; k++) {
                visualNames[c.visualOffset() + k] = c.id() + '.' + names[k];
            }
        }
        this.operatorTag = scene.operatorTags();
        this.operatorValue = new double[layout.size()];
        this.lastEffective = new double[layout.size()];
        this.discrete = new boolean[layout.size()];
        for (int i = 0; i < discrete.length; i++) {
            discrete[i] = layout.tag(i).type() != TagType.REAL;
        }
        for (Component c : components) {
            c.build(this);
        }
        // Establish sensor values for step 0 without advancing time.
        for (Component c : components) {
            c.sense(this);
        }
        io.resolve(Direction.SENSOR, rng, 0);
        io.resolve(Direction.ACTUATOR, rng, 0);
        io.copyEffective(lastEffective);
        this.published = new PublishedState(layout.size(), visualTotal, scene.maxParts());
        published.publish(this);
    }

    // ---------------------------------------------------------------- accessors

    public Scene scene() {
        return scene;
    }

    public long seed() {
        return seed;
    }

    public IoLayout layout() {
        return layout;
    }

    public IoImage io() {
        return io;
    }

    public PartSystem parts() {
        return parts;
    }

    public Rng rng() {
        return rng;
    }

    /** Steps taken since the world was built. */
    public long stepCount() {
        return stepCount;
    }

    /** Length of one step, nanoseconds of simulated time. */
    public long stepNanos() {
        return stepNanos;
    }

    /** Length of one step, seconds. */
    public double dtSeconds() {
        return dtSeconds;
    }

    /** Simulated time, nanoseconds. */
    public long simNanos() {
        return stepCount * stepNanos;
    }

    public List<Component> components() {
        return List.of(components);
    }

    /** The component of this id, or null. */
    public Component component(String id) {
        return byId.get(id);
    }

    /** The latest published state, safe to read from any thread. */
    public PublishedState published() {
        return published;
    }

    /** Names of the visual values, {@code component.visual}, by index. */
    public String[] visualNames() {
        return visualNames.clone();
    }

    void copyVisuals(double[] dest) {
        System.arraycopy(visuals, 0, dest, 0, visuals.length);
    }

    /** Value an operator set on a panel tag (1 = pressed for buttons). */
    public double operatorValue(int tagIndex) {
        return operatorValue[tagIndex];
    }

    public void setEventSink(EventSink sink) {
        this.events = sink == null ? EventSink.NONE : sink;
        parts.setEventSink(this.events, stepCount);
    }

    /** Reports an event of the current step (components call this). */
    public void emit(EventKind kind, int subject, double value) {
        events.onEvent(stepCount, kind, subject, value);
    }

    // ---------------------------------------------------------------- inputs, between steps

    /** Whether a tag takes inputs: actuators, and sensor tags of operator-panel controls. */
    public boolean isWritable(int tagIndex) {
        return layout.tag(tagIndex).direction() == Direction.ACTUATOR || operatorTag[tagIndex];
    }

    /**
     * Applies an input from a controller, student or rig. For an actuator the value is the
     * command; for a panel control it is the operator's action (1 = pressed, or the selector
     * position, or the setpoint). Takes effect at the next step; reported as
     * {@link EventKind#INPUT_APPLIED}.
     */
    public InputStatus setInput(int tagIndex, double value) {
        if (tagIndex < 0 || tagIndex >= layout.size()) {
            return InputStatus.UNKNOWN_TAG;
        }
        if (!isWritable(tagIndex)) {
            return InputStatus.NOT_WRITABLE;
        }
        TagDef t = layout.tag(tagIndex);
        if (!t.accepts(value)) {
            return InputStatus.OUT_OF_RANGE;
        }
        if (t.direction() == Direction.ACTUATOR) {
            io.setRaw(tagIndex, value);
        } else {
            operatorValue[tagIndex] = value;
        }
        events.onEvent(stepCount, EventKind.INPUT_APPLIED, tagIndex, value);
        return InputStatus.OK;
    }

    /** Applies an input by tag name. */
    public InputStatus setInput(String tag, double value) {
        return setInput(layout.indexOf(tag), value);
    }

    /** Forces a tag (any direction) to a value in its range. */
    public InputStatus force(int tagIndex, double value) {
        if (tagIndex < 0 || tagIndex >= layout.size()) {
            return InputStatus.UNKNOWN_TAG;
        }
        if (!layout.tag(tagIndex).accepts(value)) {
            return InputStatus.OUT_OF_RANGE;
        }
        io.force(tagIndex, value);
        events.onEvent(stepCount, EventKind.FORCE_ON, tagIndex, value);
        return InputStatus.OK;
    }

    public InputStatus unforce(int tagIndex) {
        if (tagIndex < 0 || tagIndex >= layout.size()) {
            return InputStatus.UNKNOWN_TAG;
        }
        if (io.isForced(tagIndex)) {
            io.unforce(tagIndex);
            events.onEvent(stepCount, EventKind.FORCE_OFF, tagIndex, 0);
        }
        return InputStatus.OK;
    }

    /**
     * Injects a fault. {@code target} is a tag name for tag faults, a component id for
     * component faults.
     *
     * @throws IllegalArgumentException naming why, when the target is unknown or the fault
     *         does not apply to it
     */
    public void injectFault(String target, FaultKind kind, double param) {
        applyFault(target, kind, true, param);
    }

    public void clearFault(String target, FaultKind kind) {
        applyFault(target, kind, false, 0);
    }

    private void applyFault(String target, FaultKind kind, boolean active, double param) {
        if (kind.target() == FaultKind.Target.TAG) {
            int t = layout.indexOf(target);
            if (t < 0) {
                throw new IllegalArgumentException("unknown tag '" + target + "' for fault " + kind.key());
            }
            TagDef def = layout.tag(t);
            if ((kind == FaultKind.DRIFT || kind == FaultKind.NOISE) && def.type() == TagType.BOOL) {
                throw new IllegalArgumentException("fault " + kind.key() + " needs an analog tag; '" + target + "' is bool");
            }
            if (kind != FaultKind.WIRE_BREAK && def.direction() != Direction.SENSOR) {
                throw new IllegalArgumentException("fault " + kind.key() + " applies to sensor tags; '" + target + "' is an actuator");
            }
            if (active) {
                io.setFault(t, kind, param);
                events.onEvent(stepCount, EventKind.TAG_FAULT_ON, t, kind.ordinal());
            } else if (io.fault(t) == kind) {
                io.clearFault(t);
                events.onEvent(stepCount, EventKind.TAG_FAULT_OFF, t, kind.ordinal());
            }
            return;
        }
        Component c = byId.get(target);
        if (c == null) {
            throw new IllegalArgumentException("unknown component '" + target + "' for fault " + kind.key());
        }
        if (!c.supports(kind)) {
            throw new IllegalArgumentException("fault " + kind.key() + " does not apply to " + c.type() + " '" + target + "'");
        }
        if (kind == FaultKind.SLOW && active && !(param >= 1)) {
            throw new IllegalArgumentException("fault slow needs a factor >= 1, got " + param);
        }
        if ((kind == FaultKind.BELT_SLIP || kind == FaultKind.VALVE_LEAK) && active && !(param >= 0 && param <= 1)) {
            throw new IllegalArgumentException("fault " + kind.key() + " needs a fraction in [0, 1], got " + param);
        }
        c.setFault(kind, active, param);
        events.onEvent(stepCount, active ? EventKind.COMPONENT_FAULT_ON : EventKind.COMPONENT_FAULT_OFF,
                c.index(), kind.ordinal());
    }

    private void readAll(byte[] snapshot) {
        SnapshotReader r = new SnapshotReader(snapshot);
        stepCount = r.getLong();
        rng.setState(r.getLong());
        io.readState(r);
        for (int i = 0; i < operatorValue.length; i++) {
            operatorValue[i] = r.getDouble();
        }
        for (int i = 0; i < lastEffective.length; i++) {
            lastEffective[i] = r.getDouble();
        }
        parts.readState(r);
        for (Component c : components) {
            c.readState(r);
        }
        if (!r.atEnd()) {
            throw new IllegalStateException("trailing bytes");
        }
    }

    // ---------------------------------------------------------------- the step

    /** Advances the world by one fixed step. */
    public void step() {
        // 1. apply inputs
        io.resolve(Direction.ACTUATOR, rng, dtSeconds);
        // 2. actuate
        for (Component c : actuating) {
            c.actuate(this);
        }
        // 3. integrate
        parts.step(dtSeconds, stepCount);
        for (Component c : integrating) {
            c.integrate(this);
        }
        // 4. sense
        for (Component c : sensing) {
            c.sense(this);
        }
        io.resolve(Direction.SENSOR, rng, dtSeconds);
        stepCount++;
        // 5. publish
        publishEdges();
        for (Component c : showing) {
            c.writeVisuals(visuals, c.visualOffset());
        }
        published.publish(this);
    }

    /** Advances {@code n} steps. */
    public void step(long n) {
        for (long i = 0; i < n; i++) {
            step();
        }
    }

    private void publishEdges() {
        for (int i = 0; i < lastEffective.length; i++) {
            double v = io.get(i);
            if (v != lastEffective[i]) {
                lastEffective[i] = v;
                if (discrete[i]) {
                    events.onEvent(stepCount, EventKind.TAG_CHANGED, i, v);
                }
            }
        }
    }

    // ---------------------------------------------------------------- state

    /** Feeds the complete dynamic state, in a fixed order, to a sink. */
    public void writeState(StateSink sink) {
        sink.putLong(stepCount);
        sink.putLong(rng.state());
        io.writeState(sink);
        for (double v : operatorValue) {
            sink.putDouble(v);
        }
        for (double v : lastEffective) {
            sink.putDouble(v);
        }
        parts.writeState(sink);
        for (Component c : components) {
            c.writeState(sink);
        }
    }

    /** The 64-bit hash of the complete dynamic state. Allocates nothing. */
    public long stateHash() {
        hasher.reset();
        writeState(hasher);
        return hasher.value();
    }

    /** A snapshot of the complete dynamic state, for {@link #restore}. */
    public byte[] snapshot() {
        SnapshotWriter w = new SnapshotWriter();
        writeState(w);
        return w.toByteArray();
    }

    /**
     * Restores a snapshot taken from a world of the same scene; the world then continues
     * exactly as the original did. All or nothing: a snapshot that does not fit leaves the
     * world as it was.
     *
     * @throws IllegalArgumentException when the snapshot does not fit this scene
     */
    public void restore(byte[] snapshot) {
        byte[] before = snapshot();
        try {
            readAll(snapshot);
        } catch (RuntimeException e) {
            readAll(before);
            throw new IllegalArgumentException("snapshot does not fit scene " + scene.id() + ": " + e.getMessage(), e);
        }
        parts.setEventSink(events, stepCount);
        for (Component c : components) {
            c.writeVisuals(visuals, c.visualOffset());
        }
        published.publish(this);
    }
}
