package io.simbase.bench.plc;

import io.simbase.engine.io.Direction;
import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.SceneLoader;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.World;
import io.simbase.plc.CompileResult;
import io.simbase.plc.PlcCompiler;
import io.simbase.plc.PlcState;
import io.simbase.plc.engine.WorldPlc;
import io.simbase.server.plc.DefaultMapAddresses;
import java.io.IOException;
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
 * One step of the production line (issue 13's capstone) at its exercise's load: the line in
 * automatic mode with the reference program, parts fed from the magazine, pressed, tracked and
 * sorted. The bundled magazine's 60 parts are made 10 000 so that it never runs empty.
 *
 * <ul>
 * <li>{@code mode=plc}: the scan of the reference program, then {@code World.step()}.</li>
 * <li>{@code mode=engine}: {@code World.step()} alone, its actuators replayed from what the
 * program wrote in a recorded run of the same world (same seed): the same trajectory for the
 * first {@value #TRACE_SECONDS} s, a plausible one after the trace starts again.</li>
 * </ul>
 * Both warm up 120 simulated seconds (Start pressed) before measuring. Target: the engine step at
 * most 10 µs, 0 B per step.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ProductionLineStepBenchmark {
    static final int TRACE_SECONDS = 600;
    private static final double WARM_UP_SECONDS = 120;

    @Param({"engine", "plc"})
    public String mode;

    private WorldPlc line;
    private World world;
    private int[] actuators;
    private double[] trace;
    private int traceSteps;
    private int at;

    @Setup
    public void setUp() throws SceneException, IOException {
        String program = ScanTrace.bundled("production-line.st");
        line = start(program);
        int warmUp = steps(line.world(), WARM_UP_SECONDS);
        if (mode.equals("plc")) {
            run(line, warmUp, null);
            world = line.world();
        } else {
            actuators = actuators(line.world());
            traceSteps = warmUp + steps(line.world(), TRACE_SECONDS);
            trace = new double[traceSteps * actuators.length];
            run(line, traceSteps, trace);
            world = endless();
            world.setInput("start_pb", 1);
            for (int s = 0; s < warmUp; s++) {
                replay(s);
            }
            at = warmUp;
        }
        System.out.println("production-line (" + mode + "): " + world.parts().liveCount() + " parts live, bins 1-3 "
                + count(world, "bin1_count") + "/" + count(world, "bin2_count") + "/" + count(world, "bin3_count")
                + ", pressed " + count(world, "processed_count"));
    }

    private static long count(World w, String tag) {
        return (long) w.io().get(w.layout().indexOf(tag));
    }

    @Benchmark
    public long step() {
        if (trace == null) {
            line.step();
        } else {
            replay(at);
            if (++at == traceSteps) {
                at = 0;
            }
        }
        return world.stepCount();
    }

    @TearDown(Level.Iteration)
    public void check() {
        if (line.plc().state() != PlcState.RUN) {
            throw new IllegalStateException("the program left RUN: " + line.plc().fault());
        }
    }

    private void replay(int step) {
        int base = step * actuators.length;
        for (int k = 0; k < actuators.length; k++) {
            double v = trace[base + k];
            if (world.io().get(actuators[k]) != v) {
                world.setInput(actuators[k], v);
            }
        }
        if (step == 40) {
            world.setInput("start_pb", 0);
        }
        world.step();
    }

    private static World endless() throws SceneException {
        String text = Scenes.bundledText("production-line");
        String marker = "parts: 60";
        if (text == null || !text.contains(marker)) {
            throw new IllegalStateException("production-line no longer has '" + marker + "'; update the benchmark");
        }
        return SceneLoader.parse(text.replace(marker, "parts: 10000"), "production-line (endless magazine)").newWorld();
    }

    private static WorldPlc start(String program) throws SceneException {
        World w = endless();
        CompileResult r = PlcCompiler.compile(program, "production-line.st", w.layout(), new DefaultMapAddresses(w.layout()));
        if (!r.ok()) {
            throw new IllegalStateException(r.errors().toString());
        }
        WorldPlc l = new WorldPlc(w, r.program());
        w.setInput("start_pb", 1);
        return l;
    }

    /** Steps the line; with {@code record}, keeps the actuators the program wrote before each world step. */
    private void run(WorldPlc l, int steps, double[] record) {
        World w = l.world();
        for (int s = 0; s < steps; s++) {
            if (s == 40) {
                w.setInput("start_pb", 0);
            }
            l.plc().step(w.simNanos());
            if (record != null) {
                for (int k = 0; k < actuators.length; k++) {
                    record[s * actuators.length + k] = w.io().get(actuators[k]);
                }
            }
            w.step();
        }
    }

    private static int[] actuators(World w) {
        int n = 0;
        for (int t = 0; t < w.layout().size(); t++) {
            if (w.layout().tag(t).direction() == Direction.ACTUATOR) {
                n++;
            }
        }
        int[] a = new int[n];
        n = 0;
        for (int t = 0; t < w.layout().size(); t++) {
            if (w.layout().tag(t).direction() == Direction.ACTUATOR) {
                a[n++] = t;
            }
        }
        return a;
    }

    private static int steps(World w, double seconds) {
        return (int) Math.round(seconds * 1e9 / w.stepNanos());
    }
}
