package io.simbase.bench.plc;

import io.simbase.plc.Plc;
import io.simbase.plc.PlcState;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One scan of the bundled sorting-station reference program (a FIFO of measured parts, two
 * pusher state machines in a FUNCTION_BLOCK with CASE and a TON watchdog each, R_TRIG edges, a
 * CTU counter): inputs copied in, the program run, changed outputs written. The inputs are
 * those of a recorded 60 s run of the plant, replayed in order, so the scans go through every
 * state the real run did; at the end of the trace the PLC is cold-started and the trace
 * replayed from its start. Target (issue 9): at most 2 us and 0 B per scan.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(2)
public class PlcScanBenchmark {
    private ScanTrace trace;
    private ScanTrace.Replay io;
    private Plc plc;
    private int scan;

    @Setup
    public void setUp() throws Exception {
        trace = ScanTrace.record("sorting-station", "sorting-station.st", 60);
        io = new ScanTrace.Replay(trace.values);
        plc = new Plc(io, trace.stepNanos);
        plc.load(trace.program);
        plc.run();
    }

    @Benchmark
    public boolean scan() {
        if (scan == trace.scans) {
            scan = 0;
            io.rewind();
            plc.run();
        }
        return plc.step(scan++ * trace.stepNanos);
    }

    @TearDown(Level.Iteration)
    public void check() {
        if (plc.state() != PlcState.RUN) {
            throw new IllegalStateException("the replayed program left RUN: " + plc.fault());
        }
    }
}
