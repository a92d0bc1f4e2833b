package io.simbase.bridge.serial;

import java.io.IOException;
import java.util.concurrent.locks.LockSupport;
import jssc.SerialPort;
import jssc.SerialPortException;

/**
 * A {@link SerialLink} on jssc. Known jssc behaviour this class designs around:
 * <ul>
 * <li>on a pseudo-terminal {@code setParams} returns false although the settings are applied,
 *     so its result is not treated as failure;</li>
 * <li>{@code readBytes(n, timeout)} busy-spins while waiting, and a blocking read hangs after
 *     an unplug: this class only reads bytes that {@code getInputBufferBytesCount} reported;</li>
 * <li>after an unplug {@code getInputBufferBytesCount} and writes throw "Input/output error",
 *     which surfaces as {@link IOException} for the caller's reconnect logic;</li>
 * <li>it has no bounded blocking wait: {@link #awaitInput} sleeps in {@code poll(2)} on the
 *     port's descriptor ({@link InputWait}), or parks where that is unavailable.</li>
 * </ul>
 * jssc returns a fresh array from each read; writes of up to {@link #MAX_WRITE} bytes reuse
 * one exact-size array per length, so this class allocates nothing per frame for writes.
 */
public final class JsscSerialLink implements SerialLink {
    /** Longest write served without allocation (a Modbus RTU ADU). */
    public static final int MAX_WRITE = 256;

    /** After a wake-up for a hang-up with nothing to read, wait this long before asking again (no spin). */

    private final SerialPort port;
    private final InputWait inputWait;
    private final byte[][] writeBuffers = new byte[MAX_WRITE + 1][];

    private JsscSerialLink(SerialPort port, boolean waitOnDescriptor) {
        this.port = port;
        this.inputWait = waitOnDescriptor ? InputWait.open(port) : null;
    }

    /** True when {@link #awaitInput} blocks on the port's descriptor rather than parking. */
    public boolean blocksOnDescriptor() {
        return inputWait != null;
    }

    /** Opens and configures a port; throws {@link IOException} with the device and the reason. */
    public static JsscSerialLink open(LineSettings s) throws IOException {
        return open(s, true);
    }

    /**
     * As {@link #open(LineSettings)}; with {@code waitOnDescriptor} false, {@link #awaitInput}
     * always parks and polls (the behaviour before the blocking wait, kept for benchmarks).
     */
    public static JsscSerialLink open(LineSettings s, boolean waitOnDescriptor) throws IOException {
        JsscInit.ensure();
        SerialPort port = new SerialPort(s.device());
        try {
            if (!port.openPort()) {
                throw new IOException(s.device() + ": cannot open");
            }
        } catch (SerialPortException e) {
            throw new IOException(s.device() + ": " + reason(e), e);
        }
        try {
            int parity = switch (s.parity()) {
                case NONE -> SerialPort.PARITY_NONE;
                case EVEN -> SerialPort.PARITY_EVEN;
                case ODD -> SerialPort.PARITY_ODD;
            };
            int stop = s.stopBits() == 2 ? SerialPort.STOPBITS_2 : SerialPort.STOPBITS_1;
            // Returns false on a pty even though the settings were applied: ignore the result.
            port.setParams(s.baud(), s.dataBits(), stop, parity);
            port.purgePort(SerialPort.PURGE_RXCLEAR | SerialPort.PURGE_TXCLEAR);
        } catch (SerialPortException e) {
            closeQuietly(port);
            throw new IOException(s.device() + ": " + reason(e), e);
        }
        return new JsscSerialLink(port, waitOnDescriptor);
    }

    @Override
    public int available() throws IOException {
        try {
            int n = port.getInputBufferBytesCount();
            if (n < 0) {
                // jssc reports a failed FIONREAD as -1 rather than throwing: the line hung up
                // (a pty whose other end closed, an unplugged adapter). Without this the slave
                // spun on a dead descriptor and never went offline.
                throw new IOException(port.getPortName() + ": the port no longer answers (hung up or removed)");
            }
            return n;
        } catch (SerialPortException e) {
            throw new IOException(port.getPortName() + ": " + reason(e), e);
        }
    }

    @Override
    public int awaitInput(long timeoutNanos, long fallbackPollNanos) throws IOException {
        int n = available();
        if (n > 0 || timeoutNanos <= 0) {
            return n;
        }
        if (inputWait == null) {
            LockSupport.parkNanos(Math.min(timeoutNanos, fallbackPollNanos));
            return available();
        }
        boolean ready = inputWait.await(timeoutNanos);
        n = available();
        if (ready && n == 0 && inputWait.failed()) {
            // POLLHUP/POLLERR/POLLNVAL with nothing to read: the line is gone (the other end of a
            // pty closed, an adapter was pulled). Say so, so that the caller goes offline and
            // reopens, instead of waking at once forever on a descriptor that stays "ready".
            throw new IOException(port.getPortName() + ": the line hung up");
        }
        return n;
    }

    @Override
    public int read(byte[] dst, int off, int max) throws IOException {
        try {
            int n = Math.min(max, available());
            if (n == 0) {
                return 0;
            }
            byte[] got = port.readBytes(n);
            if (got == null) {
                return 0;
            }
            System.arraycopy(got, 0, dst, off, got.length);
            return got.length;
        } catch (SerialPortException e) {
            throw new IOException(port.getPortName() + ": " + reason(e), e);
        }
    }

    @Override
    public void write(byte[] src, int off, int len) throws IOException {
        byte[] exact;
        if (len <= MAX_WRITE) {
            exact = writeBuffers[len];
            if (exact == null) {
                exact = new byte[len];
                writeBuffers[len] = exact;
            }
        } else {
            exact = new byte[len];
        }
        System.arraycopy(src, off, exact, 0, len);
        try {
            if (!port.writeBytes(exact)) {
                throw new IOException(port.getPortName() + ": write failed");
            }
        } catch (SerialPortException e) {
            throw new IOException(port.getPortName() + ": " + reason(e), e);
        }
    }

    @Override
    public void purgeInput() throws IOException {
        try {
            port.purgePort(SerialPort.PURGE_RXCLEAR);
        } catch (SerialPortException e) {
            throw new IOException(port.getPortName() + ": " + reason(e), e);
        }
    }

    @Override
    public String name() {
        return port.getPortName();
    }

    @Override
    public void close() {
        closeQuietly(port);
    }

    private static void closeQuietly(SerialPort port) {
        try {
            if (port.isOpened()) {
                port.closePort();
            }
        } catch (SerialPortException | RuntimeException ignored) {
            // closing a vanished port can fail; the handle is released either way
        }
    }

    private static String reason(SerialPortException e) {
        String t = e.getExceptionType();
        return t != null ? t : e.getMessage();
    }
}
