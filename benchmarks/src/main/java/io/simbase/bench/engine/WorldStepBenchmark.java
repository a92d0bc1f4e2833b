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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One {@code World.step()} of a world a subclass builds (JMH runs the inherited benchmark once
 * per concrete subclass, under the subclass's name). The world keeps running across
 * iterations; the setup prints how many parts are live once warm.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public abstract class WorldStepBenchmark {
    private World world;

    /** Builds and warms the world to measure; {@code @Param} fields are set by then. */
    protected abstract World build() throws SceneException;

    @Setup
    public void setUp() throws SceneException {
        world = build();
        System.out.println(BenchWorlds.describe(world));
    }

    @Benchmark
    public long step() {
        world.step();
        return world.stepCount();
    }
}
