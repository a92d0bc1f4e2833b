package io.simbase.engine.component;

import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.World;
import java.util.Map;

/**
 * A belt conveyor: a surface that carries parts by friction along its heading. Driven either
 * digitally (a run tag at nominal speed, optional reverse tag) or by an analog speed tag in
 * m/s (negative runs backwards). The motor reaches its speed after a first-order lag
 * ({@code accelSeconds}), as a real geared motor does. Faults: {@link FaultKind#BELT_SLIP}.
 */
public final class Belt extends Component {
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

    @Override
    protected void build(World w) {
        Geometry g = geometry();
        surface = w.parts().addSurface(g.minX(), g.minY(), g.maxX(), g.maxY(), g.top(), frictionMu);
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
    protected void actuate(World w) {
        double target;
        if (speedTag >= 0) {
            target = w.io().get(speedTag);
            if (runTag >= 0 && !w.io().getBool(runTag)) {
                target = 0;
            }
        } else {
            target = runTag >= 0 && w.io().getBool(runTag) ? nominalMps : 0;
        }
        if (reverseTag >= 0 && w.io().getBool(reverseTag)) {
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
        w.parts().setSurfaceVelocity(surface, speedMps * dirX, speedMps * dirY);
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
    public Map<String, String> properties() {
        return Map.of("nominal_mps", Double.toString(nominalMps));
    }

    @Override
    public boolean supports(FaultKind kind) {
        return kind == FaultKind.BELT_SLIP;
    }

    @Override
    protected void setFault(FaultKind kind, boolean active, double param) {
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
