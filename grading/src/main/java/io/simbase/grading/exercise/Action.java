package io.simbase.grading.exercise;

import io.simbase.grading.plant.Plant;

/**
 * One thing a scenario does to the plant at a moment: an operator pressing, releasing or
 * setting a panel control, or a fault injected or cleared. Checked against the scene when the
 * exercise is loaded, so applying it cannot fail. Immutable.
 *
 * @param atSeconds simulated time at which it happens (applied before the step that starts then)
 * @param tag       the panel tag's index (press, release, set), else -1
 * @param value     the operator value (press 1, release 0, set the value) or the fault's parameter
 * @param target    the fault's tag or component (fault, clear), else null
 * @param fault     the fault's key, e.g. {@code wire_break} (fault, clear), else null
 * @param text      the action as written, for messages
 */
public record Action(double atSeconds, Kind kind, int tag, double value, String target, String fault, String text) {
    /** What an action does. */
    public enum Kind { PRESS, RELEASE, SET, FAULT, CLEAR }

    /** Applies the action to a plant. */
    public void apply(Plant plant) {
        switch (kind) {
            case PRESS:
            case RELEASE:
            case SET:
                plant.operate(tag, value);
                break;
            case FAULT:
                plant.injectFault(target, fault, value);
                break;
            case CLEAR:
                plant.clearFault(target, fault);
                break;
            default:
                throw new AssertionError(kind);
        }
    }
}
