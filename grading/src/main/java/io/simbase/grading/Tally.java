package io.simbase.grading;

import io.simbase.grading.exercise.Check;
import io.simbase.grading.exercise.Exercise;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Collects finished {@link ScenarioRun}s of one exercise, in scenario order, and scores them
 * (see {@link Grader} for the rules). The same for headless and live grading, so that the same
 * runs give the same result. Not thread-safe.
 */
public final class Tally {
    private final Exercise exercise;
    private final double[] failureSeconds;
    private final String[] failedScenario;
    private final List<Long> hashes = new ArrayList<>();

    public Tally(Exercise exercise) {
        this.exercise = exercise;
        int n = exercise.checks().size();
        this.failureSeconds = new double[n];
        this.failedScenario = new String[n];
        Arrays.fill(failureSeconds, Double.NaN);
    }

    /** Adds a finished run and the state hash its world ended with. */
    public void add(ScenarioRun run, long finalStateHash) {
        hashes.add(finalStateHash);
        for (int i = 0; i < failedScenario.length; i++) {
            double at = run.firstFailureSeconds(i);
            if (at == at && failedScenario[i] == null) {
                failedScenario[i] = run.scenario().id();
                failureSeconds[i] = at;
            }
        }
    }

    /** The score of the runs added so far. */
    public GradeResult result() {
        List<Check> checks = exercise.checks();
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
}
