package io.simbase.bench.engine;

import io.simbase.engine.scene.SceneException;
import io.simbase.engine.world.World;
import org.openjdk.jmh.annotations.Param;

/**
 * One world step with {@code queued} boxes standing in contact against a raised stopper while
 * the belt keeps running under them: the everyday "belt on, stopper up" state of a PLC class
 * and the contact solver's worst steady case (see {@link BenchWorlds#queue}).
 */
public class QueueStepBenchmark extends WorldStepBenchmark {
    @Param({"10", "50"})
    public int queued;

    @Override
    protected World build() throws SceneException {
        return BenchWorlds.queue(queued);
    }
}
