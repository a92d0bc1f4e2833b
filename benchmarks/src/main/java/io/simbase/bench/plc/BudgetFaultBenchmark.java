package io.simbase.bench.plc;

import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.io.TagType;
import io.simbase.plc.AddressMap;
import io.simbase.plc.Plc;
import io.simbase.plc.PlcCompiler;
import io.simbase.plc.PlcState;
import io.simbase.plc.ProcessIo;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The worst case a program can cost its sim thread: a scan of an endless {@code WHILE} until
 * the default budget (100,000 operations) puts the PLC into FAULT. Each operation cold-starts
 * the PLC and runs that one scan.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class BudgetFaultBenchmark {
    private Plc plc;

    @Setup
    public void setUp() {
        IoLayout tags = IoLayout.builder().add("q", TagType.BOOL, Direction.ACTUATOR, 0, 1, "", "").build();
        String source = "PROGRAM p\nVAR n : DINT; END_VAR\nWHILE TRUE DO n := n + 1; END_WHILE;\nq := TRUE;\nEND_PROGRAM\n";
        plc = new Plc(new ProcessIo() {
            @Override
            public double read(int tag) {
                return 0;
            }

            @Override
            public void write(int tag, double value) {
            }
        }, 5_000_000L);
        plc.load(PlcCompiler.compile(source, "endless.st", tags, AddressMap.NONE).program());
    }

    @Benchmark
    public PlcState scanUntilFault() {
        plc.run();
        plc.step(0);
        if (plc.state() != PlcState.FAULT) {
            throw new IllegalStateException("the endless loop did not fault");
        }
        return plc.state();
    }
}
