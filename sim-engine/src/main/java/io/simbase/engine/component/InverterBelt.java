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
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;
import java.util.Map;

/**
 * A belt conveyor driven by a frequency inverter, with an incremental encoder on its drive
 * roller, as on the YL-335B sorting station.
 *
 * <p>The inverter runs while its run terminal ({@code run}, STF) is on, at the frequency
 * setpoint {@code hz} clamped to [0, {@code max_hz}]; the output frequency follows the target
 * on a linear ramp of {@code ramp_s} seconds per {@code max_hz} (acceleration and deceleration
 * time, referred to the full frequency), and stops on the same ramp when {@code run} drops.
 * The surface speed is proportional to the output frequency: {@code speed_max} m/s at
 * {@code max_hz}. The encoder counts {@code pulses_per_m} pulses per metre of belt travel
 * (counting down in reverse) into an int sensor tag that wraps modulo {@code wrap}, like a
 * 16-bit high-speed counter; the output frequency can be read back as a sensor.
 *
 * <p>Called on the simulation thread only; the step allocates nothing.
 */
public final class InverterBelt extends Component implements ActuatePhase, SensePhase {
    /** The scene-file type {@code inverter_belt}. */
    public static final ComponentType TYPE = ComponentType.builder("inverter_belt",
                    "a belt on a frequency inverter (setpoint in Hz, ramps) with an encoder counting its travel")
            .at(2, "centre of the footprint")
            .number("length", 0.05, 50, "m, along the heading")
            .number("width", 0.02, 5, "m")
            .number("height", 0.05, 5, "m, of the top surface")
            .number("friction", 0.6, 0.01, 2, "Coulomb coefficient")
            .number("max_hz", 50, 1, 400, "the inverter's highest output frequency, Hz")
            .number("speed_max", 0.4, 0.01, 5, "surface speed at max_hz, m/s")
            .number("ramp_s", 1, 0, 60, "seconds from 0 to max_hz (acceleration and deceleration time)")
            .number("pulses_per_m", 1000, 1, 100_000, "encoder pulses per metre of belt travel")
            .number("wrap", 32768, 2, 2_147_483_647, "the counter counts modulo this")
            .tag("run", true, Direction.ACTUATOR, "run forward (STF terminal)", TagType.BOOL)
            .tag("hz", true, Direction.ACTUATOR, "frequency setpoint, Hz", TagType.REAL)
            .tag("reverse", false, Direction.ACTUATOR, "run backwards (STR terminal)", TagType.BOOL)
            .tag("encoder", false, Direction.SENSOR, "encoder counter, pulses modulo wrap", TagType.INT)
            .tag("hz_out", false, Direction.SENSOR, "output frequency, Hz", TagType.REAL)
            .factory(InverterBelt::create)
            .build();

    /** The drive roller the drawing turns: 43 mm across, as on the YL-335B. */
    private static final double ROLLER_CIRCUMFERENCE_M = Math.PI * 0.043;

    private final Params p;
    private final Wiring io;
    private final double dirX;
    private final double dirY;
    private int surface;
    private double dtSeconds;

    /** Output frequency, Hz, signed (negative in reverse). */
    private double hzOut;
    /** Belt travel since the start, m, signed. */
    private double travelM;

    /** The inverter, belt and encoder constants. */
    record Params(double frictionMu, double maxHz, double speedMax, double rampS, double pulsesPerM, long wrap) {
    }

    /** Its tag indices; -1 for a tag it does not have. */
    record Wiring(int run, int hz, int reverse, int encoder, int hzOut) {
    }

    private static InverterBelt create(ComponentConfig c) {
        double[] at = c.numbers("at");
        Geometry g = new Geometry(at[0], at[1], 0, c.number("length"), c.number("width"), c.number("height"),
                c.yawDegrees());
        Params params = new Params(c.number("friction"), c.number("max_hz"), c.number("speed_max"),
                c.number("ramp_s"), c.number("pulses_per_m"), (long) c.number("wrap"));
        return new InverterBelt(c.id(), g, params,
                new Wiring(c.tag("run"), c.tag("hz"), c.tag("reverse"), c.tag("encoder"), c.tag("hz_out")));
    }

    InverterBelt(String id, Geometry g, Params params, Wiring wiring) {
        super(id, "inverter_belt", g);
        this.p = params;
        this.io = wiring;
        this.dirX = g.dirX();
        this.dirY = g.dirY();
    }

    @Override
    protected void build(BuildContext w) {
        Geometry g = geometry();
        dtSeconds = w.dtSeconds();
        surface = w.addSurface(g.minX(), g.minY(), g.maxX(), g.maxY(), g.top(), p.frictionMu());
    }

    /** Output frequency, Hz, negative in reverse. */
    public double hzOut() {
        return hzOut;
    }

    /** Surface speed along the heading, m/s. */
    public double speedMps() {
        return hzOut / p.maxHz() * p.speedMax();
    }

    /** The encoder's count: pulses of travel modulo the wrap, in [0, wrap). */
    public long encoderCount() {
        return Math.floorMod((long) Math.floor(travelM * p.pulsesPerM()), p.wrap());
    }

    @Override
    public void actuate(ActuateContext w) {
        double target = 0;
        if (w.getBool(io.run())) {
            target = Math.max(0, Math.min(p.maxHz(), w.get(io.hz())));
            if (io.reverse() >= 0 && w.getBool(io.reverse())) {
                target = -target;
            }
        }
        double before = speedMps();
        if (p.rampS() <= 0) {
            hzOut = target;
        } else {
            double stepHz = p.maxHz() / p.rampS() * dtSeconds;
            hzOut = target > hzOut ? Math.min(target, hzOut + stepHz) : Math.max(target, hzOut - stepHz);
        }
        double v = speedMps();
        travelM += 0.5 * (before + v) * dtSeconds; // trapezoidal: exact on a linear ramp
        w.setSurfaceVelocity(surface, v * dirX, v * dirY);
    }

    @Override
    public void sense(SenseContext w) {
        if (io.encoder() >= 0) {
            w.setSensor(io.encoder(), encoderCount());
        }
        if (io.hzOut() >= 0) {
            w.setSensor(io.hzOut(), Math.abs(hzOut));
        }
    }

    @Override
    public String[] visualNames() {
        return new String[] {"hz", "speed_mps", "travel_m", "roller_angle"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = Math.abs(hzOut);
        dest[offset + 1] = speedMps();
        dest[offset + 2] = travelM;
        double turns = travelM / ROLLER_CIRCUMFERENCE_M;
        dest[offset + 3] = 2 * Math.PI * (turns - Math.floor(turns));
    }

    @Override
    protected Map<String, String> staticProperties() {
        return Map.of("max_hz", Double.toString(p.maxHz()), "speed_max_mps", Double.toString(p.speedMax()));
    }

    @Override
    public Drawing drawing() {
        double sx = geometry().sizeX();
        double sy = geometry().sizeY();
        double roller = sy * 0.5;
        return Drawing.of(
                Drawing.rect(0, 0, sx, sy, "#555"),
                Drawing.circle(-sx / 2 + roller / 2, 0, roller / 2, "#1e90ff").onWhen("hz", "#a9a9a9").layer(1),
                Drawing.rect(-sx / 2 + roller / 2, 0, roller * 0.9, roller * 0.15, "#f5f5f5").spunBy("roller_angle")
                        .layer(2),
                Drawing.text(0, -sy, "hz", 1, " Hz", "#000"));
    }

    @Override
    protected void writeState(StateSink s) {
        s.putDouble(hzOut);
        s.putDouble(travelM);
    }

    @Override
    protected void readState(StateSource s) {
        hzOut = s.getDouble();
        travelM = s.getDouble();
    }
}
