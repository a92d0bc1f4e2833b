package io.simbase.bench.engine;

import io.simbase.engine.scene.SceneException;
import io.simbase.engine.world.World;
import org.openjdk.jmh.annotations.Param;

/**
 * One step of each bundled reference scene at its default load (see
 * {@link BenchWorlds#reference}). Targets: sorting-station at most 20 µs per step with about
 * ten parts in flight; every scene 0 B allocated per step.
 *
 * <p>The world keeps running across iterations: emitters feed, belts carry, bins take, so the
 * number of parts in flight stays bounded and the state stays steady.
 */
public class ReferenceSceneStepBenchmark extends WorldStepBenchmark {
    @Param({"conveyor-basics", "motor-control", "traffic-light", "garage-door", "queue-counter", "silo-fill", "sorting-station", "sort-by-weight", "sort-encoder", "pick-and-place", "tank-level", "tank-pid", "batch-mixer", "elevator", "car-park"})
    public String scene;

    @Override
    protected World build() throws SceneException {
        return BenchWorlds.reference(scene);
    }
}
