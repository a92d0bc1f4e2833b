package io.simbase.server.session;

import java.util.List;

/**
 * Where a live graded run stands. Immutable; made when something changed, never per step.
 *
 * @param scenarioIndex      0-based index of the running scenario
 * @param scenarioSeconds    sim time into the running scenario
 * @param failedAtSeconds    per check, in exercise order: sim time of its first failure in the
 *                           scenario where it failed, NaN while it has not failed
 * @param failedScenario     per check: that scenario's id, or null
 */
public record GradedRunProgress(String exerciseId, int scenarioIndex, int scenarioCount, String scenarioId,
                                double scenarioSeconds, double scenarioDurationSeconds, List<String> checkIds,
                                double[] failedAtSeconds, String[] failedScenario) {
    /** Whether check {@code i} has failed so far. */
    public boolean failed(int i) {
        return failedAtSeconds[i] == failedAtSeconds[i];
    }
}
