package io.simbase.grading;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.grading.check.Probe;
import io.simbase.grading.controllers.SortingControllers;
import io.simbase.grading.exercise.Check;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Exercises;
import io.simbase.grading.plant.Plant;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * A grading step (controller scan, world step, every check's probe) allocates nothing once the
 * run is going: measured with the JVM's per-thread allocation counter, not timed.
 */
class SteadyStateAllocationTest {
    @Test
    void probesAndPlantAllocateNothingPerStep() throws Exception {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        Exercise e = Exercises.load("sorting-station");
        Plant plant = e.plant().newPlant(7);
        plant.operate(e.plant().tagIndex("start_pb"), 1);
        Controller controller = SortingControllers.of(SortingControllers.Mistake.NONE).attach(plant);
        Probe[] probes = new Probe[e.checks().size()];
        for (int i = 0; i < probes.length; i++) {
            Check c = e.checks().get(i);
            probes[i] = c.rule().newProbe();
        }
        Runnable step = () -> {
            controller.scan(plant.simNanos());
            plant.step();
            for (Probe p : probes) {
                p.step(plant);
            }
        };
        for (int i = 0; i < 4_000; i++) {
            step.run();
        }
        long tid = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 20_000; i++) {
            step.run();
        }
        long allocated = threads.getThreadAllocatedBytes(tid) - before;
        assertTrue(plant.value(e.plant().indexOf("parts_created")) > 20, "parts flowed");
        assertTrue(allocated < 4096, "allocated " + allocated + " bytes in 20000 steps");
    }
}
