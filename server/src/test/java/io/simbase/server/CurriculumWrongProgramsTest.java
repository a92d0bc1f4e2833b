package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.simbase.server.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The curriculum's typical wrong programs (test resources {@code wrong-programs/}), graded
 * through the real {@code simbase grade} on the soft PLC: each loses exactly the checks its
 * mistake should cost, and a failed safety check caps the score.
 */
class CurriculumWrongProgramsTest {
    private static final Path WRONG = Path.of("src", "test", "resources", "wrong-programs");
    private static final Pattern FAILED = Pattern.compile("^(\\S+)\\s+\\d+/\\d+\\s+NO", Pattern.MULTILINE);

    private record Grade(int exit, Set<String> failed, String last, String out) {
    }

    private static Grade grade(String exercise, String program) {
        PrintStream oldOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int exit;
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            exit = Main.execute(new String[] {"grade", exercise, "--plc", WRONG.resolve(program).toString()});
        } finally {
            System.setOut(oldOut);
        }
        String text = out.toString(StandardCharsets.UTF_8);
        Set<String> failed = new TreeSet<>();
        Matcher m = FAILED.matcher(text);
        while (m.find()) {
            failed.add(m.group(1));
        }
        String[] lines = text.strip().split("\\R");
        return new Grade(exit, failed, lines[lines.length - 1], text);
    }

    @Test
    void motorControlWithoutInterlockShortCircuitsAndIsCappedAtForty() {
        Grade g = grade("motor-control", "motor-control-no-interlock.st");
        assertEquals(Set.of("delta_after_star", "interlock", "no_plugging"), g.failed(), g.out());
        assertEquals("score=40/100 passed=false", g.last(), g.out());
        assertEquals(1, g.exit(), g.out());
    }

    @Test
    void aCrossingWithoutYellowAndClearanceTimesHasSignalConflictsAndIsCappedAtForty() {
        Grade g = grade("traffic-light", "traffic-light-no-clearance.st");
        assertEquals(Set.of("no_conflicts", "yellow_before_red"), g.failed(), g.out());
        assertEquals("score=40/100 passed=false", g.last(), g.out());
    }

    @Test
    void aFixedTimeCycleThatIgnoresTheButtonLetsPedestriansWaitTooLong() {
        Grade g = grade("traffic-light", "traffic-light-fixed-time.st");
        assertEquals(Set.of("no_jaywalking", "ped_served", "wait_light"), g.failed(), g.out());
        assertEquals("score=70/100 passed=true", g.last(), g.out());
    }

    @Test
    void aGarageDoorThatIgnoresTheLightBarrierTouchesTheObstacleAndIsCappedAtForty() {
        Grade g = grade("garage-door", "garage-door-no-barrier.st");
        assertEquals(Set.of("beam_reverses", "no_hits"), g.failed(), g.out());
        assertEquals("score=40/100 passed=false", g.last(), g.out());
        assertEquals(1, g.exit(), g.out());
    }

    @Test
    void aGarageDoorThatStopsButDoesNotReverseLosesBothReversals() {
        Grade g = grade("garage-door", "garage-door-no-reversal.st");
        assertEquals(Set.of("beam_reverses", "edge_reverses"), g.failed(), g.out());
        assertEquals("score=80/100 passed=true", g.last(), g.out());
    }

    @Test
    void aQueueCounterThatCountsScansInsteadOfEdgesEndsEveryBatchAfterOneBox() {
        Grade g = grade("queue-counter", "queue-counter-counts-scans.st");
        assertEquals(Set.of("all_batches", "first_batch", "one_batch_per_press"), g.failed(), g.out());
        assertEquals("score=60/100 passed=false", g.last(), g.out());
        assertEquals(1, g.exit(), g.out());
    }

    @Test
    void aQueueCounterThatReadsReleaseAsALevelReleasesBatchAfterBatchWhileItIsHeld() {
        Grade g = grade("queue-counter", "queue-counter-level-release.st");
        assertEquals(Set.of("all_batches", "one_batch_per_press"), g.failed(), g.out());
        assertEquals("score=75/100 passed=true", g.last(), g.out());
    }

    @Test
    void aSiloFillWithoutTheBoxInterlockPoursOnTheBeltAndIsCappedAtForty() {
        Grade g = grade("silo-fill", "silo-fill-no-box-interlock.st");
        assertEquals(Set.of("no_pour_without_box", "no_spill", "throughput"), g.failed(), g.out());
        assertEquals("score=40/100 passed=false", g.last(), g.out());
        assertEquals(1, g.exit(), g.out());
    }

    @Test
    void aSiloFillWithoutAMonitoringTimeMissesTheDeadProbe() {
        Grade g = grade("silo-fill", "silo-fill-no-monitoring.st");
        assertEquals(Set.of("fault_recovery"), g.failed(), g.out());
        assertEquals("score=85/100 passed=true", g.last(), g.out());
    }

    @Test
    void aWeightSorterThatReadsTheUnsettledWeightSortsEveryBoxAsLight() {
        Grade g = grade("sort-by-weight", "sort-by-weight-unsettled.st");
        assertEquals(Set.of("heavy_near_side", "light_far_side", "medium_to_end"), g.failed(), g.out());
        assertEquals("score=55/100 passed=false", g.last(), g.out());
        assertEquals(1, g.exit(), g.out());
    }

    @Test
    void aWeightSorterWithoutAShiftRegisterActsOnTheNextBoxAtTheHeavyDiverter() {
        Grade g = grade("sort-by-weight", "sort-by-weight-no-shift-register.st");
        assertEquals(Set.of("heavy_near_side", "medium_to_end"), g.failed(), g.out());
        assertEquals("score=70/100 passed=true", g.last(), g.out());
    }

    @Test
    void motorControlIgnoringTheOverloadRelayLosesTheRecoveryAndTheFaultLight() {
        Grade g = grade("motor-control", "motor-control-no-overload.st");
        assertEquals(Set.of("fault_light", "overload_recovery"), g.failed(), g.out());
        assertEquals("score=85/100 passed=true", g.last(), g.out());
        assertEquals(0, g.exit(), g.out());
    }

    @Test
    void aProportionalOnlyLevelControllerKeepsAnOffsetAndFailsTheBandAndTheSettling() {
        Grade g = grade("tank-pid", "tank-pid-p-only.st");
        assertEquals(Set.of("in_band", "no_offset", "settles"), g.failed(), g.out());
        assertEquals("score=55/100 passed=false", g.last(), g.out());
        assertEquals(1, g.exit(), g.out());
    }

    @Test
    void aLevelControllerWithoutAntiWindupOvershootsAfterTheSetpointStep() {
        Grade g = grade("tank-pid", "tank-pid-windup.st");
        assertEquals(Set.of("overshoot", "settles"), g.failed(), g.out());
        assertEquals("score=80/100 passed=true", g.last(), g.out());
    }

    @Test
    void aBatchMixerDosingByTimeMakesShortBatchesAndMissesTheJammedPump() {
        Grade g = grade("batch-mixer", "batch-mixer-timed.st");
        assertEquals(Set.of("batches", "dose_watchdog", "resume"), g.failed(), g.out());
        assertEquals("score=45/100 passed=false", g.last(), g.out());
        assertEquals(1, g.exit(), g.out());
    }

    @Test
    void aBatchMixerThatRestartsInsteadOfResumingDosesTwice() {
        Grade g = grade("batch-mixer", "batch-mixer-restart.st");
        assertEquals(Set.of("resume"), g.failed(), g.out());
        assertEquals("score=85/100 passed=true", g.last(), g.out());
    }

    @Test
    void anElevatorThatNeverSlowsDownStopsPastTheFloorsAndHitsTheLimit() {
        Grade g = grade("elevator", "elevator-no-slow.st");
        assertEquals(Set.of("levelled", "no_overtravel", "served1", "served2", "served3"), g.failed(), g.out());
        assertEquals("score=40/100 passed=false", g.last(), g.out());
        assertEquals(1, g.exit(), g.out());
    }

    @Test
    void anElevatorThatLeavesBeforeItsDoorIsClosedIsCappedAtForty() {
        Grade g = grade("elevator", "elevator-no-door-interlock.st");
        assertEquals(Set.of("door_interlock"), g.failed(), g.out());
        assertEquals("score=40/100 passed=false", g.last(), g.out());
    }

    @Test
    void aCarParkCountingBeamEdgesMiscountsAndLetsCarsIntoAFullPark() {
        Grade g = grade("car-park", "car-park-edges.st");
        assertEquals(Set.of("counts_right", "no_overfull"), g.failed(), g.out());
        assertEquals("score=40/100 passed=false", g.last(), g.out());
        assertEquals(1, g.exit(), g.out());
    }

    @Test
    void aCarParkIgnoringCarsThatBackOutCountsTooManyAndTurnsCarsAway() {
        Grade g = grade("car-park", "car-park-no-reverse.st");
        assertEquals(Set.of("counts_right", "full_sign"), g.failed(), g.out());
        assertEquals("score=50/100 passed=false", g.last(), g.out());
    }

    @Test
    void anEncoderTrackerBlindToTheCounterWrapLetsPartsRideToTheRejectBin() {
        Grade g = grade("sort-encoder", "sort-encoder-no-wrap.st");
        assertEquals(Set.of("black_to_bin3", "none_missed", "white_to_bin2"), g.failed(), g.out());
        assertEquals("score=60/100 passed=false", g.last(), g.out());
        assertEquals(1, g.exit(), g.out());
    }

    @Test
    void aSortingStationThatRestartsByItselfAfterTheEmergencyStopIsCappedAtForty() {
        Grade g = grade("sort-encoder", "sort-encoder-restarts-after-estop.st");
        assertEquals(Set.of("estop_recovery"), g.failed(), g.out());
        assertEquals("score=40/100 passed=false", g.last(), g.out());
    }

    @Test
    void aHandlerThatMovesXWhileZIsStillRisingCrashesAndIsCappedAtForty() {
        Grade g = grade("pick-and-place", "pick-and-place-no-interlock.st");
        assertEquals(Set.of("x_with_z_up", "no_crashes"), g.failed(), g.out());
        assertEquals("score=40/100 passed=false", g.last(), g.out());
        assertEquals(1, g.exit(), g.out());
    }

    @Test
    void aHandlerSequencedOnTimersOverlapsItsMovesOnLowPressureAndMissesEveryFault() {
        Grade g = grade("pick-and-place", "pick-and-place-timed.st");
        assertEquals(Set.of("places_parts", "lowers_at_x_end", "x_with_z_up", "no_crashes", "lost_part_recovery",
                "stuck_switch_alarm"), g.failed(), g.out());
        assertEquals("score=30/100 passed=false", g.last(), g.out());
    }

    @Test
    void aLineThatWatchesNoSensorRunsOnWithAStuckEntryEyeAndNeverAlarms() {
        Grade g = grade("production-line", "production-line-no-sensor-watch.st");
        assertEquals(Set.of("alarm_flashes", "restart_after_ack", "stuck_sensor_alarm"), g.failed(), g.out());
        assertEquals("score=80/100 passed=true", g.last(), g.out());
        assertEquals(0, g.exit(), g.out());
    }

    @Test
    void aPressThatComesDownBeforeThePartRestsDamagesItAndIsCappedAtForty() {
        Grade g = grade("production-line", "production-line-presses-moving-part.st");
        assertEquals(Set.of("no_press_on_moving_part"), g.failed(), g.out());
        assertEquals("score=40/100 passed=false", g.last(), g.out());
        assertEquals(1, g.exit(), g.out());
    }
}
