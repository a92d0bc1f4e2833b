package io.simbase.engine.component;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;

/**
 * A pop-up stopper: a pin of the geometry's footprint that rises {@code sizeZ} above its base
 * {@code z} (the belt surface) in {@code travelSeconds} while its tag is on, and holds parts
 * back. Spring return. Optional "up" switch closes at full travel. Faults: jammed, slow.
 */
public final class Stopper extends Mechanism {
    private final double travelSeconds;
    private final int raiseTag;
    private final int upTag;
    // The pin's box from the geometry, fixed at build: the step reads no Geometry.
    private final double minX;
    private final double minY;
    private final double baseZ;
    private final double maxX;
    private final double maxY;
    private final double heightM;
    private int obstacle;

    private double raised; // 0 down .. 1 up

    public Stopper(String id, Geometry g, double travelSeconds, int raiseTag, int upTag) {
        super(id, "stopper", g, true);
        this.travelSeconds = travelSeconds;
        this.raiseTag = raiseTag;
        this.upTag = upTag;
        this.minX = g.minX();
        this.minY = g.minY();
        this.baseZ = g.z();
        this.maxX = g.maxX();
        this.maxY = g.maxY();
        this.heightM = g.sizeZ();
    }

    @Override
    protected void build(World w) {
        obstacle = w.parts().addObstacle();
    }

    @Override
    protected void actuate(World w) {
        if (!jammed) {
            double rate = w.dtSeconds() / (travelSeconds * slowFactor);
            raised = w.io().getBool(raiseTag) ? Math.min(1, raised + rate) : Math.max(0, raised - rate);
        }
        double top = baseZ + raised * heightM;
        w.parts().setObstacle(obstacle, minX, minY, baseZ, maxX, maxY, top, 0, 0, raised > 0);
    }

    @Override
    protected void sense(World w) {
        if (upTag >= 0) {
            w.io().setRaw(upTag, raised >= 1);
        }
    }

    @Override
    public String[] visualNames() {
        return new String[] {"raised"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = raised;
    }



    @Override
    protected void writeMechanismState(StateSink s) {
        s.putDouble(raised);
    }

    @Override
    protected void readMechanismState(StateSource s) {
        raised = s.getDouble();
    }
}
