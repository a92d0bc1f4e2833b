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
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;

/**
 * A load cell under a section of belt (a weighing belt): it weighs the parts whose centre is on
 * its footprint and that rest on the belt (base at most 1 cm above {@code z}). The reading
 * settles to the weight as a first-order lag, {@code settle_s dW/dt = M - W} (exact
 * discretisation), and carries Gaussian noise of {@code noise} kg (drawn from the world's RNG,
 * only when the noise is above 0), so a program must read it once the part is well on the
 * section, and compare it with thresholds that leave room for the noise.
 *
 * <p>Called on the simulation thread only; the step allocates nothing.
 */
public final class LoadCell extends Component implements SensePhase {
    /** Parts whose base is at most this far above the cell's surface count, metres. */
    static final double RESTING_M = 0.01;

    /** The scene-file type {@code load_cell}. */
    public static final ComponentType TYPE = ComponentType.builder("load_cell",
                    "a load cell under a belt section: the weight of the parts on it, with settling and noise")
            .at(3, "centre of the weighed section; z the belt surface")
            .numbers("size", 2, 0.01, 10, "[sx, sy], m")
            .tag("weight", true, Direction.SENSOR, "kg", TagType.REAL)
            .number("settle_s", 0.2, 0.001, 60, "s: time constant of the reading")
            .number("noise", 0.005, 0, 100, "kg: standard deviation of the reading's noise")
            .factory(LoadCell::create)
            .build();

    private final int weightTag;
    private final double settleS;
    private final double noiseKg;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double maxBaseZ;
    private double decay = Double.NaN;
    /** The settled part of the reading, kg (without the noise). */
    private double settledKg;
    private double readingKg;

    private static LoadCell create(ComponentConfig c) {
        double[] at = c.numbers("at");
        double[] size = c.numbers("size");
        Geometry g = new Geometry(at[0], at[1], at[2], size[0], size[1], 0.02, c.yawDegrees());
        return new LoadCell(c.id(), g, c.tag("weight"), c.number("settle_s"), c.number("noise"));
    }

    LoadCell(String id, Geometry g, int weightTag, double settleS, double noiseKg) {
        super(id, "load_cell", g);
        this.weightTag = weightTag;
        this.settleS = settleS;
        this.noiseKg = noiseKg;
        this.minX = g.minX();
        this.minY = g.minY();
        this.maxX = g.maxX();
        this.maxY = g.maxY();
        this.maxBaseZ = g.z() + RESTING_M;
    }

    @Override
    protected void build(BuildContext w) {
        decay = StrictMath.exp(-w.dtSeconds() / settleS);
    }

    @Override
    public void sense(SenseContext w) {
        double mass = w.massInZone(minX, minY, maxX, maxY, maxBaseZ);
        settledKg = mass + (settledKg - mass) * decay;
        readingKg = noiseKg > 0 ? settledKg + noiseKg * w.rng().nextGaussian() : settledKg;
        w.setSensor(weightTag, readingKg);
    }

    /** The reading without its noise, kg. */
    public double settledKg() {
        return settledKg;
    }

    @Override
    public String[] visualNames() {
        return new String[] {"weight_kg"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = readingKg;
    }

    /** From above: the weighing plate under the belt's section and the reading beside it. */
    @Override
    public Drawing drawing() {
        Geometry g = geometry();
        return Drawing.of(
                Drawing.rect(0, 0, g.sizeX(), g.sizeY() + 0.06, "#4682b4"),
                Drawing.text(0, g.sizeY() / 2 + 0.12, "weight_kg", 3, " kg", "#000"));
    }

    @Override
    protected void writeState(StateSink s) {
        s.putDouble(settledKg);
        s.putDouble(readingKg);
    }

    @Override
    protected void readState(StateSource s) {
        settledKg = s.getDouble();
        readingKg = s.getDouble();
    }
}
