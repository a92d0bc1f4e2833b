package io.simbase.grading.check;

import static io.simbase.grading.check.Trace.expr;
import static io.simbase.grading.check.Trace.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Each check kind on hand-made traces: one character per 0.1 s step, time = step number / 10. */
class CheckKindsTest {
    static void passes(Probe p) {
        assertTrue(p.passed(), "expected a pass, failed at " + p.firstFailureSeconds());
    }

    static void failsAt(double seconds, Probe p) {
        assertFalse(p.passed(), "expected a failure");
        assertEquals(seconds, p.firstFailureSeconds(), 1e-9);
    }

    // ------------------------------------------------------------------ response

    private static final Rule RESPONSE = new ResponseRule(expr("x"), expr("y"), 0.2);

    @Test
    void responseWithinTheTimePasses() {
        passes(run(RESPONSE,
                "0011100011",
                "0000110001"));
    }

    @Test
    void responseAtTheDeadlineExactlyPasses() {
        passes(run(RESPONSE,
                "01000",
                "00010"));
    }

    @Test
    void lateResponseFailsAtTheTrigger() {
        failsAt(0.2, run(RESPONSE,
                "0100000",
                "0000100"));
    }

    @Test
    void secondTriggerThatGetsNoResponseFails() {
        failsAt(0.7, run(RESPONSE,
                "0110001000",
                "0011000000"));
    }

    @Test
    void triggerTrueFromTheFirstStepIsNotATrigger() {
        passes(run(RESPONSE,
                "1111",
                "0000"));
    }

    @Test
    void deadlineAfterTheEndIsNotJudged() {
        passes(run(RESPONSE,
                "0001",
                "0000"));
    }

    // ------------------------------------------------------------------ invariant

    @Test
    void invariantFailsAtTheFirstStepItHolds() {
        failsAt(0.4, run(new InvariantRule(expr("x && y"), 0, 0, 100),
                "0011100",
                "0001100"));
        passes(run(new InvariantRule(expr("x && y"), 0, 0, 100),
                "0011100",
                "1100011"));
    }

    @Test
    void invariantGraceAllowsShortViolations() {
        Rule r = new InvariantRule(expr("x"), 0.2, 0, 100);
        passes(run(r, "0110110"));
        failsAt(0.5, run(r, "0110111000"));
    }

    @Test
    void invariantOnlyCountsInsideItsWindow() {
        Rule r = new InvariantRule(expr("x"), 0, 0.3, 0.6);
        passes(run(r, "1100000111"));
        failsAt(0.6, run(r, "1100010111"));
    }

    // ------------------------------------------------------------------ outcome

    @Test
    void outcomeAtTheEndJudgesTheLastStep() {
        Rule r = new OutcomeRule(expr("x"), Double.NaN);
        passes(run(r, "00001"));
        failsAt(0.5, run(r, "11110"));
    }

    @Test
    void outcomeAtATimeJudgesThatStep() {
        Rule r = new OutcomeRule(expr("x"), 0.3);
        passes(run(r, "00100"));
        failsAt(0.3, run(r, "11011"));
    }

    @Test
    void outcomeAggregatesCoverTheRun() {
        // the first step only records: x true from the start is not a rise
        passes(run(new OutcomeRule(expr("count(x) == 3 && max_of(y) == 1 && integral(y) > 0.19"), Double.NaN),
                "1010101",
                "0011000"));
        failsAt(0.7, run(new OutcomeRule(expr("count(x) <= 2"), Double.NaN),
                "0010101",
                "0000000"));
        passes(run(new OutcomeRule(expr("since(x) >= 0.3"), Double.NaN),
                "0101111"));
    }

    // ------------------------------------------------------------------ recovery

    private static final Rule RECOVERY = new RecoveryRule(expr("x"), expr("!y"), 0.2, expr("z"), expr("y"), 0.2);

    @Test
    void recoveryThatStopsWaitsAndRestartsPasses() {
        passes(run(RECOVERY,
                "0011111000000",
                "1110000000111",
                "0000000000100"));
    }

    @Test
    void recoveryTooSlowToTheSafeStateFailsAtTheTrigger() {
        failsAt(0.3, run(RECOVERY,
                "0011111000000",
                "1111100000111",
                "0000000000100"));
    }

    @Test
    void recoveryLeavingTheSafeStateBeforeResetFails() {
        failsAt(0.8, run(RECOVERY,
                "0011100000000",
                "1110000111111",
                "0000000000100"));
    }

    @Test
    void recoveryNotRunningAfterResetFailsAtTheReset() {
        failsAt(1.1, run(RECOVERY,
                "00111110000000",
                "11100000000000",
                "00000000001000"));
    }

    @Test
    void recoveryWhoseTriggerNeverComesFails() {
        failsAt(0.5, run(RECOVERY,
                "00000",
                "11111",
                "00000"));
    }

    @Test
    void recoveryWithoutResetOnlyNeedsTheSafeState() {
        Rule r = new RecoveryRule(expr("x"), expr("!y"), 0.2, null, null, 0);
        passes(run(r,
                "001100",
                "110011"));
    }
}
