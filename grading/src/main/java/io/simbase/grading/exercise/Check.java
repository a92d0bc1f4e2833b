package io.simbase.grading.exercise;

import io.simbase.grading.check.Rule;
import java.util.List;

/**
 * One scored item of an exercise. Immutable.
 *
 * @param points    awarded when the check passes in every scenario it applies to
 * @param safety    a failing safety check caps the exercise's score
 * @param cap       this check's own cap when it fails, or -1 for the exercise's safety cap
 * @param scenarios ids of the scenarios it applies to; empty for all
 * @param line      line of the check in its file
 */
public record Check(String id, Rule rule, int points, boolean safety, int cap, Text message,
                    List<String> scenarios, int line) {
    public Check {
        scenarios = List.copyOf(scenarios);
    }

    /** Whether the check is evaluated in a scenario. */
    public boolean appliesTo(String scenarioId) {
        return scenarios.isEmpty() || scenarios.contains(scenarioId);
    }
}
