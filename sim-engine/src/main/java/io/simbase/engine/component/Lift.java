package io.simbase.engine.component;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentConfig;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.IntegrateContext;
import io.simbase.engine.world.IntegratePhase;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;

/**
 * A three-floor lift: a car on a vertical axis driven by a two-speed hoist (up, down, slow), and
 * its car door. Floors are at 0, {@code floor_height} and twice that, measured from floor 1.
 *
 * <p>Car: the commanded speed is +-{@code fast} (or +-{@code slow} with the slow contactor), 0
 * when neither or both directions are commanded; the speed approaches it at most at
 * {@code accel} m/s^2. Floor sensors are on within {@code level_window} of their floor, the
 * slow-down sensors within {@code slow_zone}. Beyond the end floors by {@code limit} the
 * overtravel limit switches open the safety circuit: the hoist is cut until the car is driven
 * back, with alarm {@value #ALARM_OVERTRAVEL}; 0.3 m beyond, the car sits on its buffer.
 * Driving with the door not closed raises alarm {@value #ALARM_DOOR} (an interlock the program
 * must keep; the plant does not enforce it).
 *
 * <p>Door: opens and closes in {@code door_s} seconds (0 closed, 1 open); open and closed limit
 * switches. Fault {@code jammed}: the door does not move.
 *
 * <p>Called on the simulation thread only; the step allocates nothing.
 */
public final class Lift extends Mechanism implements IntegratePhase, SensePhase {
    /** Alarm code: an overtravel limit switch opened. */
    public static final int ALARM_OVERTRAVEL = 1;
    /** Alarm code: the car moved with its door not closed. */
    public static final int ALARM_DOOR = 2;
    /** Floors served. */
    static final int FLOORS = 3;
    /** Distance from an overtravel limit to the buffer, m. */
    static final double BUFFER_M = 0.3;

    /** The scene-file type {@code lift}. */
    public static final ComponentType TYPE = ComponentType.builder("lift",
                    "a three-floor lift: two-speed hoist, floor and slow-down sensors, car door, overtravel limits")
            .optionalAt("")
            .tag("up", true, Direction.ACTUATOR, "hoist up", TagType.BOOL)
            .tag("down", true, Direction.ACTUATOR, "hoist down", TagType.BOOL)
            .tag("slow", false, Direction.ACTUATOR, "slow speed", TagType.BOOL)
            .tag("door_open", true, Direction.ACTUATOR, "door motor: open", TagType.BOOL)
            .tag("door_close", true, Direction.ACTUATOR, "door motor: close", TagType.BOOL)
            .tag("floor1", true, Direction.SENSOR, "car level with floor 1", TagType.BOOL)
            .tag("floor2", true, Direction.SENSOR, "car level with floor 2", TagType.BOOL)
            .tag("floor3", true, Direction.SENSOR, "car level with floor 3", TagType.BOOL)
            .tag("slow1", false, Direction.SENSOR, "car in floor 1's slow-down zone", TagType.BOOL)
            .tag("slow2", false, Direction.SENSOR, "car in floor 2's slow-down zone", TagType.BOOL)
            .tag("slow3", false, Direction.SENSOR, "car in floor 3's slow-down zone", TagType.BOOL)
            .tag("door_opened", true, Direction.SENSOR, "door open limit switch", TagType.BOOL)
            .tag("door_closed", true, Direction.SENSOR, "door closed limit switch", TagType.BOOL)
            .tag("top_limit", false, Direction.SENSOR, "overtravel limit above floor 3", TagType.BOOL)
            .tag("bottom_limit", false, Direction.SENSOR, "overtravel limit below floor 1", TagType.BOOL)
            .tag("position", false, Direction.SENSOR, "car position above floor 1, m", TagType.REAL)
            .tag("speed", false, Direction.SENSOR, "car speed, m/s, up positive", TagType.REAL)
            .number("floor_height", 3, 0.5, 20, "m between floors")
            .number("fast", 1, 0.05, 10, "m/s")
            .number("slow_speed", 0.2, 0.01, 2, "m/s with the slow contactor")
            .number("accel", 2, 0.1, 20, "m/s^2, acceleration and deceleration")
            .number("level_window", 0.03, 0.001, 0.5, "floor sensor on within this of its floor, m")
            .number("slow_zone", 0.6, 0.01, 5, "slow-down sensor on within this of its floor, m")
            .number("limit", 0.1, 0.01, 1, "overtravel limit beyond an end floor, m")
            .number("door_s", 2, 0.1, 60, "door travel time, s")
            .number("start_floor", 1, 1, FLOORS, "the car's floor at the start")
            .fault(JAMMED)
            .factory(Lift::create)
            .build();

    /** The hoist's and the shaft's constants. */
    record Params(double floorHeightM, double fastMs, double slowMs, double accelMs2, double levelWindowM,
                  double slowZoneM, double limitM, double doorSeconds) {
    }

    /** Tag indices; -1 for an optional tag not given. */
    record Wiring(int up, int down, int slow, int doorOpen, int doorClose, int[] floors, int[] slowZones, int doorOpened,
                  int doorClosed, int topLimit, int bottomLimit, int position, int speed) {
    }

    private final Params p;
    private final Wiring io;
    private double dtSeconds;
    private double positionM;
    private double speedMs;
    /** 0 closed .. 1 open. */
    private double door;
    private boolean overtravel;
    private boolean doorAlarm;

    private static Lift create(ComponentConfig c) {
        Params params = new Params(c.number("floor_height"), c.number("fast"), c.number("slow_speed"), c.number("accel"),
                c.number("level_window"), c.number("slow_zone"), c.number("limit"), c.number("door_s"));
        if (params.slowZoneM() >= params.floorHeightM() / 2) {
            throw c.fail("slow_zone", "slow_zone must be under half the floor height");
        }
        Wiring wiring = new Wiring(c.tag("up"), c.tag("down"), c.tag("slow"), c.tag("door_open"), c.tag("door_close"),
                new int[] {c.tag("floor1"), c.tag("floor2"), c.tag("floor3")},
                new int[] {c.tag("slow1"), c.tag("slow2"), c.tag("slow3")}, c.tag("door_opened"), c.tag("door_closed"),
                c.tag("top_limit"), c.tag("bottom_limit"), c.tag("position"), c.tag("speed"));
        double start = (c.number("start_floor") - 1) * params.floorHeightM();
        return new Lift(c.id(), Placement.small(c, 0.6), params, wiring, start);
    }

    Lift(String id, Geometry g, Params params, Wiring wiring, double startM) {
        super(id, "lift", g);
        this.p = params;
        this.io = wiring;
        this.positionM = startM;
    }

    /** Car position above floor 1, m. */
    public double positionM() {
        return positionM;
    }

    /** Car speed, m/s, up positive. */
    public double speedMs() {
        return speedMs;
    }

    /** Door opening, 0 closed .. 1 open. */
    public double door() {
        return door;
    }

    private double topM() {
        return (FLOORS - 1) * p.floorHeightM();
    }

    @Override
    protected void build(BuildContext w) {
        dtSeconds = w.dtSeconds();
    }

    @Override
    public void integrate(IntegrateContext w) {
        boolean up = w.getBool(io.up());
        boolean down = w.getBool(io.down());
        boolean slow = io.slow() >= 0 && w.getBool(io.slow());
        double target = up == down ? 0 : (up ? 1 : -1) * (slow ? p.slowMs() : p.fastMs());
        boolean aboveTop = positionM > topM() + p.limitM();
        boolean belowBottom = positionM < -p.limitM();
        // the safety circuit: past a limit the hoist may only drive back
        if ((aboveTop && target > 0) || (belowBottom && target < 0)) {
            target = 0;
            speedMs = 0;
        }
        double dv = p.accelMs2() * dtSeconds;
        speedMs = target > speedMs ? Math.min(target, speedMs + dv) : Math.max(target, speedMs - dv);
        positionM += speedMs * dtSeconds;
        double max = topM() + p.limitM() + BUFFER_M;
        double min = -p.limitM() - BUFFER_M;
        if (positionM > max || positionM < min) {
            positionM = Math.max(min, Math.min(max, positionM));
            speedMs = 0;
        }
        boolean over = positionM > topM() + p.limitM() || positionM < -p.limitM();
        if (over != overtravel) {
            overtravel = over;
            w.emit(over ? EventKind.ALARM_ON : EventKind.ALARM_OFF, index(), ALARM_OVERTRAVEL);
        }
        boolean open = w.getBool(io.doorOpen());
        boolean close = w.getBool(io.doorClose());
        if (!jammed && open != close) {
            double step = dtSeconds / p.doorSeconds();
            double next = open ? door + step : door - step;
            // snap the last fraction of a step, so that door_s / dt whole steps reach an end
            door = next >= 1 - 1e-9 ? 1 : next <= 1e-9 ? 0 : next;
        }
        boolean unsafe = speedMs != 0 && door > 0;
        if (unsafe != doorAlarm) {
            doorAlarm = unsafe;
            w.emit(unsafe ? EventKind.ALARM_ON : EventKind.ALARM_OFF, index(), ALARM_DOOR);
        }
    }

    @Override
    public void sense(SenseContext w) {
        for (int f = 0; f < FLOORS; f++) {
            double d = Math.abs(positionM - f * p.floorHeightM());
            w.setSensor(io.floors()[f], d <= p.levelWindowM());
            if (io.slowZones()[f] >= 0) {
                w.setSensor(io.slowZones()[f], d <= p.slowZoneM());
            }
        }
        w.setSensor(io.doorOpened(), door >= 1);
        w.setSensor(io.doorClosed(), door <= 0);
        if (io.topLimit() >= 0) {
            w.setSensor(io.topLimit(), positionM > topM() + p.limitM());
        }
        if (io.bottomLimit() >= 0) {
            w.setSensor(io.bottomLimit(), positionM < -p.limitM());
        }
        if (io.position() >= 0) {
            w.setSensor(io.position(), positionM);
        }
        if (io.speed() >= 0) {
            w.setSensor(io.speed(), speedMs);
        }
    }

    @Override
    public String[] visualNames() {
        return new String[] {"position_m", "speed_ms", "door", "car_shift", "alarm"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = positionM;
        dest[offset + 1] = speedMs;
        dest[offset + 2] = door;
        // the plan view has no height: the car is drawn moving along the shaft's drawing, one
        // floor per third of the component's size
        dest[offset + 3] = positionM / p.floorHeightM() * geometry().sizeX() / FLOORS;
        dest[offset + 4] = overtravel || doorAlarm ? 1 : 0;
    }

    @Override
    public Drawing drawing() {
        double s = geometry().sizeX();
        double floor = s / FLOORS;
        double bottom = -s / 2 + floor / 2;
        return Drawing.of(
                Drawing.rect(0, 0, s, s * 0.4, "#d3d3d3"),
                Drawing.rect(bottom, 0, s * 0.02, s * 0.4, "#696969").layer(1),
                Drawing.rect(bottom + floor, 0, s * 0.02, s * 0.4, "#696969").layer(1),
                Drawing.rect(bottom + 2 * floor, 0, s * 0.02, s * 0.4, "#696969").layer(1),
                Drawing.rect(bottom, 0, floor * 0.6, s * 0.3, "#4169e1").shiftedBy("car_shift").layer(2),
                Drawing.rect(bottom, s * 0.17, floor * 0.6, s * 0.05, "#ffa500").onWhen("door", "#191970")
                        .shiftedBy("car_shift").layer(2),
                Drawing.circle(s * 0.45, -s * 0.15, s * 0.03, "#dc143c").onWhen("alarm", "#f5f5f5").layer(2).atLeast(4),
                Drawing.text(0, -s * 0.3, "position_m", 2, " m", "#000"));
    }

    @Override
    protected void writeMechanismState(StateSink s) {
        s.putDouble(positionM);
        s.putDouble(speedMs);
        s.putDouble(door);
        s.putBoolean(overtravel);
        s.putBoolean(doorAlarm);
    }

    @Override
    protected void readMechanismState(StateSource s) {
        positionM = s.getDouble();
        speedMs = s.getDouble();
        door = s.getDouble();
        overtravel = s.getBoolean();
        doorAlarm = s.getBoolean();
    }
}
