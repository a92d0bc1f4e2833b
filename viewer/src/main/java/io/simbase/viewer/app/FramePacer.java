package io.simbase.viewer.app;

/**
 * When the render loop draws its next frame: at once when state has arrived from the server
 * (the frame a click's result is waiting for should not wait for a timer), otherwise one
 * display interval after the previous frame began (interpolated motion keeps moving), and never
 * more often than that without new state. In between the loop sleeps in its
 * {@link Waiter}, which state arriving interrupts, instead of drawing as fast as it can: on a
 * software renderer a busy loop takes a whole core from the server it is showing (the embedded
 * one of {@code --local}, or another program on a lab PC). See docs/decisions/0130.
 *
 * <p>One thread (the render thread); allocates nothing.
 */
public final class FramePacer {
    /** Sleeps up to a timeout, returning early when woken (new state, or window events). */
    public interface Waiter {
        void await(long timeoutNanos);
    }

    private final long intervalNanos;
    private final Waiter waiter;
    private long frameStartNanos = Long.MIN_VALUE / 2;

    /**
     * @param intervalNanos the display interval (16.7 ms: 60 Hz)
     */
    public FramePacer(long intervalNanos, Waiter waiter) {
        if (intervalNanos <= 0) {
            throw new IllegalArgumentException("interval must be positive: " + intervalNanos);
        }
        this.intervalNanos = intervalNanos;
        this.waiter = waiter;
    }

    /** How long to wait at {@code nowNanos} before the next frame: 0 when state is pending or a frame is due. */
    public long waitNanos(long nowNanos, boolean statePending) {
        return statePending ? 0 : Math.max(0, frameStartNanos + intervalNanos - nowNanos);
    }

    /**
     * Waits until the next frame is due (returns at once when it is) and marks its start.
     *
     * @param pending whether state is waiting, asked again after each wake-up
     * @return the frame's start, System.nanoTime()
     */
    public long awaitFrame(java.util.function.BooleanSupplier pending) {
        long now = System.nanoTime();
        long wait;
        while ((wait = waitNanos(now, pending.getAsBoolean())) > 0) {
            waiter.await(wait);
            now = System.nanoTime();
        }
        frameStartNanos = now;
        return now;
    }
}
