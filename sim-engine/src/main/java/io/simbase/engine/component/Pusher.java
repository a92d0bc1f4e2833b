package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentConfig;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.ActuateContext;
import io.simbase.engine.world.ActuatePhase;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.ObstaclePlacer;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;
import java.util.Map;

/**
 * A pneumatic pusher (cylinder with a push plate). The geometry's centre is the middle of the
 * plate's face when retracted; the heading is the push direction; {@code sizeY} is the plate
 * width, {@code z} and {@code sizeZ} the plate's bottom and height.
 *
 * <p>Valve: with only an extend tag it is a spring-return (monostable) valve: extend while the
 * tag is on. With a retract tag too it is a bistable valve: it keeps the last commanded
 * direction when both are off. The rod moves at constant speed: {@code stroke / extendSeconds}
 * out and {@code stroke / retractSeconds} back. End-position (reed) switches close within
 * {@value #SWITCH_WINDOW_M} m of each end. Faults: {@code jammed}, {@code slow}.
 */
public final class Pusher extends Mechanism implements ActuatePhase, SensePhase {
    /** The scene-file type {@code pusher}. */
    public static final ComponentType TYPE = ComponentType.builder("pusher",
                    "a pneumatic cylinder with a push plate; end switches within 2 mm of each end")
            .at(3, "plate face centre when retracted; z the plate's bottom")
            .numbers("plate", 2, 0.005, 2, "[width, height], m")
            .number("stroke", 0.005, 3, "m")
            .number("t_extend", 0.5, 0.01, 60, "s")
            .number("t_retract", "t_extend", 0.01, 60, "s")
            .tag("extend", true, Direction.ACTUATOR, "", TagType.BOOL)
            .tag("retract", false, Direction.ACTUATOR, "makes the valve bistable", TagType.BOOL)
            .tag("retracted", false, Direction.SENSOR, "", TagType.BOOL)
            .tag("extended", false, Direction.SENSOR, "", TagType.BOOL)
            .fault(JAMMED)
            .fault(SLOW)
            .factory(Pusher::create)
            .build();

    /** Reed switch window at each end of the stroke, metres. */
    public static final double SWITCH_WINDOW_M = 0.002;
    private static final double PLATE_THICKNESS_M = 0.01;
    private static final double ROD_DIAMETER_M = 0.016;

    private final double strokeM;
    private final double extendSeconds;
    private final double retractSeconds;
    private final int extendTag;
    private final int retractTag;
    private final int retractedTag;
    private final int extendedTag;
    // The plate's frame from the geometry, fixed at build: the step reads no Geometry.
    private final double faceX0;
    private final double faceY0;
    private final double dirX;
    private final double dirY;
    private final double halfWidth;
    private final double plateZ;
    private final double plateTop;
    private final double rodZ;
    private int obstacle;
    private int rod;

    private double positionM;
    private double velocityMps;
    private boolean valveExtend;

    public Pusher(String id, Geometry g, double strokeM, double extendSeconds, double retractSeconds,
                  int extendTag, int retractTag, int retractedTag, int extendedTag) {
        super(id, "pusher", g);
        this.strokeM = strokeM;
        this.extendSeconds = extendSeconds;
        this.retractSeconds = retractSeconds;
        this.extendTag = extendTag;
        this.retractTag = retractTag;
        this.retractedTag = retractedTag;
        this.extendedTag = extendedTag;
        this.faceX0 = g.x();
        this.faceY0 = g.y();
        this.dirX = g.dirX();
        this.dirY = g.dirY();
        this.halfWidth = g.sizeY() / 2;
        this.plateZ = g.z();
        this.plateTop = g.top();
        this.rodZ = g.z() + g.sizeZ() / 2;
    }

    private static Pusher create(ComponentConfig c) {
        double[] at = c.numbers("at");
        double[] plate = c.numbers("plate");
        Geometry g = new Geometry(at[0], at[1], at[2], 0.02, plate[0], plate[1], c.yawDegrees());
        double te = c.number("t_extend");
        return new Pusher(c.id(), g, c.number("stroke"), te, c.number("t_retract", te), c.tag("extend"),
                c.tag("retract"), c.tag("retracted"), c.tag("extended"));
    }

    @Override
    public Drawing drawing() {
        return Drawing.of(Drawing.rect(0, 0, geometry().sizeX(), geometry().sizeY(), "#1f6fb2")
                .shiftedBy("extension_m").layer(1));
    }

    public double positionM() {
        return positionM;
    }

    @Override
    protected void build(BuildContext w) {
        obstacle = w.addObstacle();
        rod = w.addObstacle();
        placePlate(w);
    }

    @Override
    public void actuate(ActuateContext w) {
        boolean ext = w.getBool(extendTag);
        if (retractTag < 0) {
            valveExtend = ext;
        } else {
            boolean ret = w.getBool(retractTag);
            if (ext && !ret) {
                valveExtend = true;
            } else if (ret && !ext) {
                valveExtend = false;
            }
        }
        double before = positionM;
        if (!jammed) {
            double dt = w.dtSeconds();
            if (valveExtend) {
                positionM = Math.min(strokeM, positionM + strokeM / (extendSeconds * slowFactor) * dt);
            } else {
                positionM = Math.max(0, positionM - strokeM / (retractSeconds * slowFactor) * dt);
            }
        }
        velocityMps = (positionM - before) / w.dtSeconds();
        placePlate(w);
    }

    private void placePlate(ObstaclePlacer w) {
        double dx = dirX;
        double dy = dirY;
        double faceX = faceX0 + dx * positionM;
        double faceY = faceY0 + dy * positionM;
        double backX = faceX - dx * PLATE_THICKNESS_M;
        double backY = faceY - dy * PLATE_THICKNESS_M;
        double half = halfWidth;
        double minX = Math.min(faceX, backX) - (dx == 0 ? half : 0);
        double maxX = Math.max(faceX, backX) + (dx == 0 ? half : 0);
        double minY = Math.min(faceY, backY) - (dy == 0 ? half : 0);
        double maxY = Math.max(faceY, backY) + (dy == 0 ? half : 0);
        w.setObstacle(obstacle, minX, minY, plateZ, maxX, maxY, plateTop,
                velocityMps * dx, velocityMps * dy, true);
        // The piston rod, from the retracted face to the plate: a part that rides in behind an
        // extended plate stops against the rod instead of being swept back by the plate.
        double rodHalf = ROD_DIAMETER_M / 2;
        double rodMinX = Math.min(faceX0, backX) - (dx == 0 ? rodHalf : 0);
        double rodMaxX = Math.max(faceX0, backX) + (dx == 0 ? rodHalf : 0);
        double rodMinY = Math.min(faceY0, backY) - (dy == 0 ? rodHalf : 0);
        double rodMaxY = Math.max(faceY0, backY) + (dy == 0 ? rodHalf : 0);
        w.setObstacle(rod, rodMinX, rodMinY, rodZ - rodHalf, rodMaxX, rodMaxY, rodZ + rodHalf,
                velocityMps * dx, velocityMps * dy, positionM > PLATE_THICKNESS_M);
    }

    @Override
    public void sense(SenseContext w) {
        if (retractedTag >= 0) {
            w.setSensor(retractedTag, positionM <= SWITCH_WINDOW_M);
        }
        if (extendedTag >= 0) {
            w.setSensor(extendedTag, positionM >= strokeM - SWITCH_WINDOW_M);
        }
    }

    @Override
    public String[] visualNames() {
        return new String[] {"extension_m"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = positionM;
    }

    @Override
    protected Map<String, String> staticProperties() {
        return Map.of("stroke_m", Double.toString(strokeM));
    }



    @Override
    protected void writeMechanismState(StateSink s) {
        s.putDouble(positionM);
        s.putDouble(velocityMps);
        s.putBoolean(valveExtend);
    }

    @Override
    protected void readMechanismState(StateSource s) {
        positionM = s.getDouble();
        velocityMps = s.getDouble();
        valveExtend = s.getBoolean();
    }
}
