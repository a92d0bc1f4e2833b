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
 * <p>The cars and the lane are a {@link CarParkLane}, the grader's counters a
 * {@link CarParkCounters}; this class wires them to the tags, the barrier and the random numbers.
 *
 * <p>Called on the simulation thread only; the step allocates nothing.
 */
public final class CarPark extends Mechanism implements IntegratePhase, SensePhase {
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
    private final CarParkLane cars;
    private final CarParkCounters counters = new CarParkCounters();
    private double dt;
    /** 0 closed .. 1 open. */
    private double barrier;

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
        this.cars = new CarParkLane(initial);
    }

    /** Cars inside now. */
    public int inside() {
        return cars.inside();
    }

    public int overfull() {
        return counters.overfullCount();
    }

    public int lost() {
        return counters.lost();
    }

    public int barrierHits() {
        return counters.barrierHits();
    }

    public int miscounts() {
        return counters.miscounts();
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
                counters.turnedAway(cars.inside() < p.capacity());
            } else {
                cars.arrive(p.queue());
            }
        }
        if (leave < p.leavePerS() * dt) {
            cars.leaveIfAny();
        }
        cars.step(w, dt, barrier, p, counters);
        counters.checkDisplay(w, dt, io.display(), p.capacity() - cars.inside());
    }

    private void moveBarrier(boolean open) {
        if (jammed) {
            return;
        }
        double next = barrier + (open ? 1 : -1) * dt / p.barrierS();
        barrier = next >= 1 - 1e-9 ? 1 : next <= 1e-9 ? 0 : next;
    }

    @Override
    public void sense(SenseContext w) {
        w.setSensor(io.entryLoop(), cars.onLoop());
        w.setSensor(io.beamA(), cars.beamA());
        w.setSensor(io.beamB(), cars.beamB());
        CarParkCounters.set(w, io.barrierUp(), barrier >= 1 ? 1 : 0);
        counters.sense(w, io);
    }

    @Override
    public String[] visualNames() {
        return new String[] {"inside", "barrier", "car_shift", "car_visible", "queue"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = cars.inside();
        dest[offset + 1] = barrier;
        dest[offset + 2] = cars.carAt(geometry().sizeX());
        dest[offset + 3] = cars.carInLane() ? 1 : 0;
        dest[offset + 4] = cars.waiting();
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
        cars.write(s);
        s.putDouble(barrier);
        counters.write(s);
    }

    @Override
    protected void readMechanismState(StateSource s) {
        cars.read(s);
        barrier = s.getDouble();
        counters.read(s);
    }
}
