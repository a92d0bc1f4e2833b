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
 * One world step with {@code queued} boxes standing in contact against a raised stopper while
 * the belt keeps running under them: the everyday "belt on, stopper up" state of a PLC class
 * and the contact solver's worst steady case (see {@link BenchWorlds#queue}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class QueueStepBenchmark {
    @Param({"10", "50"})
    public int queued;

    private World world;

    @Setup
    public void setUp() throws SceneException {
        world = BenchWorlds.queue(queued);
        System.out.println(BenchWorlds.describe(world));
    }

    @Benchmark
    public long step() {
        world.step();
        return world.stepCount();
    }
}
