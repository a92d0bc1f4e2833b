package io.simbase.plc.engine;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.io.IoLayout;
import io.simbase.engine.scene.Scenes;
import io.simbase.plc.AddressMap;
import io.simbase.plc.CompileError;
import io.simbase.plc.CompileResult;
import io.simbase.plc.Plc;
import io.simbase.plc.PlcCompiler;
import io.simbase.plc.PlcState;
import io.simbase.plc.ProcessIo;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The reference programs with random damage (characters deleted, duplicated or swapped, lines
 * dropped): the compiler never throws, every error has a line inside the file, and whatever
 * compiles scans without an exception leaving the PLC.
 */
class MutatedProgramsTest {
    private static final String TOKENS = ";:=()[].,+-*/<>'\"#%_ 0123456789abcxyzTRUEIFTHENEND_IFWHILEDOFORTOCASEOF\n";

    @Test
    void damagedProgramsGiveErrorsOrRunNeverAnException() throws Exception {
        SplittableRandom rnd = new SplittableRandom(20261129);
        int compiled = 0;
        int rejected = 0;
        for (String scene : List.of("conveyor-basics", "motor-control", "traffic-light", "garage-door", "queue-counter", "silo-fill", "sorting-station", "sort-by-weight", "sort-encoder", "pick-and-place", "tank-level", "tank-pid", "batch-mixer", "elevator", "car-park", "production-line")) {
            IoLayout tags = Scenes.load(scene).layout();
            String source = PlantRun.source(scene + ".st");
            for (int i = 0; i < 300; i++) {
                String damaged = damage(source, rnd);
                CompileResult r = PlcCompiler.compile(damaged, "d.st", tags, AddressMap.NONE);
                if (r.ok()) {
                    compiled++;
                    scan(r, tags);
                } else {
                    rejected++;
                    long lines = damaged.lines().count() + 1;
                    for (CompileError e : r.errors()) {
                        assertTrue(e.line() >= 1 && e.line() <= lines && e.column() >= 1, e + " in\n" + damaged);
                        assertFalse(e.message().isBlank(), e.toString());
                    }
                }
            }
        }
        assertTrue(rejected > 100, "most damage is caught: " + rejected);
        assertTrue(compiled > 10, "some damage still compiles (comments, harmless edits): " + compiled);
    }

    private static void scan(CompileResult r, IoLayout tags) {
        double[] image = new double[tags.size()];
        Plc plc = new Plc(new ProcessIo() {
            @Override
            public double read(int tag) {
                return image[tag];
            }

            @Override
            public void write(int tag, double value) {
                image[tag] = value;
            }
        }, 5_000_000L);
        plc.load(r.program());
        plc.run();
        for (int s = 0; s < 200; s++) {
            image[s % tags.size()] = s % 3;
            plc.step(s * 5_000_000L);
        }
        assertTrue(plc.state() == PlcState.RUN || plc.fault() != null);
    }

    private static String damage(String source, SplittableRandom rnd) {
        StringBuilder b = new StringBuilder(source);
        int edits = 1 + rnd.nextInt(4);
        for (int k = 0; k < edits && b.length() > 2; k++) {
            int at = rnd.nextInt(b.length() - 1);
            switch (rnd.nextInt(5)) {
                case 0:
                    b.deleteCharAt(at);
                    break;
                case 1:
                    b.insert(at, b.charAt(at));
                    break;
                case 2: {
                    char c = b.charAt(at);
                    b.setCharAt(at, b.charAt(at + 1));
                    b.setCharAt(at + 1, c);
                    break;
                }
                case 3:
                    b.insert(at, TOKENS.charAt(rnd.nextInt(TOKENS.length())));
                    break;
                default: {
                    int end = b.indexOf("\n", at);
                    if (end > at) {
                        b.delete(at, end);
                    }
                    break;
                }
            }
        }
        return b.toString();
    }
}
