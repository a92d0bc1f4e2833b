package io.simbase.grading.check;

import io.simbase.grading.expr.Signals;

/**
 * One check's evaluation over one run. {@link #step} is called after every world step, with
 * the signals as that step left them; {@link #finish} once after the last step. A probe keeps
 * the first failure only. Not thread-safe; allocates nothing per step.
 */
public abstract class Probe {
    /** Tolerance for comparing simulated times made of whole steps. */
    protected static final double EPSILON_SECONDS = 1e-9;

    private double firstFailureSeconds = Double.NaN;

    /** Feeds the state after one step. */
    public abstract void step(Signals s);

    /** Ends the run; the signals are those of the last step. */
    public void finish(Signals s) {
    }

    /** Whether the run met the check (valid after {@link #finish}). */
    public final boolean passed() {
        return firstFailureSeconds != firstFailureSeconds;
    }

    /** Simulated time of the first failure, seconds; NaN when none. */
    public final double firstFailureSeconds() {
        return firstFailureSeconds;
    }

    /** Records a failure at a simulated time; later failures do not replace the first. */
    protected final void fail(double atSeconds) {
        if (passed()) {
            firstFailureSeconds = atSeconds;
        }
    }
}
