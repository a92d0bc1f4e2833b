package io.simbase.grading.check;

import io.simbase.grading.exercise.Text;

/**
 * What a check demands, as the exercise file says it. Immutable; one rule serves any number
 * of runs through the {@link Probe}s it makes.
 */
public interface Rule {
    /** The check kind as written in exercise files: response, invariant, outcome, recovery. */
    String kind();

    /**
     * What a failure of this rule means, in Chinese and English, written from its own
     * expressions and times: the message of a check whose exercise file gives none.
     */
    Text describe();

    /** A fresh evaluation for one run. */
    Probe newProbe();
}
