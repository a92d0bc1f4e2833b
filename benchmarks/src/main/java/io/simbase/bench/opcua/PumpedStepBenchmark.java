package io.simbase.bench.opcua;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.World;
import io.simbase.opcua.ChangePump;
import io.simbase.opcua.OpcUaPlant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One step of conveyor-basics with its belt toggled every step (a bool edge per step, the
 * pump's worst case for edges), with and without the OPC UA change pump: the pump records each
 * edge into its ring and is woken after each step, on the stepping thread; the pump thread
 * drains beside it into a target that does nothing. {@code -prof gc} shows whether the
 * stepping side allocates (the pump thread's allocation, if any, is counted too).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class PumpedStepBenchmark {
    @Param({"false", "true"})
    public boolean pump;

    private World world;
    private ChangePump changePump;
    private int belt;
    private double beltValue;

    @Setup(Level.Trial)
    public void setUp() throws SceneException {
        world = Scenes.load("conveyor-basics").newWorld();
        belt = world.layout().indexOf("belt_run");
        if (pump) {
            changePump = new ChangePump(plant(world), (tag, value, at) -> { }, 4096, "bench").start();
            world.setEventSink(changePump);
        }
        for (int i = 0; i < 24_000; i++) { // 120 simulated seconds into steady state
            step();
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        if (changePump != null) {
            changePump.close();
        }
    }

    @Benchmark
    public long step() {
        beltValue = 1 - beltValue;
        world.setInput(belt, beltValue);
        world.step();
        if (changePump != null) {
            changePump.stepEnded(world.stepCount());
        }
        return world.stepCount();
    }

    private static OpcUaPlant plant(World world) {
        return new OpcUaPlant() {
            @Override
            public IoLayout layout() {
                return world.layout();
            }

            @Override
            public boolean isWritable(int tagIndex) {
                return world.isWritable(tagIndex);
            }

            @Override
            public long readTags(double[] dest) {
                return world.published().readTags(dest);
            }

            @Override
            public boolean submit(int tagIndex, double value) {
                return false; // the benchmark writes nothing through OPC UA
            }
        };
    }
}
