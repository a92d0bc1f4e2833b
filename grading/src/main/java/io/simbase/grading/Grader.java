package io.simbase.grading;

import io.simbase.grading.exercise.Action;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Scenario;
import io.simbase.grading.plant.Plant;

/**
 * Grades a controller on an exercise, headless and as fast as the engine goes: for each
 * scenario a fresh plant and a fresh controller; before each step the timeline's due actions,
 * then the controller's scan; after each step every applicable check's probe. Same exercise,
 * same program: the same result, every run.
 *
 * <p>Scoring: a check's points are awarded when it passes in every scenario it applies to. When
 * a safety check fails the score is capped (its own cap, else the exercise's safety cap; the
 * lowest cap wins). Passed: the score reaches the pass mark.
 *
 * <p>Threading: stateless; one grading per call, on the calling thread. Allocation: per
 * scenario (plant, probes); none per step.
 */
public final class Grader {
    private Grader() {
    }

    /** Grades one program. */
    public static GradeResult grade(Exercise exercise, ControllerFactory controllers) {
        Tally tally = new Tally(exercise);
        for (Scenario scenario : exercise.scenarios()) {
            ScenarioRun run = new ScenarioRun(exercise, scenario);
            Plant plant = run(run, controllers);
            tally.add(run, plant.stateHash());
        }
        return tally.result();
    }

    /** Runs {@code run} to its end with a fresh plant and controller; returns the plant. */
    public static Plant run(ScenarioRun run, ControllerFactory controllers) {
        Plant plant = startPlant(run.exercise(), run.scenario());
        Controller controller = controllers.attach(plant);
        while (!run.complete()) {
            for (Action a = run.nextDue(); a != null; a = run.nextDue()) {
                a.apply(plant);
            }
            controller.scan(plant.simNanos());
            plant.step();
            run.afterStep(plant);
        }
        run.finish(plant);
        return plant;
    }

    /** A fresh plant at the scenario's start: its seed, its initial actions applied. */
    public static Plant startPlant(Exercise exercise, Scenario scenario) {
        Plant plant = exercise.plant().newPlant(scenario.seed());
        for (Action a : scenario.initial()) {
            a.apply(plant);
        }
        return plant;
    }
}
