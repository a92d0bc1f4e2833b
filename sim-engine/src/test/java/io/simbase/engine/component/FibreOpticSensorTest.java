package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.simbase.engine.TestScenes;
import io.simbase.engine.world.World;
import org.junit.jupiter.api.Test;

/** The fibre-optic sensor tells light parts from dark ones by their colour's luma against its threshold. */
class FibreOpticSensorTest {
    private static double seen(String colour, double threshold) {
        World w = TestScenes.parse("scene: f\nstep_ms: 5\nmax_parts: 2\n"
                + "parts:\n  - {name: p, shape: box, size: [0.04, 0.04, 0.02], colour: " + colour + "}\n"
                + "tags:\n  - {name: run, type: bool, dir: actuator}\n  - {name: light, type: bool, dir: sensor}\n"
                + "components:\n"
                + "  - {id: b1, type: belt, at: [0.5, 0], length: 1, width: 0.1, height: 0.8, run: run}\n"
                + "  - {id: feed, type: emitter, at: [0.5, 0], interval_s: 100, limit: 1, sequence: [p]}\n"
                + "  - {id: fibre, type: fibre_optic, at: [0.5, -0.04, 0.81], yaw: 90, range: 0.03, threshold: "
                + threshold + ", tag: light}\n").newWorld();
        double before = w.io().get(w.layout().indexOf("light"));
        assertEquals(0, before, "nothing there before the first step");
        w.step(100);
        return w.io().get(w.layout().indexOf("light"));
    }

    @Test
    void whiteAndSilverPartsSwitchItOnAndBlackOnesDoNot() {
        assertEquals(1, seen("white", 0.5));
        assertEquals(1, seen("silver", 0.5));
        assertEquals(0, seen("black", 0.5));
        assertEquals(0, seen("red", 0.5), "red's luma is 0.36");
    }

    @Test
    void theThresholdSeparatesWhiteFromSilver() {
        assertEquals(1, seen("white", 0.85));
        assertEquals(0, seen("silver", 0.85));
    }

    @Test
    void reflectanceIsTheLumaOfTheColour() {
        assertEquals(1.0, FibreOpticSensor.reflectance(0xFFFFFF), 1e-12);
        assertEquals(0.0, FibreOpticSensor.reflectance(0x000000), 1e-12);
        assertEquals(0.587, FibreOpticSensor.reflectance(0x00FF00), 1e-12);
    }
}
