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
 * One step of each bundled reference scene at its default load (see
 * {@link BenchWorlds#reference}). Targets: sorting-station at most 20 µs per step with about
 * ten parts in flight; every scene 0 B allocated per step.
 *
 * <p>The world keeps running across iterations: emitters feed, belts carry, bins take, so the
 * number of parts in flight stays bounded and the state stays steady.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ReferenceSceneStepBenchmark {
    @Param({"conveyor-basics", "sorting-station", "tank-level"})
    public String scene;

    private World world;

    @Setup
    public void setUp() throws SceneException {
        world = BenchWorlds.reference(scene);
        System.out.println(BenchWorlds.describe(world));
    }

    @Benchmark
    public long step() {
        world.step();
        return world.stepCount();
    }
}
