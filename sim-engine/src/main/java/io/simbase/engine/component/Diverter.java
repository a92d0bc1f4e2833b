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
    private int surface;
    private boolean up;

    public Diverter(String id, Geometry g, String beltId, double speedMps, double frictionMu, int tag) {
        super(id, "diverter", g, false);
        this.beltId = beltId;
        this.speedMps = speedMps;
        this.frictionMu = frictionMu;
        this.tag = tag;
    }

    @Override
    protected void build(World w) {
        belt = (Belt) w.component(beltId);
        Geometry g = geometry();
        surface = w.parts().addSurface(g.minX(), g.minY(), g.maxX(), g.maxY(), belt.geometry().top(), frictionMu);
    }

    @Override
    protected void actuate(World w) {
        if (!jammed) {
            up = w.io().getBool(tag);
        }
        Geometry g = geometry();
        if (up) {
            w.parts().setSurfaceVelocity(surface, speedMps * g.dirX(), speedMps * g.dirY());
        } else {
            Geometry b = belt.geometry();
            w.parts().setSurfaceVelocity(surface, belt.speedMps() * b.dirX(), belt.speedMps() * b.dirY());
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
