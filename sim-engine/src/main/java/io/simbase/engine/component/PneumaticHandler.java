package io.simbase.engine.component;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentConfig;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.FaultSpec;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.IntegrateContext;
import io.simbase.engine.world.IntegratePhase;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;
import java.util.Map;

/**
 * A two-axis pneumatic pick-and-place handler: a horizontal X cylinder carrying a vertical Z
 * cylinder with a vacuum suction cup, moving parts from a pick point ({@code at}) to a place
 * point {@code stroke_x} further along +x.
 *
 * <p>Both cylinders are double-acting and run at constant speed (flow-controlled), each with a
 * reed end switch at both ends that closes within {@value #SWITCH_WINDOW_M} m of the end. X is on
 * a 5/2 double-solenoid (bistable) valve: a pulse on {@code x_extend} or {@code x_retract} sets
 * the spool, which stays put with both solenoids off (and with both on), so the cylinder runs on
 * to its end. Z is on a 5/2 single-solenoid valve with spring return: {@code z_lower} on lowers,
 * off raises (the safe position). The vacuum ejector's valve is single-solenoid: on sucks, off
 * blows off and releases at once.
 *
 * <p>The cup picks the part under it only when it is lowered onto it (the part's top within
 * {@value #TOUCH_M} m of the cup and its centre within {@value #CUP_WINDOW_M} m of the cup's axis)
 * with the vacuum on: the vacuum builds for {@code vacuum_s}, then the part is held and the
 * vacuum switch ({@code vacuum_ok}) closes. An open cup (no part) builds no vacuum. A held part
 * moves with the cup; released, it falls from where it is. Mistakes are counted, as in a real
 * cell they would break something: {@code crashes}, each time X starts moving with Z not at its
 * top (the cup or part dragged across the station), and {@code drops}, each part released (vacuum off) more
 * than {@value #DROP_M} m above what is under it; a part lost to a torn cup is no drop. Faults: {@code slow} (low supply pressure:
 * strokes and the vacuum take {@code param} times longer), {@code vacuum_lost} (a torn cup: no
 * vacuum, a held part falls).
 *
 * <p>Called on the simulation thread only; the step allocates nothing.
 */
public final class PneumaticHandler extends Component implements IntegratePhase, SensePhase {
    /** The reed switches close within this distance of each end of a stroke, metres. */
    public static final double SWITCH_WINDOW_M = 0.003;
    /** A part's top within this distance of the lowered cup is touched by it, metres. */
    public static final double TOUCH_M = 0.005;
    /** A part's centre within this distance of the cup's axis (along x and y) is under it, metres. */
    public static final double CUP_WINDOW_M = 0.03;
    /** A part released more than this above its support is dropped, metres. */
    public static final double DROP_M = 0.01;
    /** A surface this little above a released part's base still supports it, metres. */
    private static final double SUPPORT_SLACK_M = 0.001;
    /** Alarm code of a crash: X moving with Z not at its top. */
    public static final int ALARM_CRASH = 1;
    /** A torn suction cup: no vacuum. */
    static final FaultSpec VACUUM_LOST = FaultSpec.of("vacuum_lost", "the suction cup is torn: no vacuum, a held part falls");

    /** The scene-file type {@code pneumatic_handler}. */
    public static final ComponentType TYPE = ComponentType.builder("pneumatic_handler",
                    "a two-axis pneumatic pick-and-place handler (X and Z cylinders with end switches) with a vacuum gripper")
            .optionalAt("the suction cup's axis over the pick point, on the floor")
            .tag("x_extend", true, Direction.ACTUATOR, "X valve solenoid 1 (bistable 5/2): run out to the place point", TagType.BOOL)
            .tag("x_retract", true, Direction.ACTUATOR, "X valve solenoid 2 (bistable 5/2): run back to the pick point", TagType.BOOL)
            .tag("z_lower", true, Direction.ACTUATOR, "Z valve solenoid (5/2, spring return): lower; off raises", TagType.BOOL)
            .tag("vacuum", true, Direction.ACTUATOR, "vacuum ejector valve: suck; off releases", TagType.BOOL)
            .tag("x_retracted", false, Direction.SENSOR, "X end switch: at the pick point", TagType.BOOL)
            .tag("x_extended", false, Direction.SENSOR, "X end switch: at the place point", TagType.BOOL)
            .tag("z_raised", false, Direction.SENSOR, "Z end switch: up", TagType.BOOL)
            .tag("z_lowered", false, Direction.SENSOR, "Z end switch: down", TagType.BOOL)
            .tag("vacuum_ok", false, Direction.SENSOR, "vacuum switch: a part is held", TagType.BOOL)
            .tag("crashes", false, Direction.SENSOR, "times X started moving with Z not up, in total", TagType.INT)
            .tag("drops", false, Direction.SENSOR, "parts released above their support, in total", TagType.INT)
            .number("stroke_x", 0.5, 0.05, 3, "m from the pick point to the place point, along +x")
            .number("stroke_z", 0.15, 0.02, 1, "m of Z travel")
            .number("reach_z", 0.85, 0.05, 3, "m: height of the cup when lowered")
            .number("extend_s", 1.0, 0.05, 60, "s for X to run out")
            .number("retract_s", 0.9, 0.05, 60, "s for X to run back")
            .number("lower_s", 0.5, 0.05, 60, "s for Z to lower")
            .number("raise_s", 0.4, 0.05, 60, "s for Z to raise")
            .number("vacuum_s", 0.15, 0.005, 10, "s for the vacuum to build on a part")
            .fault(Mechanism.SLOW)
            .fault(VACUUM_LOST)
            .factory(PneumaticHandler::create)
            .build();

    /** The handler's constants. */
    record Params(double strokeX, double strokeZ, double reachZ, double extendS, double retractS, double lowerS,
                  double raiseS, double vacuumS) {
    }

    /** Its tag indices; -1 for a tag it does not have. */
    record Wiring(int xExtend, int xRetract, int zLower, int vacuum, int xRetracted, int xExtended, int zRaised,
                  int zLowered, int vacuumOk, int crashes, int drops) {
    }

    private final Params p;
    private final Wiring io;
    private double dtSeconds;

    /** X position from the pick point, m. */
    private double xM;
    /** Z travel down from the top, m. */
    private double zM;
    /** The X valve's spool: true out to the place point. */
    private boolean xSpoolOut;
    private boolean zDown;
    private boolean vacuumOn;
    /** Seconds the vacuum has been building on a part. */
    private double sealedS;
    /** The slot of the held part, or -1. */
    private int heldSlot = -1;
    private long heldId;
    private boolean xMoving;
    private boolean crashing;
    private int crashes;
    private int drops;
    private double slowFactor = 1;
    private boolean vacuumLost;

    private static PneumaticHandler create(ComponentConfig c) {
        double[] at = c.numbers("at");
        double stroke = c.number("stroke_x");
        double x = at == null ? 0 : at[0];
        double y = at == null ? 0 : at[1];
        Geometry g = new Geometry(x + stroke / 2, y, 0, stroke + 0.2, 0.12, c.number("reach_z") + c.number("stroke_z"), 0);
        Params params = new Params(stroke, c.number("stroke_z"), c.number("reach_z"), c.number("extend_s"),
                c.number("retract_s"), c.number("lower_s"), c.number("raise_s"), c.number("vacuum_s"));
        Wiring wiring = new Wiring(c.tag("x_extend"), c.tag("x_retract"), c.tag("z_lower"), c.tag("vacuum"),
                c.tag("x_retracted"), c.tag("x_extended"), c.tag("z_raised"), c.tag("z_lowered"), c.tag("vacuum_ok"),
                c.tag("crashes"), c.tag("drops"));
        return new PneumaticHandler(c.id(), g, params, wiring);
    }

    PneumaticHandler(String id, Geometry g, Params params, Wiring wiring) {
        super(id, "pneumatic_handler", g);
        this.p = params;
        this.io = wiring;
    }

    @Override
    protected void build(BuildContext w) {
        dtSeconds = w.dtSeconds();
    }

    @Override
    protected void setFault(FaultSpec fault, boolean active, double param) {
        if (Mechanism.SLOW.equals(fault)) {
            slowFactor = active ? param : 1;
        } else {
            vacuumLost = active;
        }
    }

    @Override
    public void integrate(IntegrateContext w) {
        boolean out = w.getBool(io.xExtend());
        boolean back = w.getBool(io.xRetract());
        if (out != back) {
            xSpoolOut = out;
        }
        zDown = w.getBool(io.zLower());
        vacuumOn = w.getBool(io.vacuum());
        moveX();
        moveZ();
        boolean crash = xMoving && zM > SWITCH_WINDOW_M;
        if (crash && !crashing) {
            crashes++;
            w.emit(EventKind.ALARM_ON, index(), ALARM_CRASH);
        } else if (!crash && crashing) {
            w.emit(EventKind.ALARM_OFF, index(), ALARM_CRASH);
        }
        crashing = crash;
        grip(w);
    }

    private void moveX() {
        double before = xM;
        if (xSpoolOut) {
            xM = Math.min(p.strokeX(), xM + p.strokeX() / (p.extendS() * slowFactor) * dtSeconds);
        } else {
            xM = Math.max(0, xM - p.strokeX() / (p.retractS() * slowFactor) * dtSeconds);
        }
        xMoving = xM != before;
    }

    private void moveZ() {
        if (zDown) {
            zM = Math.min(p.strokeZ(), zM + p.strokeZ() / (p.lowerS() * slowFactor) * dtSeconds);
        } else {
            zM = Math.max(0, zM - p.strokeZ() / (p.raiseS() * slowFactor) * dtSeconds);
        }
    }

    /** Picks, carries or releases the part under the cup. */
    private void grip(IntegrateContext w) {
        double cupX = geometry().x() - p.strokeX() / 2 + xM;
        double cupY = geometry().y();
        double cupZ = cupZ();
        if (heldSlot >= 0 && (!w.partAlive(heldSlot) || w.partId(heldSlot) != heldId)) {
            heldSlot = -1;
        }
        if (heldSlot >= 0) {
            if (vacuumOn && !vacuumLost) {
                w.carryPart(heldSlot, cupX, cupY, cupZ - w.partHeight(heldSlot));
                return;
            }
            double base = w.partBaseZ(heldSlot);
            if (!vacuumLost && base - w.surfaceTopAt(cupX, cupY, base + SUPPORT_SLACK_M) > DROP_M) {
                drops++;
            }
            heldSlot = -1;
            sealedS = 0;
            return;
        }
        int under = vacuumOn && !vacuumLost
                ? w.firstInZone(cupX - CUP_WINDOW_M, cupY - CUP_WINDOW_M, cupZ - TOUCH_M,
                        cupX + CUP_WINDOW_M, cupY + CUP_WINDOW_M, cupZ)
                : -1;
        if (under < 0) {
            sealedS = 0;
            return;
        }
        sealedS += dtSeconds;
        if (sealedS >= p.vacuumS() * slowFactor - 1e-9) {
            heldSlot = under;
            heldId = w.partId(under);
            w.carryPart(under, cupX, cupY, cupZ - w.partHeight(under));
        }
    }

    private double cupZ() {
        return p.reachZ() + p.strokeZ() - zM;
    }

    @Override
    public void sense(SenseContext w) {
        set(w, io.xRetracted(), xM <= SWITCH_WINDOW_M);
        set(w, io.xExtended(), xM >= p.strokeX() - SWITCH_WINDOW_M);
        set(w, io.zRaised(), zM <= SWITCH_WINDOW_M);
        set(w, io.zLowered(), zM >= p.strokeZ() - SWITCH_WINDOW_M);
        set(w, io.vacuumOk(), holding());
        if (io.crashes() >= 0) {
            w.setSensor(io.crashes(), crashes);
        }
        if (io.drops() >= 0) {
            w.setSensor(io.drops(), drops);
        }
    }

    private static void set(SenseContext w, int tag, boolean value) {
        if (tag >= 0) {
            w.setSensor(tag, value);
        }
    }

    /** X position from the pick point, m. */
    public double xM() {
        return xM;
    }

    /** Z travel down from the top, m. */
    public double zM() {
        return zM;
    }

    /** Whether the cup holds a part. */
    public boolean holding() {
        return heldSlot >= 0;
    }

    /** Times X started moving with Z not up. */
    public int crashes() {
        return crashes;
    }

    /** Parts released above their support. */
    public int drops() {
        return drops;
    }

    @Override
    protected Map<String, String> staticProperties() {
        return Map.of("stroke_x", Double.toString(p.strokeX()), "stroke_z", Double.toString(p.strokeZ()),
                "reach_z", Double.toString(p.reachZ()));
    }

    @Override
    public String[] visualNames() {
        return new String[] {"x_m", "z_m", "holding", "vacuum_on", "crashing", "crashes", "drops"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = xM;
        dest[offset + 1] = zM;
        dest[offset + 2] = holding() ? 1 : 0;
        dest[offset + 3] = vacuumOn ? 1 : 0;
        dest[offset + 4] = crashing ? 1 : 0;
        dest[offset + 5] = crashes;
        dest[offset + 6] = drops;
    }

    /**
     * From above: the X rail from the pick to the place point, the carriage and the cup moved by
     * X (the cup, and beside it a lamp blue while sucking and one green while a part is held), a Z gauge on the carriage that fills
     * as Z lowers, a crash lamp and the crash and drop counts.
     */
    @Override
    public Drawing drawing() {
        double len = geometry().sizeX();
        double start = -p.strokeX() / 2;
        return Drawing.of(
                Drawing.rect(0, 0, len, 0.05, "#9e9e9e").layer(1),
                Drawing.rect(start, 0, 0.1, 0.1, "#607d8b").shiftedBy("x_m").layer(1),
                Drawing.rect(start, 0.08, 0.1, 0.03, "#cfd8dc").shiftedBy("x_m").layer(1),
                Drawing.rect(start, 0.08, 0.1, 0.03, "#37474f").filledBy("z_m", p.strokeZ()).shiftedBy("x_m").layer(1),
                Drawing.circle(start, 0, 0.035, "#b0bec5").shiftedBy("x_m").layer(1),
                Drawing.circle(start - 0.03, -0.1, 0.025, "#1565c0").onWhen("vacuum_on", "#d3d3d3").shiftedBy("x_m").layer(2).atLeast(4),
                Drawing.circle(start + 0.03, -0.1, 0.025, "#2e8b57").onWhen("holding", "#d3d3d3").shiftedBy("x_m").layer(2).atLeast(4),
                Drawing.circle(-len / 2, -0.2, 0.03, "#dc143c").onWhen("crashing", "#d3d3d3").layer(2).atLeast(4),
                Drawing.text(-len / 4, -0.2, "crashes", 0, " crashes", "#b22222"),
                Drawing.text(len / 4, -0.2, "drops", 0, " drops", "#b22222"));
    }

    @Override
    protected void writeState(StateSink s) {
        s.putDouble(xM);
        s.putDouble(zM);
        s.putBoolean(xSpoolOut);
        s.putBoolean(zDown);
        s.putBoolean(vacuumOn);
        s.putDouble(sealedS);
        s.putInt(heldSlot);
        s.putLong(heldId);
        s.putBoolean(xMoving);
        s.putBoolean(crashing);
        s.putInt(crashes);
        s.putInt(drops);
        s.putDouble(slowFactor);
        s.putBoolean(vacuumLost);
    }

    @Override
    protected void readState(StateSource s) {
        xM = s.getDouble();
        zM = s.getDouble();
        xSpoolOut = s.getBoolean();
        zDown = s.getBoolean();
        vacuumOn = s.getBoolean();
        sealedS = s.getDouble();
        heldSlot = s.getInt();
        heldId = s.getLong();
        xMoving = s.getBoolean();
        crashing = s.getBoolean();
        crashes = s.getInt();
        drops = s.getInt();
        slowFactor = s.getDouble();
        vacuumLost = s.getBoolean();
    }
}
