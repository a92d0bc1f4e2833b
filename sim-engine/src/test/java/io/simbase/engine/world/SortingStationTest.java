package io.simbase.engine.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.scene.Scenes;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * End to end through sensors, actuators and part physics: a small sorting program, written the
 * way a student would write it for a PLC, reads only the sensor tags and writes only the
 * actuator tags, and every part must land in the right bin.
 */
class SortingStationTest {
    /** What the program knows about one part after the measuring station. */
    private record Measured(boolean metal, boolean tall) { }

    @Test
    void aSimpleSortingProgramPutsEveryPartInItsBin() throws Exception {
        World w = Scenes.load("sorting-station").newWorld();
        Map<Integer, Integer> typeOfPart = new HashMap<>();
        Map<Integer, String> binOfPart = new HashMap<>();
        int[] lost = {0};
        w.setEventSink((step, kind, subject, value) -> {
            if (kind == EventKind.PART_CREATED) {
                typeOfPart.put(subject, (int) value);
            } else if (kind == EventKind.PART_REMOVED) {
                binOfPart.put(subject, w.components().get((int) value).id());
            } else if (kind == EventKind.PART_LOST) {
                lost[0]++;
                if (System.getenv("DEBUG_SORT") != null) {
                    for (int k = 0; k < w.parts().capacity(); k++) {
                        if (w.parts().id(k) == subject) {
                            System.out.printf("lost %d type %d at %.3f %.3f %.3f v %.3f %.3f step %d%n", subject, typeOfPart.get(subject),
                                    w.parts().x(k), w.parts().y(k), w.parts().z(k), w.parts().vx(k), w.parts().vy(k), step);
                        }
                    }
                }
            }
        });
        int partIn = w.layout().indexOf("part_in");
        int height = w.layout().indexOf("part_height");
        int metal = w.layout().indexOf("metal");
        int atPusher1 = w.layout().indexOf("at_pusher1");
        int atPusher2 = w.layout().indexOf("at_pusher2");
        int push1 = w.layout().indexOf("pusher1_extend");
        int push2 = w.layout().indexOf("pusher2_extend");
        w.setInput("belt_run", 1);

        ArrayDeque<Measured> toPusher1 = new ArrayDeque<>();
        ArrayDeque<Measured> toPusher2 = new ArrayDeque<>();
        boolean lastIn = false;
        boolean last1 = false;
        boolean last2 = false;
        double maxHeight = 0;
        boolean sawMetal = false;
        long push1Until = -1;
        long push2Until = -1;
        long pushSteps = Math.round(0.4e9 / w.stepNanos());
        for (int i = 0; i < 120 * 200; i++) { // 120 s
            w.step();
            boolean in = w.io().getBool(partIn);
            if (in) {
                maxHeight = Math.max(maxHeight, w.io().get(height));
                sawMetal |= w.io().getBool(metal);
            }
            if (lastIn && !in) {
                toPusher1.add(new Measured(sawMetal, maxHeight > 0.045));
                maxHeight = 0;
                sawMetal = false;
            }
            lastIn = in;
            boolean p1 = w.io().getBool(atPusher1);
            if (p1 && !last1) {
                Measured m = toPusher1.remove();
                if (m.metal()) {
                    push1Until = w.stepCount() + pushSteps;
                } else {
                    toPusher2.add(m);
                }
            }
            last1 = p1;
            boolean p2 = w.io().getBool(atPusher2);
            if (p2 && !last2) {
                Measured m = toPusher2.remove();
                if (m.tall()) {
                    push2Until = w.stepCount() + pushSteps;
                }
            }
            last2 = p2;
            w.setInput(push1, w.stepCount() < push1Until ? 1 : 0);
            w.setInput(push2, w.stepCount() < push2Until ? 1 : 0);
        }

        assertEquals(0, lost[0], "no part fell to the floor");
        assertTrue(binOfPart.size() >= 40, "parts sorted: " + binOfPart.size());
        Map<String, Integer> perBin = new HashMap<>();
        for (Map.Entry<Integer, String> e : binOfPart.entrySet()) {
            String type = w.parts().type(typeOfPart.get(e.getKey())).name();
            String expected = type.endsWith("metal") ? "bin1" : type.equals("tall_plastic") ? "bin2" : "bin3";
            assertEquals(expected, e.getValue(), "part " + e.getKey() + " (" + type + ")");
            perBin.merge(e.getValue(), 1, Integer::sum);
        }
        assertEquals(3, perBin.size(), "all three bins used: " + perBin);
        assertEquals((double) perBin.get("bin1"), w.io().get(w.layout().indexOf("bin1_count")), 0, "bin counter tag");
    }
}
