package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentConfig;
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
 * A consumer drawing water from a tank through its own pump: the disturbance of a level loop.
 * Its demand (m^3/s) does not depend on the level; it holds for {@code interval_s} and then
 * steps to a new value drawn uniformly in [{@code min}, {@code max}] from the world's random
 * numbers, so the times of the changes are fixed and their sizes depend on the seed only, never
 * on the controller. The tank (which lists the consumer among its outlets) takes the demand out
 * of its mass balance and reports back what it could deliver: all of it while there is water,
 * at most the inflow once the tank is empty (the pump then runs dry). An optional flow meter tag
 * reads the delivered flow in l/s.
 *
 * <p>List it before its tank: a change drawn in a step's integrate phase then acts in the same
 * step. Called on the simulation thread only; the step allocates nothing.
 */
public final class Consumer extends Component implements IntegratePhase, SensePhase {
    /** The scene-file type {@code consumer}. */
    public static final ComponentType TYPE = ComponentType.builder("consumer",
                    "a pumped take-off from a tank whose demand steps to a random value every interval (a level loop's disturbance)")
            .optionalAt("")
            .number("min", 0, 10, "smallest demand, m^3/s")
            .number("max", 0, 10, "largest demand, m^3/s")
            .number("initial", "min", 0, 10, "demand until the first change, m^3/s")
            .number("interval_s", 0.01, 1e6, "time between demand changes, s")
            .tag("flow", false, Direction.SENSOR, "flow meter: delivered flow, l/s", TagType.REAL)
            .factory(Consumer::create)
            .build();

    private final double minM3s;
    private final double maxM3s;
    private final double intervalSeconds;
    private final int flowTag;
    private long stepsPerChange;
    private long stepsLeft;
    private double demandM3s;
    private double deliveredM3s;

    private static Consumer create(ComponentConfig c) {
        double min = c.number("min");
        double max = c.number("max");
        if (max < min) {
            throw c.fail("max", "max " + max + " is below min " + min);
        }
        double initial = c.number("initial", min);
        if (initial < min || initial > max) {
            throw c.fail("initial", "initial " + initial + " out of range [" + min + ", " + max + "]");
        }
        return new Consumer(c.id(), Placement.small(c, 0.3), min, max, initial, c.number("interval_s"), c.tag("flow"));
    }

    Consumer(String id, Geometry g, double minM3s, double maxM3s, double initialM3s, double intervalSeconds,
             int flowTag) {
        super(id, "consumer", g);
        this.minM3s = minM3s;
        this.maxM3s = maxM3s;
        this.intervalSeconds = intervalSeconds;
        this.flowTag = flowTag;
        this.demandM3s = initialM3s;
    }

    /** The flow the consumer asks for now, m^3/s. */
    public double demandM3s() {
        return demandM3s;
    }

    /** The flow it got in the last step, m^3/s (less than the demand only from an empty tank). */
    public double deliveredM3s() {
        return deliveredM3s;
    }

    /** Called by its tank in the integrate phase: what the tank could deliver this step. */
    void delivered(double flowM3s) {
        deliveredM3s = flowM3s;
    }

    @Override
    protected void build(BuildContext w) {
        stepsPerChange = Math.max(1, Math.round(intervalSeconds / w.dtSeconds()));
        stepsLeft = stepsPerChange;
    }

    @Override
    public void integrate(IntegrateContext w) {
        if (--stepsLeft <= 0) {
            stepsLeft = stepsPerChange;
            demandM3s = minM3s + (maxM3s - minM3s) * w.rng().nextDouble();
        }
    }

    @Override
    public void sense(SenseContext w) {
        if (flowTag >= 0) {
            w.setSensor(flowTag, deliveredM3s * 1000);
        }
    }

    @Override
    public String[] visualNames() {
        return new String[] {"flow_ls", "dry"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = deliveredM3s * 1000;
        dest[offset + 1] = demandM3s > 0 && deliveredM3s < demandM3s * 0.999 ? 1 : 0;
    }

    @Override
    public Drawing drawing() {
        double s = geometry().sizeX();
        return Drawing.of(
                Drawing.circle(0, 0, s / 2, "#5f9ea0").layer(1),
                Drawing.rect(s * 0.35, 0, s * 0.5, s * 0.15, "#5f9ea0").layer(1),
                Drawing.circle(0, 0, s * 0.15, "#ff8c00").onWhen("dry", "#e0ffff").layer(2).atLeast(4),
                Drawing.text(0, -s * 0.75, "flow_ls", 1, " l/s", "#000"));
    }

    @Override
    protected void writeState(StateSink s) {
        s.putLong(stepsLeft);
        s.putDouble(demandM3s);
        s.putDouble(deliveredM3s);
    }

    @Override
    protected void readState(StateSource s) {
        stepsLeft = s.getLong();
        demandM3s = s.getDouble();
        deliveredM3s = s.getDouble();
    }
}
