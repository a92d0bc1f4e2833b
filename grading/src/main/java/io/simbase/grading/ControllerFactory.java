package io.simbase.grading;

import io.simbase.grading.plant.Plant;

/**
 * Makes a fresh controller for each scenario run, attached to that run's plant. The seam
 * between the grader and what it grades: a Java controller in tests, the soft PLC for
 * {@code ./simbase grade --plc}, for instance
 * <pre>{@code
 * PlcProgram program = ...;   // compiled once, against the exercise's scene
 * ControllerFactory plc = plant -> {
 *     Plc p = new Plc(new WorldIo(plant.world()), plant.world().stepNanos());
 *     p.load(program);
 *     p.run();
 *     return p::step;         // Plc.step(simNanos) scans when a scan is due
 * };
 * }</pre>
 * Called on the grading thread.
 */
@FunctionalInterface
public interface ControllerFactory {
    Controller attach(Plant plant);
}
