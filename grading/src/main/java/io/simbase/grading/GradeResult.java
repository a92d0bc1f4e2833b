package io.simbase.grading;

import java.util.List;

/**
 * The result of grading one program on one exercise. Immutable.
 *
 * @param score        points of the passed checks, capped when a safety check failed (0..100)
 * @param capped       whether a failed safety check lowered the score
 * @param passed       score reaches the pass mark
 * @param stateHashes  the final state hash of each scenario's world, in scenario order
 */
public record GradeResult(String exerciseId, List<CheckResult> checks, int score, int passMark, boolean capped,
                          boolean passed, List<Long> stateHashes) {
    public GradeResult {
        checks = List.copyOf(checks);
        stateHashes = List.copyOf(stateHashes);
    }

    /** The result of a check by id, or null. */
    public CheckResult check(String id) {
        for (CheckResult c : checks) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        return null;
    }
}
