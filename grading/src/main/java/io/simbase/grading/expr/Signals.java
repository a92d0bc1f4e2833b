package io.simbase.grading.expr;

/**
 * The values an {@link Expression} reads during a run: signals by index (scene tags first,
 * then the run's counters), the simulated time and the step length.
 *
 * <p>Threading: read on the thread that steps the run. Implementations allocate nothing.
 */
public interface Signals {
    /** The current value of signal {@code index}; booleans are 0 or 1. */
    double value(int index);

    /** Simulated time since the start of the run, seconds. */
    double timeSeconds();

    /** Length of one step, seconds. */
    double stepSeconds();
}
