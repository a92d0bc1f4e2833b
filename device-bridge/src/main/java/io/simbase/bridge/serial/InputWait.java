package io.simbase.bridge.serial;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLong;
import com.sun.jna.Pointer;
import java.lang.reflect.Field;
import jssc.SerialPort;

/**
 * A blocking wait for input on one open jssc port: the I/O thread sleeps in the kernel's
 * {@code poll(2)} on the port's file descriptor and wakes when the first byte arrives, instead
 * of parking for a fixed period and asking again. libmodbus waits the same way ({@code select}).
 *
 * <p>jssc exposes no descriptor and no blocking wait with a timeout (its timed read busy-spins,
 * its untimed read cannot be interrupted), so this class reads jssc's private {@code portHandle}
 * (the descriptor on Linux and macOS) once, at open. When that is not possible (another jssc
 * version, Windows, no JNA native library) {@link #open} returns null and the link falls back
 * to parking between polls of the byte count; the reason is in {@link #UNAVAILABLE}.
 *
 * <p>One instance per link, used by the link's I/O thread only. Allocates nothing per wait (the
 * {@code struct pollfd} is one native block reused). The wait's resolution is a millisecond,
 * rounded up; readiness is reported at once whatever the timeout.
 *
 * <pre>
 * struct pollfd | int fd | short events = POLLIN | short revents |
 * </pre>
 */
final class InputWait {
    private static final short POLLIN = 0x1;
    private static final short POLL_FAILED = 0x8 | 0x10 | 0x20; // POLLERR | POLLHUP | POLLNVAL
    private static final NativeLong ONE = new NativeLong(1);

    /** Why waits on descriptors are unavailable in this JVM, or null when they work. */
    static final String UNAVAILABLE;
    private static final Field PORT_HANDLE;

    static {
        String why = null;
        Field handle = null;
        try {
            if (System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).startsWith("windows")) {
                throw new UnsupportedOperationException("jssc's port handle is not a descriptor on Windows");
            }
            Native.register(InputWait.class, "c");
            handle = SerialPort.class.getDeclaredField("portHandle");
            handle.setAccessible(true);
        } catch (LinkageError | ReflectiveOperationException | RuntimeException e) {
            why = e.toString();
            handle = null;
        }
        UNAVAILABLE = why;
        PORT_HANDLE = handle;
    }

    private static native int poll(Pointer fds, NativeLong nfds, int timeoutMillis);

    private final Memory pollfd = new Memory(8);

    private InputWait(int fd) {
        pollfd.setInt(0, fd);
        pollfd.setShort(4, POLLIN);
    }

    /** A wait on {@code port}'s descriptor, or null when descriptors are not available (see above). */
    static InputWait open(SerialPort port) {
        if (PORT_HANDLE == null) {
            return null;
        }
        try {
            long fd = PORT_HANDLE.getLong(port);
            return fd >= 0 && fd <= Integer.MAX_VALUE ? new InputWait((int) fd) : null;
        } catch (IllegalAccessException | IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Sleeps until input is readable, the line failed (hang-up, error) or {@code timeoutNanos}
     * passed. Returns true when the descriptor is ready (readable or failed: the caller's next
     * read or byte count tells which), false on timeout or an interrupted wait.
     */
    boolean await(long timeoutNanos) {
        int millis = (int) Math.min(Integer.MAX_VALUE, Math.max(0, (timeoutNanos + 999_999) / 1_000_000));
        pollfd.setShort(6, (short) 0);
        int n = poll(pollfd, ONE, millis);
        return n > 0;
    }

    /** True when the last {@link #await} woke for a hang-up or an error rather than for input. */
    boolean failed() {
        return (pollfd.getShort(6) & POLL_FAILED) != 0;
    }
}
