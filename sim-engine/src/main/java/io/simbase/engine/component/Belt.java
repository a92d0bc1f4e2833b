package io.simbase.engine.component;

import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentConfig;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.ActuateContext;
import io.simbase.engine.world.ActuatePhase;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.FaultSpec;
import io.simbase.engine.world.Geometry;
import java.util.Map;

/**
 * A belt conveyor: a surface that carries parts by friction along its heading. Driven either
 * digitally (a run tag at nominal speed, optional reverse tag) or by an analog speed tag in
 * m/s (negative runs backwards). The motor reaches its speed after a first-order lag
 * ({@code accelSeconds}), as a real geared motor does. Fault: {@code belt_slip}.
 */
public final class Belt extends Component implements ActuatePhase {
    private static final FaultSpec SLIP = FaultSpec.of(FaultKind.BELT_SLIP.key(), FaultKind.BELT_SLIP.text(),
            "a fraction in [0, 1]", 0, 1);
    /** The scene-file type {@code belt}: keys, faults and factory. */
    public static final ComponentType TYPE = ComponentType.builder("belt",
                    "a belt conveyor: carries parts by friction along its heading")
            .at(2, "centre of the footprint")
            .number("length", 0.05, 50, "m, along the heading")
            .number("width", 0.02, 5, "m")
            .number("height", 0.05, 5, "m, of the top surface")
            .number("speed", 0.2, 0, 5, "nominal speed, m/s")
            .number("friction", 0.6, 0.01, 2, "Coulomb coefficient")
            .number("accel_s", 0.1, 0, 10, "motor time constant, s")
            .tag("run", false, Direction.ACTUATOR, "runs at nominal speed", TagType.BOOL)
            .tag("reverse", false, Direction.ACTUATOR, "runs backwards", TagType.BOOL)
            .tag("speed_tag", false, Direction.ACTUATOR, "speed in m/s, negative backwards", TagType.REAL)
            .fault(SLIP)
            .factory(Belt::create)
            .build();

    private final double nominalMps;
    private final double frictionMu;
    private final double accelSeconds;
    private final int runTag;
    private final int reverseTag;
    private final int speedTag;
    /** The heading, from the geometry: the step reads no Geometry. */
    private final double dirX;
    private final double dirY;
    private int surface;

    private double speedMps;
    private double travelM;
    private boolean slip;
    private double slipFactor = 1;

    /**
     * @param runTag     bool actuator, or -1
     * @param reverseTag bool actuator, or -1
     * @param speedTag   real actuator in m/s, or -1
     */
    public Belt(String id, Geometry g, double nominalMps, double frictionMu, double accelSeconds,
                int runTag, int reverseTag, int speedTag) {
        super(id, "belt", g);
        this.nominalMps = nominalMps;
        this.frictionMu = frictionMu;
        this.accelSeconds = accelSeconds;
        this.runTag = runTag;
        this.reverseTag = reverseTag;
        this.speedTag = speedTag;
        this.dirX = g.dirX();
        this.dirY = g.dirY();
    }

    private static Belt create(ComponentConfig c) {
        double[] at = c.numbers("at");
        Geometry g = new Geometry(at[0], at[1], 0, c.number("length"), c.number("width"), c.number("height"),
                c.yawDegrees());
        if (c.tag("run") < 0 && c.tag("speed_tag") < 0) {
            throw c.fail("a belt needs 'run' (bool actuator) or 'speed_tag' (real actuator, m/s)");
        }
        return new Belt(c.id(), g, c.number("speed"), c.number("friction"), c.number("accel_s"), c.tag("run"),
                c.tag("reverse"), c.tag("speed_tag"));
    }

    @Override
    protected void build(BuildContext w) {
        Geometry g = geometry();
        surface = w.addSurface(g.minX(), g.minY(), g.maxX(), g.maxY(), g.top(), frictionMu);
    }

    /** Handle of this belt's surface in the part system. */
    public int surface() {
        return surface;
    }

    /** Current surface speed along the heading, m/s. */
    public double speedMps() {
        return speedMps;
    }

    @Override
    public void actuate(ActuateContext w) {
        double target;
        if (speedTag >= 0) {
            target = w.get(speedTag);
            if (runTag >= 0 && !w.getBool(runTag)) {
                target = 0;
            }
        } else {
            target = runTag >= 0 && w.getBool(runTag) ? nominalMps : 0;
        }
        if (reverseTag >= 0 && w.getBool(reverseTag)) {
            target = -target;
        }
        if (slip) {
            target *= slipFactor;
        }
        if (accelSeconds <= 0) {
            speedMps = target;
        } else {
            double a = w.dtSeconds() / accelSeconds;
            speedMps += (target - speedMps) * Math.min(1, a);
            if (Math.abs(target - speedMps) < 1e-9) {
                speedMps = target;
            }
        }
        travelM += speedMps * w.dtSeconds();
        w.setSurfaceVelocity(surface, speedMps * dirX, speedMps * dirY);
    }

    @Override
    public String[] visualNames() {
        return new String[] {"speed_mps", "travel_m"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = speedMps;
        dest[offset + 1] = travelM;
    }

    @Override
    protected Map<String, String> staticProperties() {
        return Map.of("nominal_mps", Double.toString(nominalMps));
    }

    @Override
    public Drawing drawing() {
        return Drawing.of(Drawing.rect(0, 0, geometry().sizeX(), geometry().sizeY(), "#555"));
    }

    @Override
    protected void setFault(FaultSpec fault, boolean active, double param) {
        slip = active;
        slipFactor = active ? param : 1;
    }

    @Override
    protected void writeState(StateSink s) {
        s.putDouble(speedMps);
        s.putDouble(travelM);
        s.putBoolean(slip);
        s.putDouble(slipFactor);
    }

    @Override
    protected void readState(StateSource s) {
        speedMps = s.getDouble();
        travelM = s.getDouble();
        slip = s.getBoolean();
        slipFactor = s.getDouble();
    }
}
