package io.simbase.engine.world;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.core.EventSink;
import io.simbase.engine.core.Rng;
import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoImage;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.io.TagType;
import io.simbase.engine.parts.PartSystem;
import io.simbase.engine.parts.PartType;
import io.simbase.engine.state.SnapshotReader;
import io.simbase.engine.state.SnapshotWriter;
import io.simbase.engine.state.StateHasher;
import io.simbase.engine.state.StateSink;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One running plant: a fixed-step world built from a {@link Blueprint} (a scene). A step has five phases:
 * <ol>
 * <li>apply inputs: effective actuator values from commands, tag faults and forces;</li>
 * <li>actuate: components move mechanisms and set surface and obstacle velocities;</li>
 * <li>integrate: parts move ({@link PartSystem}), process models and emitters advance;</li>
 * <li>sense: components write raw sensor values, then tag faults and forces apply;</li>
 * <li>publish: edges and other events go to the {@link EventSink}; the
 *     {@link PublishedState} is updated for readers on other threads.</li>
 * </ol>
 *
 * <p>Components take part in a phase by implementing its interface ({@link ActuatePhase},
 * {@link IntegratePhase}, {@link SensePhase}) and see the world only through that phase's
 * context. Every mutator returns an {@link Outcome}; none throws for a refused request.
 *
 * <p>Threading: not thread-safe; one thread steps a world and calls every mutator, between
 * steps. Time: simulated only ({@link #simNanos()}); the engine never reads a clock.
 * Determinism: the same scene, seed and inputs at the same steps give the same
 * {@link #stateHash()} after every step. A step allocates nothing.
 */
public final class World {
    private final Blueprint scene;
    private final long seed;
    private final IoLayout layout;
    private final IoImage io;
    private final PartSystem parts;
    private final Rng rng;
    private final Component[] components;
    // The components of each phase, in plant order: the step calls only these, so a component
    // with nothing to do in a phase (a chute in any phase, a sensor in actuate and integrate)
    // costs neither a call nor a cache miss there.
    private final Component[] actuating;
    private final Component[] integrating;
    private final Component[] sensing;
    private final Component[] showing;
    private final ActuateContext actuateContext;
    private final IntegrateContext integrateContext;
    private final SenseContext senseContext;
    private final Map<String, Component> byId;
    /** Per component, the faults its type offers. */
    private final List<List<FaultSpec>> faults;
    /** Fault names by event code: the {@link FaultKind} keys in order, then other declared names. */
    private final List<String> faultNames;
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
    private final QueuedParts queuedParts;
    private long stepCount;
    private EventSink events = EventSink.NONE;

    public World(Blueprint scene, long seed) {
        this.scene = scene;
        this.seed = seed;
        this.layout = scene.layout();
        this.io = new IoImage(layout);
        this.rng = new Rng(seed);
        this.stepNanos = scene.stepNanos();
        this.dtSeconds = stepNanos / 1e9;
        List<Component> built = scene.createComponents();
        this.components = built.toArray(new Component[0]);
        // Initial capacities only: surfaces and obstacles grow as components register them.
        this.parts = new PartSystem(scene.partTypes(), scene.maxParts(), components.length, components.length);
        Map<String, Component> ids = new HashMap<>();
        List<List<FaultSpec>> offered = new ArrayList<>();
        int visualTotal = 0;
        for (int i = 0; i < components.length; i++) {
            List<FaultSpec> f = List.copyOf(scene.faultsOf(i));
            components[i].attach(i, visualTotal, f);
            visualTotal += components[i].visualNames().length;
            ids.put(components[i].id(), components[i]);
            offered.add(f);
        }
        this.byId = Collections.unmodifiableMap(ids);
        this.faults = List.copyOf(offered);
        this.faultNames = faultNames(offered);
        this.queuedParts = new QueuedParts(components.length);
        this.actuating = Component.inPhase(built, Component.Phase.ACTUATE);
        this.integrating = Component.inPhase(built, Component.Phase.INTEGRATE);
        this.sensing = Component.inPhase(built, Component.Phase.SENSE);
        this.showing = Component.inPhase(built, Component.Phase.WRITE_VISUALS);
        this.visuals = new double[visualTotal];
        this.visualNames = new String[visualTotal];
        for (Component c : components) {
            String[] vn = c.visualNames();
            for (int k = 0; k < vn.length; k++) {
                visualNames[c.visualOffset() + k] = c.id() + '.' + vn[k];
            }
        }
        this.operatorTag = scene.operatorTags();
        this.operatorValue = new double[layout.size()];
        this.lastEffective = new double[layout.size()];
        this.discrete = new boolean[layout.size()];
        for (int i = 0; i < discrete.length; i++) {
            discrete[i] = layout.tag(i).type() != TagType.REAL;
        }
        this.actuateContext = new ActuateContext(this);
        this.integrateContext = new IntegrateContext(this);
        this.senseContext = new SenseContext(this);
        BuildContext buildContext = new BuildContext(this);
        for (Component c : components) {
            c.build(buildContext);
        }
        // Establish sensor values for step 0 without advancing time.
        for (Component c : sensing) {
            c.sense(senseContext);
        }
        io.resolve(Direction.SENSOR, rng, 0);
        io.resolve(Direction.ACTUATOR, rng, 0);
        io.copyEffective(lastEffective);
        this.published = new PublishedState(layout.size(), visualTotal, scene.maxParts());
        published.publish(this);
    }

    /** The {@link FaultKind} keys in ordinal order (their codes on the wire), then the other names offered. */
    private static List<String> faultNames(List<List<FaultSpec>> offered) {
        List<String> names = new ArrayList<>();
        for (FaultKind k : FaultKind.values()) {
            names.add(k.key());
        }
        for (List<FaultSpec> specs : offered) {
            for (FaultSpec spec : specs) {
                if (!names.contains(spec.name())) {
                    names.add(spec.name());
                }
            }
        }
        return List.copyOf(names);
    }

    // ---------------------------------------------------------------- accessors

    /** What this world was built from (its scene). */
    public Blueprint scene() {
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

    /** The faults the component at {@code index} offers, declared by its type. */
    public List<FaultSpec> faultsOf(int index) {
        return faults.get(index);
    }

    /**
     * Fault names by the code that fault events carry as their value: the {@link FaultKind}
     * keys in ordinal order, then any other name this world's component types declare.
     */
    public List<String> faultNames() {
        return faultNames;
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
     * {@link EventKind#INPUT_APPLIED}. Allocates nothing.
     */
    public Outcome setInput(int tagIndex, double value) {
        if (tagIndex < 0 || tagIndex >= layout.size()) {
            return Outcome.UNKNOWN_TAG;
        }
        if (!isWritable(tagIndex)) {
            return Outcome.NOT_WRITABLE;
        }
        TagDef t = layout.tag(tagIndex);
        if (!t.accepts(value)) {
            return Outcome.OUT_OF_RANGE;
        }
        if (t.direction() == Direction.ACTUATOR) {
            io.setRaw(tagIndex, value);
        } else {
            operatorValue[tagIndex] = value;
        }
        events.onEvent(stepCount, EventKind.INPUT_APPLIED, tagIndex, value);
        return Outcome.OK;
    }

    /** Applies an input by tag name. */
    public Outcome setInput(String tag, double value) {
        return setInput(layout.indexOf(tag), value);
    }

    /** Forces a tag (any direction) to a value in its range. Allocates nothing. */
    public Outcome force(int tagIndex, double value) {
        if (tagIndex < 0 || tagIndex >= layout.size()) {
            return Outcome.UNKNOWN_TAG;
        }
        if (!layout.tag(tagIndex).accepts(value)) {
            return Outcome.OUT_OF_RANGE;
        }
        io.force(tagIndex, value);
        events.onEvent(stepCount, EventKind.FORCE_ON, tagIndex, value);
        return Outcome.OK;
    }

    /** Releases a force; releasing a tag that is not forced is not an error. Allocates nothing. */
    public Outcome unforce(int tagIndex) {
        if (tagIndex < 0 || tagIndex >= layout.size()) {
            return Outcome.UNKNOWN_TAG;
        }
        if (io.isForced(tagIndex)) {
            io.unforce(tagIndex);
            events.onEvent(stepCount, EventKind.FORCE_OFF, tagIndex, 0);
        }
        return Outcome.OK;
    }

    /**
     * Injects a fault by name: a tag fault ({@link FaultKind} with a tag target) on a tag, or a
     * component fault on a component whose type offers it ({@link #faultsOf}). The outcome
     * names why a fault was refused.
     */
    public Outcome injectFault(String target, String fault, double param) {
        return applyFault(target, fault, true, param);
    }

    /** Clears a fault by name; see {@link #injectFault(String, String, double)}. */
    public Outcome clearFault(String target, String fault) {
        return applyFault(target, fault, false, 0);
    }

    /** Injects a fault of a kind known to the wire protocol; see {@link #injectFault(String, String, double)}. */
    public Outcome injectFault(String target, FaultKind kind, double param) {
        return applyFault(target, kind.key(), true, param);
    }

    /** Clears a fault of a kind known to the wire protocol. */
    public Outcome clearFault(String target, FaultKind kind) {
        return applyFault(target, kind.key(), false, 0);
    }

    /**
     * Queues a part type for a part source (an emitter): the next part it releases is of this
     * type instead of its own sequence's or seeded mix's choice; parts queued one after another
     * come out in that order. The source keeps its own pace (interval, enable, a clear spot).
     * Between steps; allocates only when a queue grows.
     */
    public Outcome queuePart(String sourceId, String partType) {
        Component c = byId.get(sourceId);
        if (c == null) {
            return Outcome.refused(Outcome.Code.UNKNOWN_COMPONENT, "unknown component '" + sourceId + "'");
        }
        if (!(c instanceof PartSource)) {
            return Outcome.refused(Outcome.Code.NOT_APPLICABLE,
                    c.type() + " '" + sourceId + "' does not release parts; only an emitter takes a part type");
        }
        int type = partTypeIndex(partType);
        if (type < 0) {
            return Outcome.refused(Outcome.Code.UNKNOWN_PART_TYPE, "unknown part type '" + partType
                    + "' (this scene has: " + String.join(", ", partTypeNames()) + ")");
        }
        queuedParts.add(c.index(), type);
        return Outcome.OK;
    }

    /** Part types still queued for the component at {@code index} ({@link #queuePart}). */
    public int queuedParts(int index) {
        return queuedParts.size(index);
    }

    /** The index of the scene's part type of that name, or -1. */
    public int partTypeIndex(String name) {
        List<PartType> types = scene.partTypes();
        for (int i = 0; i < types.size(); i++) {
            if (types.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private List<String> partTypeNames() {
        List<String> names = new ArrayList<>();
        for (PartType t : scene.partTypes()) {
            names.add(t.name());
        }
        return names;
    }

    /** The next part type queued for component {@code index}, taken off its queue; -1 when none. */
    int takeQueuedPart(int index) {
        return queuedParts.take(index);
    }

    private Outcome applyFault(String target, String faultName, boolean active, double param) {
        FaultKind kind = FaultKind.parse(faultName);
        if (kind != null && kind.target() == FaultKind.Target.TAG) {
            return applyTagFault(target, kind, active, param);
        }
        String fault = kind != null ? kind.key() : faultName;
        if (kind == null && !faultNames.contains(fault)) {
            return Outcome.refused(Outcome.Code.UNKNOWN_FAULT, "unknown fault kind '" + faultName
                    + "' (this scene offers: " + String.join(", ", faultNames) + ")");
        }
        Component c = byId.get(target);
        if (c == null) {
            return Outcome.refused(Outcome.Code.UNKNOWN_COMPONENT, "unknown component '" + target + "' for fault " + fault);
        }
        FaultSpec spec = null;
        for (FaultSpec f : faults.get(c.index())) {
            if (f.name().equals(fault)) {
                spec = f;
            }
        }
        if (spec == null) {
            return Outcome.refused(Outcome.Code.NOT_APPLICABLE,
                    "fault " + fault + " does not apply to " + c.type() + " '" + target + "'");
        }
        if (active && !spec.accepts(param)) {
            return Outcome.refused(Outcome.Code.BAD_PARAMETER,
                    "fault " + fault + " needs " + spec.parameter() + ", got " + param);
        }
        c.setFault(spec, active, param);
        events.onEvent(stepCount, active ? EventKind.COMPONENT_FAULT_ON : EventKind.COMPONENT_FAULT_OFF,
                c.index(), faultNames.indexOf(fault));
        return Outcome.OK;
    }

    /** Why tag fault {@code kind} cannot be injected on {@code def}, or null when it can. */
    private static String whyNotApplicable(FaultKind kind, TagDef def) {
        if (kind.target() != FaultKind.Target.TAG) {
            return "fault " + kind.key() + " is a component fault; '" + def.name() + "' is a tag";
        }
        if (kind.analogOnly() && def.type() == TagType.BOOL) {
            return "fault " + kind.key() + " needs an analog tag; '" + def.name() + "' is bool";
        }
        if (kind.sensorsOnly() && def.direction() != Direction.SENSOR) {
            return "fault " + kind.key() + " applies to sensor tags; '" + def.name() + "' is an actuator";
        }
        return null;
    }

    /** The keys of the tag faults tag {@code t} accepts (e.g. {@code stuck_on}), in code order; for clients' fault lists. */
    public List<String> tagFaultNames(int t) {
        List<String> names = new ArrayList<>();
        for (FaultKind kind : FaultKind.values()) {
            if (whyNotApplicable(kind, layout.tag(t)) == null) {
                names.add(kind.key());
            }
        }
        return names;
    }

    private Outcome applyTagFault(String target, FaultKind kind, boolean active, double param) {
        int t = layout.indexOf(target);
        if (t < 0) {
            return Outcome.refused(Outcome.Code.UNKNOWN_TAG, "unknown tag '" + target + "' for fault " + kind.key());
        }
        String notApplicable = whyNotApplicable(kind, layout.tag(t));
        if (notApplicable != null) {
            return Outcome.refused(Outcome.Code.NOT_APPLICABLE, notApplicable);
        }
        if (active) {
            io.setFault(t, kind, param);
            events.onEvent(stepCount, EventKind.TAG_FAULT_ON, t, kind.ordinal());
        } else if (io.fault(t) == kind) {
            io.clearFault(t);
            events.onEvent(stepCount, EventKind.TAG_FAULT_OFF, t, kind.ordinal());
        }
        return Outcome.OK;
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
        queuedParts.clear();
        if (!r.atEnd()) {
            queuedParts.readState(r);
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
            c.actuate(actuateContext);
        }
        // 3. integrate
        parts.step(dtSeconds, stepCount);
        for (Component c : integrating) {
            c.integrate(integrateContext);
        }
        // 4. sense
        for (Component c : sensing) {
            c.sense(senseContext);
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
        queuedParts.writeState(sink); // nothing while no part is queued
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
