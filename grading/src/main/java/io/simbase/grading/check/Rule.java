package io.simbase.grading.check;

/**
 * What a check demands, as the exercise file says it. Immutable; one rule serves any number
 * of runs through the {@link Probe}s it makes.
 */
public interface Rule {
    /** The check kind as written in exercise files: response, invariant, outcome, recovery. */
    String kind();

    /** A fresh evaluation for one run. */
    Probe newProbe();
}
