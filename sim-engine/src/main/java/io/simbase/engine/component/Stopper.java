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
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;

/**
 * A pop-up stopper: a pin of the geometry's footprint that rises {@code sizeZ} above its base
 * {@code z} (the belt surface) in {@code travelSeconds} while its tag is on, and holds parts
 * back. Spring return. Optional "up" switch closes at full travel. Faults: jammed, slow.
 */
public final class Stopper extends Mechanism implements ActuatePhase, SensePhase {
    /** The scene-file type {@code stopper}. */
    public static final ComponentType TYPE = ComponentType.builder("stopper",
                    "a pop-up pin that holds parts back; spring return")
            .at(3, "centre of the pin; z the belt surface")
            .numbers("size", 3, 0.002, 2, "[sx, sy, rise], m")
            .number("t_travel", 0.1, 0.01, 60, "s up or down")
            .tag("raise", true, Direction.ACTUATOR, "", TagType.BOOL)
            .tag("up", false, Direction.SENSOR, "closes at full travel", TagType.BOOL)
            .fault(JAMMED)
            .fault(SLOW)
            .factory(c -> {
                double[] at = c.numbers("at");
                double[] size = c.numbers("size");
                Geometry g = new Geometry(at[0], at[1], at[2], size[0], size[1], size[2], c.yawDegrees());
                return new Stopper(c.id(), g, c.number("t_travel"), c.tag("raise"), c.tag("up"));
            })
            .build();

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
        super(id, "stopper", g);
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
    public Drawing drawing() {
        return Drawing.of(Drawing.rect(0, 0, geometry().sizeX(), geometry().sizeY(), "#b22222")
                .onWhen("raised", "#f0c0c0").layer(1));
    }

    @Override
    protected void build(BuildContext w) {
        obstacle = w.addObstacle();
    }

    @Override
    public void actuate(ActuateContext w) {
        if (!jammed) {
            double rate = w.dtSeconds() / (travelSeconds * slowFactor);
            raised = w.getBool(raiseTag) ? Math.min(1, raised + rate) : Math.max(0, raised - rate);
        }
        double top = baseZ + raised * heightM;
        w.setObstacle(obstacle, minX, minY, baseZ, maxX, maxY, top, 0, 0, raised > 0);
    }

    @Override
    public void sense(SenseContext w) {
        if (upTag >= 0) {
            w.setSensor(upTag, raised >= 1);
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
