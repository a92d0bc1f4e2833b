package io.simbase.bench.engine;

import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.Outcome;
import io.simbase.engine.world.World;
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
 * One {@code World.step()} of sorting-station as the server's sim threads run it: {@code worlds}
 * sessions stepped round-robin on one thread, so a world's data has left the near caches by the
 * time its next step comes. Each world gets the load generator's input pattern (belt_run toggled
 * every 500 ms of simulated time, the phase differing between worlds) and is warmed up for
 * {@link BenchWorlds#WARM_UP_SECONDS} with it, so parts are in flight on a belt that starts and
 * stops.
 *
 * <p>{@code polluteKb} emulates the network work between two steps: that many kilobytes of a
 * 64 MiB buffer (larger than the last-level cache) are read, one long per cache line, before
 * each step, continuing where the previous step stopped. {@link #pollutionOnly} measures that
 * reading alone, to subtract. Times in nanoseconds per step (one operation is one step of one
 * world); allocation with {@code -prof gc}. Each iteration also prints the time inside
 * {@code World.step()} alone ({@code [timed]}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ColdStepBenchmark {
    /** Steps between two belt_run toggles: 500 ms of 5 ms steps. */
    private static final int TOGGLE_STEPS = 100;
    private static final int POLLUTION_LONGS = 64 << 20 >> 3;
    private static final int LINE_LONGS = 64 / 8;

    @Param({"250"})
    public int worlds;

    @Param({"0", "64"})
    public int polluteKb;

    private World[] world;
    private int[] beltRun;
    private int[] phase;
    private int next;
    private long[] pollution;
    private int pollutionPos;
    private int pollutionLines;
    private long timedNanos;
    private long timedSteps;

    @Setup(Level.Trial)
    public void setUp() throws SceneException {
        world = new World[worlds];
        beltRun = new int[worlds];
        phase = new int[worlds];
        long warmSteps = Math.round(BenchWorlds.WARM_UP_SECONDS * 1e9 / 5_000_000L);
        int partsLive = 0;
        for (int k = 0; k < worlds; k++) {
            World w = Scenes.load("sorting-station").newWorld();
            beltRun[k] = w.layout().indexOf("belt_run");
            phase[k] = (k * 37) % TOGGLE_STEPS;
            for (long s = 0; s < warmSteps; s++) {
                drive(k, w);
                w.step();
            }
            world[k] = w;
            partsLive += w.parts().liveCount();
        }
        pollution = new long[POLLUTION_LONGS];
        for (int i = 0; i < pollution.length; i += LINE_LONGS) {
            pollution[i] = i;
        }
        pollutionLines = polluteKb * 1024 / 64;
        System.out.printf("[sorting-station x %d] step %d: %.1f parts live per world, %d KiB read between steps%n",
                worlds, world[0].stepCount(), partsLive / (double) worlds, polluteKb);
    }

    /** The load generator's input: belt_run flips every {@link #TOGGLE_STEPS} steps. */
    private void drive(int k, World w) {
        if ((w.stepCount() + phase[k]) % TOGGLE_STEPS == 0) {
            boolean on = ((w.stepCount() + phase[k]) / TOGGLE_STEPS & 1) == 0;
            Outcome status = w.setInput(beltRun[k], on ? 1 : 0);
            if (!status.isOk()) {
                throw new IllegalStateException("cannot set belt_run: " + status);
            }
        }
    }

    private long pollute() {
        long sum = 0;
        int pos = pollutionPos;
        for (int l = 0; l < pollutionLines; l++) {
            sum += pollution[pos];
            pos += LINE_LONGS;
            if (pos >= pollution.length) {
                pos = 0;
            }
        }
        pollutionPos = pos;
        return sum;
    }

    /** One step of the next world in turn, after its input and the emulated network work. */
    @Benchmark
    public long step() {
        int k = next;
        next = k + 1 == worlds ? 0 : k + 1;
        long sum = pollute();
        World w = world[k];
        drive(k, w);
        long t0 = System.nanoTime();
        w.step();
        timedNanos += System.nanoTime() - t0;
        timedSteps++;
        return sum + w.stepCount();
    }

    /**
     * Prints the time inside {@code World.step()} alone, timed with {@link System#nanoTime()}
     * around each step (two clock reads, about 40 ns, included): the step's cost without the
     * emulated network work, free of the subtraction's noise.
     */
    @TearDown(Level.Iteration)
    public void printTimed() {
        if (timedSteps > 0) {
            System.out.printf("  [timed] %.0f ns per World.step() over %d steps%n",
                    timedNanos / (double) timedSteps, timedSteps);
        }
        timedNanos = 0;
        timedSteps = 0;
    }

    /** The emulated network work alone, to subtract from {@link #step}. */
    @Benchmark
    public long pollutionOnly() {
        int k = next;
        next = k + 1 == worlds ? 0 : k + 1;
        return pollute() + k;
    }
}
