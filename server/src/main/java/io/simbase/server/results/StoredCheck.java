package io.simbase.server.results;

import io.simbase.grading.CheckResult;

/**
 * One check's outcome in a kept result. Immutable. The check's message is not kept: it is the
 * exercise's, looked up by {@code id} when shown, in the reader's language.
 *
 * @param failedScenario      the first scenario where it failed, or null when it passed
 * @param firstFailureSeconds simulated time of the first failure in that scenario, or NaN
 */
public record StoredCheck(String id, String kind, int points, int awarded, boolean passed, boolean safety,
                          String failedScenario, double firstFailureSeconds) {
    public StoredCheck {
        ResultFields.requireName("check id", id);
        ResultFields.requireName("check kind", kind);
    }

    /** The kept form of a grader's check result. */
    public static StoredCheck of(CheckResult c) {
        return new StoredCheck(c.id(), c.kind(), c.points(), c.awarded(), c.passed(), c.safety(),
                c.failedScenario(), c.firstFailureSeconds());
    }

}
