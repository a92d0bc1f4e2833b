package io.simbase.grading;

import io.simbase.grading.exercise.Text;

/**
 * One check's result over all the scenarios it applies to. Immutable.
 *
 * @param awarded              points awarded: all of the check's points, or none
 * @param failedScenario       the first scenario (in file order) where it failed, or null
 * @param firstFailureSeconds  simulated time of the first failure in that scenario, or NaN
 */
public record CheckResult(String id, String kind, int points, int awarded, boolean passed, boolean safety,
                          String failedScenario, double firstFailureSeconds, Text message) {
}
