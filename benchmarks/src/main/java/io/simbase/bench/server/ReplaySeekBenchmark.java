package io.simbase.bench.server;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.World;
import io.simbase.server.record.Recording;
import io.simbase.server.record.RecordingWriter;
import io.simbase.server.record.ReplayCursor;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * What a replay in the browser costs the server's replay thread, on a {@code sorting-station}
 * recording of {@code minutes} simulated minutes (belt switched every 10 s, a hash checkpoint
 * every 1000 steps, as sessions write them): {@code open} reads the file and replays it to its
 * end and back to the start (what open_replay does before its first frame); {@code seekBack}
 * goes from the end to the middle (a keyframe's position: a restore); {@code seekBackWorst} from
 * the end to just before the middle's next default keyframe (a restore plus 999 steps);
 * {@code playFrame} is one frame of playing at 1x (7 steps forward, 30 Hz at the 5 ms step).
 * {@code keyframeSteps}: 0 is the cursor's default (every 5 s of sim time), the largest long
 * means no keyframes (a seek back rebuilds the world and steps from 0, as before decision 0220).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 3)
@Fork(1)
public class ReplaySeekBenchmark {
    /** Steps between the cursor's default keyframes at sorting-station's 5 ms step. */
    private static final long DEFAULT_INTERVAL = ReplayCursor.KEYFRAME_NANOS / 5_000_000L;

    @Param({"10"})
    int minutes;

    @Param({"0", "9223372036854775807"})
    long keyframeSteps;

    private Scene scene;
    private Path file;
    private Recording recording;
    private ReplayCursor cursor;
    private long end;

    @Setup(Level.Trial)
    public void record() throws Exception {
        scene = Scenes.load("sorting-station");
        file = Files.createTempFile("replay-bench", ".simrec");
        Files.delete(file);
        int belt = scene.layout().indexOf("belt_run");
        World w = scene.newWorld(1);
        long steps = minutes * 60_000L / 5;
        try (RecordingWriter rec = RecordingWriter.create(file, scene.id(), 1)) {
            rec.owner("BENCH", "bench", 0);
            for (long s = 0; s < steps; s++) {
                if (s % 2000 == 0) {
                    double v = (s / 2000) % 2 == 0 ? 1 : 0;
                    w.setInput(belt, v);
                    rec.input(s, belt, v);
                }
                w.step();
                if (w.stepCount() % 1000 == 0) {
                    rec.hash(w.stepCount(), w.stateHash());
                }
            }
            rec.end(w.stepCount(), w.stateHash());
        }
        recording = Recording.read(file);
        cursor = new ReplayCursor(recording, scene, "bench.simrec", keyframeSteps);
        end = cursor.timeline().end();
        cursor.seek(end);
        System.out.printf("%n[replay] %d min: %d steps, %d records, %d bytes; keyframes: %d every %d steps, %d bytes%n",
                minutes, end, recording.entries().size(), Files.size(file), cursor.keyframeCount(),
                Math.min(cursor.keyframeInterval(), end), cursor.keyframeBytes());
    }

    @TearDown(Level.Trial)
    public void delete() throws Exception {
        Files.deleteIfExists(file);
    }

    @Benchmark
    public long open() throws Exception {
        ReplayCursor c = new ReplayCursor(Recording.read(file), scene, "bench.simrec", keyframeSteps);
        c.seek(c.timeline().end());
        c.seek(0);
        return c.world().stateHash();
    }

    @Benchmark
    public long seekBack() {
        cursor.seek(end);
        cursor.seek(end / 2);
        return cursor.position();
    }

    @Benchmark
    public long seekBackWorst() {
        cursor.seek(end);
        cursor.seek(end / 2 + DEFAULT_INTERVAL - 1); // the default keyframes' worst case, whatever keyframeSteps is
        return cursor.position();
    }

    @Benchmark
    public long playFrame() {
        long next = cursor.position() + 7;
        cursor.seek(next >= end ? 0 : next);
        return cursor.position();
    }
}
