package io.simbase.viewer.app;

import java.util.concurrent.locks.LockSupport;

/**
 * A {@link FramePacer.Waiter} for a loop without a window (off-screen rendering): it parks the
 * render thread, and {@link #signal} (any thread: the link, when state arrives) unparks it.
 * A signal before the wait is not lost. Allocates nothing.
 */
public final class Wakeup implements FramePacer.Waiter {
    private final Thread owner;
    private volatile boolean signalled;

    /** A wake-up for the calling thread, which is the one that waits. */
    public Wakeup() {
        owner = Thread.currentThread();
    }

    public void signal() {
        signalled = true;
        LockSupport.unpark(owner);
    }

    @Override
    public void await(long timeoutNanos) {
        if (!signalled) {
            LockSupport.parkNanos(this, timeoutNanos);
        }
        signalled = false;
    }
}
