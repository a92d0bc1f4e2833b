package io.simbase.bench.engine;

import io.simbase.engine.scene.SceneException;
import io.simbase.engine.world.World;
import org.openjdk.jmh.annotations.Param;

/**
 * One step of sorting-station with its belt running and the feeder interval swept: the bundled
 * 2.5 s, and shorter intervals that put more parts in flight at once (the target is
 * stated for about ten). The setup prints how many parts are live once warm.
 */
public class SortingStationLoadBenchmark extends WorldStepBenchmark {
    @Param({"2.5", "1.2"})
    public double feederIntervalSeconds;

    @Override
    protected World build() throws SceneException {
        return BenchWorlds.sortingStation(feederIntervalSeconds);
    }
}
