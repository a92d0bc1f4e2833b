package io.simbase.engine.component;

import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.parts.PartSystem;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.ActuateContext;
import io.simbase.engine.world.ActuatePhase;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.FaultSpec;
import io.simbase.engine.world.Geometry;

/**
 * A process valve on a tank. Its opening {@code u} in [0, 1] comes from a bool tag (solenoid
 * valve) or an analog tag scaled over the tag's range (e.g. 0..100 %).
 * <ul>
 * <li>supply valve: from a constant-pressure supply, {@code Q = u * maxFlow} (m^3/s);</li>
 * <li>drain valve: Torricelli outflow through an orifice at the tank bottom,
 *     {@code Q = u * Cd * a * sqrt(2 g h)}.</li>
 * </ul>
 * Fault {@code valve_leak}: the valve passes at least the fraction {@code param}.
 */
public final class Valve extends Component implements ActuatePhase {
    private static final FaultSpec LEAK = FaultSpec.of(FaultKind.VALVE_LEAK.key(), FaultKind.VALVE_LEAK.text(),
            "a fraction in [0, 1]", 0, 1);
    /** The scene-file type {@code supply_valve}. */
    public static final ComponentType SUPPLY = ComponentType.builder("supply_valve",
                    "a valve from a constant-pressure supply into a tank: Q = u * flow")
            .optionalAt("")
            .tag("tag", true, Direction.ACTUATOR, "opening: bool, or analog over the tag's range")
            .number("flow", 1e-6, 10, "m^3/s fully open")
            .fault(LEAK)
            .factory(c -> new Valve(c.id(), Placement.small(c, 0.1), false, c.number("flow"), 0, 0, c.tag("tag")))
            .build();
    /** The scene-file type {@code drain_valve}. */
    public static final ComponentType DRAIN = ComponentType.builder("drain_valve",
                    "a valve at a tank's bottom: Q = u * cd * orifice * sqrt(2 g h)")
            .optionalAt("")
            .tag("tag", true, Direction.ACTUATOR, "opening: bool, or analog over the tag's range")
            .number("orifice", 1e-6, 1, "m^2")
            .number("cd", 0.61, 0.1, 1, "discharge coefficient")
            .fault(LEAK)
            .factory(c -> new Valve(c.id(), Placement.small(c, 0.1), true, 0, c.number("orifice"), c.number("cd"),
                    c.tag("tag")))
            .build();

    private final boolean drain;
    private final double maxFlowM3s;
    private final double orificeM2;
    private final double dischargeCoefficient;
    private final int tag;
    /** The tag's range, copied at build: the step reads no TagDef. */
    private double tagMin;
    private double tagMax;
    private double opening;
    private double leak;

    public Valve(String id, Geometry g, boolean drain, double maxFlowM3s, double orificeM2,
                 double dischargeCoefficient, int tag) {
        super(id, drain ? "drain_valve" : "supply_valve", g);
        this.drain = drain;
        this.maxFlowM3s = maxFlowM3s;
        this.orificeM2 = orificeM2;
        this.dischargeCoefficient = dischargeCoefficient;
        this.tag = tag;
    }

    public boolean isDrain() {
        return drain;
    }

    /** Effective opening in [0, 1], leak included. */
    public double opening() {
        return opening;
    }

    /** Supply flow, m^3/s (supply valves). */
    public double supplyFlow() {
        return opening * maxFlowM3s;
    }

    /** Outflow coefficient k in Q = k * sqrt(h), m^2.5/s (drain valves). */
    public double drainCoefficient() {
        return opening * dischargeCoefficient * orificeM2 * Math.sqrt(2 * PartSystem.G);
    }

    @Override
    protected void build(BuildContext w) {
        TagDef t = w.layout().tag(tag);
        tagMin = t.min();
        tagMax = t.max();
    }

    @Override
    public void actuate(ActuateContext w) {
        double v = w.get(tag);
        double u = tagMax > tagMin ? (v - tagMin) / (tagMax - tagMin) : 0;
        opening = Math.max(leak, Math.min(1, Math.max(0, u)));
    }

    @Override
    public String[] visualNames() {
        return new String[] {"opening"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = opening;
    }

    @Override
    protected void setFault(FaultSpec fault, boolean active, double param) {
        leak = active ? param : 0;
    }

    @Override
    protected void writeState(StateSink s) {
        s.putDouble(opening);
        s.putDouble(leak);
    }

    @Override
    protected void readState(StateSource s) {
        opening = s.getDouble();
        leak = s.getDouble();
    }
}
