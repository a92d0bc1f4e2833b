package io.simbase.engine.component;

import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;

/**
 * A height or size gauge looking down on the surface below it: measures the height, above
 * that surface, of the tallest part whose centre is in its footprint (0 when none). Analog
 * output (a real tag in metres, with optional Gaussian noise of {@code noiseM}) or, with a
 * threshold, a bool that is on for parts at least that tall.
 */
public final class HeightSensor extends Component {
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

    @Override
    protected void build(World w) {
        Geometry g = geometry();
        surfaceTop = w.parts().surfaceTopAt(g.x(), g.y(), g.z());
    }

    @Override
    protected void sense(World w) {
        double top = w.parts().highestTopInZone(minX, minY, maxX, maxY);
        measured = top == Double.NEGATIVE_INFINITY ? 0 : Math.max(0, top - surfaceTop);
        if (digital) {
            w.io().setRaw(tag, measured >= thresholdM);
        } else {
            double v = noiseM > 0 ? measured + noiseM * w.rng().nextGaussian() : measured;
            w.io().setRaw(tag, v);
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
