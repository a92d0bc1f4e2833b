package io.simbase.bench.plc;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.scene.Scenes;
import io.simbase.plc.AddressMap;
import io.simbase.plc.CompileResult;
import io.simbase.plc.PlcCompiler;
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
 * A download's compile: the bundled sorting-station program parsed, checked and compiled
 * against the scene's tags, and the same program with one typo (the slower error path: the
 * parser's second, full-context stage with every message).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class CompileBenchmark {
    private IoLayout tags;
    private String source;
    private String withTypo;

    @Setup
    public void setUp() throws Exception {
        tags = Scenes.load("sorting-station").layout();
        source = ScanTrace.bundled("sorting-station.st");
        withTypo = source.replaceFirst("END_CASE;", "END_CAS;");
    }

    @Benchmark
    public CompileResult sortingProgram() {
        return PlcCompiler.compile(source, "sorting-station.st", tags, AddressMap.NONE);
    }

    @Benchmark
    public CompileResult sortingProgramWithATypo() {
        return PlcCompiler.compile(withTypo, "sorting-station.st", tags, AddressMap.NONE);
    }
}
