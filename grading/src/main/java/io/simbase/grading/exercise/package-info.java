/**
 * Exercise files: their model ({@link io.simbase.grading.exercise.Exercise},
 * {@link io.simbase.grading.exercise.Scenario}, {@link io.simbase.grading.exercise.Check}), the
 * loader that checks them against their scene, and the bundled index. Loading allocates freely;
 * the loaded values are immutable and shared by every grading thread.
 */
package io.simbase.grading.exercise;
