package io.simbase.bridge.rtu;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.master.MasterPoller;
import io.simbase.bridge.serial.SerialLink;
import java.io.IOException;
import java.util.concurrent.TimeUnit;

/** A serial port and the RTU master on it, as one {@link MasterPoller.Connection}. */
public final class RtuConnection implements MasterPoller.Connection {
    /** Yield-poll this long after each request before parking (see {@link RtuMaster}). */
    public static final long SPIN_NANOS = TimeUnit.MICROSECONDS.toNanos(200);
    public static final long POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(50);

    private final SerialLink link;
    private final RtuMaster master;

    public RtuConnection(SerialLink link, CommHealth health, long responseTimeoutNanos, long byteTimeoutNanos,
                         int retries) {
        this.link = link;
        this.master = new RtuMaster(link, health, responseTimeoutNanos, byteTimeoutNanos, retries, POLL_NANOS, SPIN_NANOS);
    }

    /** A connector that opens the port afresh each time (after an unplug). */
    public static MasterPoller.Connector connector(PortOpener opener, CommHealth health, long responseTimeoutNanos,
                                                   long byteTimeoutNanos, int retries) {
        return () -> new RtuConnection(opener.open(), health, responseTimeoutNanos, byteTimeoutNanos, retries);
    }

    @Override
    public int transact(int unit, byte[] pdu, int pduLen, byte[] reply) throws IOException {
        return master.transact(unit, pdu, pduLen, reply);
    }

    @Override
    public void close() {
        link.close();
    }
}
