/**
 * Pacing on absolute deadlines for the threads that run on a period: the real-time runner of
 * {@code rig serve}, the master poller, and (later) the server's sim threads. Times are
 * {@link java.lang.System#nanoTime()} nanoseconds; nothing here allocates.
 */
package io.simbase.bridge.time;
