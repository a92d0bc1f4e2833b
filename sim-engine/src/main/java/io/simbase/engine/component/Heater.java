package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagDef;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.IntegrateContext;
import io.simbase.engine.world.IntegratePhase;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;

/**
 * A heater with first-order thermal response: {@code tau dT/dt = Tamb + gain u - T}, where the
 * power {@code u} in [0, 1] comes from a bool or analog actuator tag. Integrated exactly for
 * piecewise-constant {@code u}: {@code T(t+dt) = Tss + (T - Tss) exp(-dt/tau)} (StrictMath, so
 * the decay factor is the same on every JVM). Optional temperature sensor tag, degrees C.
 */
public final class Heater extends Component implements IntegratePhase, SensePhase {
    /** The scene-file type {@code heater}. */
    public static final ComponentType TYPE = ComponentType.builder("heater",
                    "first-order heating: tau dT/dt = ambient + gain u - T, exact discretisation")
            .optionalAt("")
            .tag("power", true, Direction.ACTUATOR, "u: bool, or analog over the tag's range")
            .number("ambient", 20, -50, 100, "degrees C")
            .number("gain", 0, 1000, "degrees C at full power")
            .number("tau", 0.1, 1e5, "s")
            .tag("temperature", false, Direction.SENSOR, "degrees C", TagType.REAL)
            .factory(c -> new Heater(c.id(), Placement.small(c, 0.1), c.number("ambient"), c.number("gain"),
                    c.number("tau"), c.tag("power"), c.tag("temperature")))
            .build();

    private final double ambientC;
    private final double gainC;
    private final double tauSeconds;
    private final int powerTag;
    private final int temperatureTag;
    /** The power tag's range, copied at build: the step reads no TagDef. */
    private double powerMin;
    private double powerMax;
    private double decay = Double.NaN;
    private double temperatureC;

    public Heater(String id, Geometry g, double ambientC, double gainC, double tauSeconds, int powerTag,
                  int temperatureTag) {
        super(id, "heater", g);
        this.ambientC = ambientC;
        this.gainC = gainC;
        this.tauSeconds = tauSeconds;
        this.powerTag = powerTag;
        this.temperatureTag = temperatureTag;
        this.temperatureC = ambientC;
    }

    public double temperatureC() {
        return temperatureC;
    }

    @Override
    protected void build(BuildContext w) {
        decay = StrictMath.exp(-w.dtSeconds() / tauSeconds);
        TagDef t = w.layout().tag(powerTag);
        powerMin = t.min();
        powerMax = t.max();
    }

    @Override
    public void integrate(IntegrateContext w) {
        double v = w.get(powerTag);
        double u = powerMax > powerMin ? Math.min(1, Math.max(0, (v - powerMin) / (powerMax - powerMin))) : 0;
        double steady = ambientC + gainC * u;
        temperatureC = steady + (temperatureC - steady) * decay;
    }

    @Override
    public void sense(SenseContext w) {
        if (temperatureTag >= 0) {
            w.setSensor(temperatureTag, temperatureC);
        }
    }

    @Override
    public String[] visualNames() {
        return new String[] {"temperature_c"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = temperatureC;
    }

    @Override
    protected void writeState(StateSink s) {
        s.putDouble(temperatureC);
    }

    @Override
    protected void readState(StateSource s) {
        temperatureC = s.getDouble();
    }
}
