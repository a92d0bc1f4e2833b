package io.simbase.engine.component;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.TestScenes;
import io.simbase.engine.world.World;
import org.junit.jupiter.api.Test;

/** The crossing's traffic against its rules: arrival rates, queue discharge, patience, conflicts. */
class CrossingTest {
    private static World crossing(double carRate, double pedRate) {
        return TestScenes.parse("scene: x\nstep_ms: 5\nseed: 4\ntags:\n"
                + "  - {name: cg, type: bool, dir: actuator}\n"
                + "  - {name: pg, type: bool, dir: actuator}\n"
                + "  - {name: waiting, type: int, dir: sensor}\n"
                + "  - {name: peds, type: int, dir: sensor}\n"
                + "  - {name: passed, type: int, dir: sensor}\n"
                + "  - {name: crossed, type: int, dir: sensor}\n"
                + "  - {name: runners, type: int, dir: sensor}\n"
                + "  - {name: jay, type: int, dir: sensor}\n"
                + "  - {name: conflicts, type: int, dir: sensor}\n"
                + "components:\n"
                + "  - {id: x, type: crossing, car_green: cg, ped_green: pg, cars_waiting: waiting, peds_waiting: peds,"
                + " cars_passed: passed, peds_crossed: crossed, red_runners: runners, jaywalkers: jay, conflicts: conflicts,"
                + " car_rate: " + carRate + ", ped_rate: " + pedRate + ", headway_s: 2, clear_s: 1.5, cross_s: 6,"
                + " car_patience_s: 30, ped_patience_s: 20, queue: 100}\n").newWorld();
    }

    private static int get(World w, String tag) {
        return (int) w.io().get(w.layout().indexOf(tag));
    }

    @Test
    void carsArriveAtTheirAverageRate() {
        World w = crossing(6, 0);
        w.setInput("cg", 1);
        w.step(720_000); // one hour: 360 cars expected, Poisson standard deviation 19
        int passed = get(w, "passed") + get(w, "waiting");
        assertTrue(Math.abs(passed - 360) < 4 * 19, "cars in an hour: " + passed);
        assertEquals(0, get(w, "runners"));
    }

    @Test
    void aQueueLeavesOneCarPerHeadwayOnGreen() {
        World w = crossing(30, 0);
        w.step(5_000); // 25 s of red: about 12 cars, none impatient yet (30 s)
        int queued = get(w, "waiting");
        assertTrue(queued >= 5, "a queue formed: " + queued);
        assertEquals(0, get(w, "passed"));
        w.setInput("cg", 1);
        w.step(1_999); // just under 10 s: cars leave at 0, 2, 4, 6 and 8 s
        assertEquals(5, get(w, "passed"));
    }

    @Test
    void theFirstCarRunsTheRedExactlyWhenItsPatienceEnds() {
        World w = crossing(30, 0);
        int arrival = 0;
        while (get(w, "waiting") == 0) {
            w.step();
            arrival++;
        }
        int steps = arrival;
        while (get(w, "runners") == 0) {
            w.step();
            steps++;
        }
        assertEquals(30 / 0.005, steps - arrival, 0.5, "steps between the arrival and the red run");
    }

    @Test
    void pedestriansCrossOnRedAfterTheirPatienceAndConflictWithGreenCars() {
        World w = crossing(0, 30);
        w.step(20_000); // 100 s of red for pedestrians: the impatient ones cross anyway
        assertTrue(get(w, "jay") > 0, "jaywalkers: " + get(w, "jay"));
        assertEquals(0, get(w, "conflicts"), "no cars, no conflict");

        World both = crossing(30, 30);
        both.setInput("cg", 1);
        both.setInput("pg", 1); // both green: cars and people on the crossing together
        both.step(12_000);
        assertTrue(get(both, "conflicts") > 5, "conflicts: " + get(both, "conflicts"));
    }

    @Test
    void alternatingGreensWithClearanceHaveNoConflictsAndNoBrokenRules() {
        World w = crossing(10, 4);
        for (int cycle = 0; cycle < 20; cycle++) {
            w.setInput("cg", 1);
            w.step(2_000); // 10 s cars
            w.setInput("cg", 0);
            w.step(400); // 2 s clearance (a car occupies the crossing 1.5 s)
            w.setInput("pg", 1);
            w.step(1_600); // 8 s pedestrians
            w.setInput("pg", 0);
            w.step(1_400); // 7 s clearance (crossing takes 6 s)
        }
        assertEquals(0, get(w, "conflicts"));
        assertEquals(0, get(w, "runners"));
        assertEquals(0, get(w, "jay"));
        assertTrue(get(w, "passed") > 50 && get(w, "crossed") > 20, get(w, "passed") + " " + get(w, "crossed"));
    }
}
