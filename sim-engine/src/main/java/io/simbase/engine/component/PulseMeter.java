package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.IntegrateContext;
import io.simbase.engine.world.IntegratePhase;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;

/**
 * A pulsed flow meter (oval gear or turbine) in the line of a pump or a supply valve: it
 * totalises the line's flow and gives one pulse per {@code per_pulse} m^3, its output on for
 * the second half of each pulse's volume (so the n-th rising edge comes after n - 1/2 pulses). A program totalises by counting rising edges. The
 * pulse frequency is flow / per_pulse; a controller must scan at least twice as fast.
 *
 * <p>Called on the simulation thread only; the step allocates nothing.
 */
public final class PulseMeter extends Component implements IntegratePhase, SensePhase {
    /** The scene-file type {@code pulse_meter}. */
    public static final ComponentType TYPE = ComponentType.builder("pulse_meter",
                    "a pulsed flow meter in a pump's or supply valve's line: one pulse per per_pulse m^3")
            .optionalAt("")
            .ref("line", false, "the pump or supply valve it measures", "pump", "supply_valve")
            .number("per_pulse", 1e-7, 1, "m^3 per pulse")
            .tag("pulse", true, Direction.SENSOR, "on for the second half of each pulse's volume", TagType.BOOL)
            .factory(c -> new PulseMeter(c.id(), Placement.small(c, 0.1), c.ref("line"), c.number("per_pulse"),
                    c.tag("pulse")))
            .build();

    private final String lineId;
    private final double perPulseM3;
    private final int pulseTag;
    private Pump pump;
    private Valve valve;
    /** Volume through the meter since the world started, m^3. */
    private double totalM3;

    PulseMeter(String id, Geometry g, String lineId, double perPulseM3, int pulseTag) {
        super(id, "pulse_meter", g);
        this.lineId = lineId;
        this.perPulseM3 = perPulseM3;
        this.pulseTag = pulseTag;
    }

    /** Volume measured so far, m^3. */
    public double totalM3() {
        return totalM3;
    }

    /** Whole pulses given so far. */
    public long pulses() {
        return (long) Math.floor(totalM3 / perPulseM3);
    }

    private boolean pulseOn() {
        double phase = totalM3 / perPulseM3;
        return phase - Math.floor(phase) >= 0.5;
    }

    @Override
    protected void build(BuildContext w) {
        Component line = w.component(lineId);
        if (line instanceof Pump p) {
            pump = p;
        } else {
            valve = (Valve) line;
        }
    }

    @Override
    public void integrate(IntegrateContext w) {
        double flow = pump != null ? pump.flow() : valve.supplyFlow();
        totalM3 += flow * w.dtSeconds();
    }

    @Override
    public void sense(SenseContext w) {
        w.setSensor(pulseTag, pulseOn());
    }

    @Override
    public String[] visualNames() {
        return new String[] {"total_l", "pulse"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = totalM3 * 1000;
        dest[offset + 1] = pulseOn() ? 1 : 0;
    }

    @Override
    public Drawing drawing() {
        double s = geometry().sizeX();
        return Drawing.of(
                Drawing.rect(0, 0, s, s, "#696969").layer(2),
                Drawing.circle(0, 0, s * 0.3, "#ffd700").onWhen("pulse", "#2f2f2f").layer(2).atLeast(3),
                Drawing.text(0, -s * 1.2, "total_l", 1, " l", "#000"));
    }

    @Override
    protected void writeState(StateSink s) {
        s.putDouble(totalM3);
    }

    @Override
    protected void readState(StateSource s) {
        totalM3 = s.getDouble();
    }
}
