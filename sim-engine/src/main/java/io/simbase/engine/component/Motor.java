package io.simbase.engine.component;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
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
 * A three-phase induction motor driving a fan-type load, switched by contactors (K1 forward,
 * K2 reverse, optionally star and delta) and protected by a thermal overload relay.
 *
 * <p>Per-unit model, speed {@code n} = rpm / synchronous rpm. The supply factor {@code c} is 1
 * in delta (or direct on line when the motor has no star/delta contactors) and 1/3 in star
 * (phase voltage divided by the square root of 3). Motor torque, in units of rated torque, is
 * linear in the slip near synchronous speed and limited by the breakdown torque:
 * {@code T = c clamp((dir - n) / s_rated, -T_max, T_max)}; the load is a fan,
 * {@code T_L = load n|n| + friction n}; {@code accel_s dn/dt = T - T_L}, integrated with the linearised
 * implicit Euler step (stable for any step and slip). Line current, in units of rated current,
 * is {@code c min(locked, i0 + (1 - i0) |dir - n| / s_rated)}: at standstill the locked-rotor
 * current, falling to about rated current at rated slip.
 *
 * <p>The thermal relay heats as {@code tau d(theta)/dt = (I / I_set)^2 - theta} (exact
 * discretisation) and trips when {@code theta >= 1.15^2}; tripped, its NC contact 95-96 (the
 * {@code overload_ok} tag) opens, and since that contact is wired in series with the contactor
 * coils the motor loses its supply whatever the program commands. Closing K1 and K2 together,
 * or star and delta together, is a phase-to-phase short circuit: the motor protective breaker
 * trips at once (the same trip, reported as alarm code 2). The {@code reset} coil resets the
 * relay once it has cooled to {@code theta <= 1}. Fault {@code jammed}: the rotor is locked.
 *
 * <p>Called on the simulation thread only; the step allocates nothing.
 */
public final class Motor extends Mechanism implements IntegratePhase, SensePhase {
    /** Alarm code of an overload trip. */
    public static final int ALARM_OVERLOAD = 1;
    /** Alarm code of a short circuit between contactors (K1 with K2, or star with delta). */
    public static final int ALARM_SHORT_CIRCUIT = 2;
    /** The relay trips at this heat: 1.15 times its setting, squared (IEC 60947-4-1: no trip at 1.05, trip at 1.2). */
    static final double TRIP_HEAT = 1.15 * 1.15;
    /** Breakdown torque, per unit of rated torque. */
    static final double BREAKDOWN_TORQUE = 2.5;

    /** The scene-file type {@code motor}. */
    public static final ComponentType TYPE = ComponentType.builder("motor",
                    "three-phase motor with contactors (forward/reverse, star/delta), fan load and thermal overload relay")
            .optionalAt("")
            .tag("forward", true, Direction.ACTUATOR, "K1: forward contactor", TagType.BOOL)
            .tag("reverse", false, Direction.ACTUATOR, "K2: reverse contactor", TagType.BOOL)
            .tag("star", false, Direction.ACTUATOR, "star contactor (with delta: star-delta starting)", TagType.BOOL)
            .tag("delta", false, Direction.ACTUATOR, "delta contactor (with star)", TagType.BOOL)
            .tag("reset", false, Direction.ACTUATOR, "remote reset of the overload relay", TagType.BOOL)
            .tag("speed", false, Direction.SENSOR, "rpm, negative in reverse", TagType.REAL)
            .tag("current", false, Direction.SENSOR, "line current, A", TagType.REAL)
            .tag("overload_ok", false, Direction.SENSOR, "overload relay contact 95-96 (NC): 1 while not tripped",
                    TagType.BOOL)
            .number("sync_rpm", 1500, 100, 10_000, "synchronous speed, rpm")
            .number("rated_a", 1e-3, 10_000, "rated current, A")
            .number("setting_a", "rated_a", 1e-3, 10_000, "overload relay setting, A")
            .number("rated_slip", 0.04, 0.005, 0.2, "slip at rated torque")
            .number("locked", 6, 1, 12, "locked-rotor current / rated current")
            .number("no_load", 0.4, 0, 1, "no-load current / rated current")
            .number("load", 0.8, 0, 2, "fan load torque at synchronous speed / rated torque")
            .number("friction", 0, 0, 2, "bearing and air friction torque at synchronous speed / rated torque, linear in speed")
            .number("accel_s", 2, 0.01, 1000, "inertia: seconds to reach synchronous speed at rated torque")
            .number("tau_th", 300, 1, 100_000, "thermal time constant of the overload relay, s")
            .fault(JAMMED)
            .factory(Motor::create)
            .build();

    private final Params p;
    private final Wiring io;
    private double decay = Double.NaN;
    private double dtSeconds;
    /** Speed, per unit of synchronous speed, signed. */
    private double n;
    /** Line current, per unit of rated current. */
    private double currentPu;
    /** Relay heat, in units of (setting current)^2. */
    private double heat;
    /** 0 while not tripped, else the alarm code of the trip. */
    private int tripCode;
    /** Rotor angle for the drawing, radians in [0, 2 pi). */
    private double angle;
    /** Signed supply factor applied this step: +-1 delta, +-1/3 star, 0 off. */
    private double supply;

    /** The motor's constants, per unit where the class comment says so. */
    record Params(double syncRpm, double ratedA, double settingA, double ratedSlip, double locked, double noLoad,
                  double load, double friction, double accelS, double tauTh) {
    }

    /** Its tag indices; -1 for a tag it does not have. */
    record Wiring(int forward, int reverse, int star, int delta, int reset, int speed, int current, int overloadOk) {
    }

    private static Motor create(io.simbase.engine.schema.ComponentConfig c) {
        if (c.has("star") != c.has("delta")) {
            throw c.fail(c.has("star") ? "star" : "delta", "star-delta starting needs both star and delta");
        }
        double rated = c.number("rated_a");
        Params params = new Params(c.number("sync_rpm"), rated, c.number("setting_a", rated), c.number("rated_slip"),
                c.number("locked"), c.number("no_load"), c.number("load"), c.number("friction"), c.number("accel_s"), c.number("tau_th"));
        Wiring wiring = new Wiring(c.tag("forward"), c.tag("reverse"), c.tag("star"), c.tag("delta"), c.tag("reset"),
                c.tag("speed"), c.tag("current"), c.tag("overload_ok"));
        return new Motor(c.id(), Placement.small(c, 0.4), params, wiring);
    }

    Motor(String id, Geometry g, Params params, Wiring wiring) {
        super(id, "motor", g);
        this.p = params;
        this.io = wiring;
    }

    /** Speed in rpm, negative in reverse. */
    public double speedRpm() {
        return n * p.syncRpm();
    }

    /** Line current in A. */
    public double currentA() {
        return currentPu * p.ratedA();
    }

    /** True while the overload relay (or the breaker, after a short circuit) is tripped. */
    public boolean tripped() {
        return tripCode != 0;
    }

    /** The relay's heat in units of its setting squared; it trips at 1.15^2. */
    public double heat() {
        return heat;
    }

    @Override
    protected void build(BuildContext w) {
        dtSeconds = w.dtSeconds();
        decay = StrictMath.exp(-dtSeconds / p.tauTh());
    }

    @Override
    public void integrate(IntegrateContext w) {
        boolean k1 = w.getBool(io.forward());
        boolean k2 = io.reverse() >= 0 && w.getBool(io.reverse());
        boolean starDelta = io.star() >= 0;
        boolean ks = starDelta && w.getBool(io.star());
        boolean kd = starDelta && w.getBool(io.delta());
        if (tripCode != 0 && io.reset() >= 0 && w.getBool(io.reset()) && heat <= 1) {
            w.emit(EventKind.ALARM_OFF, index(), tripCode);
            tripCode = 0;
        }
        if (tripCode == 0 && ((k1 && k2) || (ks && kd))) {
            trip(w, ALARM_SHORT_CIRCUIT);
        }
        double dir = tripCode != 0 || k1 == k2 ? 0 : (k1 ? 1 : -1);
        double c = !starDelta ? 1 : ks ? 1.0 / 3 : kd ? 1 : 0;
        supply = dir * c;
        if (supply == 0) {
            dir = 0;
        }
        if (jammed) {
            n = 0;
        } else {
            integrateSpeed(dir, Math.abs(supply));
        }
        double slip = Math.abs(dir - n);
        currentPu = dir == 0 ? 0 : Math.abs(supply) * Math.min(p.locked(), p.noLoad() + (1 - p.noLoad()) * slip / p.ratedSlip());
        double ratio = currentPu * p.ratedA() / p.settingA();
        double steady = ratio * ratio;
        heat = steady + (heat - steady) * decay;
        if (tripCode == 0 && heat >= TRIP_HEAT) {
            trip(w, ALARM_OVERLOAD);
        }
        angle += n * p.syncRpm() / 60 * 2 * Math.PI * dtSeconds;
        angle -= 2 * Math.PI * Math.floor(angle / (2 * Math.PI));
    }

    private void trip(IntegrateContext w, int code) {
        tripCode = code;
        w.emit(EventKind.ALARM_ON, index(), code);
    }

    private void integrateSpeed(double dir, double c) {
        double t;
        double dt;
        double lin = c * (dir - n) / p.ratedSlip();
        double limit = c * BREAKDOWN_TORQUE;
        if (lin > limit) {
            t = limit;
            dt = 0;
        } else if (lin < -limit) {
            t = -limit;
            dt = 0;
        } else {
            t = lin;
            dt = -c / p.ratedSlip();
        }
        double f = (t - p.load() * n * Math.abs(n) - p.friction() * n) / p.accelS();
        double df = (dt - 2 * p.load() * Math.abs(n) - p.friction()) / p.accelS();
        n += dtSeconds * f / (1 - dtSeconds * df);
    }

    @Override
    public void sense(SenseContext w) {
        if (io.speed() >= 0) {
            w.setSensor(io.speed(), speedRpm());
        }
        if (io.current() >= 0) {
            w.setSensor(io.current(), currentA());
        }
        if (io.overloadOk() >= 0) {
            w.setSensor(io.overloadOk(), tripCode == 0);
        }
    }

    @Override
    public String[] visualNames() {
        return new String[] {"speed_rpm", "current_a", "tripped", "angle", "powered"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = speedRpm();
        dest[offset + 1] = currentA();
        dest[offset + 2] = tripCode;
        dest[offset + 3] = angle;
        dest[offset + 4] = Math.abs(supply);
    }

    @Override
    public Drawing drawing() {
        double s = geometry().sizeX();
        return Drawing.of(
                Drawing.circle(0, 0, s / 2, "#708090").layer(1),
                Drawing.rect(0, 0, s * 0.9, s * 0.12, "#2f4f4f").spunBy("angle").layer(1),
                Drawing.circle(0, 0, s * 0.12, "#3cb371").onWhen("powered", "#a9a9a9").layer(1),
                Drawing.circle(s * 0.45, s * 0.45, s * 0.08, "#dc143c").onWhen("tripped", "#f5f5f5").layer(2).atLeast(4),
                Drawing.text(0, -s * 0.7, "speed_rpm", 0, " rpm", "#000"),
                Drawing.text(0, s * 0.7, "current_a", 1, " A", "#000"));
    }

    @Override
    protected void writeMechanismState(StateSink s) {
        s.putDouble(n);
        s.putDouble(currentPu);
        s.putDouble(heat);
        s.putInt(tripCode);
        s.putDouble(angle);
        s.putDouble(supply);
    }

    @Override
    protected void readMechanismState(StateSource s) {
        n = s.getDouble();
        currentPu = s.getDouble();
        heat = s.getDouble();
        tripCode = s.getInt();
        angle = s.getDouble();
        supply = s.getDouble();
    }
}
