/**
 * Headless grading of a controller on an exercise: the {@link io.simbase.grading.Controller}
 * seam, the {@link io.simbase.grading.Grader} and its results as a table or JSON.
 *
 * <p>Threading: a grading runs on its caller's thread; exercises are immutable and may be
 * shared by threads grading in parallel. Allocation: per scenario, none per step. Times in
 * results are simulated seconds.
 */
package io.simbase.grading;
