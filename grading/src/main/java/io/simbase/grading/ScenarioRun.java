package io.simbase.grading;

import io.simbase.grading.check.Probe;
import io.simbase.grading.exercise.Action;
import io.simbase.grading.exercise.Check;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Scenario;
import io.simbase.grading.expr.Signals;
import java.util.List;

/**
 * One scenario of an exercise being run, step by step, by whoever owns the world: the headless
 * {@link Grader} or a live session's sim thread. The owner asks for the timeline's due actions
 * before each step ({@link #nextDue}), steps the world, then feeds the probes ({@link #afterStep});
 * {@link #finish} after the last step. Between steps any thread that the owner lets in may not
 * touch it: it is the owner's thread's only.
 *
 * <p>Allocation: the probes and the action schedule when made; none per step.
 */
public final class ScenarioRun {
    private final Exercise exercise;
    private final Scenario scenario;
    private final Probe[] probes;
    private final long steps;
    private final long[] actionStep;
    private int nextAction;
    private long stepsDone;
    private boolean finished;

    public ScenarioRun(Exercise exercise, Scenario scenario) {
        this.exercise = exercise;
        this.scenario = scenario;
        List<Check> checks = exercise.checks();
        this.probes = new Probe[checks.size()];
        for (int i = 0; i < probes.length; i++) {
            if (checks.get(i).appliesTo(scenario.id())) {
                probes[i] = checks.get(i).rule().newProbe();
            }
        }
        long stepNanos = exercise.plant().stepNanos();
        this.steps = Math.round(scenario.durationSeconds() * 1e9 / stepNanos);
        List<Action> timeline = scenario.timeline();
        this.actionStep = new long[timeline.size()];
        for (int i = 0; i < actionStep.length; i++) {
            actionStep[i] = Math.round(timeline.get(i).atSeconds() * 1e9 / stepNanos);
        }
    }

    public Exercise exercise() {
        return exercise;
    }

    public Scenario scenario() {
        return scenario;
    }

    /** Steps the scenario lasts. */
    public long steps() {
        return steps;
    }

    /** Steps fed so far. */
    public long stepsDone() {
        return stepsDone;
    }

    /** Whether every step has been fed. */
    public boolean complete() {
        return stepsDone >= steps;
    }

    /** The next timeline action due before the coming step, or null; call until null. */
    public Action nextDue() {
        if (nextAction < actionStep.length && actionStep[nextAction] <= stepsDone) {
            return scenario.timeline().get(nextAction++);
        }
        return null;
    }

    /** Feeds the probes the state one step left. */
    public void afterStep(Signals s) {
        for (Probe p : probes) {
            if (p != null) {
                p.step(s);
            }
        }
        stepsDone++;
    }

    /** Ends the run; the signals are those of the last step. Idempotent. */
    public void finish(Signals s) {
        if (finished) {
            return;
        }
        finished = true;
        for (Probe p : probes) {
            if (p != null) {
                p.finish(s);
            }
        }
    }

    /** Number of the exercise's checks (applicable to this scenario or not). */
    public int checkCount() {
        return probes.length;
    }

    /** Whether check {@code i} applies to this scenario. */
    public boolean applies(int i) {
        return probes[i] != null;
    }

    /** Simulated time of check {@code i}'s first failure so far, NaN when none (or it does not apply). */
    public double firstFailureSeconds(int i) {
        return probes[i] == null ? Double.NaN : probes[i].firstFailureSeconds();
    }
}
