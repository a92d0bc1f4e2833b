package io.simbase.engine.component;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.TagType;
import io.simbase.engine.schema.ComponentConfig;
import io.simbase.engine.schema.ComponentType;
import io.simbase.engine.state.StateSink;
import io.simbase.engine.state.StateSource;
import io.simbase.engine.world.BuildContext;
import io.simbase.engine.world.Component;
import io.simbase.engine.world.Drawing;
import io.simbase.engine.world.Geometry;
import io.simbase.engine.world.IntegrateContext;
import io.simbase.engine.world.IntegratePhase;
import io.simbase.engine.world.SenseContext;
import io.simbase.engine.world.SensePhase;

/**
 * A pedestrian crossing on a one-way road, with the traffic's own behaviour: cars and
 * pedestrians arrive at random (Bernoulli per step at the given rates, from the world's RNG),
 * queue while their light is red, go on green (cars one per headway, pedestrians all at once)
 * and, when they have waited longer than their patience, break the rule: the car at the stop
 * line runs the red light (its patience counts from when it reached the line), the pedestrian
 * who came first crosses on red (from when they arrived).
 *
 * <p>A car occupies the crossing for {@code clear_s} after it passes; a pedestrian for
 * {@code cross_s} after stepping out. A signal conflict (counted) is a car and a pedestrian on
 * the crossing together that both went on their green: the signals' fault, not a rule breaker's
 * (those are counted as red runners and jaywalkers). Yellow counts as stop.
 * Counters are int sensor tags, so a program can show them and a grader can score them.
 *
 * <p>Called on the simulation thread only; the step allocates nothing (the queues are rings of
 * arrival steps sized at build).
 */
public final class Crossing extends Component implements IntegratePhase, SensePhase {
    /** The scene-file type {@code crossing}. */
    public static final ComponentType TYPE = ComponentType.builder("crossing",
                    "a pedestrian crossing with random cars and pedestrians that wait on red and break the rule when they wait too long")
            .optionalAt("")
            .tag("car_green", true, Direction.ACTUATOR, "car signal green", TagType.BOOL)
            .tag("car_yellow", false, Direction.ACTUATOR, "car signal yellow (counts as stop)", TagType.BOOL)
            .tag("ped_green", true, Direction.ACTUATOR, "pedestrian signal green", TagType.BOOL)
            .tag("car_red", false, Direction.ACTUATOR, "car signal red (drawn; traffic reads only green and yellow)", TagType.BOOL)
            .tag("ped_red", false, Direction.ACTUATOR, "pedestrian signal red (drawn)", TagType.BOOL)
            .tag("cars_waiting", false, Direction.SENSOR, "cars queued at the stop line", TagType.INT)
            .tag("peds_waiting", false, Direction.SENSOR, "pedestrians waiting at the kerb", TagType.INT)
            .tag("button", false, Direction.SENSOR, "pedestrian push button: pressed for 0.5 s by each pedestrian arriving on red", TagType.BOOL)
            .tag("car_detected", false, Direction.SENSOR, "induction loop at the stop line: a car waits", TagType.BOOL)
            .tag("cars_passed", false, Direction.SENSOR, "cars that crossed, in total", TagType.INT)
            .tag("peds_crossed", false, Direction.SENSOR, "pedestrians that crossed, in total", TagType.INT)
            .tag("red_runners", false, Direction.SENSOR, "cars that ran the red light", TagType.INT)
            .tag("jaywalkers", false, Direction.SENSOR, "pedestrians that crossed on red", TagType.INT)
            .tag("conflicts", false, Direction.SENSOR, "a car and a pedestrian on the crossing together, both on their green", TagType.INT)
            .number("car_rate", 6, 0, 120, "cars per minute, on average")
            .number("ped_rate", 1, 0, 60, "pedestrians per minute, on average")
            .number("headway_s", 2, 0.2, 30, "s between cars leaving the queue on green")
            .number("clear_s", 1.5, 0.1, 30, "s a car occupies the crossing")
            .number("cross_s", 6, 0.5, 60, "s a pedestrian needs to cross")
            .number("car_patience_s", 90, 1, 3600, "s the first car waits on red before running it")
            .number("ped_patience_s", 45, 1, 3600, "s the first pedestrian waits on red before crossing anyway")
            .number("queue", 40, 1, 1000, "the most cars (and pedestrians) that queue; later arrivals go elsewhere")
            .factory(Crossing::create)
            .build();

    /** The crossing's constants. */
    record Params(double carRate, double pedRate, double headwayS, double clearS, double crossS,
                  double carPatienceS, double pedPatienceS, int queue) {
    }

    /** Its tag indices; -1 for a tag it does not have. */
    record Wiring(int carGreen, int carYellow, int pedGreen, int carRed, int pedRed, int carsWaiting, int pedsWaiting, int button, int carDetected,
                  int carsPassed, int pedsCrossed, int redRunners, int jaywalkers, int conflicts) {
    }

    private final Params p;
    private final Wiring io;
    private final StepQueue cars;
    private final StepQueue peds;
    private double carChance;
    private double pedChance;
    private long headwaySteps;
    private long clearSteps;
    private long crossSteps;
    private long carPatienceSteps;
    private long pedPatienceSteps;

    private long step;
    private long nextCarMayLeave;
    private long carOnCrossingUntil;
    private long pedOnCrossingUntil;
    private int carsPassed;
    private int pedsCrossed;
    private int redRunners;
    private int jaywalkers;
    private int conflicts;
    private long buttonUntil;
    /** When the first car in the queue reached the stop line: its patience runs from there. */
    private long carAtLineSince;
    /** Until when a car or a pedestrian that went on green is on the crossing. */
    private long greenCarUntil;
    private long greenPedUntil;
    private long pressSteps;
    /** The signals as last read, bit 0 car red, 1 car yellow, 2 car green, 3 pedestrian red, 4 pedestrian green: for the drawing only. */
    private int signals;

    private static Crossing create(ComponentConfig c) {
        double[] at = c.numbers("at");
        Geometry g = at == null ? new Geometry(0, 0, 0, 8, 4, 0.1, 0) : new Geometry(at[0], at[1], 0, 8, 4, 0.1, 0);
        Params params = new Params(c.number("car_rate"), c.number("ped_rate"), c.number("headway_s"),
                c.number("clear_s"), c.number("cross_s"), c.number("car_patience_s"), c.number("ped_patience_s"),
                (int) c.number("queue"));
        Wiring wiring = new Wiring(c.tag("car_green"), c.tag("car_yellow"), c.tag("ped_green"), c.tag("car_red"),
                c.tag("ped_red"), c.tag("cars_waiting"),
                c.tag("peds_waiting"), c.tag("button"), c.tag("car_detected"), c.tag("cars_passed"), c.tag("peds_crossed"),
                c.tag("red_runners"), c.tag("jaywalkers"), c.tag("conflicts"));
        return new Crossing(c.id(), g, params, wiring);
    }

    Crossing(String id, Geometry g, Params params, Wiring wiring) {
        super(id, "crossing", g);
        this.p = params;
        this.io = wiring;
        this.cars = new StepQueue(params.queue());
        this.peds = new StepQueue(params.queue());
    }

    @Override
    protected void build(BuildContext w) {
        double dt = w.dtSeconds();
        carChance = p.carRate() / 60 * dt;
        pedChance = p.pedRate() / 60 * dt;
        headwaySteps = steps(p.headwayS(), dt);
        clearSteps = steps(p.clearS(), dt);
        crossSteps = steps(p.crossS(), dt);
        carPatienceSteps = steps(p.carPatienceS(), dt);
        pedPatienceSteps = steps(p.pedPatienceS(), dt);
        pressSteps = steps(0.5, dt);
    }

    private static long steps(double seconds, double dt) {
        return Math.max(1, Math.round(seconds / dt));
    }

    @Override
    public void integrate(IntegrateContext w) {
        step++;
        boolean carGo = w.getBool(io.carGreen()) && (io.carYellow() < 0 || !w.getBool(io.carYellow()));
        boolean pedGo = w.getBool(io.pedGreen());
        signals = bit(w, io.carRed(), 0) | bit(w, io.carYellow(), 1) | bit(w, io.carGreen(), 2) | bit(w, io.pedRed(), 3)
                | bit(w, io.pedGreen(), 4);
        // Both draws every step, whatever the lights: the random stream does not depend on the program.
        boolean carArrives = w.rng().nextDouble() < carChance;
        boolean pedArrives = w.rng().nextDouble() < pedChance;
        if (carArrives) {
            if (cars.isEmpty()) {
                carAtLineSince = step;
            }
            cars.add(step);
        }
        if (pedArrives) {
            peds.add(step);
            if (!pedGo) {
                buttonUntil = step + pressSteps;
            }
        }
        if (!cars.isEmpty() && step >= nextCarMayLeave) {
            if (carGo) {
                carEnters(true);
            } else if (step - carAtLineSince >= carPatienceSteps) {
                redRunners++;
                carEnters(false);
            }
        }
        if (!peds.isEmpty()) {
            if (pedGo) {
                while (!peds.isEmpty()) {
                    pedStepsOut(true);
                }
            } else if (step - peds.first() >= pedPatienceSteps) {
                jaywalkers++;
                pedStepsOut(false);
            }
        }
    }

    private static int bit(IntegrateContext w, int tag, int bit) {
        return tag >= 0 && w.getBool(tag) ? 1 << bit : 0;
    }

    private void carEnters(boolean onGreen) {
        cars.removeFirst();
        carAtLineSince = step;
        carsPassed++;
        if (onGreen && step < greenPedUntil) {
            conflicts++;
        }
        carOnCrossingUntil = step + clearSteps;
        if (onGreen) {
            greenCarUntil = carOnCrossingUntil;
        }
        nextCarMayLeave = step + headwaySteps;
    }

    private void pedStepsOut(boolean onGreen) {
        peds.removeFirst();
        pedsCrossed++;
        if (onGreen && step < greenCarUntil) {
            conflicts++;
        }
        pedOnCrossingUntil = Math.max(pedOnCrossingUntil, step + crossSteps);
        if (onGreen) {
            greenPedUntil = step + crossSteps;
        }
    }

    @Override
    public void sense(SenseContext w) {
        set(w, io.carsWaiting(), cars.size());
        set(w, io.pedsWaiting(), peds.size());
        if (io.button() >= 0) {
            w.setSensor(io.button(), step < buttonUntil);
        }
        if (io.carDetected() >= 0) {
            w.setSensor(io.carDetected(), !cars.isEmpty());
        }
        set(w, io.carsPassed(), carsPassed);
        set(w, io.pedsCrossed(), pedsCrossed);
        set(w, io.redRunners(), redRunners);
        set(w, io.jaywalkers(), jaywalkers);
        set(w, io.conflicts(), conflicts);
    }

    private static void set(SenseContext w, int tag, int value) {
        if (tag >= 0) {
            w.setSensor(tag, value);
        }
    }

    public int carsWaiting() {
        return cars.size();
    }

    public int pedsWaiting() {
        return peds.size();
    }

    public int carsPassed() {
        return carsPassed;
    }

    public int pedsCrossed() {
        return pedsCrossed;
    }

    public int redRunners() {
        return redRunners;
    }

    public int jaywalkers() {
        return jaywalkers;
    }

    public int conflicts() {
        return conflicts;
    }

    @Override
    public String[] visualNames() {
        return new String[] {"cars_waiting", "peds_waiting", "car_on_crossing", "peds_on_crossing", "broken_rules",
            "car_red", "car_yellow", "car_green", "ped_red", "ped_green"};
    }

    @Override
    protected void writeVisuals(double[] dest, int offset) {
        dest[offset] = cars.size();
        dest[offset + 1] = peds.size();
        dest[offset + 2] = step < carOnCrossingUntil ? 1 : 0;
        dest[offset + 3] = step < pedOnCrossingUntil ? 1 : 0;
        dest[offset + 4] = redRunners + jaywalkers + conflicts;
        for (int b = 0; b < 5; b++) {
            dest[offset + 5 + b] = (signals >> b) & 1;
        }
    }

    @Override
    public Drawing drawing() {
        Geometry g = geometry();
        double len = g.sizeX();
        double wid = g.sizeY();
        return Drawing.of(
                Drawing.rect(0, 0, len, wid * 0.6, "#555555"),
                Drawing.rect(0, 0, len * 0.1, wid * 0.6, "#eeeeee"),
                // the car queue grows back from the stop line (the crossing's low-x side), up to 10 cars
                Drawing.rect(-len * 0.3, 0, len * 0.4, wid * 0.3, "#1e90ff").filledBy("cars_waiting", 10).layer(1),
                Drawing.rect(0, 0, len * 0.06, wid * 0.5, "#1e90ff").onWhen("car_on_crossing", "#eeeeee").layer(1),
                Drawing.circle(0, -wid * 0.4, wid * 0.06, "#ff8c00").onWhen("peds_on_crossing", "#d3d3d3").layer(2),
                Drawing.text(-len * 0.3, wid * 0.35, "cars_waiting", 0, " cars", "#000"),
                Drawing.text(0, -wid * 0.48, "peds_waiting", 0, " waiting", "#000"),
                Drawing.text(len * 0.3, wid * 0.35, "broken_rules", 0, " broken", "#b22222"),
                // the car signal beside the stop line, the pedestrian signal across the road
                Drawing.rect(-len * 0.08, wid * 0.42, wid * 0.36, wid * 0.14, "#222222").layer(1),
                Drawing.circle(-len * 0.08 - wid * 0.12, wid * 0.42, wid * 0.05, "#ff0000").onWhen("car_red", "#550000").layer(2),
                Drawing.circle(-len * 0.08, wid * 0.42, wid * 0.05, "#ffd700").onWhen("car_yellow", "#554400").layer(2),
                Drawing.circle(-len * 0.08 + wid * 0.12, wid * 0.42, wid * 0.05, "#00c000").onWhen("car_green", "#004400").layer(2),
                Drawing.rect(len * 0.15, -wid * 0.42, wid * 0.24, wid * 0.14, "#222222").layer(1),
                Drawing.circle(len * 0.15 - wid * 0.06, -wid * 0.42, wid * 0.05, "#ff0000").onWhen("ped_red", "#550000").layer(2),
                Drawing.circle(len * 0.15 + wid * 0.06, -wid * 0.42, wid * 0.05, "#00c000").onWhen("ped_green", "#004400").layer(2));
    }

    @Override
    protected void writeState(StateSink s) {
        s.putLong(step);
        s.putLong(nextCarMayLeave);
        s.putLong(carOnCrossingUntil);
        s.putLong(pedOnCrossingUntil);
        s.putInt(carsPassed);
        s.putInt(pedsCrossed);
        s.putInt(redRunners);
        s.putInt(jaywalkers);
        s.putInt(conflicts);
        s.putLong(buttonUntil);
        s.putLong(carAtLineSince);
        s.putLong(greenCarUntil);
        s.putLong(greenPedUntil);
        cars.write(s);
        peds.write(s);
    }

    @Override
    protected void readState(StateSource s) {
        step = s.getLong();
        nextCarMayLeave = s.getLong();
        carOnCrossingUntil = s.getLong();
        pedOnCrossingUntil = s.getLong();
        carsPassed = s.getInt();
        pedsCrossed = s.getInt();
        redRunners = s.getInt();
        jaywalkers = s.getInt();
        conflicts = s.getInt();
        buttonUntil = s.getLong();
        carAtLineSince = s.getLong();
        greenCarUntil = s.getLong();
        greenPedUntil = s.getLong();
        cars.read(s);
        peds.read(s);
    }

    /** A bounded FIFO of arrival steps; an arrival when full is turned away. Not thread-safe; allocates only at construction. */
    static final class StepQueue {
        private final long[] ring;
        private int head;
        private int size;

        StepQueue(int capacity) {
            ring = new long[capacity];
        }

        void add(long arrivalStep) {
            if (size < ring.length) {
                ring[(head + size) % ring.length] = arrivalStep;
                size++;
            }
        }

        boolean isEmpty() {
            return size == 0;
        }

        int size() {
            return size;
        }

        long first() {
            return ring[head];
        }

        void removeFirst() {
            head = (head + 1) % ring.length;
            size--;
        }

        void write(StateSink s) {
            s.putInt(size);
            for (int i = 0; i < size; i++) {
                s.putLong(ring[(head + i) % ring.length]);
            }
        }

        void read(StateSource s) {
            size = s.getInt();
            head = 0;
            for (int i = 0; i < size; i++) {
                ring[i] = s.getLong();
            }
        }
    }
}
