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

/**
 * A sectional garage door on a drive with two motor contactors (up, down), an upper and a lower
 * limit switch, a light barrier in front of the opening and a safety edge on the door's lower
 * edge, and an obstacle that comes and goes.
 *
 * <p>The door's state is its opening: the height of its lower edge above the floor, 0 closed,
 * {@code height} fully open. It moves at the constant speed {@code height / travel_s} while
 * exactly one contactor is on (both together: the reversing contactors' mechanical interlock
 * lets neither close); the limit switches close within {@value #LIMIT_WINDOW_M} m of each end,
 * and the drive stalls against the end stops if it is driven further.
 *
 * <p>The obstacle (a person or a car standing in the opening, {@code obstacle_height} tall)
 * comes with the fault {@code obstacle} (an instructor or a scenario) or as a passer-by at random
 * ({@code passer_rate} a minute, staying {@code passer_s}; the draw is made every step, so the
 * random stream does not depend on the program). It steps in only while the opening is at least
 * its height. In the opening it interrupts the light barrier; a closing door stops on it: the
 * safety edge (NC, {@code edge_ok} 0 while pressed) is pressed and each new contact counts as a
 * hit. Faults: {@code jammed} (the door does not move), {@code slow} (it moves slower),
 * {@code obstacle}.
 *
 * <p>Called on the simulation thread only; the step allocates nothing.
 */
public final class GarageDoor extends Component implements IntegratePhase, SensePhase {
    /** The limit switches close within this distance of each end, metres. */
    public static final double LIMIT_WINDOW_M = 0.01;
    /** The safety edge's rubber profile is pressed within this distance of the obstacle's top, metres. */
    public static final double EDGE_TRAVEL_M = 0.01;
    /** Alarm code of a contact between the closing door and an obstacle. */
    public static final int ALARM_HIT = 1;
    /** Something stands in the door's opening. */
    static final FaultSpec OBSTACLE = FaultSpec.of("obstacle", "an obstacle stands in the opening");

    /** The scene-file type {@code garage_door}. */
    public static final ComponentType TYPE = ComponentType.builder("garage_door",
                    "a garage door on an up/down drive with limit switches, a light barrier, a safety edge and an obstacle that comes and goes")
            .optionalAt("centre of the opening on the floor")
            .tag("up", true, Direction.ACTUATOR, "drive contactor: open", TagType.BOOL)
            .tag("down", true, Direction.ACTUATOR, "drive contactor: close", TagType.BOOL)
            .tag("open_limit", false, Direction.SENSOR, "upper limit switch: 1 when fully open", TagType.BOOL)
            .tag("closed_limit", false, Direction.SENSOR, "lower limit switch: 1 when closed", TagType.BOOL)
            .tag("beam_clear", false, Direction.SENSOR, "light barrier in front of the opening: 1 while nothing interrupts it", TagType.BOOL)
            .tag("edge_ok", false, Direction.SENSOR, "safety edge (NC): 0 while pressed", TagType.BOOL)
            .tag("opening", false, Direction.SENSOR, "height of the lower edge above the floor, m", TagType.REAL)
            .tag("hits", false, Direction.SENSOR, "contacts between the closing door and an obstacle, in total", TagType.INT)
            .number("width", 2.5, 0.5, 10, "m")
            .number("height", 2.2, 0.5, 10, "m: the opening when fully open")
            .number("travel_s", 12, 0.5, 600, "s from closed to fully open")
            .number("obstacle_height", 1.0, 0.05, 10, "m: an obstacle's top, above the floor")
            .number("passer_rate", 0, 0, 60, "passers-by a minute, on average")
            .number("passer_s", 3, 0.1, 600, "s a passer-by stays in the opening")
            .fault(Mechanism.JAMMED)
            .fault(Mechanism.SLOW)
            .fault(OBSTACLE)
            .factory(GarageDoor::create)
            .build();

    /** The door's constants. */
    record Params(double heightM, double travelS, double obstacleHeightM, double passerRate, double passerS) {
    }

    /** Its tag indices; -1 for a tag it does not have. */
    record Wiring(int up, int down, int openLimit, int closedLimit, int beamClear, int edgeOk, int opening, int hits) {
    }

    private final Params p;
    private final Wiring io;
    private double dtSeconds;
    private double passerChance;
    private long passerSteps;

    private long step;
    private double openingM;
    /** +1 opening, -1 closing, 0 standing, as driven this step (the drawing's arrows). */
    private int motion;
    private boolean jammed;
    private double slowFactor = 1;
    private boolean obstacleFault;
    private long passerUntil;
    private boolean obstacleIn;
    private boolean edgePressed;
    private int hits;

    private static GarageDoor create(ComponentConfig c) {
        double[] at = c.numbers("at");
        double width = c.number("width");
        Geometry g = at == null ? new Geometry(0, 0, 0, width, 0.3, c.number("height"), 0)
                : new Geometry(at[0], at[1], at.length == 3 ? at[2] : 0, width, 0.3, c.number("height"), 0);
        if (c.number("obstacle_height") >= c.number("height")) {
            throw c.fail("obstacle_height", "obstacle_height must be lower than height");
        }
        Params params = new Params(c.number("height"), c.number("travel_s"), c.number("obstacle_height"),
                c.number("passer_rate"), c.number("passer_s"));
        Wiring wiring = new Wiring(c.tag("up"), c.tag("down"), c.tag("open_limit"), c.tag("closed_limit"),
                c.tag("beam_clear"), c.tag("edge_ok"), c.tag("opening"), c.tag("hits"));
        return new GarageDoor(c.id(), g, params, wiring);
    }

    GarageDoor(String id, Geometry g, Params params, Wiring wiring) {
        super(id, "garage_door", g);
        this.p = params;
        this.io = wiring;
    }

    @Override
    protected void build(BuildContext w) {
        dtSeconds = w.dtSeconds();
        passerChance = p.passerRate() / 60 * dtSeconds;
        passerSteps = Math.max(1, Math.round(p.passerS() / dtSeconds));
    }

    @Override
    protected void setFault(FaultSpec fault, boolean active, double param) {
        if (Mechanism.JAMMED.equals(fault)) {
            jammed = active;
        } else if (Mechanism.SLOW.equals(fault)) {
            slowFactor = active ? param : 1;
        } else {
            obstacleFault = active;
        }
    }

    @Override
    public void integrate(IntegrateContext w) {
        step++;
        if (passerChance > 0 && w.rng().nextDouble() < passerChance && step >= passerUntil) {
            passerUntil = step + passerSteps;
        }
        boolean wanted = obstacleFault || step < passerUntil;
        obstacleIn = wanted && (obstacleIn || openingM >= p.obstacleHeightM());
        boolean up = w.getBool(io.up());
        boolean down = w.getBool(io.down());
        motion = up == down || jammed ? 0 : up ? 1 : -1;
        double travel = p.heightM() / (p.travelS() * slowFactor) * dtSeconds;
        if (motion > 0) {
            openingM = Math.min(p.heightM(), openingM + travel);
        } else if (motion < 0) {
            double floor = obstacleIn ? p.obstacleHeightM() : 0;
            openingM = Math.max(Math.min(floor, openingM), openingM - travel);
        }
        boolean pressed = obstacleIn && openingM <= p.obstacleHeightM() + EDGE_TRAVEL_M && motion <= 0
                && (edgePressed || motion < 0);
        if (pressed && !edgePressed) {
            hits++;
            w.emit(EventKind.ALARM_ON, index(), ALARM_HIT);
        } else if (!pressed && edgePressed) {
            w.emit(EventKind.ALARM_OFF, index(), ALARM_HIT);
        }
        edgePressed = pressed;
    }

    @Override
    public void sense(SenseContext w) {
        set(w, io.openLimit(), openingM >= p.heightM() - LIMIT_WINDOW_M);
        set(w, io.closedLimit(), openingM <= LIMIT_WINDOW_M);
        set(w, io.beamClear(), !obstacleIn);
        set(w, io.edgeOk(), !edgePressed);
        if (io.opening() >= 0) {
            w.setSensor(io.opening(), openingM);
        }
        if (io.hits() >= 0) {
            w.setSensor(io.hits(), hits);
        }
    }

    private static void set(SenseContext w, int tag, boolean value) {
        if (tag >= 0) {
            w.setSensor(tag, value);
        }
    }

    /** The height of the door's lower edge above the floor, m. */
    public double openingM() {
        return openingM;
    }

    /** Whether an obstacle stands in the opening. */
    public boolean obstacleInOpening() {
        return obstacleIn;
    }

    /** Whether the door presses on the obstacle (the safety edge is actuated). */
    public boolean edgePressed() {
        return edgePressed;
    }

    /** Contacts between the closing door and an obstacle, in total. */
    public int hits() {
        return hits;
    }

    @Override
    public String[] visualNames() {
        return new String[] {"opening_m", "closed_m", "obstacle", "beam_broken", "edge_pressed", "opening_up",
            "closing_down", "hits"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = openingM;
        dest[offset + 1] = p.heightM() - openingM;
        dest[offset + 2] = obstacleIn ? 1 : 0;
        dest[offset + 3] = obstacleIn ? 1 : 0;
        dest[offset + 4] = edgePressed ? 1 : 0;
        dest[offset + 5] = motion > 0 ? 1 : 0;
        dest[offset + 6] = motion < 0 ? 1 : 0;
        dest[offset + 7] = hits;
    }

    /**
     * From above: the frame across the opening with a gauge that fills as the door closes, the
     * light barrier in front (green, red when interrupted), the obstacle, and a row with the
     * safety edge's lamp, the drive's direction lamps, the opening and the hits.
     */
    @Override
    public Drawing drawing() {
        Geometry g = geometry();
        double w = g.sizeX();
        double d = g.sizeY();
        return Drawing.of(
                Drawing.rect(0, 0, w + 0.3, d, "#8b8b83"),
                Drawing.rect(0, 0, w, d * 0.5, "#f0e6d2").layer(1),
                Drawing.rect(0, 0, w, d * 0.5, "#a0522d").filledBy("closed_m", p.heightM()).layer(1),
                Drawing.rect(0, d * 1.3, w, 0.06, "#ff4500").onWhen("beam_broken", "#32cd32").layer(2),
                Drawing.circle(0, d * 2.3, 0.25, "#ff8c00").onWhen("obstacle", "#f5f5f5").layer(2),
                Drawing.circle(-w * 0.4, d * 3.7, 0.08, "#dc143c").onWhen("edge_pressed", "#d3d3d3").layer(2).atLeast(4),
                Drawing.circle(-w * 0.3, d * 3.7, 0.08, "#1e90ff").onWhen("opening_up", "#d3d3d3").layer(2).atLeast(4),
                Drawing.circle(-w * 0.2, d * 3.7, 0.08, "#9932cc").onWhen("closing_down", "#d3d3d3").layer(2).atLeast(4),
                Drawing.text(0, d * 3.7, "opening_m", 2, " m", "#000"),
                Drawing.text(w * 0.35, d * 3.7, "hits", 0, " hits", "#b22222"));
    }

    @Override
    protected void writeState(StateSink s) {
        s.putLong(step);
        s.putDouble(openingM);
        s.putInt(motion);
        s.putBoolean(jammed);
        s.putDouble(slowFactor);
        s.putBoolean(obstacleFault);
        s.putLong(passerUntil);
        s.putBoolean(obstacleIn);
        s.putBoolean(edgePressed);
        s.putInt(hits);
    }

    @Override
    protected void readState(StateSource s) {
        step = s.getLong();
        openingM = s.getDouble();
        motion = s.getInt();
        jammed = s.getBoolean();
        slowFactor = s.getDouble();
        obstacleFault = s.getBoolean();
        passerUntil = s.getLong();
        obstacleIn = s.getBoolean();
        edgePressed = s.getBoolean();
        hits = s.getInt();
    }
}
