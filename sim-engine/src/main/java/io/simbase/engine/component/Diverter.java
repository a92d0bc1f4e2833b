package io.simbase.engine.component;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;

/**
 * A pop-up wheel diverter set into a belt: over its footprint, while its tag is on, driven
 * wheels rise and carry parts along the diverter's heading at {@code speedMps}; while off the
 * footprint moves with the belt it sits in. Fault: jammed (wheels stay where they are).
 */
public final class Diverter extends Mechanism {
    private final String beltId;
    private Belt belt;
    private final double speedMps;
    private final double frictionMu;
    private final int tag;
    /** The diverter's heading (from its geometry) and its belt's (set at build). */
    private final double dirX;
    private final double dirY;
    private double beltDirX;
    private double beltDirY;
    private int surface;
    private boolean up;

    public Diverter(String id, Geometry g, String beltId, double speedMps, double frictionMu, int tag) {
        super(id, "diverter", g, false);
        this.beltId = beltId;
        this.speedMps = speedMps;
        this.frictionMu = frictionMu;
        this.tag = tag;
        this.dirX = g.dirX();
        this.dirY = g.dirY();
    }

    @Override
    protected void build(World w) {
        belt = (Belt) w.component(beltId);
        beltDirX = belt.geometry().dirX();
        beltDirY = belt.geometry().dirY();
        Geometry g = geometry();
        surface = w.parts().addSurface(g.minX(), g.minY(), g.maxX(), g.maxY(), belt.geometry().top(), frictionMu);
    }

    @Override
    protected void actuate(World w) {
        if (!jammed) {
            up = w.io().getBool(tag);
        }
        if (up) {
            w.parts().setSurfaceVelocity(surface, speedMps * dirX, speedMps * dirY);
        } else {
            w.parts().setSurfaceVelocity(surface, belt.speedMps() * beltDirX, belt.speedMps() * beltDirY);
        }
    }

    @Override
    public String[] visualNames() {
        return new String[] {"up"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = up ? 1 : 0;
    }



    @Override
    protected void writeMechanismState(StateSink s) {
        s.putBoolean(up);
    }

    @Override
    protected void readMechanismState(StateSource s) {
        up = s.getBoolean();
    }
}
