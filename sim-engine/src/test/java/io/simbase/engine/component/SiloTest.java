package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.world.World;
import org.junit.jupiter.api.Test;

/**
 * The silo against its model: the box under the spout fills at the valve's flow, the probe
 * closes at nominal fill, the rim caps it and the rest spills, a valve open over no box spills
 * everything, a box is judged full or short when it leaves, a jammed valve pours nothing.
 */
class SiloTest {
    /** One box fed onto a 2 m belt at 0.2 m/s, held by a pin with its centre at x = 1.0, under the spout. */
    private static World station() {
        return TestScenes.parse(TestScenes.beltScene(2.0, 0.2,
                "  - {name: pin, type: bool, dir: actuator}\n"
                        + "  - {name: valve, type: bool, dir: actuator}\n"
                        + "  - {name: full, type: bool, dir: sensor}\n"
                        + "  - {name: fill, type: real, dir: sensor, range: [0, 10]}\n"
                        + "  - {name: filled, type: int, dir: sensor}\n"
                        + "  - {name: short, type: int, dir: sensor}\n"
                        + "  - {name: spilled, type: real, dir: sensor, range: [0, 100]}\n",
                "  - {id: feeder, type: emitter, at: [0.1, 0.0], interval_s: 1, limit: 2, sequence: [box]}\n"
                        + "  - {id: stop, type: stopper, at: [1.03, 0.0, 0.8], size: [0.01, 0.2, 0.03], raise: pin}\n"
                        + "  - {id: silo, type: silo, at: [1.0, 0.0, 1.2], valve: valve, full: full, box_fill: fill,"
                        + " filled: filled, short: short, spilled: spilled, flow: 2, nominal: 4, capacity: 4.5, window: 0.02}\n"))
                .newWorld();
    }

    private static double get(World w, String tag) {
        return w.io().get(w.layout().indexOf(tag));
    }

    private static Silo silo(World w) {
        return (Silo) w.component("silo");
    }

    @Test
    void theBoxUnderTheSpoutFillsAtTheFlowAndTheProbeClosesAtNominal() {
        World w = station();
        w.setInput("run", 1);
        w.setInput("pin", 1);
        w.step(1_200); // 6 s: the first box (from x = 0.1, 0.9 m at 0.2 m/s) is held under the spout
        assertEquals(0, get(w, "full"));
        w.setInput("valve", 1);
        w.step(200); // 1 s
        assertEquals(2.0, silo(w).fillKg(), 1e-9);
        assertEquals(0, get(w, "full"));
        w.step(199);
        assertEquals(0, get(w, "full"), "3.99 kg");
        w.step(2);
        assertEquals(1, get(w, "full"), "4.01 kg: past nominal");
        w.step(399); // 4 s in all: 8 kg poured, 4.5 kg of it fits
        assertEquals(4.5, silo(w).fillKg(), 1e-9);
        assertEquals(3.5, silo(w).spilledKg(), 1e-9);
    }

    @Test
    void aValveOpenOverNoBoxSpillsEverything() {
        World w = station();
        w.setInput("valve", 1);
        w.step(200);
        assertEquals(2.0, get(w, "spilled"), 1e-3);
        assertEquals(0.0, silo(w).fillKg(), 0);
    }

    @Test
    void aBoxIsJudgedFullOrShortWhenItLeaves() {
        World w = station();
        w.setInput("run", 1);
        w.setInput("pin", 1);
        w.step(1_200);
        w.setInput("valve", 1);
        w.step(420); // 4.2 kg
        w.setInput("valve", 0);
        w.setInput("pin", 0);
        w.step(60); // the pin drops (0.1 s), the box's centre leaves the window (2 cm at 0.2 m/s)
        assertEquals(1, get(w, "filled"));
        assertEquals(0, get(w, "short"));
        w.step(1_000); // the second box, queued behind it, passes under the spout without filling
        assertEquals(1, get(w, "filled"));
        assertEquals(1, get(w, "short"));
        assertEquals(0.0, silo(w).spilledKg(), 0);
    }

    @Test
    void aJammedValvePoursNothing() {
        World w = station();
        w.setInput("run", 1);
        w.setInput("pin", 1);
        w.step(1_200);
        assertTrue(w.injectFault("silo", "jammed", 0).isOk());
        w.setInput("valve", 1);
        w.step(1_000);
        assertEquals(0.0, silo(w).fillKg(), 0);
        assertEquals(0.0, silo(w).spilledKg(), 0);
    }
}
