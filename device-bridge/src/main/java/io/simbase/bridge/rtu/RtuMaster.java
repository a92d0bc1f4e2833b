package io.simbase.bridge.rtu;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.health.LinkState;
import io.simbase.bridge.modbus.Crc16;
import io.simbase.bridge.modbus.Fc;
import io.simbase.bridge.modbus.ModbusTimeoutException;
import io.simbase.bridge.modbus.RtuFraming;
import io.simbase.bridge.serial.SerialLink;
import java.io.IOException;
import java.util.concurrent.locks.LockSupport;

/**
 * The transaction layer of a Modbus RTU master on one serial link, used by one thread.
 *
 * <p>{@link #transact} sends a request and reads exactly the bytes the reply needs: the first
 * byte must come within the response timeout, each further chunk within the inter-byte
 * timeout. A bad CRC, a reply from another unit or a reply that does not fit the request is
 * counted, the input flushed, and the request retried (as is a timeout) up to {@code retries}
 * more times. Two timeouts in a row mark the link offline, one marks it degraded; a good
 * reply marks it online. A vanished port surfaces as {@link IOException} for the caller's
 * reconnect logic.
 *
 * <pre>
 * request  | unit | PDU ... | crc lo | crc hi |
 * reply    | unit | fc | data ... | crc lo | crc hi |     (fc | 0x80, code) for an exception
 * </pre>
 *
 * Allocation-free per transaction on success (jssc's read returns a fresh array).
 */
public final class RtuMaster implements io.simbase.bridge.modbus.Transactor {
    private final SerialLink link;
    private final CommHealth health;
    private final long responseTimeoutNanos;
    private final long byteTimeoutNanos;
    private final int retries;
    private final long pollNanos;
    private final long spinNanos;
    private final byte[] out = new byte[Fc.MAX_RTU_ADU];
    private final byte[] in = new byte[Fc.MAX_RTU_ADU * 2];
    private int consecutiveTimeouts;

    /**
     * A master that waits for replies in {@link SerialLink#awaitInput} from the start of each
     * wait (parking {@code pollNanos} between polls where the link cannot block).
     */
    public RtuMaster(SerialLink link, CommHealth health, long responseTimeoutNanos, long byteTimeoutNanos,
                     int retries, long pollNanos) {
        this(link, health, responseTimeoutNanos, byteTimeoutNanos, retries, pollNanos, 0);
    }

    /**
     * @param spinNanos how long to poll with only a yield in between after sending, before
     *                  sleeping in {@link SerialLink#awaitInput} (or parking {@code pollNanos}
     *                  between polls where the link cannot block): a fast device's reply is seen
     *                  at once, a slow one costs no more than this much CPU per transaction
     */
    public RtuMaster(SerialLink link, CommHealth health, long responseTimeoutNanos, long byteTimeoutNanos,
                     int retries, long pollNanos, long spinNanos) {
        this.spinNanos = spinNanos;
        this.link = link;
        this.health = health;
        this.responseTimeoutNanos = responseTimeoutNanos;
        this.byteTimeoutNanos = byteTimeoutNanos;
        this.retries = retries;
        this.pollNanos = pollNanos;
    }

    public CommHealth health() {
        return health;
    }

    /**
     * Sends {@code pdu[0, pduLen)} to {@code unit} and copies the reply PDU (function code
     * onwards) into {@code reply}; returns its length. An exception reply is returned, not
     * thrown: see {@link io.simbase.bridge.modbus.MasterPdu#isException}. Unit 0 (broadcast)
     * waits for nothing and returns 0.
     *
     * @throws ModbusTimeoutException when no valid reply came after all retries
     * @throws IOException            when the port failed
     */
    @Override
    public int transact(int unit, byte[] pdu, int pduLen, byte[] reply) throws IOException {
        out[0] = (byte) unit;
        System.arraycopy(pdu, 0, out, 1, pduLen);
        int adu = Crc16.append(out, 1 + pduLen);
        for (int attempt = 0; attempt <= retries; attempt++) {
            discardStale();
            health.request();
            long sent = System.nanoTime();
            link.write(out, 0, adu);
            if (unit == 0) {
                return 0;
            }
            int n = receive(unit, (out[1] & 0xFF), sent);
            if (n > 0) {
                long now = System.nanoTime();
                consecutiveTimeouts = 0;
                health.state(LinkState.ONLINE);
                health.reply(now - sent, now);
                if ((in[1] & Fc.EXCEPTION_BIT) != 0) {
                    health.exceptionReply();
                }
                System.arraycopy(in, 1, reply, 0, n - 3);
                return n - 3;
            }
        }
        throw new ModbusTimeoutException(link.name() + ": no valid reply from unit " + unit + " after "
                + (retries + 1) + (retries == 0 ? " attempt" : " attempts"));
    }

    /** Reads one reply; returns the ADU length, or 0 after a timeout or a bad reply (counted). */
    private int receive(int unit, int fc, long sentNanos) throws IOException {
        int len = 0;
        long deadline = sentNanos + responseTimeoutNanos;
        while (true) {
            int avail = link.available();
            long now = System.nanoTime();
            if (avail == 0) {
                if (now - deadline > 0) {
                    if (len > 0) {
                        health.framingError();
                        degraded();
                    } else {
                        timedOut();
                    }
                    return 0;
                }
                if (now - sentNanos < spinNanos) {
                    // Yield rather than spin hot: on a small machine the peer (a local process,
                    // or the USB driver's thread) may need this very core to answer.
                    Thread.yield();
                } else {
                    // a slow device (a real line at 19200 baud answers after milliseconds):
                    // sleep in the kernel until its first byte, or park pollNanos where the link cannot block
                    link.awaitInput(deadline - now, pollNanos);
                }
                continue;
            }
            len += link.read(in, len, Math.min(avail, in.length - len));
            deadline = System.nanoTime() + byteTimeoutNanos;
            int need = RtuFraming.responseLength(in, len);
            if (need == RtuFraming.NEED_MORE || (need > 0 && len < need)) {
                continue;
            }
            if (need == RtuFraming.UNKNOWN || need > Fc.MAX_RTU_ADU || len > need) {
                health.framingError();
                return flush();
            }
            if (!Crc16.check(in, need)) {
                health.crcError();
                return flush();
            }
            if ((in[0] & 0xFF) != unit) {
                health.frameForOtherUnit();
                return flush();
            }
            if ((in[1] & 0x7F) != fc) {
                health.framingError();
                return flush();
            }
            return need;
        }
    }

    private void timedOut() {
        health.timeout();
        consecutiveTimeouts++;
        health.state(consecutiveTimeouts >= 2 ? LinkState.OFFLINE : LinkState.DEGRADED);
    }

    private void degraded() {
        if (health.state() == LinkState.ONLINE) {
            health.state(LinkState.DEGRADED);
        }
    }

    private int flush() throws IOException {
        degraded();
        // Let the rest of a garbled frame arrive, then drop it, so the next reply starts clean.
        long quietSince = System.nanoTime();
        while (System.nanoTime() - quietSince < byteTimeoutNanos) {
            if (link.available() > 0) {
                link.purgeInput();
                quietSince = System.nanoTime();
            }
            LockSupport.parkNanos(pollNanos);
        }
        return 0;
    }

    private void discardStale() throws IOException {
        if (link.available() > 0) {
            link.purgeInput();
            health.framingError();
        }
    }
}
