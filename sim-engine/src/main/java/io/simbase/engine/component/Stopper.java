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
    private int obstacle;

    private double raised; // 0 down .. 1 up

    public Stopper(String id, Geometry g, double travelSeconds, int raiseTag, int upTag) {
        super(id, "stopper", g, true);
        this.travelSeconds = travelSeconds;
        this.raiseTag = raiseTag;
        this.upTag = upTag;
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
        Geometry g = geometry();
        double top = g.z() + raised * g.sizeZ();
        w.parts().setObstacle(obstacle, g.minX(), g.minY(), g.z(), g.maxX(), g.maxY(), top, 0, 0, raised > 0);
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
