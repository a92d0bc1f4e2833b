package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentConfig;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.IntegrateContext;
import io.simbase.engine.world.IntegratePhase;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;
import java.util.Map;

/**
 * The agitator of a batch vessel (a {@code tank} filled by two pumps, A and B, heated by a
 * {@code heater}), and the quality lab that judges each batch when it is discharged.
 *
 * <p>Mixing: the homogeneity {@code m} in [0, 1] rises while the agitator runs with its blade
 * covered, {@code tau dm/dt = 1 - m} (exact discretisation); liquid pumped in dilutes it,
 * {@code m := m V / (V + dV)}. The vessel's contents are tracked as the volumes of A and B; an
 * outflow takes both in proportion.
 *
 * <p>A batch is judged at the first step with an outflow after the vessel was filled: it is good
 * when its volume and its ratio A:B are within {@code tolerance} of the recipe, it is mixed
 * ({@code m >= 0.95}) and the heater's temperature has reached {@code min_temp}; otherwise bad.
 * The counters are int sensor tags. Once the vessel is empty again (below 1 mm) the next batch
 * begins. Fault {@code jammed}: the agitator does not turn (feedback off, no mixing).
 *
 * <p>List it after its tank (it reads the tank's level and outflow of the same step). Called on
 * the simulation thread only; the step allocates nothing.
 */
public final class Agitator extends Mechanism implements IntegratePhase, SensePhase {
    /** Homogeneity a batch needs. */
    static final double MIXED = 0.95;
    /** Level below which the vessel counts as empty, m. */
    static final double EMPTY_M = 0.001;

    /** The scene-file type {@code agitator}. */
    public static final ComponentType TYPE = ComponentType.builder("agitator",
                    "a batch vessel's agitator; judges each batch (volume, ratio A:B, mixing, temperature) when it is discharged")
            .optionalAt("")
            .ref("tank", false, "the vessel", "tank")
            .ref("a", false, "the pump of component A", "pump")
            .ref("b", false, "the pump of component B", "pump")
            .ref("heater", false, "the vessel's heater", "heater")
            .tag("run", true, Direction.ACTUATOR, "", TagType.BOOL)
            .tag("feedback", false, Direction.SENSOR, "running feedback", TagType.BOOL)
            .tag("good", false, Direction.SENSOR, "batches discharged in spec", TagType.INT)
            .tag("bad", false, Direction.SENSOR, "batches discharged out of spec", TagType.INT)
            .number("volume", 1e-4, 100, "recipe: batch volume, m^3")
            .number("ratio", 0.01, 100, "recipe: volume of A per volume of B")
            .number("tolerance", 0.02, 0.001, 0.5, "allowed relative error of volume and ratio")
            .number("min_temp", -50, 500, "recipe: temperature the batch must reach, degrees C")
            .number("blade", 0, 50, "level that covers the blade, m")
            .number("mix_tau", 3, 0.01, 1000, "mixing time constant, s")
            .fault(JAMMED)
            .factory(Agitator::create)
            .build();

    /** The recipe a batch is judged against. */
    record Recipe(double volumeM3, double ratio, double tolerance, double minTempC) {
        boolean accepts(double volumeA, double volumeB, double mixed, double temperatureC) {
            double volume = volumeA + volumeB;
            return Math.abs(volume - volumeM3) <= tolerance * volumeM3
                    && volumeB > 0 && Math.abs(volumeA / volumeB - ratio) <= tolerance * ratio
                    && mixed >= MIXED && temperatureC >= minTempC;
        }
    }

    private final String tankId;
    private final String aId;
    private final String bId;
    private final String heaterId;
    private final Recipe recipe;
    private final double bladeM;
    private final double mixTauSeconds;
    private final int runTag;
    private final int feedbackTag;
    private final int goodTag;
    private final int badTag;
    private Tank tank;
    private Pump pumpA;
    private Pump pumpB;
    private Heater heater;
    private double mixDecay = Double.NaN;

    private boolean running;
    private double volumeA;
    private double volumeB;
    private double mixed;
    private boolean judged;
    private int good;
    private int bad;

    private static Agitator create(ComponentConfig c) {
        Recipe r = new Recipe(c.number("volume"), c.number("ratio"), c.number("tolerance"), c.number("min_temp"));
        return new Agitator(c.id(), Placement.small(c, 0.3), c.ref("tank"), c.ref("a"), c.ref("b"), c.ref("heater"), r,
                c.number("blade"), c.number("mix_tau"), c.tag("run"), c.tag("feedback"), c.tag("good"), c.tag("bad"));
    }

    Agitator(String id, Geometry g, String tankId, String aId, String bId, String heaterId, Recipe recipe, double bladeM,
             double mixTauSeconds, int runTag, int feedbackTag, int goodTag, int badTag) {
        super(id, "agitator", g);
        this.tankId = tankId;
        this.aId = aId;
        this.bId = bId;
        this.heaterId = heaterId;
        this.recipe = recipe;
        this.bladeM = bladeM;
        this.mixTauSeconds = mixTauSeconds;
        this.runTag = runTag;
        this.feedbackTag = feedbackTag;
        this.goodTag = goodTag;
        this.badTag = badTag;
    }

    /** Homogeneity of the contents, 0..1. */
    public double mixed() {
        return mixed;
    }

    public int goodBatches() {
        return good;
    }

    public int badBatches() {
        return bad;
    }

    /** Volumes of A and B in the vessel, m^3. */
    public double volumeA() {
        return volumeA;
    }

    public double volumeB() {
        return volumeB;
    }

    @Override
    protected void build(BuildContext w) {
        tank = (Tank) w.component(tankId);
        pumpA = (Pump) w.component(aId);
        pumpB = (Pump) w.component(bId);
        heater = (Heater) w.component(heaterId);
        mixDecay = StrictMath.exp(-w.dtSeconds() / mixTauSeconds);
    }

    @Override
    public void integrate(IntegrateContext w) {
        double dt = w.dtSeconds();
        running = !jammed && w.getBool(runTag);
        double before = volumeA + volumeB;
        double added = (pumpA.flow() + pumpB.flow()) * dt;
        volumeA += pumpA.flow() * dt;
        volumeB += pumpB.flow() * dt;
        if (added > 0) {
            mixed = before > 0 ? mixed * before / (before + added) : 0;
        }
        if (running && tank.levelM() >= bladeM) {
            mixed = 1 - (1 - mixed) * mixDecay;
        }
        double out = tank.outflowM3s() * dt;
        double inside = volumeA + volumeB;
        if (out > 0 && inside > 0) {
            if (!judged) {
                judged = true;
                if (recipe.accepts(volumeA, volumeB, mixed, heater.temperatureC())) {
                    good++;
                } else {
                    bad++;
                }
            }
            double keep = Math.max(0, 1 - out / inside);
            volumeA *= keep;
            volumeB *= keep;
        }
        if (tank.levelM() < EMPTY_M && judged) {
            volumeA = 0;
            volumeB = 0;
            mixed = 0;
            judged = false;
        }
    }

    @Override
    public void sense(SenseContext w) {
        if (feedbackTag >= 0) {
            w.setSensor(feedbackTag, running);
        }
        if (goodTag >= 0) {
            w.setSensor(goodTag, good);
        }
        if (badTag >= 0) {
            w.setSensor(badTag, bad);
        }
    }

    @Override
    public String[] visualNames() {
        return new String[] {"running", "mixed_pct", "good", "bad"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = running ? 1 : 0;
        dest[offset + 1] = mixed * 100;
        dest[offset + 2] = good;
        dest[offset + 3] = bad;
    }

    @Override
    public Drawing drawing() {
        double s = geometry().sizeX();
        return Drawing.of(
                Drawing.circle(0, 0, s * 0.25, "#8b4513").layer(1),
                Drawing.rect(0, 0, s * 0.45, s * 0.08, "#a0522d").onWhen("running", "#deb887").layer(1),
                Drawing.text(0, -s * 0.4, "mixed_pct", 0, " %", "#000"),
                Drawing.text(-s * 0.3, s * 0.4, "good", 0, " \u2713", "#006400"),
                Drawing.text(s * 0.3, s * 0.4, "bad", 0, " \u2717", "#b22222"));
    }

    @Override
    protected Map<String, String> staticProperties() {
        return Map.of("recipe_volume_m3", Double.toString(recipe.volumeM3()), "recipe_ratio", Double.toString(recipe.ratio()),
                "recipe_min_temp_c", Double.toString(recipe.minTempC()));
    }

    @Override
    protected void writeMechanismState(StateSink s) {
        s.putBoolean(running);
        s.putDouble(volumeA);
        s.putDouble(volumeB);
        s.putDouble(mixed);
        s.putBoolean(judged);
        s.putInt(good);
        s.putInt(bad);
    }

    @Override
    protected void readMechanismState(StateSource s) {
        running = s.getBoolean();
        volumeA = s.getDouble();
        volumeB = s.getDouble();
        mixed = s.getDouble();
        judged = s.getBoolean();
        good = s.getInt();
        bad = s.getInt();
    }
}
