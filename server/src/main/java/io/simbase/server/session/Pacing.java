package io.simbase.server.session;

/**
 * When a session runs next: its step and frame deadlines on the sim thread's clock, its
 * periods, whether it is paused, and its place on the thread's {@link SessionWheel}. Owned by
 * the sim thread that runs the session (handed over with it); the session's pause and
 * time-scale commands change it on that thread. Times are clock nanoseconds; no allocation.
 */
final class Pacing {
    /** The next step's deadline; 0: not on the grid yet (new, or just resumed). */
    long nextStepAtNanos;
    long nextFrameAtNanos;
    long stepPeriodNanos;
    final long framePeriodNanos;
    boolean paused;
    /** The session's place on its sim thread's wheel (slot -1: not on it). */
    Session wheelPrev;
    Session wheelNext;
    int wheelSlot = -1;

    private final long sceneStepNanos;

    Pacing(long sceneStepNanos, int frameRateHz) {
        this.sceneStepNanos = sceneStepNanos;
        this.stepPeriodNanos = sceneStepNanos;
        this.framePeriodNanos = 1_000_000_000L / frameRateHz;
    }

    /** Pauses or resumes; a resumed session's next deadline is put on the grid by its thread. */
    void pause(boolean pause) {
        if (paused != pause) {
            paused = pause;
            if (!pause) {
                nextStepAtNanos = 0;
            }
        }
    }

    /** Steps every scene step divided by {@code scale} of clock time. */
    void timeScale(double scale) {
        stepPeriodNanos = Math.max(1, Math.round(sceneStepNanos / scale));
    }

    boolean onWheel() {
        return wheelSlot >= 0;
    }
}
