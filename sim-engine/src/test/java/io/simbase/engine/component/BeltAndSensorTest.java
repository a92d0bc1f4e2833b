package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.core.EventKind;
import io.simbase.engine.parts.PartSystem;
import io.simbase.engine.world.World;
import org.junit.jupiter.api.Test;

class BeltAndSensorTest {
    private static final double MU = 0.5;

    @Test
    void partOnRunningBeltReachesPhotoEyeWhenKinematicsPredict() {
        double speed = 0.25;
        double eyeX = 1.5;
        World w = TestScenes.parse(TestScenes.beltScene(3.0, speed,
                "  - {name: eye, type: bool, dir: sensor}\n",
                "  - {id: pe, type: photo_eye, at: [" + eyeX + ", -0.15, 0.82], yaw: 90, range: 0.3, tag: eye}\n"))
                .newWorld();
        w.setInput("run", 1);
        int slot = w.parts().spawn(0, 0.2, 0, 0.8);
        double half = w.parts().halfX(slot);
        // Friction accelerates the part at mu*g until it moves with the belt, then it rides along.
        double a = MU * PartSystem.G;
        double tAccel = speed / a;
        double xAccel = speed * speed / (2 * a);
        double distance = eyeX - half - 0.2;
        double predicted = tAccel + (distance - xAccel) / speed;
        int eye = w.layout().indexOf("eye");
        while (!w.io().getBool(eye)) {
            w.step();
            assertTrue(w.simNanos() < 30e9, "part never reached the eye");
        }
        double measured = w.simNanos() / 1e9;
        assertEquals(predicted, measured, w.dtSeconds(), "arrival time within one step");
        assertEquals(speed, w.parts().vx(slot), 1e-12, "part rides at belt speed");
    }

    @Test
    void stoppedBeltDoesNotMovePartsAndReverseRunsBack() {
        World w = TestScenes.parse(TestScenes.beltScene(2.0, 0.2,
                "  - {name: rev, type: bool, dir: actuator}\n", "")
                .replace("run: run}", "run: run, reverse: rev}")).newWorld();
        int slot = w.parts().spawn(0, 1.0, 0, 0.8);
        w.step(200);
        assertEquals(1.0, w.parts().x(slot), 1e-12, "belt off: the part stays");
        w.setInput("run", 1);
        w.setInput("rev", 1);
        w.step(400);
        assertTrue(w.parts().x(slot) < 0.7, "reverse carries the part back, x=" + w.parts().x(slot));
    }

    @Test
    void partFallsOffAnEndThatLeadsNowhereAndIsLost() {
        World w = TestScenes.parse(TestScenes.beltScene(1.0, 0.5, "", "")).newWorld();
        int[] lost = {0};
        w.setEventSink((step, kind, subject, value) -> {
            if (kind == EventKind.PART_LOST) {
                lost[0]++;
            }
        });
        w.setInput("run", 1);
        w.parts().spawn(0, 0.8, 0, 0.8);
        w.step(2000);
        assertEquals(1, lost[0]);
        assertEquals(0, w.parts().liveCount());
    }

    @Test
    void inductiveSeesOnlyMetalCapacitiveSeesBoth() {
        World w = TestScenes.parse(TestScenes.beltScene(2.0, 0.2,
                "  - {name: ind, type: bool, dir: sensor}\n  - {name: cap, type: bool, dir: sensor}\n",
                "  - {id: s1, type: inductive, at: [1.0, -0.045, 0.81], yaw: 90, range: 0.03, tag: ind}\n"
                        + "  - {id: s2, type: capacitive, at: [1.0, -0.045, 0.81], yaw: 90, range: 0.03, tag: cap}\n"))
                .newWorld();
        int plastic = w.parts().spawn(0, 1.0, 0, 0.8);
        w.step();
        assertFalse(w.io().getBool(w.layout().indexOf("ind")));
        assertTrue(w.io().getBool(w.layout().indexOf("cap")));
        w.parts().remove(plastic);
        w.parts().spawn(1, 1.0, 0, 0.8);
        w.step();
        assertTrue(w.io().getBool(w.layout().indexOf("ind")));
        assertTrue(w.io().getBool(w.layout().indexOf("cap")));
    }

    @Test
    void heightGaugeMeasuresPartHeightAboveTheBelt() {
        World w = TestScenes.parse(TestScenes.beltScene(2.0, 0.2,
                "  - {name: h, type: real, dir: sensor, range: [0, 0.1], unit: m}\n",
                "  - {id: g, type: height_sensor, at: [1.0, 0.0, 1.0], size: [0.04, 0.2], tag: h}\n"))
                .newWorld();
        int h = w.layout().indexOf("h");
        w.step();
        assertEquals(0, w.io().get(h), 0);
        w.parts().spawn(0, 1.0, 0, 0.8);
        w.step();
        assertEquals(0.04, w.io().get(h), 1e-9);
    }
}
