package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.fault.FaultKind;
import io.simbase.engine.core.EventKind;
import io.simbase.engine.world.World;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MoreComponentsTest {
    @Test
    void diverterSendsPartsSidewaysOnlyWhileUp() {
        World w = TestScenes.parse(TestScenes.beltScene(2.0, 0.2,
                "  - {name: div, type: bool, dir: actuator}\n",
                "  - {id: d, type: diverter, at: [1.0, 0], size: [0.1, 0.2], yaw: 270, belt: belt, speed: 0.3, tag: div}\n"))
                .newWorld();
        w.setInput("run", 1);
        int passing = w.parts().spawn(0, 0.8, 0, 0.8);
        w.step(400); // 2 s: through the diverter zone while it is down
        assertEquals(0, w.parts().y(passing), 1e-12, "down: the part rides straight on");
        assertTrue(w.parts().x(passing) > 1.1);
        w.setInput("div", 1);
        int diverted = w.parts().spawn(0, 0.8, 0, 0.8);
        w.step(400);
        assertTrue(!w.parts().alive(diverted) || w.parts().y(diverted) < -0.05,
                "up: the part leaves sideways (-y), y=" + w.parts().y(diverted));
    }

    @Test
    void analogSpeedTagDrivesTheBeltAndSlipReducesIt() {
        World w = TestScenes.parse(TestScenes.beltScene(2.0, 0.2,
                "  - {name: speed, type: real, dir: actuator, range: [-0.5, 0.5], unit: m/s}\n", "")
                .replace("run: run}", "run: run, speed_tag: speed}")).newWorld();
        Belt belt = (Belt) w.component("belt");
        w.setInput("run", 1);
        w.setInput("speed", -0.4);
        w.step();
        assertEquals(-0.4, belt.speedMps(), 1e-12);
        w.injectFault("belt", FaultKind.BELT_SLIP, 0.5);
        w.step();
        assertEquals(-0.2, belt.speedMps(), 1e-12);
        w.clearFault("belt", FaultKind.BELT_SLIP);
        w.setInput("run", 0);
        w.step();
        assertEquals(0, belt.speedMps(), 0, "run off overrides the speed setpoint");
    }

    @Test
    void throughBeamAndLimitSwitchDetectParts() {
        World w = TestScenes.parse(TestScenes.beltScene(2.0, 0.2,
                "  - {name: beam, type: bool, dir: sensor}\n  - {name: ls, type: bool, dir: sensor}\n",
                "  - {id: tb, type: through_beam, at: [0.5, -0.12, 0.82], yaw: 90, range: 0.24, invert: true, tag: beam}\n"
                        + "  - {id: sw, type: limit_switch, at: [1.5, 0.0, 0.8], size: [0.01, 0.2, 0.02], tag: ls}\n"))
                .newWorld();
        int beam = w.layout().indexOf("beam");
        int ls = w.layout().indexOf("ls");
        w.step();
        assertTrue(w.io().getBool(beam), "inverted (dark-off) output: on while the beam is clear");
        w.parts().spawn(0, 0.5, 0, 0.8);
        w.step();
        assertFalse(w.io().getBool(beam));
        assertFalse(w.io().getBool(ls));
        w.parts().spawn(0, 1.5, 0, 0.8);
        w.step();
        assertTrue(w.io().getBool(ls));
    }

    @Test
    void emitterFollowsItsSequenceAndWaitsForAFreeSpot() {
        World w = TestScenes.parse(TestScenes.beltScene(2.0, 0.2, "",
                "  - {id: e, type: emitter, at: [0.2, 0], interval_s: 0.5, sequence: [box, metal_box, metal_box]}\n"))
                .newWorld();
        List<Integer> types = new ArrayList<>();
        w.setEventSink((step, kind, subject, value) -> {
            if (kind == EventKind.PART_CREATED) {
                types.add((int) value);
            }
        });
        w.step(1000); // belt off: the first part blocks the spot, nothing else can be placed
        assertEquals(List.of(0), types);
        w.setInput("run", 1);
        w.step(600); // 3 s at 0.2 m/s: the spot frees every 0.5 s
        assertTrue(types.size() >= 4, "parts emitted " + types);
        assertEquals(List.of(0, 1, 1, 0), types.subList(0, 4));
    }

    @Test
    void randomMixIsSeededAndCoversTheMix() throws Exception {
        String scene = TestScenes.beltScene(2.0, 0.5, "",
                "  - {id: e, type: emitter, at: [0.2, 0], interval_s: 0.2, mix: [{part: box, weight: 1}, {part: metal_box, weight: 3}]}\n");
        List<Integer> a = emitted(scene, 1);
        assertEquals(a, emitted(scene, 1), "same seed, same sequence");
        assertFalse(a.equals(emitted(scene, 2)), "another seed, another sequence");
        long metal = a.stream().filter(t -> t == 1).count();
        assertTrue(metal > a.size() / 2, "weights respected: " + metal + " of " + a.size());
    }

    private static List<Integer> emitted(String scene, long seed) {
        World w = TestScenes.parse(scene).newWorld(seed);
        List<Integer> types = new ArrayList<>();
        w.setEventSink((step, kind, subject, value) -> {
            if (kind == EventKind.PART_CREATED) {
                types.add((int) value);
            }
        });
        w.setInput("run", 1);
        w.step(4000);
        return types;
    }
}
