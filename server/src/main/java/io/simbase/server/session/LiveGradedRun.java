package io.simbase.server.session;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.io.Direction;
import io.simbase.engine.io.IoLayout;
import io.simbase.engine.world.World;
import io.simbase.grading.Controller;
import io.simbase.grading.ControllerFactory;
import io.simbase.grading.ScenarioRun;
import io.simbase.grading.Tally;
import io.simbase.grading.exercise.Action;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.plant.Plant;
import java.util.Arrays;
import java.util.List;

/**
 * A graded run inside a live session: each of the exercise's scenarios in turn, in real time.
 * At a scenario's start the session's world is rebuilt with the scenario's seed and its initial
 * actions (recorded as a reset with that seed and as inputs); before each step the timeline's
 * due operator actions, faults and queued part types are applied and recorded like a client's commands, and an
 * in-session controller (if any) scans, its actuator changes recorded as inputs; after each step
 * the grading module's probes read the world. Whatever else drives the session's actuators (a
 * rig, a student's PLC on Modbus TCP, a student's clicks) is graded the same way. The scoring
 * is the headless grader's ({@link Tally}), so an in-session controller gets the headless score.
 *
 * <p>Threading: the session's sim thread only. Allocation: per scenario (probes, plant view)
 * and per progress report (at most one per sim second plus one per check failure); none per step.
 */
final class LiveGradedRun {
    private final Session session;
    private final Exercise exercise;
    private final ControllerFactory controllers;
    private final GradedRunListener listener;
    private final Tally tally;
    private final List<String> checkIds;
    private final double[] failedAt;
    private final String[] failedScenario;
    private final long stepsPerReport;
    private int scenarioIndex = -1;
    private ScenarioRun run;
    private Plant plant;
    private Controller controller;
    private double[] lastActuator;
    private World world;

    LiveGradedRun(Session session, Exercise exercise, ControllerFactory controllers, GradedRunListener listener) {
        this.session = session;
        this.exercise = exercise;
        this.controllers = controllers;
        this.listener = listener;
        this.tally = new Tally(exercise);
        this.checkIds = exercise.checks().stream().map(c -> c.id()).toList();
        this.failedAt = new double[checkIds.size()];
        this.failedScenario = new String[checkIds.size()];
        Arrays.fill(failedAt, Double.NaN);
        this.stepsPerReport = Math.max(1, 1_000_000_000L / exercise.plant().stepNanos());
    }

    /** Starts the first scenario. */
    void start() {
        nextScenario();
    }

    private void nextScenario() {
        scenarioIndex++;
        var scenario = exercise.scenarios().get(scenarioIndex);
        world = session.resetForGradedRun(scenario.seed(), "graded run " + exercise.id() + " scenario "
                + scenario.id());
        plant = exercise.plant().over(world);
        run = new ScenarioRun(exercise, scenario);
        for (Action a : scenario.initial()) {
            apply(world, a);
        }
        controller = controllers == null ? null : controllers.attach(plant);
        IoLayout layout = world.layout();
        if (lastActuator == null) {
            lastActuator = new double[layout.size()];
        }
        for (int t = 0; t < layout.size(); t++) {
            lastActuator[t] = world.io().raw(t);
        }
        report();
    }

    /** Before a step: the timeline's due actions, then the in-session controller's scan. */
    void beforeStep(World world) {
        for (Action a = run.nextDue(); a != null; a = run.nextDue()) {
            apply(world, a);
        }
        if (controller != null) {
            controller.scan(world.simNanos());
            recordControllerWrites(world);
        }
    }

    /** After a step: feeds the probes; returns true when the whole run has ended. */
    boolean afterStep() {
        run.afterStep(plant);
        boolean changed = false;
        for (int i = 0; i < failedAt.length; i++) {
            double at = run.firstFailureSeconds(i);
            if (at == at && failedScenario[i] == null) {
                failedAt[i] = at;
                failedScenario[i] = run.scenario().id();
                changed = true;
            }
        }
        if (!run.complete()) {
            if (changed || run.stepsDone() % stepsPerReport == 0) {
                report();
            }
            return false;
        }
        run.finish(plant);
        tally.add(run, plant.stateHash());
        if (scenarioIndex + 1 < exercise.scenarios().size()) {
            nextScenario();
            return false;
        }
        // The note before the listener hears of it: a replay opened on the run's end message flushes
        // the recording and must find the run finished in it.
        session.recording().note(world.stepCount(), "graded run ended");
        listener.finished(tally.result(), session.recordingName());
        return true;
    }

    /** Forwards one of the session world's events to the probes' counters. */
    void onEvent(long step, EventKind kind, int subject, double value) {
        if (plant != null) {
            plant.onEvent(step, kind, subject, value);
        }
    }

    void abort(String reason) {
        listener.aborted(reason);
    }

    private void apply(World world, Action a) {
        long step = world.stepCount();
        switch (a.kind()) {
            case PRESS, RELEASE, SET -> {
                if (world.setInput(a.tag(), a.value()).isOk()) {
                    session.recording().input(step, a.tag(), a.value());
                }
            }
            case FAULT -> {
                if (world.injectFault(a.target(), a.fault(), a.value()).isOk()) {
                    session.recording().fault(step, a.target(), a.fault(), a.value());
                }
            }
            case CLEAR -> {
                if (world.clearFault(a.target(), a.fault()).isOk()) {
                    session.recording().clearFault(step, a.target(), a.fault());
                }
            }
            case PART -> {
                if (world.queuePart(a.target(), a.partType()).isOk()) {
                    session.recording().part(step, a.target(), a.partType());
                }
            }
            default -> throw new AssertionError(a.kind());
        }
    }

    /** Records the in-session controller's actuator changes as inputs, so the recording replays. */
    private void recordControllerWrites(World world) {
        IoLayout layout = world.layout();
        long step = world.stepCount();
        for (int t = 0; t < lastActuator.length; t++) {
            if (layout.tag(t).direction() == Direction.ACTUATOR) {
                double v = world.io().raw(t);
                if (Double.doubleToLongBits(v) != Double.doubleToLongBits(lastActuator[t])) {
                    lastActuator[t] = v;
                    session.recording().input(step, t, v);
                }
            }
        }
    }

    private void report() {
        listener.progress(new GradedRunProgress(exercise.id(), scenarioIndex, exercise.scenarios().size(),
                run.scenario().id(), run.stepsDone() * (exercise.plant().stepNanos() / 1e9),
                run.scenario().durationSeconds(), checkIds, failedAt.clone(), failedScenario.clone()));
    }
}
