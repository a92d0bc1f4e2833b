package io.simbase.engine.component;

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
 * A car park with one lane past two light beams, A (outside, at the entry barrier) and B
 * (inside): entering cars break A, A and B, B; leaving cars B, B and A, A; each phase lasts
 * {@code beam_s}. Only the order of the beams tells the direction.
 *
 * <p>Cars arrive at random ({@code arrive_per_min}, Bernoulli per step from the world's random
 * numbers): with the FULL sign lit they drive on (counted in {@code turned_away}, and in
 * {@code lost} when there was in fact a free space); otherwise they queue at the barrier, the
 * first on the entry loop. A car enters once the barrier is fully open; the fraction
 * {@code reverse} of them change their mind under the barrier and back out after breaking A
 * only. A waiting car gives up after {@code patience_s}. Cars inside leave at random
 * ({@code leave_per_min} while any are inside). The lane carries one car at a time; leaving
 * cars go first.
 *
 * <p>Counters the grader reads: {@code overfull} (a car entered with no free space),
 * {@code barrier_hits} (the barrier was not fully open while a car was under it) and
 * {@code miscounts} (one second after each car has passed, the program's free-space display
 * disagreed with the real number). The real number of cars inside is not a tag: counting it is
 * the program's job.
 *
 * <p>Called on the simulation thread only; the step allocates nothing.
 */
public final class CarPark extends Mechanism implements IntegratePhase, SensePhase {
    /** The lane's states. */
    private static final int IDLE = 0;
    private static final int WAITING = 1;
    private static final int IN_A = 2;
    private static final int IN_AB = 3;
    private static final int IN_B = 4;
    private static final int BACK_A = 5;
    private static final int OUT_B = 6;
    private static final int OUT_AB = 7;
    private static final int OUT_A = 8;
    /** Seconds after a passage when the display is compared with the real count. */
    static final double DISPLAY_CHECK_S = 1;

    /** The scene-file type {@code car_park}. */
    public static final ComponentType TYPE = ComponentType.builder("car_park",
                    "a car park behind one lane with two light beams, an entry barrier and random cars that enter, reverse out and leave")
            .optionalAt("")
            .tag("barrier", true, Direction.ACTUATOR, "open the entry barrier", TagType.BOOL)
            .tag("full_sign", true, Direction.ACTUATOR, "the FULL sign at the entrance", TagType.BOOL)
            .tag("display", false, Direction.ACTUATOR, "free spaces shown at the entrance", TagType.INT)
            .tag("entry_loop", true, Direction.SENSOR, "a car waits at the barrier", TagType.BOOL)
            .tag("beam_a", true, Direction.SENSOR, "outer light beam, at the barrier: 1 while broken", TagType.BOOL)
            .tag("beam_b", true, Direction.SENSOR, "inner light beam: 1 while broken", TagType.BOOL)
            .tag("barrier_up", false, Direction.SENSOR, "barrier fully open", TagType.BOOL)
            .tag("turned_away", false, Direction.SENSOR, "cars that drove on at the FULL sign", TagType.INT)
            .tag("lost", false, Direction.SENSOR, "cars turned away although a space was free", TagType.INT)
            .tag("overfull", false, Direction.SENSOR, "cars that entered with no free space", TagType.INT)
            .tag("barrier_hits", false, Direction.SENSOR, "cars under a barrier that was not fully open", TagType.INT)
            .tag("miscounts", false, Direction.SENSOR, "passages after which the display was wrong", TagType.INT)
            .number("capacity", 1, 10_000, "spaces")
            .number("initial", 0, 0, 10_000, "cars inside at the start")
            .number("arrive_per_min", 0, 120, "mean arrivals per minute")
            .number("leave_per_min", 0, 120, "mean departures per minute while cars are inside")
            .number("reverse", 0.1, 0, 1, "fraction of entering cars that back out under the barrier")
            .number("beam_s", 0.6, 0.05, 10, "seconds per beam phase")
            .number("barrier_s", 1.5, 0.1, 30, "barrier travel time, s")
            .number("patience_s", 30, 1, 3600, "a waiting car gives up after this, s")
            .number("queue", 5, 1, 100, "cars that can wait at the barrier")
            .fault(JAMMED)
            .factory(CarPark::create)
            .build();

    /** The car park's constants. */
    record Params(int capacity, double arrivePerS, double leavePerS, double reverse, double beamS, double barrierS,
                  double patienceS, int queue) {
    }

    /** Tag indices; -1 for an optional tag not given. */
    record Wiring(int barrier, int fullSign, int display, int entryLoop, int beamA, int beamB, int barrierUp,
                  int turnedAway, int lost, int overfull, int barrierHits, int miscounts) {
    }

    private final Params p;
    private final Wiring io;
    private double dt;
    private int inside;
    private int waiting;
    private int leaving;
    private int lane;
    private double phaseS;
    private boolean backsOut;
    private boolean hitThisCar;
    /** 0 closed .. 1 open. */
    private double barrier;
    private double checkInS = -1;
    private int turnedAway;
    private int lost;
    private int overfull;
    private int barrierHits;
    private int miscounts;

    private static CarPark create(ComponentConfig c) {
        int capacity = (int) c.number("capacity");
        int initial = (int) c.number("initial");
        if (initial > capacity) {
            throw c.fail("initial", "initial " + initial + " is more than the capacity " + capacity);
        }
        Params params = new Params(capacity, c.number("arrive_per_min") / 60, c.number("leave_per_min") / 60,
                c.number("reverse"), c.number("beam_s"), c.number("barrier_s"), c.number("patience_s"),
                (int) c.number("queue"));
        Wiring wiring = new Wiring(c.tag("barrier"), c.tag("full_sign"), c.tag("display"), c.tag("entry_loop"),
                c.tag("beam_a"), c.tag("beam_b"), c.tag("barrier_up"), c.tag("turned_away"), c.tag("lost"),
                c.tag("overfull"), c.tag("barrier_hits"), c.tag("miscounts"));
        return new CarPark(c.id(), Placement.small(c, 1.0), params, wiring, initial);
    }

    CarPark(String id, Geometry g, Params params, Wiring wiring, int initial) {
        super(id, "car_park", g);
        this.p = params;
        this.io = wiring;
        this.inside = initial;
    }

    /** Cars inside now. */
    public int inside() {
        return inside;
    }

    public int overfull() {
        return overfull;
    }

    public int lost() {
        return lost;
    }

    public int barrierHits() {
        return barrierHits;
    }

    public int miscounts() {
        return miscounts;
    }

    @Override
    protected void build(BuildContext w) {
        dt = w.dtSeconds();
    }

    @Override
    public void integrate(IntegrateContext w) {
        moveBarrier(w.getBool(io.barrier()));
        double arrive = w.rng().nextDouble();
        double leave = w.rng().nextDouble();
        if (arrive < p.arrivePerS() * dt) {
            if (w.getBool(io.fullSign())) {
                turnedAway++;
                if (inside < p.capacity()) {
                    lost++;
                }
            } else if (waiting < p.queue()) {
                waiting++;
            }
        }
        if (inside - leaving > 0 && leave < p.leavePerS() * dt) {
            leaving++;
        }
        stepLane(w);
        if (checkInS >= 0) {
            checkInS -= dt;
            if (checkInS < 0 && io.display() >= 0 && Math.round(w.get(io.display())) != p.capacity() - inside) {
                miscounts++;
            }
        }
    }

    private void moveBarrier(boolean open) {
        if (jammed) {
            return;
        }
        double next = barrier + (open ? 1 : -1) * dt / p.barrierS();
        barrier = next >= 1 - 1e-9 ? 1 : next <= 1e-9 ? 0 : next;
    }

    private void stepLane(IntegrateContext w) {
        phaseS += dt;
        boolean underBarrier = lane == IN_A || lane == IN_AB || lane == BACK_A;
        if (underBarrier && barrier < 1 && !hitThisCar) {
            hitThisCar = true;
            barrierHits++;
        }
        boolean phaseDone = phaseS >= p.beamS() - 1e-9;
        switch (lane) {
            case IDLE:
                if (leaving > 0) {
                    enter(OUT_B);
                } else if (waiting > 0) {
                    enter(WAITING);
                }
                break;
            case WAITING:
                if (barrier >= 1) {
                    backsOut = w.rng().nextDouble() < p.reverse();
                    hitThisCar = false;
                    enter(IN_A);
                } else if (phaseS >= p.patienceS()) {
                    waiting--;
                    turnedAway++;
                    if (inside < p.capacity()) {
                        lost++;
                    }
                    passed();
                }
                break;
            case IN_A:
                if (phaseDone) {
                    enter(backsOut ? BACK_A : IN_AB);
                }
                break;
            case BACK_A:
                if (phaseDone) {
                    waiting--;
                    passed();
                }
                break;
            case IN_AB:
                if (phaseDone) {
                    enter(IN_B);
                }
                break;
            case IN_B:
                if (phaseDone) {
                    if (inside >= p.capacity()) {
                        overfull++;
                    }
                    inside++;
                    waiting--;
                    passed();
                }
                break;
            case OUT_B:
                if (phaseDone) {
                    enter(OUT_AB);
                }
                break;
            case OUT_AB:
                if (phaseDone) {
                    enter(OUT_A);
                }
                break;
            case OUT_A:
                if (phaseDone) {
                    inside--;
                    leaving--;
                    passed();
                }
                break;
            default:
                throw new IllegalStateException("lane state " + lane);
        }
    }

    private void enter(int state) {
        lane = state;
        phaseS = 0;
    }

    private void passed() {
        enter(IDLE);
        checkInS = DISPLAY_CHECK_S;
    }

    private boolean beamA() {
        return lane == IN_A || lane == IN_AB || lane == BACK_A || lane == OUT_AB || lane == OUT_A;
    }

    private boolean beamB() {
        return lane == IN_AB || lane == IN_B || lane == OUT_B || lane == OUT_AB;
    }

    @Override
    public void sense(SenseContext w) {
        w.setSensor(io.entryLoop(), lane == WAITING);
        w.setSensor(io.beamA(), beamA());
        w.setSensor(io.beamB(), beamB());
        set(w, io.barrierUp(), barrier >= 1 ? 1 : 0);
        set(w, io.turnedAway(), turnedAway);
        set(w, io.lost(), lost);
        set(w, io.overfull(), overfull);
        set(w, io.barrierHits(), barrierHits);
        set(w, io.miscounts(), miscounts);
    }

    private static void set(SenseContext w, int tag, double value) {
        if (tag >= 0) {
            w.setSensor(tag, value);
        }
    }

    @Override
    public String[] visualNames() {
        return new String[] {"inside", "barrier", "car_shift", "car_visible", "queue"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        double s = geometry().sizeX();
        dest[offset] = inside;
        dest[offset + 1] = barrier;
        // the car drawn in the lane: at the loop, under A, between, under B
        double at;
        switch (lane) {
            case WAITING: at = -0.35 * s; break;
            case IN_A: case BACK_A: case OUT_A: at = -0.15 * s; break;
            case IN_AB: case OUT_AB: at = 0; break;
            case IN_B: case OUT_B: at = 0.15 * s; break;
            default: at = 0;
        }
        dest[offset + 2] = at;
        dest[offset + 3] = lane == IDLE ? 0 : 1;
        dest[offset + 4] = waiting;
    }

    @Override
    public Drawing drawing() {
        double s = geometry().sizeX();
        return Drawing.of(
                Drawing.rect(0, 0, s, s * 0.3, "#a9a9a9"),
                Drawing.rect(0.3 * s, 0, s * 0.4, s * 0.9, "#c0c0c0"),
                Drawing.rect(-0.15 * s, s * 0.12, s * 0.02, s * 0.06, "#8b0000").layer(2),
                Drawing.rect(0.15 * s, s * 0.12, s * 0.02, s * 0.06, "#8b0000").layer(2),
                Drawing.rect(-0.1 * s, 0, s * 0.03, s * 0.3, "#228b22").onWhen("barrier", "#ff4500").layer(1),
                Drawing.rect(0, 0, s * 0.12, s * 0.08, "#1e90ff").onWhen("car_visible", "#a9a9a9")
                        .shiftedBy("car_shift").layer(2),
                Drawing.text(0.3 * s, -0.3 * s, "inside", 0, "", "#000"),
                Drawing.text(-0.35 * s, -0.25 * s, "queue", 0, " \u2192", "#000"));
    }

    @Override
    protected void writeMechanismState(StateSink s) {
        s.putInt(inside);
        s.putInt(waiting);
        s.putInt(leaving);
        s.putInt(lane);
        s.putDouble(phaseS);
        s.putBoolean(backsOut);
        s.putBoolean(hitThisCar);
        s.putDouble(barrier);
        s.putDouble(checkInS);
        s.putInt(turnedAway);
        s.putInt(lost);
        s.putInt(overfull);
        s.putInt(barrierHits);
        s.putInt(miscounts);
    }

    @Override
    protected void readMechanismState(StateSource s) {
        inside = s.getInt();
        waiting = s.getInt();
        leaving = s.getInt();
        lane = s.getInt();
        phaseS = s.getDouble();
        backsOut = s.getBoolean();
        hitThisCar = s.getBoolean();
        barrier = s.getDouble();
        checkInS = s.getDouble();
        turnedAway = s.getInt();
        lost = s.getInt();
        overfull = s.getInt();
        barrierHits = s.getInt();
        miscounts = s.getInt();
    }
}
