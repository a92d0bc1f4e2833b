/**
 * The four kinds of check and their evaluation over a run. A {@link io.simbase.grading.check.Rule}
 * is the immutable check as the exercise file states it; a {@link io.simbase.grading.check.Probe}
 * is its evaluation over one run, fed once after every step.
 *
 * <p>Threading: a probe belongs to the thread that steps the run. Allocation: rules allocate
 * a probe per run; probes allocate nothing per step. Times are simulated seconds.
 */
package io.simbase.grading.check;
