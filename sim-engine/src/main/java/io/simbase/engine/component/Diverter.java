package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.ActuateContext;
import io.simbase.engine.world.ActuatePhase;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.Geometry;

/**
 * A pop-up wheel diverter set into a belt: over its footprint, while its tag is on, driven
 * wheels rise and carry parts along the diverter's heading at {@code speedMps}; while off the
 * footprint moves with the belt it sits in. Fault: jammed (wheels stay where they are).
 */
public final class Diverter extends Mechanism implements ActuatePhase {
    /** The scene-file type {@code diverter}. */
    public static final ComponentType TYPE = ComponentType.builder("diverter",
                    "pop-up wheels set into a belt: carry parts along the diverter's heading while on")
            .at(2, "centre of the footprint")
            .numbers("size", 2, 0.01, 5, "[sx, sy], m")
            .ref("belt", true, "the belt it sits in", "belt")
            .number("speed", 0.3, 0, 5, "m/s")
            .number("friction", 0.8, 0.01, 2, "Coulomb coefficient")
            .tag("tag", true, Direction.ACTUATOR, "", TagType.BOOL)
            .fault(JAMMED)
            .factory(c -> {
                double[] at = c.numbers("at");
                double[] size = c.numbers("size");
                Geometry g = new Geometry(at[0], at[1], 0, size[0], size[1], 0.01, c.yawDegrees());
                return new Diverter(c.id(), g, c.ref("belt"), c.number("speed"), c.number("friction"), c.tag("tag"));
            })
            .build();

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
        super(id, "diverter", g);
        this.beltId = beltId;
        this.speedMps = speedMps;
        this.frictionMu = frictionMu;
        this.tag = tag;
        this.dirX = g.dirX();
        this.dirY = g.dirY();
    }

    @Override
    public Drawing drawing() {
        return Drawing.of(Drawing.rect(0, 0, geometry().sizeX(), geometry().sizeY(), "#8a2be2").onWhen("up", "#d8c8f0"));
    }

    @Override
    protected void build(BuildContext w) {
        belt = (Belt) w.component(beltId);
        beltDirX = belt.geometry().dirX();
        beltDirY = belt.geometry().dirY();
        Geometry g = geometry();
        surface = w.addSurface(g.minX(), g.minY(), g.maxX(), g.maxY(), belt.geometry().top(), frictionMu);
    }

    @Override
    public void actuate(ActuateContext w) {
        if (!jammed) {
            up = w.getBool(tag);
        }
        if (up) {
            w.setSurfaceVelocity(surface, speedMps * dirX, speedMps * dirY);
        } else {
            w.setSurfaceVelocity(surface, belt.speedMps() * beltDirX, belt.speedMps() * beltDirY);
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
