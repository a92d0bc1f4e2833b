package io.simbase.engine.scene;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.world.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code part <time_ms> <emitter> <type>} lines in an input script: applied in time order, checked per line. */
class InputScriptPartsTest {
    @Test
    void partLinesQueueTheirTypesAtTheirTimeInFileOrder() throws Exception {
        Scene s = Scenes.load("sorting-station");
        InputScript script = InputScript.parse("""
                0 belt_run 1
                part 5000 feeder tall_metal   # after the first parts
                part 5000 feeder short_metal
                part 0 feeder tall_plastic
                """, "in.txt", s);
        assertEquals(4, script.size());
        World w = s.newWorld(7);
        List<String> created = new ArrayList<>();
        w.setEventSink((step, kind, subject, value) -> {
            if (kind == EventKind.PART_CREATED) {
                created.add(s.partTypes().get((int) value).name() + "@" + step);
            }
        });
        int feeder = w.component("feeder").index();
        script.applyDue(w);
        assertEquals(1, w.queuedParts(feeder), "only the part due at 0 ms is queued before step 0");
        long fiveSeconds = 5000L * 1_000_000 / s.stepNanos();
        while (w.stepCount() < fiveSeconds) {
            script.applyDue(w);
            w.step();
        }
        List<String> before = List.copyOf(created);
        assertEquals("tall_plastic", before.get(0).substring(0, before.get(0).indexOf('@')));
        script.applyDue(w);
        assertEquals(2, w.queuedParts(feeder));
        assertEquals(Long.MAX_VALUE, script.nextStep());
        for (int i = 0; i < 3000; i++) {
            w.step();
        }
        List<String> after = created.subList(before.size(), before.size() + 2);
        assertEquals(List.of("tall_metal", "short_metal"), after.stream().map(t -> t.substring(0, t.indexOf('@'))).toList());
    }

    @Test
    void badPartLinesNameFileLineAndProblem() throws Exception {
        Scene s = Scenes.load("sorting-station");
        assertEquals("in.txt:2: unknown component 'hopper'", fail(s, "0 belt_run 1\npart 0 hopper tall_metal\n"));
        assertEquals("in.txt:1: unknown part type 'cube' (this scene has: short_metal, short_plastic, tall_metal, tall_plastic)",
                fail(s, "part 10 feeder cube\n"));
        assertEquals("in.txt:1: expected 'part <time_ms> <emitter> <type>', got 'part 10 feeder'",
                fail(s, "part 10 feeder\n"));
        assertEquals("in.txt:3: time 'soon' is not a number of milliseconds", fail(s, "\n# c\npart soon feeder tall_metal\n"));
        String notASource = fail(s, "part 0 entry_belt tall_metal\n");
        assertEquals("in.txt:1: ", notASource.substring(0, 10), notASource);
        assertEquals(true, notASource.contains("only an emitter takes a part type"), notASource);
    }

    private static String fail(Scene s, String text) {
        return assertThrows(SceneException.class, () -> InputScript.parse(text, "in.txt", s)).getMessage();
    }
}
