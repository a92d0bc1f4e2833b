package io.simbase.bench.plc;

import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.World;
import io.simbase.plc.CompileResult;
import io.simbase.plc.PlcCompiler;
import io.simbase.plc.PlcState;
import io.simbase.plc.engine.WorldPlc;
import io.simbase.server.plc.DefaultMapAddresses;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One step of a sorting-station session with the reference program in the loop: the scan,
 * then {@code World.step()}. With {@code worlds} greater than 1 the worlds are stepped round
 * robin, one per operation, as a sim thread steps its sessions, so each step starts with a
 * cold cache. Every world is started (Start pressed) and warmed up for 120 simulated seconds:
 * the belt runs, parts are measured and pushed into their bins.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PlcInTheLoopStepBenchmark {
    @Param({"1", "250"})
    public int worlds;

    private WorldPlc[] loops;
    private int next;

    @Setup
    public void setUp() throws Exception {
        String source = ScanTrace.bundled("sorting-station.st");
        loops = new WorldPlc[worlds];
        for (int i = 0; i < worlds; i++) {
            World w = Scenes.load("sorting-station").newWorld(7 + i);
            CompileResult r = PlcCompiler.compile(source, "sorting-station.st", w.layout(), new DefaultMapAddresses(w.layout()));
            loops[i] = new WorldPlc(w, r.program());
            w.setInput("start_pb", 1);
            for (int s = 0; s < 24_000; s++) {
                if (s == 40) {
                    w.setInput("start_pb", 0);
                }
                loops[i].step();
            }
        }
    }

    @Benchmark
    public void step() {
        loops[next].step();
        if (++next == loops.length) {
            next = 0;
        }
    }

    @TearDown(Level.Iteration)
    public void check() {
        for (WorldPlc l : loops) {
            if (l.plc().state() != PlcState.RUN) {
                throw new IllegalStateException("a program left RUN: " + l.plc().fault());
            }
        }
    }
}
