package io.simbase.bench.server;

import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.PublishedState;
import io.simbase.engine.world.World;
import io.simbase.protocol.v1.Parts;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.StateDelta;
import io.simbase.server.session.DeltaEncoder;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Encoding one 30 Hz state delta of a running {@code sorting-station} (belt on, parts in
 * flight): the server's hand-written {@link DeltaEncoder} against building the same message
 * with the generated protobuf builders. Run with {@code -prof gc}: {@code gc.alloc.rate.norm}
 * is the allocation per delta (0 B/op is the contract for the encoder). The encoded size is
 * printed once at setup.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class DeltaEncodingBenchmark {
    /** Steps between the two frames: 7 is one 30 Hz frame at the 5 ms step. */
    @Param({"7"})
    int stepsPerFrame;

    private PublishedState prev;
    private PublishedState cur;
    private DeltaEncoder encoder;
    private String sessionId;

    @Setup
    public void setUp() throws Exception {
        World w = Scenes.load("sorting-station").newWorld(1);
        w.setInput("belt_run", 1);
        w.step(12_000); // one simulated minute: parts on the belt
        prev = w.published().newView();
        cur = w.published().newView();
        w.published().readInto(prev);
        w.step(stepsPerFrame);
        w.published().readInto(cur);
        sessionId = "s0123456789";
        encoder = new DeltaEncoder(sessionId, prev.tagCount(), prev.visualCount(), w.scene().maxParts());
        int len = encoder.encode(2, 1, prev, cur);
        int builderLen = builders().length;
        System.out.printf("%n[delta] sorting-station: tags=%d visuals=%d parts=%d; encoded delta %d bytes "
                + "(builders: %d bytes); full state ~%d bytes%n", cur.tagCount(), cur.visualCount(), cur.partCount(),
                len, builderLen, cur.tagCount() * 9 + cur.visualCount() * 5 + cur.partCount() * 27);
    }

    @Benchmark
    public int handWrittenEncoder() {
        return encoder.encode(2, 1, prev, cur);
    }

    @Benchmark
    public byte[] protobufBuilders() {
        return builders();
    }

    private byte[] builders() {
        StateDelta.Builder d = StateDelta.newBuilder().setSessionId(sessionId).setFrame(2).setBaseFrame(1)
                .setStep(cur.step()).setSimNanos(cur.simNanos());
        for (int i = 0; i < cur.tagCount(); i++) {
            if (cur.tag(i) != prev.tag(i)) {
                d.addTagIndex(i).addTagValue(cur.tag(i));
            }
        }
        for (int i = 0; i < cur.visualCount(); i++) {
            if ((float) cur.visual(i) != (float) prev.visual(i)) {
                d.addVisualIndex(i).addVisualValue((float) cur.visual(i));
            }
        }
        Parts.Builder p = Parts.newBuilder();
        for (int i = 0; i < cur.partCount(); i++) {
            p.addIds(cur.partId(i)).addTypes(cur.partType(i)).addXyz((float) cur.partX(i))
                    .addXyz((float) cur.partY(i)).addXyz((float) cur.partZ(i));
        }
        d.setParts(p);
        return ServerMessage.newBuilder().setDelta(d).build().toByteArray();
    }
}
