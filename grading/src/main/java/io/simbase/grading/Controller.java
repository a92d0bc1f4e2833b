package io.simbase.grading;

/**
 * The program being graded, in the loop of one plant: the grader calls {@link #scan} once
 * before every step, with the simulated time at the start of that step. A scan reads sensors
 * and writes actuators through the {@link io.simbase.grading.plant.Plant} it was attached to;
 * writes take effect in the coming step. Must be deterministic (no clock, no threads, no
 * unseeded randomness) so that the same program always gets the same score.
 *
 * <p>Threading: called on the grading thread only. Should not allocate per scan.
 */
@FunctionalInterface
public interface Controller {
    void scan(long simNanos);
}
