package io.simbase.bridge.serial;

import java.io.IOException;

/**
 * A byte pipe to one serial port, used by exactly one I/O thread. Reads never block: the thread
 * waits for input with {@link #awaitInput} (a bounded wait) or polls {@link #available()} on its
 * own schedule, so an unplugged port shows as an {@link IOException} from {@code available()}
 * instead of a read that hangs.
 */
public interface SerialLink extends AutoCloseable {
    /** Bytes waiting in the input buffer; throws when the port is gone. */
    int available() throws IOException;

    /**
     * Waits until input is available, the line fails or {@code timeoutNanos} pass, and returns
     * {@link #available()} (0 on timeout). Where the link cannot block on its descriptor it parks
     * at most {@code fallbackPollNanos} instead (the caller then simply calls again).
     */
    int awaitInput(long timeoutNanos, long fallbackPollNanos) throws IOException;

    /** Reads up to {@code max} bytes that are already available into {@code dst[off]}; returns the count. */
    int read(byte[] dst, int off, int max) throws IOException;

    /** Writes {@code src[off, off + len)}. */
    void write(byte[] src, int off, int len) throws IOException;

    /** Drops whatever is waiting in the input buffer. */
    void purgeInput() throws IOException;

    /** The device path. */
    String name();

    @Override
    void close();
}
