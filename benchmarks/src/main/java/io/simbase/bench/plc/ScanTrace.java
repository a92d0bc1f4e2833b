package io.simbase.bench.plc;

import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.World;
import io.simbase.plc.CompileResult;
import io.simbase.plc.PlcProgram;
import io.simbase.plc.ProcessIo;
import io.simbase.plc.engine.WorldIo;
import io.simbase.plc.PlcCompiler;
import io.simbase.server.plc.DefaultMapAddresses;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The inputs one PLC program read, scan after scan, in a real run of its plant: replayed, they
 * drive the program through exactly the states it went through (parts measured, queued,
 * pushed) without stepping the plant. Built outside the measured code.
 */
final class ScanTrace {
    final PlcProgram program;
    final double[] values;
    final long stepNanos;
    final int scans;

    private ScanTrace(PlcProgram program, double[] values, long stepNanos, int scans) {
        this.program = program;
        this.values = values;
        this.stepNanos = stepNanos;
        this.scans = scans;
    }

    /** Runs {@code scene} with the bundled {@code program} from a cold start: Start pressed, then {@code seconds}. */
    static ScanTrace record(String scene, String program, double seconds) throws SceneException, IOException {
        World world = Scenes.load(scene).newWorld();
        CompileResult r = PlcCompiler.compile(bundled(program), program, world.layout(), new DefaultMapAddresses(world.layout()));
        if (!r.ok()) {
            throw new IllegalStateException(r.errors().toString());
        }
        Recorder rec = new Recorder(new WorldIo(world));
        io.simbase.plc.Plc plc = new io.simbase.plc.Plc(rec, world.stepNanos());
        plc.load(r.program());
        plc.run();
        world.setInput("start_pb", 1);
        int scans = (int) Math.round(seconds * 1e9 / world.stepNanos());
        for (int i = 0; i < scans; i++) {
            if (i == 40) {
                world.setInput("start_pb", 0);
            }
            plc.step(world.simNanos());
            world.step();
        }
        if (plc.state() != io.simbase.plc.PlcState.RUN) {
            throw new IllegalStateException("the program faulted while recording: " + plc.fault());
        }
        return new ScanTrace(r.program(), Arrays.copyOf(rec.values, rec.count), world.stepNanos(), scans);
    }

    static String bundled(String program) throws IOException {
        try (InputStream in = ScanTrace.class.getResourceAsStream("/simbase/programs/" + program)) {
            if (in == null) {
                throw new IOException("no bundled program " + program);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Logs every value the PLC reads. */
    private static final class Recorder implements ProcessIo {
        private final ProcessIo inner;
        double[] values = new double[1 << 16];
        int count;

        Recorder(ProcessIo inner) {
            this.inner = inner;
        }

        @Override
        public double read(int tag) {
            double v = inner.read(tag);
            if (count == values.length) {
                values = Arrays.copyOf(values, count * 2);
            }
            values[count++] = v;
            return v;
        }

        @Override
        public void write(int tag, double value) {
            inner.write(tag, value);
        }
    }

    /** Replays the recorded reads in order; writes land in an array. Allocates nothing. */
    static final class Replay implements ProcessIo {
        private final double[] values;
        final double[] outputs = new double[256];
        private int next;

        Replay(double[] values) {
            this.values = values;
        }

        /** Back to the first recorded read (with a cold start of the PLC). */
        void rewind() {
            next = 0;
        }

        @Override
        public double read(int tag) {
            return values[next++];
        }

        @Override
        public void write(int tag, double value) {
            outputs[tag] = value;
        }
    }
}
