package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.SceneLoader;
import io.simbase.engine.world.World;
import org.junit.jupiter.api.Test;

/**
 * The garage door against its model: travel at constant speed between the end stops, limit
 * switches, the obstacle stopping a closing door at its height (safety edge, one hit per
 * contact), the light barrier, passers-by at their average rate, the faults.
 */
class GarageDoorTest {
    /** 2 m in 10 s: 0.2 m/s, 1 mm a step. */
    private static World door(double passerRate) {
        return TestScenes.parse("scene: g\nstep_ms: 5\nseed: 7\ntags:\n"
                + "  - {name: up, type: bool, dir: actuator}\n"
                + "  - {name: down, type: bool, dir: actuator}\n"
                + "  - {name: top, type: bool, dir: sensor}\n"
                + "  - {name: bottom, type: bool, dir: sensor}\n"
                + "  - {name: beam, type: bool, dir: sensor}\n"
                + "  - {name: edge, type: bool, dir: sensor}\n"
                + "  - {name: opening, type: real, dir: sensor, range: [0, 2]}\n"
                + "  - {name: hits, type: int, dir: sensor}\n"
                + "components:\n"
                + "  - {id: d, type: garage_door, up: up, down: down, open_limit: top, closed_limit: bottom, beam_clear: beam,"
                + " edge_ok: edge, opening: opening, hits: hits, height: 2, travel_s: 10, obstacle_height: 0.8,"
                + " passer_rate: " + passerRate + ", passer_s: 3}\n").newWorld();
    }

    private static double get(World w, String tag) {
        return w.io().get(w.layout().indexOf(tag));
    }

    private static GarageDoor of(World w) {
        return (GarageDoor) w.component("d");
    }

    @Test
    void theDoorTravelsAtConstantSpeedAndTheLimitSwitchesCloseAtTheEnds() {
        World w = door(0);
        assertEquals(1, get(w, "bottom"), "closed at the start");
        assertEquals(0, get(w, "top"));
        w.setInput("up", 1);
        w.step(1_000); // 5 s: half way
        assertEquals(1.0, of(w).openingM(), 1e-9);
        assertEquals(0, get(w, "bottom"));
        assertEquals(0, get(w, "top"));
        w.step(985); // 1.985 m: 15 mm short of the end stop
        assertEquals(0, get(w, "top"));
        w.step(6); // 1.991 m: inside the switch's 10 mm window
        assertEquals(1, get(w, "top"), "the upper switch closes 10 mm before the end stop");
        w.step(500); // driven on against the end stop: the drive stalls
        assertEquals(2.0, of(w).openingM(), 1e-12);
        w.setInput("up", 0);
        w.setInput("down", 1);
        w.step(2_000);
        assertEquals(0.0, of(w).openingM(), 1e-9);
        assertEquals(1, get(w, "bottom"));
        assertEquals(1, get(w, "beam"), "nothing in the opening");
        assertEquals(1, get(w, "edge"));
    }

    @Test
    void bothContactorsTogetherMoveNothing() {
        World w = door(0);
        w.setInput("up", 1);
        w.step(200);
        double opening = of(w).openingM();
        w.setInput("down", 1);
        w.step(200);
        assertEquals(opening, of(w).openingM(), 0);
    }

    @Test
    void aClosingDoorStopsOnTheObstacleAndPressesTheSafetyEdgeOnce() {
        World w = door(0);
        w.setInput("up", 1);
        w.step(2_100);
        assertTrue(w.injectFault("d", "obstacle", 0).isOk());
        w.step();
        assertEquals(0, get(w, "beam"), "the obstacle interrupts the light barrier");
        assertEquals(1, get(w, "edge"));
        w.setInput("up", 0);
        w.setInput("down", 1);
        w.step(1_185); // 0.815 m: 15 mm above the obstacle
        assertEquals(1, get(w, "edge"));
        assertEquals(0, get(w, "hits"));
        w.step(10); // 0.805 m: the edge's rubber (10 mm) touches
        assertEquals(0, get(w, "edge"), "the safety edge is pressed");
        assertEquals(1, get(w, "hits"));
        w.step(1_000); // the drive pushes on: the door stays on the obstacle, still one hit
        assertEquals(0.8, of(w).openingM(), 1e-9);
        assertEquals(0, get(w, "edge"));
        assertEquals(1, get(w, "hits"));
        w.setInput("down", 0);
        w.setInput("up", 1);
        w.step(100);
        assertEquals(1, get(w, "edge"), "released when the door goes up");
        w.setInput("up", 0);
        w.setInput("down", 1);
        w.step(200);
        assertEquals(2, get(w, "hits"), "a second contact");
        w.setInput("down", 0);
        assertTrue(w.clearFault("d", "obstacle").isOk());
        w.step();
        assertEquals(1, get(w, "beam"), "gone");
        assertEquals(1, get(w, "edge"), "gone");
        w.setInput("down", 1);
        w.step(1_000);
        assertEquals(1, get(w, "bottom"), "closes once the obstacle has gone");
    }

    @Test
    void anObstacleStepsInOnlyWhereTheOpeningIsHighEnough() {
        World w = door(0);
        w.setInput("up", 1);
        w.step(100); // 0.1 m open: nobody fits under
        w.setInput("up", 0);
        w.injectFault("d", "obstacle", 0);
        w.step(10);
        assertEquals(1, get(w, "beam"), "the obstacle waits outside");
        w.setInput("up", 1);
        w.step(710); // 0.81 m
        assertEquals(0, get(w, "beam"), "it steps in once the opening is its height");
        assertFalse(of(w).edgePressed());
    }

    @Test
    void passersByComeAtTheirAverageRateAndLeaveAfterTheirStay() {
        World w = door(2);
        w.setInput("up", 1);
        int arrivals = 0;
        boolean before = false;
        long inSteps = 0;
        for (int i = 0; i < 720_000; i++) { // one hour: about 120 passers expected (fewer: one at a time)
            w.step();
            boolean now = get(w, "beam") == 0;
            if (now && !before) {
                arrivals++;
            }
            if (now) {
                inSteps++;
            }
            before = now;
        }
        // A passer arriving while another stays is not a new one: the rate of new arrivals is
        // 2/min over the free time, 1 - 0.1 of the hour; Poisson standard deviation about 10.
        assertTrue(Math.abs(arrivals - 108) < 4 * 11, "arrivals in an hour: " + arrivals);
        assertEquals(arrivals * 600, inSteps, 600, "each stays 3 s (600 steps)");
    }

    @Test
    void jammedAndSlowDoorsMoveAsTheFaultSays() {
        World w = door(0);
        w.setInput("up", 1);
        assertTrue(w.injectFault("d", "slow", 2).isOk());
        w.step(1_000);
        assertEquals(0.5, of(w).openingM(), 1e-9, "half the speed");
        assertTrue(w.injectFault("d", "jammed", 0).isOk());
        w.step(1_000);
        assertEquals(0.5, of(w).openingM(), 1e-9, "does not move");
    }

    @Test
    void anObstacleAsTallAsTheDoorIsRefusedWithItsKey() {
        SceneException e = org.junit.jupiter.api.Assertions.assertThrows(SceneException.class,
                () -> SceneLoader.parse("scene: g\ntags:\n  - {name: up, type: bool, dir: actuator}\n"
                        + "  - {name: down, type: bool, dir: actuator}\ncomponents:\n"
                        + "  - {id: d, type: garage_door, up: up, down: down, height: 2, obstacle_height: 2}\n", "g.yaml"));
        assertTrue(e.getMessage().contains("obstacle_height"), e.getMessage());
    }
}
