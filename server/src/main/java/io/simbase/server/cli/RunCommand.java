package io.simbase.server.cli;

import io.simbase.engine.io.TagDef;
import io.simbase.engine.io.TagType;
import io.simbase.engine.scene.InputScript;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.engine.state.StateHasher;
import io.simbase.engine.core.EventKind;
import io.simbase.engine.world.World;
import io.simbase.plc.CompileResult;
import io.simbase.plc.Plc;
import io.simbase.plc.PlcProgram;
import io.simbase.plc.engine.WorldPlc;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code simbase run SCENE --seconds S}: a headless run as fast as the machine allows. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = {"Run a scene headless, as fast as possible, and print a summary.",
            "With --hash the last line is hash=<hex>: the same scene, seed and inputs give the same hash on any run."})
final class RunCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "SCENE", description = "A bundled scene id or a scene file.")
    String scene;

    @Option(names = "--seconds", required = true, paramLabel = "S", description = "Simulated seconds to run.")
    double seconds;

    @Option(names = "--seed", paramLabel = "N", description = "Random seed (default: the scene's).")
    Long seed;

    @Option(names = "--inputs", paramLabel = "FILE", description = "Timed inputs: '<time_ms> <tag> <value>' per line, 'part <time_ms> <emitter> <type>' to queue a part type, '#' comments.")
    Path inputs;

    @Option(names = "--hash", description = "Print the final state hash as the last line.")
    boolean hash;

    @Option(names = "--plc", paramLabel = "PROGRAM.st", description = "A Structured Text program on the soft PLC, in the loop (one scan per step).")
    Path plc;

    @Option(names = "--tags", description = "Print every scene tag's final value as tag=value lines before the summary.")
    boolean tags;

    @Override
    public Integer call() {
        if (!(seconds > 0 && seconds <= 1e7)) {
            throw new UserException("--seconds must be in (0, 1e7], got " + seconds);
        }
        Scene s = SceneArg.load(scene);
        InputScript script = InputScript.empty();
        if (inputs != null) {
            String text;
            try {
                text = Files.readString(inputs, StandardCharsets.UTF_8);
            } catch (java.nio.file.NoSuchFileException e) {
                throw new UserException(inputs + ": inputs file does not exist");
            } catch (IOException e) {
                throw new UserException(inputs + ": cannot read inputs: " + e.getMessage());
            }
            try {
                script = InputScript.parse(text, inputs.toString(), s);
            } catch (SceneException e) {
                throw new UserException(e.getMessage(), e);
            }
        }
        PlcProgram program = null;
        if (plc != null) {
            CompileResult r = PlcArg.compile(plc, s);
            if (!r.ok()) {
                PlcArg.print(r, spec.commandLine().getErr());
                throw new UserException(plc + ": " + r.errors().size() + " compile error(s)");
            }
            program = r.program();
        }
        World w = s.newWorld(seed == null ? s.defaultSeed() : seed);
        WorldPlc loop = program == null ? null : new WorldPlc(w, program);
        long[] counts = new long[EventKind.values().length];
        w.setEventSink((step, kind, subject, value) -> counts[kind.ordinal()]++);
        long steps = (long) Math.ceil(seconds * 1e9 / s.stepNanos() - 1e-9);
        PrintWriter err = spec.commandLine().getErr();
        long start = System.nanoTime();
        long lastReport = start;
        for (long i = 0; i < steps; i++) {
            script.applyDue(w);
            if (loop != null) {
                loop.step();
            } else {
                w.step();
            }
            if ((i & 4095) == 0) {
                long now = System.nanoTime();
                if (now - lastReport > 2_000_000_000L) {
                    lastReport = now;
                    err.printf("run: %.0f%% (%.1f of %.1f simulated s)%n", 100.0 * i / steps, w.simNanos() / 1e9, seconds);
                    err.flush();
                }
            }
        }
        double wall = (System.nanoTime() - start) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (tags) {
            for (TagDef t : w.layout().tags()) {
                double v = w.io().get(t.index());
                out.println(t.name() + '=' + (t.type() == TagType.REAL ? Double.toString(v) : Long.toString((long) v)));
            }
        }
        out.printf("scene=%s seed=%d steps=%d sim_s=%.3f wall_s=%.3f realtime_factor=%.1f%n", s.id(), w.seed(), steps,
                w.simNanos() / 1e9, wall, (w.simNanos() / 1e9) / Math.max(wall, 1e-9));
        out.printf("inputs=%d parts_created=%d parts_removed=%d parts_lost=%d tag_changes=%d alarms=%d%n",
                counts[EventKind.INPUT_APPLIED.ordinal()], counts[EventKind.PART_CREATED.ordinal()],
                counts[EventKind.PART_REMOVED.ordinal()], counts[EventKind.PART_LOST.ordinal()],
                counts[EventKind.TAG_CHANGED.ordinal()], counts[EventKind.ALARM_ON.ordinal()]);
        if (loop != null) {
            Plc p = loop.plc();
            out.printf("plc=%s program=%s scans=%d%s%n", p.state(), p.program().name(), p.scanCount(),
                    p.fault() == null ? "" : " fault=\"" + plc + ":" + p.fault().line() + ": " + p.fault().message() + "\"");
        }
        if (hash) {
            out.println("hash=" + StateHasher.hex(w.stateHash()));
        }
        out.flush();
        return 0;
    }
}
