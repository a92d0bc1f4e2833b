package io.simbase.bench.engine;

import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.SceneLoader;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.Outcome;
import io.simbase.engine.world.World;

/**
 * Builds the worlds the engine benchmarks step, each warmed up into steady state. Outside the
 * measured code: allocation here is fine.
 */
final class BenchWorlds {
    /** Simulated seconds stepped before measuring: long enough for every belt to fill up. */
    static final double WARM_UP_SECONDS = 120;

    private BenchWorlds() {
    }

    /**
     * A bundled reference scene at its default load: belts running (conveyor-basics,
     * sorting-station), the tank's fill and drain valves part open (tank-level), or the motor
     * running forward in delta (motor-control), or the fill valve at 40 % against the changing
     * consumer (tank-pid), or pump A dosing into the draining, agitated and heated vessel
     * (batch-mixer), the lift's car driven up (elevator), or the car park's barrier open to
     * its random traffic (car-park), or the inverter belt at 30 Hz (sort-encoder), or the
     * handler's cup lowered onto a part and holding it (pick-and-place).
     */
    static World reference(String sceneId) throws SceneException {
        World world = Scenes.load(sceneId).newWorld();
        drive(world);
        return warmUp(world);
    }

    /**
     * sorting-station with its feeder interval replaced, for a denser stream of parts in flight
     * than the bundled 2.5 s gives.
     */
    static World sortingStation(double feederIntervalSeconds) throws SceneException {
        String text = Scenes.bundledText("sorting-station");
        String marker = "interval_s: 2.5";
        if (text == null || !text.contains(marker)) {
            throw new IllegalStateException("sorting-station no longer has '" + marker + "'; update the benchmark");
        }
        String dense = text.replace(marker, "interval_s: " + feederIntervalSeconds);
        World world = SceneLoader.parse(dense, "sorting-station (feeder every " + feederIntervalSeconds + " s)").newWorld();
        drive(world);
        return warmUp(world);
    }

    /**
     * A 3 m belt running at 0.25 m/s with a raised stopper at its end and a feeder that makes
     * exactly {@code queued} boxes (50 x 50 x 30 mm): after warm-up they stand in one queue, in
     * contact, against the stopper, while the belt keeps pulling under them.
     */
    static World queue(int queued) throws SceneException {
        if (queued < 1 || queued > 55) {
            throw new IllegalArgumentException("a 3 m belt holds 1..55 boxes of 50 mm, not " + queued);
        }
        String yaml = String.join("\n",
                "scene: queue-bench",
                "step_ms: 5",
                "seed: 1",
                "max_parts: 64",
                "parts:",
                "  - {name: box, shape: box, size: [0.05, 0.05, 0.03], material: plastic, colour: blue}",
                "tags:",
                "  - {name: belt_run, type: bool, dir: actuator}",
                "  - {name: stop_raise, type: bool, dir: actuator}",
                "components:",
                "  - {id: belt, type: belt, at: [1.5, 0.0], length: 3.0, width: 0.2, height: 0.8, speed: 0.25, run: belt_run}",
                "  - {id: feeder, type: emitter, at: [0.05, 0.0], interval_s: 0.3, limit: " + queued + ", sequence: [box]}",
                "  - {id: stop, type: stopper, at: [2.95, 0.0, 0.8], size: [0.01, 0.2, 0.03], t_travel: 0.1, raise: stop_raise}",
                "");
        World world = SceneLoader.parse(yaml, "queue-bench-" + queued).newWorld();
        set(world, "belt_run", 1);
        set(world, "stop_raise", 1);
        warmUp(world);
        if (world.parts().liveCount() != queued) {
            throw new IllegalStateException("expected " + queued + " parts queued, found " + world.parts().liveCount());
        }
        return world;
    }

    private static void drive(World world) {
        String id = world.scene().id();
        if (world.layout().indexOf("belt_run") >= 0) {
            set(world, "belt_run", 1);
        }
        if (id.equals("tank-level")) {
            set(world, "fill_valve", 40);
            set(world, "drain_valve", 60);
        }
        if (id.equals("traffic-light")) {
            set(world, "car_green", 1); // the exercise's usual state: cars go, traffic arrives
            set(world, "ped_red", 1);
        }
        if (id.equals("silo-fill")) {
            set(world, "stop_up", 1); // boxes held under the spout, the valve open (the box overflows: spill counted)
            set(world, "fill_valve", 1);
        }
        if (id.equals("queue-counter")) {
            set(world, "infeed_run", 1); // the exercise's waiting state: boxes queued at the raised blade, sliding
            set(world, "outfeed_run", 1);
            set(world, "blade_up", 1);
        }
        if (id.equals("garage-door")) {
            set(world, "door_up", 1); // open, passers-by walking through (the RNG draws every step)
        }
        if (id.equals("motor-control")) {
            set(world, "k1", 1); // the exercise's running state: forward in delta, the relay warm
            set(world, "k_delta", 1);
        }
        if (id.equals("tank-pid")) {
            set(world, "fill_valve", 40); // the consumer's demand steps every 40 s: the RNG runs
        }
        if (id.equals("car-park")) {
            set(world, "barrier", 1); // random cars enter, back out and leave past the beams
        }
        if (id.equals("elevator")) {
            set(world, "up", 1); // the car runs up and stands at the overtravel limit, sensing every floor
            set(world, "slow", 1);
        }
        if (id.equals("batch-mixer")) {
            set(world, "pump_a", 1); // dosing with pulses, agitating and heating, draining
            set(world, "mixer", 1);
            set(world, "heater", 1);
            set(world, "drain", 1);
        }
        if (id.equals("pick-and-place")) {
            set(world, "z_lower", 1); // the cup lowered onto the in-feed part, holding it: carried every step
            set(world, "vacuum", 1);
        }
        if (id.equals("sort-encoder")) {
            set(world, "belt_hz", 30); // the exercise's 30 Hz: parts fed, sensed and counted by the encoder
        }
    }

    private static World warmUp(World world) {
        long steps = Math.round(WARM_UP_SECONDS * 1e9 / world.stepNanos());
        world.step(steps);
        return world;
    }

    private static void set(World world, String tag, double value) {
        Outcome status = world.setInput(tag, value);
        if (!status.isOk()) {
            throw new IllegalStateException("cannot set " + tag + "=" + value + ": " + status);
        }
    }

    /**
     * The largest overlap (metres) between two live parts' footprints that also overlap in
     * height; 0 when no two parts interpenetrate. A check of the warmed-up state, O(n^2).
     */
    static double maxOverlapMetres(World world) {
        var p = world.parts();
        double worst = 0;
        for (int i = 0; i < p.capacity(); i++) {
            if (!p.alive(i)) {
                continue;
            }
            for (int j = i + 1; j < p.capacity(); j++) {
                if (!p.alive(j)) {
                    continue;
                }
                boolean zOverlap = p.z(i) + p.height(i) > p.z(j) && p.z(i) < p.z(j) + p.height(j);
                double ox = Math.min(p.x(i) + p.halfX(i), p.x(j) + p.halfX(j)) - Math.max(p.x(i) - p.halfX(i), p.x(j) - p.halfX(j));
                double oy = Math.min(p.y(i) + p.halfY(i), p.y(j) + p.halfY(j)) - Math.max(p.y(i) - p.halfY(i), p.y(j) - p.halfY(j));
                if (zOverlap && ox > 0 && oy > 0) {
                    worst = Math.max(worst, Math.min(ox, oy));
                }
            }
        }
        return worst;
    }

    /** One line describing the warmed-up world, printed by each benchmark's setup. */
    static String describe(World world) {
        return String.format("[%s] step %d: %d parts live, max overlap %.6f m",
                world.scene().id(), world.stepCount(), world.parts().liveCount(), maxOverlapMetres(world));
    }
}
