package io.simbase.bridge.rtu;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.health.LinkState;
import io.simbase.bridge.modbus.Crc16;
import io.simbase.bridge.modbus.DataModel;
import io.simbase.bridge.modbus.Fc;
import io.simbase.bridge.modbus.RtuFraming;
import io.simbase.bridge.modbus.SlavePdu;
import io.simbase.bridge.serial.SerialLink;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;

/**
 * A Modbus RTU slave on one serial port, run by its own I/O thread.
 *
 * <p>The thread sleeps in the kernel until the next byte arrives ({@link SerialLink#awaitInput}:
 * {@code poll(2)} on the port's descriptor, as libmodbus waits in {@code select}), so an idle
 * port costs no CPU and a request is answered as soon as its last byte is read. Where the link
 * cannot block it falls back to polling the port every {@code pollNanos} while a master is
 * polling (within a second of the last byte) and every millisecond when the line is idle. It
 * reads exactly the bytes a frame needs (its length is known from the function code), checks the CRC and answers at once.
 * A bad CRC is counted and the input flushed; a partial frame followed by a silence longer
 * than {@code frameGapNanos} is counted as a framing error and dropped, so the line resyncs.
 * Frames for other unit ids are ignored (a shared RS-485 bus); unit 0 is broadcast: writes
 * are applied, nothing is answered. When the port vanishes the slave goes offline and tries
 * to reopen it every {@code reopenNanos}.
 *
 * <p>Steady state allocates nothing in this class (jssc's read returns a fresh array).
 */
public final class RtuSlave implements AutoCloseable {
    /**
     * Where the link cannot block on its descriptor: after this long without a byte the port is
     * polled every {@link #IDLE_POLL_NANOS} only.
     */
    static final long ACTIVE_WINDOW_NANOS = TimeUnit.SECONDS.toNanos(1);
    static final long IDLE_POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    /** Longest sleep in a wait for the first byte of a frame (bounds how long a stop takes to be seen). */
    static final long IDLE_WAIT_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final PortOpener opener;
    private final String portName;
    private final int unit;
    private final DataModel model;
    private final SlavePdu pdu;
    private final CommHealth health;
    private final long frameGapNanos;
    private final long pollNanos;
    private final long reopenNanos;
    private final long idlePollNanos;
    private final byte[] in = new byte[Fc.MAX_RTU_ADU * 2];
    private final byte[] out = new byte[Fc.MAX_RTU_ADU];
    private final Thread thread;
    private volatile boolean running = true;
    private SerialLink link;

    /**
     * @param link          an open link, or null to open it with {@code opener} on the I/O thread
     * @param frameGapNanos silence that ends a partial frame (at least 3.5 characters)
     * @param pollNanos     fallback only (a link that cannot block): how long the I/O thread
     *                      parks when no byte is waiting
     */
    public RtuSlave(SerialLink link, PortOpener opener, String portName, int unit, DataModel model,
                    CommHealth health, long frameGapNanos, long pollNanos, long reopenNanos) {
        if (unit < 1 || unit > 247) {
            throw new IllegalArgumentException("unit id " + unit + " is out of 1..247");
        }
        this.link = link;
        this.opener = opener;
        this.portName = portName;
        this.unit = unit;
        this.model = model;
        this.pdu = new SlavePdu(model);
        this.health = health;
        this.frameGapNanos = frameGapNanos;
        this.pollNanos = pollNanos;
        this.idlePollNanos = Math.max(pollNanos, IDLE_POLL_NANOS);
        this.reopenNanos = reopenNanos;
        this.thread = new Thread(this::run, "rtu-slave " + portName);
        this.thread.setDaemon(true);
        // Only effective with -XX:ThreadPriorityPolicy=1 as root (a lower nice value for the
        // I/O thread, so that a busy machine delays replies less); harmless otherwise.
        this.thread.setPriority(Thread.MAX_PRIORITY);
        if (link != null) {
            health.state(LinkState.ONLINE);
        }
    }

    /** Starts the I/O thread. */
    public RtuSlave start() {
        thread.start();
        return this;
    }

    public CommHealth health() {
        return health;
    }

    public int unit() {
        return unit;
    }

    private void run() {
        while (running) {
            if (link == null && !reopen()) {
                LockSupport.parkNanos(reopenNanos);
                continue;
            }
            try {
                serve();
            } catch (IOException e) {
                health.lastError(e.getMessage());
                health.state(LinkState.OFFLINE);
                link.close();
                link = null;
            }
        }
        if (link != null) {
            link.close();
        }
    }

    private boolean reopen() {
        try {
            link = opener.open();
            health.reconnected();
            health.state(LinkState.ONLINE);
            return true;
        } catch (IOException e) {
            health.lastError(e.getMessage());
            return false;
        }
    }

    /**
     * Serves until stopped; throws when the port fails. Sleeps in {@link SerialLink#awaitInput}
     * until the next byte (at most {@link #IDLE_WAIT_NANOS} when idle, so that a stop is seen;
     * at most the rest of the frame gap inside a partial frame).
     */
    private void serve() throws IOException {
        int len = 0;
        long lastByteNanos = 0;
        while (running) {
            long timeout = len > 0 ? frameGapNanos - (System.nanoTime() - lastByteNanos) : IDLE_WAIT_NANOS;
            long fallbackPoll = System.nanoTime() - lastByteNanos < ACTIVE_WINDOW_NANOS ? pollNanos : idlePollNanos;
            int avail = link.awaitInput(timeout, fallbackPoll);
            if (avail == 0) {
                if (len > 0 && System.nanoTime() - lastByteNanos > frameGapNanos) {
                    len = endOfSilence(len);
                }
                continue;
            }
            int n = link.read(in, len, Math.min(avail, in.length - len));
            lastByteNanos = System.nanoTime();
            len += n;
            len = consumeFrames(len, lastByteNanos);
        }
    }

    /** Serves every complete frame at the start of {@code in}; returns the bytes left. */
    private int consumeFrames(int len, long lastByteNanos) throws IOException {
        while (len > 0) {
            int need = RtuFraming.requestLength(in, len);
            if (need == RtuFraming.UNKNOWN && len > Fc.MAX_RTU_ADU) {
                link.purgeInput(); // no frame is this long: noise without a silence
                health.framingError();
                return 0;
            }
            if (need == RtuFraming.NEED_MORE || need == RtuFraming.UNKNOWN) {
                return len; // unknown function codes end at the next silence
            }
            // Flush before counting, so that whoever sees the count knows the line is clean.
            if (need > Fc.MAX_RTU_ADU) {
                link.purgeInput();
                health.framingError();
                return 0;
            }
            if (len < need) {
                return len;
            }
            if (!Crc16.check(in, need)) {
                link.purgeInput();
                health.crcError();
                return 0;
            }
            serveFrame(need, lastByteNanos);
            System.arraycopy(in, need, in, 0, len - need);
            len -= need;
        }
        return 0;
    }

    /** A partial frame met a silence: serve it if it is a whole frame of unknown length, else drop it. */
    private int endOfSilence(int len) throws IOException {
        if (RtuFraming.requestLength(in, len) == RtuFraming.UNKNOWN && len >= 4 && Crc16.check(in, len)) {
            serveFrame(len, System.nanoTime());
        } else {
            health.framingError();
        }
        return 0;
    }

    private void serveFrame(int frameLen, long lastByteNanos) throws IOException {
        int addressed = in[0] & 0xFF;
        if (addressed != unit && addressed != 0) {
            health.frameForOtherUnit();
            return;
        }
        health.request();
        long before = pdu.exceptions();
        int pduLen = pdu.handle(in, 1, frameLen - 3, out, 1);
        boolean exception = pdu.exceptions() != before;
        if (addressed == 0) {
            return; // broadcast: applied, never answered
        }
        out[0] = (byte) unit;
        int total = Crc16.append(out, 1 + pduLen);
        long now = System.nanoTime();
        link.write(out, 0, total);
        if (exception) {
            health.exceptionReply();
        }
        health.reply(now - lastByteNanos, now);
    }

    @Override
    public void close() {
        running = false;
        if (thread.isAlive() && Thread.currentThread() != thread) {
            try {
                thread.join(TimeUnit.SECONDS.toMillis(2));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (!thread.isAlive() && link != null) {
            link.close();
            link = null;
        }
    }

    @Override
    public String toString() {
        return "RTU slave " + portName + " unit " + unit;
    }
}
