package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.world.World;
import org.junit.jupiter.api.Test;

/**
 * The press against its model: the ram travels its stroke in the set times with its end
 * switches, a part at rest under it is processed after the press time at the bottom without a
 * break (not before), each part is judged processed or not when it leaves, a ram that comes
 * down on a moving part damages it, a jammed ram does not move.
 */
class PressTest {
    /** One box fed onto a 2 m belt at 0.2 m/s, held by a pin with its centre at x = 1.0, under the ram. */
    private static World station() {
        return TestScenes.parse(TestScenes.beltScene(2.0, 0.2,
                "  - {name: pin, type: bool, dir: actuator}\n"
                        + "  - {name: down, type: bool, dir: actuator}\n"
                        + "  - {name: top, type: bool, dir: sensor}\n"
                        + "  - {name: bottom, type: bool, dir: sensor}\n"
                        + "  - {name: processed, type: int, dir: sensor}\n"
                        + "  - {name: unprocessed, type: int, dir: sensor}\n"
                        + "  - {name: damaged, type: int, dir: sensor}\n",
                "  - {id: feeder, type: emitter, at: [0.1, 0.0], interval_s: 1, limit: 1, sequence: [box]}\n"
                        + "  - {id: stop, type: stopper, at: [1.03, 0.0, 0.8], size: [0.01, 0.2, 0.03], raise: pin}\n"
                        + "  - {id: press, type: press, at: [1.0, 0.0, 0.9], stroke: 0.06, t_down: 0.3, t_up: 0.2,"
                        + " t_press: 1.0, window: 0.01, down: down, top: top, bottom: bottom, processed: processed,"
                        + " unprocessed: unprocessed, damaged: damaged}\n"))
                .newWorld();
    }

    private static double get(World w, String tag) {
        return w.io().get(w.layout().indexOf(tag));
    }

    private static Press press(World w) {
        return (Press) w.component("press");
    }

    /** Runs the belt with the pin up until the box rests under the ram (6 s). */
    private static World boxUnderTheRam() {
        World w = station();
        w.setInput("run", 1);
        w.setInput("pin", 1);
        w.step(1_200);
        return w;
    }

    @Test
    void theRamTravelsItsStrokeInTheSetTimesWithItsEndSwitches() {
        World w = station();
        w.step(1);
        assertEquals(1, get(w, "top"));
        assertEquals(0, get(w, "bottom"));
        w.setInput("down", 1);
        w.step(30); // 0.15 s of 0.3 s
        assertEquals(0.03, press(w).positionM(), 1e-9);
        assertEquals(0, get(w, "top"));
        w.step(30);
        assertEquals(1, get(w, "bottom"));
        w.setInput("down", 0);
        w.step(20); // half of t_up
        assertEquals(0.03, press(w).positionM(), 1e-9);
        w.step(20);
        assertEquals(1, get(w, "top"));
    }

    @Test
    void aPartAtRestIsProcessedAfterThePressTimeAtTheBottomAndNotBefore() {
        World w = boxUnderTheRam();
        w.setInput("down", 1);
        w.step(60 + 198); // down in 0.3 s (the step that reaches the bottom counts there), then 199 steps: 0.995 s
        assertFalse(press(w).partProcessed(), "just under 1 s at the bottom");
        w.step(1);
        assertTrue(press(w).partProcessed(), "1 s at the bottom");
        w.setInput("down", 0);
        w.step(40); // the ram back at the top
        w.setInput("pin", 0);
        w.step(200); // the pin drops, the box leaves
        assertEquals(1, get(w, "processed"));
        assertEquals(0, get(w, "unprocessed"));
        assertEquals(0, get(w, "damaged"), "the box stood still while the ram moved");
    }

    @Test
    void aBrokenPressTimeDoesNotCountAndAPartLeavingUnpressedIsJudgedSo() {
        World w = boxUnderTheRam();
        w.setInput("down", 1);
        w.step(60 + 150); // 0.75 s at the bottom
        w.setInput("down", 0);
        w.step(40); // up again
        w.setInput("down", 1);
        w.step(60 + 150); // another 0.75 s: 1.5 s in all, but never 1 s without a break
        assertFalse(press(w).partProcessed());
        w.setInput("down", 0);
        w.step(40);
        w.setInput("pin", 0);
        w.step(200);
        assertEquals(0, get(w, "processed"));
        assertEquals(1, get(w, "unprocessed"));
    }

    @Test
    void aRamStillOnTheWayUpWhenThePartLeavesDamagesIt() {
        World w = boxUnderTheRam();
        w.setInput("down", 1);
        w.step(300);
        w.setInput("down", 0);
        w.setInput("pin", 0); // the pin drops while the ram is still near the bottom
        w.step(200);
        assertEquals(1, get(w, "damaged"));
        assertEquals(1, get(w, "processed"), "pressed for its full time before that");
    }

    @Test
    void aRamComingDownOnAMovingPartDamagesIt() {
        World w = station();
        w.setInput("run", 1); // no pin: the box rides through under the ram
        w.setInput("down", 1);
        w.step(1_200);
        assertEquals(1, get(w, "damaged"));
        assertEquals(1, get(w, "unprocessed"));
    }

    @Test
    void aJammedRamDoesNotMove() {
        World w = station();
        w.injectFault("press", "jammed", 0);
        w.setInput("down", 1);
        w.step(100);
        assertEquals(0.0, press(w).positionM(), 0);
        assertEquals(1, get(w, "top"));
    }
}
