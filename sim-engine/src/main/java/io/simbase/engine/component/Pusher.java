package io.simbase.engine.component;

import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;
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
 * {@value #SWITCH_WINDOW_M} m of each end. Faults: {@link io.simbase.engine.fault.FaultKind#JAMMED}, {@link io.simbase.engine.fault.FaultKind#SLOW}.
 */
public final class Pusher extends Mechanism {
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
        super(id, "pusher", g, true);
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

    public double positionM() {
        return positionM;
    }

    @Override
    protected void build(World w) {
        obstacle = w.parts().addObstacle();
        rod = w.parts().addObstacle();
        placePlate(w);
    }

    @Override
    protected void actuate(World w) {
        boolean ext = w.io().getBool(extendTag);
        if (retractTag < 0) {
            valveExtend = ext;
        } else {
            boolean ret = w.io().getBool(retractTag);
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

    private void placePlate(World w) {
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
        w.parts().setObstacle(obstacle, minX, minY, plateZ, maxX, maxY, plateTop,
                velocityMps * dx, velocityMps * dy, true);
        // The piston rod, from the retracted face to the plate: a part that rides in behind an
        // extended plate stops against the rod instead of being swept back by the plate.
        double rodHalf = ROD_DIAMETER_M / 2;
        double rodMinX = Math.min(faceX0, backX) - (dx == 0 ? rodHalf : 0);
        double rodMaxX = Math.max(faceX0, backX) + (dx == 0 ? rodHalf : 0);
        double rodMinY = Math.min(faceY0, backY) - (dy == 0 ? rodHalf : 0);
        double rodMaxY = Math.max(faceY0, backY) + (dy == 0 ? rodHalf : 0);
        w.parts().setObstacle(rod, rodMinX, rodMinY, rodZ - rodHalf, rodMaxX, rodMaxY, rodZ + rodHalf,
                velocityMps * dx, velocityMps * dy, positionM > PLATE_THICKNESS_M);
    }

    @Override
    protected void sense(World w) {
        if (retractedTag >= 0) {
            w.io().setRaw(retractedTag, positionM <= SWITCH_WINDOW_M);
        }
        if (extendedTag >= 0) {
            w.io().setRaw(extendedTag, positionM >= strokeM - SWITCH_WINDOW_M);
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
    public Map<String, String> properties() {
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
