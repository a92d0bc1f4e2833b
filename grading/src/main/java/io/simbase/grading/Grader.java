package io.simbase.grading;

import io.simbase.grading.check.Probe;
import io.simbase.grading.exercise.Action;
import io.simbase.grading.exercise.Check;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Scenario;
import io.simbase.grading.plant.Plant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

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
        List<Check> checks = exercise.checks();
        double[] failureSeconds = new double[checks.size()];
        String[] failedScenario = new String[checks.size()];
        Arrays.fill(failureSeconds, Double.NaN);
        List<Long> hashes = new ArrayList<>();
        for (Scenario scenario : exercise.scenarios()) {
            Probe[] probes = new Probe[checks.size()];
            for (int i = 0; i < probes.length; i++) {
                if (checks.get(i).appliesTo(scenario.id())) {
                    probes[i] = checks.get(i).rule().newProbe();
                }
            }
            Plant plant = run(exercise, scenario, controllers, probes);
            hashes.add(plant.stateHash());
            for (int i = 0; i < probes.length; i++) {
                if (probes[i] != null && !probes[i].passed() && failedScenario[i] == null) {
                    failedScenario[i] = scenario.id();
                    failureSeconds[i] = probes[i].firstFailureSeconds();
                }
            }
        }
        List<CheckResult> results = new ArrayList<>();
        int score = 0;
        int cap = 100;
        for (int i = 0; i < checks.size(); i++) {
            Check c = checks.get(i);
            boolean passed = failedScenario[i] == null;
            if (passed) {
                score += c.points();
            } else if (c.safety()) {
                cap = Math.min(cap, c.cap() >= 0 ? c.cap() : exercise.safetyCap());
            }
            results.add(new CheckResult(c.id(), c.rule().kind(), c.points(), passed ? c.points() : 0, passed,
                    c.safety(), failedScenario[i], failureSeconds[i], c.message()));
        }
        boolean capped = score > cap;
        int finalScore = Math.min(score, cap);
        return new GradeResult(exercise.id(), results, finalScore, exercise.passMark(), capped,
                finalScore >= exercise.passMark(), hashes);
    }

    /**
     * Runs one scenario with a controller, feeding the probes (null entries are skipped), and
     * returns the plant as the last step left it.
     */
    public static Plant run(Exercise exercise, Scenario scenario, ControllerFactory controllers, Probe[] probes) {
        Plant plant = exercise.plant().newPlant(scenario.seed());
        for (Action a : scenario.initial()) {
            a.apply(plant);
        }
        Controller controller = controllers.attach(plant);
        long stepNanos = exercise.plant().stepNanos();
        long steps = Math.round(scenario.durationSeconds() * 1e9 / stepNanos);
        List<Action> timeline = scenario.timeline();
        long[] actionStep = new long[timeline.size()];
        for (int i = 0; i < actionStep.length; i++) {
            actionStep[i] = Math.round(timeline.get(i).atSeconds() * 1e9 / stepNanos);
        }
        int next = 0;
        for (long step = 0; step < steps; step++) {
            while (next < actionStep.length && actionStep[next] <= step) {
                timeline.get(next++).apply(plant);
            }
            controller.scan(plant.simNanos());
            plant.step();
            for (Probe p : probes) {
                if (p != null) {
                    p.step(plant);
                }
            }
        }
        for (Probe p : probes) {
            if (p != null) {
                p.finish(plant);
            }
        }
        return plant;
    }
}
