package io.simbase.server.session;

/**
 * The worst step-start lateness of one session in the last second or two, for the class
 * overview: the sim thread that runs the session records every step's lateness; any thread
 * reads the worst of the window in progress and the window before it. Windows are
 * {@value #WINDOW_NANOS} ns of the sim thread's clock. No allocation; the writer touches a
 * volatile only when the window's worst grows or a window ends.
 */
final class RecentLateness {
    static final long WINDOW_NANOS = 1_000_000_000L;

    // ---- sim thread only
    private long windowEndsAtNanos = Long.MIN_VALUE;
    private long windowWorstNanos;

    // ---- written by the sim thread, read by anyone
    private volatile long previousWorstNanos;
    private volatile long currentWorstNanos;

    /** Records one step that started {@code latenessNanos} after its deadline, at {@code nowNanos}; sim thread. */
    void record(long latenessNanos, long nowNanos) {
        if (nowNanos >= windowEndsAtNanos) {
            // A window with no step (a pause, a time scale below 1) leaves nothing behind.
            previousWorstNanos = nowNanos - windowEndsAtNanos < WINDOW_NANOS ? windowWorstNanos : 0;
            windowWorstNanos = 0;
            currentWorstNanos = 0;
            windowEndsAtNanos = nowNanos + WINDOW_NANOS;
        }
        if (latenessNanos > windowWorstNanos) {
            windowWorstNanos = latenessNanos;
            currentWorstNanos = latenessNanos;
        }
    }

    /** Forgets what was recorded (the session paused: it has no steps to be late); sim thread. */
    void clear() {
        windowEndsAtNanos = Long.MIN_VALUE;
        windowWorstNanos = 0;
        previousWorstNanos = 0;
        currentWorstNanos = 0;
    }

    /** The worst lateness of the window in progress and the one before, nanoseconds; any thread. */
    long worstNanos() {
        return Math.max(previousWorstNanos, currentWorstNanos);
    }
}
