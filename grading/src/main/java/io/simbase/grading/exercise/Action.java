package io.simbase.grading.exercise;

import io.simbase.grading.plant.Plant;

/**
 * One thing a scenario does to the plant at a moment: an operator pressing, releasing or
 * setting a panel control, a fault injected or cleared, or a part type queued for an emitter
 * (its next part is of that type). Checked against the scene when the
 * exercise is loaded, so applying it cannot fail. Immutable.
 *
 * @param atSeconds simulated time at which it happens (applied before the step that starts then)
 * @param tag       the panel tag's index (press, release, set), else -1
 * @param value     the operator value (press 1, release 0, set the value) or the fault's parameter
 * @param target    the fault's tag or component (fault, clear), the emitter's id (part), else null
 * @param fault     the fault's key, e.g. {@code wire_break} (fault, clear), else null
 * @param text      the action as written, for messages
 * @param partType  the part type's name (part), else null
 */
public record Action(double atSeconds, Kind kind, int tag, double value, String target, String fault, String text,
                     String partType) {
    /** What an action does. */
    public enum Kind { PRESS, RELEASE, SET, FAULT, CLEAR, PART }

    /** An action that queues no part. */
    public Action(double atSeconds, Kind kind, int tag, double value, String target, String fault, String text) {
        this(atSeconds, kind, tag, value, target, fault, text, null);
    }

    /** Queues a part of type {@code partType} for emitter {@code emitter} at {@code atSeconds}. */
    public static Action part(double atSeconds, String emitter, String partType) {
        return new Action(atSeconds, Kind.PART, -1, 0, emitter, null, "part " + emitter + " " + partType, partType);
    }

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
            case PART:
                plant.queuePart(target, partType);
                break;
            default:
                throw new AssertionError(kind);
        }
    }
}
