package io.simbase.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.grading.controllers.ConveyorControllers;
import io.simbase.grading.controllers.SortingControllers;
import io.simbase.grading.controllers.TankControllers;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Exercises;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * End to end on the engine: the bundled exercises graded with Java controllers. A correct
 * controller scores 100; each typical mistake loses exactly the checks named here.
 */
class ExerciseScoresTest {
    static Set<String> failed(GradeResult r) {
        Set<String> out = new TreeSet<>();
        for (CheckResult c : r.checks()) {
            if (!c.passed()) {
                out.add(c.id());
            }
        }
        return out;
    }

    static GradeResult grade(String exercise, ControllerFactory f) throws Exception {
        Exercise e = Exercises.load(exercise);
        GradeResult r = Grader.grade(e, f);
        System.out.print(exercise + "\n" + ResultTable.write(r));
        return r;
    }

    @Test
    void conveyorCorrectLatchScoresFullMarks() throws Exception {
        GradeResult r = grade("conveyor-basics", ConveyorControllers.of(ConveyorControllers.Mistake.NONE));
        assertEquals(Set.of(), failed(r));
        assertEquals(100, r.score());
        assertTrue(r.passed());
    }

    @Test
    void conveyorWithoutSealInLosesTheLatchingChecks() throws Exception {
        GradeResult r = grade("conveyor-basics", ConveyorControllers.of(ConveyorControllers.Mistake.NO_SEAL_IN));
        assertEquals(Set.of("seal_in", "batch_of_ten", "next_batch"), failed(r));
        assertEquals(65, r.score());
        assertFalse(r.passed());
    }

    @Test
    void conveyorWithoutStopInterlockIsCappedBelowThePassMark() throws Exception {
        GradeResult r = grade("conveyor-basics", ConveyorControllers.of(ConveyorControllers.Mistake.NO_STOP_INTERLOCK));
        assertEquals(Set.of("stop_stops", "stays_stopped", "no_run_while_stopped"), failed(r));
        assertTrue(r.capped());
        assertEquals(50, r.score());
        assertFalse(r.passed());
    }

    @Test
    void conveyorWithoutCountingLosesTheBatchCheck() throws Exception {
        GradeResult r = grade("conveyor-basics", ConveyorControllers.of(ConveyorControllers.Mistake.NO_BATCH_COUNT));
        assertEquals(Set.of("batch_of_ten"), failed(r));
        assertEquals(85, r.score());
    }

    @Test
    void conveyorWithoutLightLosesTheLightCheck() throws Exception {
        GradeResult r = grade("conveyor-basics", ConveyorControllers.of(ConveyorControllers.Mistake.NO_LIGHT));
        assertEquals(Set.of("light_follows"), failed(r));
        assertEquals(90, r.score());
    }

    @Test
    void sortingCorrectProgramScoresFullMarks() throws Exception {
        GradeResult r = grade("sorting-station", SortingControllers.of(SortingControllers.Mistake.NONE));
        assertEquals(Set.of(), failed(r));
        assertEquals(100, r.score());
    }

    @Test
    void sortingOnATimerFiresWithoutAPart() throws Exception {
        // The timers run on through the e-stop: at its release pusher 1 fires at an empty belt
        // (before Start, so the recovery fails too), and the stroke that was due during the stop
        // trips the program's own watchdog, so Start no longer runs the belt.
        GradeResult r = grade("sorting-station", SortingControllers.of(SortingControllers.Mistake.TIMER_PUSH));
        assertEquals(Set.of("pusher1_at_part", "estop_recovery", "start_runs"), failed(r));
        assertEquals("estop", r.check("pusher1_at_part").failedScenario());
        assertEquals(44.01, r.check("pusher1_at_part").firstFailureSeconds(), 1e-9);
        assertEquals(65, r.score());
        assertFalse(r.passed());
    }

    @Test
    void sortingWithoutEstopFailsRecoveryAndIsCapped() throws Exception {
        GradeResult r = grade("sorting-station", SortingControllers.of(SortingControllers.Mistake.NO_ESTOP));
        assertEquals(Set.of("estop_recovery"), failed(r));
        assertEquals(39.205, r.check("estop_recovery").firstFailureSeconds(), 1e-9);
        assertTrue(r.capped());
        assertEquals(69, r.score());
        assertFalse(r.passed());
    }

    @Test
    void sortingWithoutWatchdogMissesTheJam() throws Exception {
        GradeResult r = grade("sorting-station", SortingControllers.of(SortingControllers.Mistake.NO_WATCHDOG));
        assertEquals(Set.of("jam_alarm"), failed(r));
        assertEquals("jam", r.check("jam_alarm").failedScenario());
        assertEquals(90, r.score());
        assertTrue(r.passed());
    }

    @Test
    void tankCorrectHysteresisScoresFullMarks() throws Exception {
        GradeResult r = grade("tank-level", TankControllers.of(TankControllers.Mistake.NONE));
        assertEquals(Set.of(), failed(r));
        assertEquals(100, r.score());
    }

    @Test
    void tankBangBangWithoutHysteresisLosesTheHysteresisCheck() throws Exception {
        GradeResult r = grade("tank-level", TankControllers.of(TankControllers.Mistake.NO_HYSTERESIS));
        assertEquals(Set.of("hysteresis"), failed(r));
        assertEquals(85, r.score());
    }

    @Test
    void tankWithoutHighInterlockOverflowsAndIsCapped() throws Exception {
        GradeResult r = grade("tank-level", TankControllers.of(TankControllers.Mistake.NO_HIGH_INTERLOCK));
        assertEquals(Set.of("fill_closed_at_high", "no_overflow"), failed(r));
        assertTrue(r.capped());
        assertEquals(69, r.score());
        assertFalse(r.passed());
    }

    @Test
    void theSameProgramGetsTheSameResultEveryRun() throws Exception {
        Exercise e = Exercises.load("sorting-station");
        ControllerFactory f = SortingControllers.of(SortingControllers.Mistake.TIMER_PUSH);
        GradeResult first = Grader.grade(e, f);
        GradeResult second = Grader.grade(e, f);
        assertEquals(first, second);
        assertEquals(3, first.stateHashes().size());
        assertEquals(ResultJson.write(first), ResultJson.write(second));
    }
}
