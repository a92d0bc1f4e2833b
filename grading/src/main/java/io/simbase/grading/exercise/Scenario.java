package io.simbase.grading.exercise;

import java.util.List;

/**
 * One run of an exercise: the world's seed, the operator-panel values before the first step,
 * the timeline of actions (sorted by time, stable for equal times) and the duration. Immutable.
 */
public record Scenario(String id, long seed, double durationSeconds, List<Action> initial, List<Action> timeline) {
    public Scenario {
        initial = List.copyOf(initial);
        timeline = List.copyOf(timeline);
    }
}
