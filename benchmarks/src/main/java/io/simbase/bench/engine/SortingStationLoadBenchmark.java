package io.simbase.bench.engine;

import io.simbase.engine.scene.SceneException;
import io.simbase.engine.world.World;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One step of sorting-station with its belt running and the feeder interval swept: the bundled
 * 2.5 s, and shorter intervals that put more parts in flight at once (the target is
 * stated for about ten). The setup prints how many parts are live once warm.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class SortingStationLoadBenchmark {
    @Param({"2.5", "1.2"})
    public double feederIntervalSeconds;

    private World world;

    @Setup
    public void setUp() throws SceneException {
        world = BenchWorlds.sortingStation(feederIntervalSeconds);
        System.out.println(BenchWorlds.describe(world));
    }

    @Benchmark
    public long step() {
        world.step();
        return world.stepCount();
    }
}
