package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.SceneLoader;
import io.simbase.engine.world.World;
import org.junit.jupiter.api.Test;

/**
 * The feed magazine against its model: the cylinder travels its stroke in the set time with its
 * end switches, a full stroke puts the bottom part on the landing spot, the magazine counts down
 * to empty, a part still on the spot holds the next stroke short of it, a jammed cylinder does
 * not move, and the fault {@code empty} empties it until cleared.
 */
class MagazineTest {
    /** A magazine of 3 parts beside a 2 m belt (stopped unless the test runs it), landing at x = 0.2. */
    private static World station() {
        return TestScenes.parse(TestScenes.beltScene(2.0, 0.2,
                "  - {name: push, type: bool, dir: actuator}\n"
                        + "  - {name: retracted, type: bool, dir: sensor}\n"
                        + "  - {name: extended, type: bool, dir: sensor}\n"
                        + "  - {name: empty, type: bool, dir: sensor}\n"
                        + "  - {name: left, type: int, dir: sensor}\n",
                "  - {id: magazine, type: magazine, at: [0.2, 0.0, 0.8], yaw: 90, stroke: 0.1, t_extend: 0.4,"
                        + " t_retract: 0.2, parts: 3, push: push, retracted: retracted, extended: extended,"
                        + " empty: empty, left: left, sequence: [box, metal_box]}\n"))
                .newWorld();
    }

    private static double get(World w, String tag) {
        return w.io().get(w.layout().indexOf(tag));
    }

    private static Magazine magazine(World w) {
        return (Magazine) w.component("magazine");
    }

    /** Pushes once: extends until the front switch, retracts until the rear switch; returns the steps out. */
    private static int stroke(World w) {
        w.setInput("push", 1);
        int steps = 0;
        while (get(w, "extended") == 0 && steps < 1_000) {
            w.step(1);
            steps++;
        }
        w.setInput("push", 0);
        int back = 0;
        while (get(w, "retracted") == 0 && back < 1_000) {
            w.step(1);
            back++;
        }
        return steps;
    }

    @Test
    void theCylinderTravelsItsStrokeInTheSetTimeWithItsEndSwitches() {
        World w = station();
        w.step(1);
        assertEquals(1, get(w, "retracted"));
        assertEquals(0, get(w, "extended"));
        w.setInput("push", 1);
        w.step(40); // 0.2 s of 0.4 s
        assertEquals(0.05, magazine(w).positionM(), 1e-9);
        assertEquals(0, get(w, "retracted"));
        assertEquals(0, get(w, "extended"));
        w.step(40);
        assertEquals(1, get(w, "extended"));
        w.setInput("push", 0);
        w.step(40); // retracts in 0.2 s
        assertEquals(0.0, magazine(w).positionM(), 1e-9);
        assertEquals(1, get(w, "retracted"));
    }

    @Test
    void aFullStrokePutsTheBottomPartOnTheSpotAndTheMagazineCountsDownToEmpty() {
        World w = station();
        w.step(1);
        assertEquals(3, get(w, "left"));
        assertEquals(0, w.parts().liveCount());
        w.setInput("run", 1);
        for (int i = 1; i <= 3; i++) {
            stroke(w);
            w.step(100); // the belt carries the part 0.1 m away from the spot
            assertEquals(i, w.parts().liveCount(), "parts on the belt after stroke " + i);
            assertEquals(3 - i, get(w, "left"));
        }
        assertEquals(1, get(w, "empty"));
        stroke(w);
        w.step(100);
        assertEquals(3, w.parts().liveCount(), "an empty magazine feeds nothing");
        assertEquals(0, w.parts().typeOf(0), "the sequence: box,");
        assertEquals(1, w.parts().typeOf(1), "metal_box,");
        assertEquals(0, w.parts().typeOf(2), "box again");
    }

    @Test
    void aPartStillOnTheSpotHoldsTheNextStrokeShortOfIt() {
        World w = station();
        w.step(1);
        stroke(w); // belt stopped: the first part stays on the spot
        assertEquals(1, w.parts().liveCount());
        w.setInput("push", 1);
        w.step(200);
        assertEquals(0, get(w, "extended"), "the next part is held back by the first");
        assertEquals(1, w.parts().liveCount());
        w.setInput("run", 1);
        w.step(100); // the first part leaves the spot
        assertEquals(1, get(w, "extended"));
        assertEquals(2, w.parts().liveCount());
    }

    @Test
    void aJammedCylinderDoesNotMoveAndTheEmptyFaultEmptiesItUntilCleared() {
        World w = station();
        w.injectFault("magazine", "jammed", 0);
        w.setInput("push", 1);
        w.step(200);
        assertEquals(0.0, magazine(w).positionM(), 0);
        w.clearFault("magazine", "jammed");
        w.setInput("push", 0);
        w.injectFault("magazine", "empty", 0);
        w.step(1);
        assertEquals(1, get(w, "empty"));
        stroke(w);
        assertEquals(0, w.parts().liveCount(), "nothing to push");
        w.clearFault("magazine", "empty");
        w.step(1);
        assertEquals(0, get(w, "empty"));
        assertEquals(3, get(w, "left"));
        assertEquals(0, magazine(w).fed());
    }

    @Test
    void aMagazineWithoutAPartMixOrSequenceIsRefusedWithFileAndLine() {
        SceneException e = assertThrows(SceneException.class, () -> SceneLoader.parse(
                "scene: m\nparts:\n  - {name: box, shape: box, size: [0.05, 0.05, 0.04], material: plastic}\n"
                        + "tags:\n  - {name: push, type: bool, dir: actuator}\ncomponents:\n"
                        + "  - {id: mag, type: magazine, at: [0.2, 0.0, 0.8], push: push}\n", "m.yaml"));
        assertTrue(e.getMessage().startsWith("m.yaml:7:"), e.getMessage());
        assertTrue(e.getMessage().contains("exactly one of 'sequence'"), e.getMessage());
    }
}
