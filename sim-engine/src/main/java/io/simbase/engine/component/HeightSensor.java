package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentConfig;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;

/**
 * A height or size gauge looking down on the surface below it: measures the height, above
 * that surface, of the tallest part whose centre is in its footprint (0 when none). Analog
 * output (a real tag in metres, with optional Gaussian noise of {@code noiseM}) or, with a
 * threshold, a bool that is on for parts at least that tall.
 */
public final class HeightSensor extends Component implements SensePhase {
    /** The scene-file type {@code height_sensor}. */
    public static final ComponentType TYPE = ComponentType.builder("height_sensor",
                    "a gauge looking down: the height of the tallest part under it above the surface below")
            .at(3, "centre of the footprint; z the gauge height")
            .numbers("size", 2, 0.005, 5, "[sx, sy], m")
            .tag("tag", true, Direction.SENSOR, "real (m), or bool with a threshold", TagType.BOOL, TagType.REAL)
            .number("threshold", "none (analog)", 0, 5, "m: a bool tag is on for parts at least this tall")
            .number("noise", 0, 0, 1, "Gaussian, m (analog)")
            .factory(HeightSensor::create)
            .build();

    private final int tag;
    private final boolean digital;
    private final double thresholdM;
    private final double noiseM;
    // The footprint from the geometry, fixed at build: the step reads no Geometry.
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private double surfaceTop = Double.NaN;
    private double measured;

    public HeightSensor(String id, Geometry g, int tag, boolean digital, double thresholdM, double noiseM) {
        super(id, "height_sensor", g);
        this.tag = tag;
        this.digital = digital;
        this.thresholdM = thresholdM;
        this.noiseM = noiseM;
        this.minX = g.minX();
        this.minY = g.minY();
        this.maxX = g.maxX();
        this.maxY = g.maxY();
    }

    private static HeightSensor create(ComponentConfig c) {
        double[] at = c.numbers("at");
        double[] size = c.numbers("size");
        Geometry g = new Geometry(at[0], at[1], at[2], size[0], size[1], 0.03, c.yawDegrees());
        boolean digital = c.has("threshold");
        TagType needed = digital ? TagType.BOOL : TagType.REAL;
        if (c.tagType("tag") != needed) {
            throw c.fail("tag", "tag: tag '" + c.tagName("tag") + "' is a " + c.tagType("tag").key()
                    + " sensor, but this needs a " + needed.key() + " sensor" + (digital ? " (a threshold is set)" : ""));
        }
        return new HeightSensor(c.id(), g, c.tag("tag"), digital, c.number("threshold", 0), c.number("noise"));
    }

    @Override
    protected void build(BuildContext w) {
        Geometry g = geometry();
        surfaceTop = w.surfaceTopAt(g.x(), g.y(), g.z());
    }

    @Override
    public void sense(SenseContext w) {
        double top = w.highestTopInZone(minX, minY, maxX, maxY);
        measured = top == Double.NEGATIVE_INFINITY ? 0 : Math.max(0, top - surfaceTop);
        if (digital) {
            w.setSensor(tag, measured >= thresholdM);
        } else {
            double v = noiseM > 0 ? measured + noiseM * w.rng().nextGaussian() : measured;
            w.setSensor(tag, v);
        }
    }

    @Override
    public String[] visualNames() {
        return new String[] {"height_m"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = measured;
    }
}
