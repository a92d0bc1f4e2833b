package io.simbase.bench.physics;

import io.simbase.engine.parts.PartSystem;
import io.simbase.engine.parts.PartType;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One 200 Hz step of SimBase's own part solver on the {@link BeltCase}s: the belt a long
 * surface, the stop a kinematic obstacle. Rebuilt and settled before every iteration so that
 * spaced boxes never run off the belt.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PartSystemStepBenchmark {
    @Param({"SPACED_10", "QUEUED_10", "QUEUED_50"})
    public BeltCase beltCase;

    private PartSystem parts;
    private long stepIndex;

    @Setup(Level.Iteration)
    public void setUp() {
        PartType box = new PartType("box", PartType.Shape.BOX, BeltCase.BOX_M, BeltCase.BOX_M,
                BeltCase.BOX_HEIGHT_M, false, 0x3060c0, BeltCase.BOX_KG);
        parts = new PartSystem(List.of(box), 64, 1, 1);
        int belt = parts.addSurface(-1e6, -0.1, 1e6, 0.1, BeltCase.BELT_TOP_M, BeltCase.BELT_MU);
        parts.setSurfaceVelocity(belt, BeltCase.BELT_MPS, 0);
        int stop = parts.addObstacle();
        parts.setObstacle(stop, 0, -0.1, BeltCase.BELT_TOP_M, 0.01, 0.1, BeltCase.BELT_TOP_M + 0.05,
                0, 0, beltCase.queued());
        for (int k = 0; k < beltCase.boxes(); k++) {
            parts.spawn(0, beltCase.startX(k), 0, BeltCase.BELT_TOP_M);
        }
        stepIndex = 0;
        for (int s = 0; s < BeltCase.settleSteps(); s++) {
            parts.step(BeltCase.STEP_SECONDS, stepIndex++);
        }
        double[] xs = new double[parts.liveCount()];
        int n = 0;
        for (int i = 0; i < parts.capacity(); i++) {
            if (parts.alive(i)) {
                xs[n++] = parts.x(i);
            }
        }
        System.out.printf("[PartSystem %s] %d boxes, max overlap %.6f m%n", beltCase, n, BeltCase.maxOverlapMetres(xs));
    }

    @Benchmark
    public long step() {
        parts.step(BeltCase.STEP_SECONDS, stepIndex);
        return stepIndex++;
    }
}
