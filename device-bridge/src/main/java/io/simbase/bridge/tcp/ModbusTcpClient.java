package io.simbase.bridge.tcp;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.health.LinkState;
import io.simbase.bridge.modbus.Fc;
import io.simbase.bridge.modbus.ModbusTimeoutException;
import io.simbase.bridge.master.MasterPoller;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.util.concurrent.TimeUnit;

/**
 * A Modbus TCP client (master) on one blocking socket, used by one thread. Each request gets
 * the next transaction id; a reply with an older id (a late answer to a timed-out request) is
 * counted and skipped, so it is never taken for the current one. A timeout is retried up to
 * {@code retries} times on the same connection; two timeouts in a row mark the link offline.
 * A broken connection is an {@link IOException} and the caller reconnects.
 *
 * <pre>
 * | transaction id (2) | protocol 0 (2) | length = 1 + PDU (2) | unit (1) | PDU ... |
 * </pre>
 * Allocation-free per transaction.
 */
public final class ModbusTcpClient implements MasterPoller.Connection {
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;
    private final CommHealth health;
    private long responseTimeoutNanos;
    private final int retries;
    private final byte[] tx = new byte[7 + Fc.MAX_PDU];
    private final byte[] rx = new byte[7 + Fc.MAX_PDU];
    private int transactionId;
    private int consecutiveTimeouts;
    private boolean framePartlyRead;

    private ModbusTcpClient(Socket socket, CommHealth health, long responseTimeoutNanos, int retries) throws IOException {
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
        this.health = health;
        this.responseTimeoutNanos = responseTimeoutNanos;
        this.retries = retries;
    }

    /** Connects within the response timeout. */
    public static ModbusTcpClient connect(String host, int port, CommHealth health, long responseTimeoutNanos,
                                          int retries) throws IOException {
        Socket s = new Socket();
        try {
            s.setTcpNoDelay(true);
            s.connect(new InetSocketAddress(host, port), (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(responseTimeoutNanos)));
        } catch (IOException e) {
            s.close();
            throw new IOException(host + ":" + port + ": " + e.getMessage(), e);
        }
        return new ModbusTcpClient(s, health, responseTimeoutNanos, retries);
    }

    /** Changes the response timeout for the following transactions (same thread). */
    public void responseTimeoutNanos(long nanos) {
        if (nanos <= 0) {
            throw new IllegalArgumentException("response timeout must be positive");
        }
        responseTimeoutNanos = nanos;
    }

    @Override
    public int transact(int unit, byte[] pdu, int pduLen, byte[] reply) throws IOException {
        for (int attempt = 0; attempt <= retries; attempt++) {
            transactionId = (transactionId + 1) & 0xFFFF;
            tx[0] = (byte) (transactionId >>> 8);
            tx[1] = (byte) transactionId;
            tx[2] = 0;
            tx[3] = 0;
            tx[4] = (byte) ((pduLen + 1) >>> 8);
            tx[5] = (byte) (pduLen + 1);
            tx[6] = (byte) unit;
            System.arraycopy(pdu, 0, tx, 7, pduLen);
            health.request();
            long sent = System.nanoTime();
            out.write(tx, 0, 7 + pduLen);
            out.flush();
            int n = receive(sent);
            if (n > 0) {
                long now = System.nanoTime();
                consecutiveTimeouts = 0;
                health.state(LinkState.ONLINE);
                health.reply(now - sent, now);
                if ((rx[7] & Fc.EXCEPTION_BIT) != 0) {
                    health.exceptionReply();
                }
                System.arraycopy(rx, 7, reply, 0, n);
                return n;
            }
            health.timeout();
            consecutiveTimeouts++;
            health.state(consecutiveTimeouts >= 2 ? LinkState.OFFLINE : LinkState.DEGRADED);
        }
        throw new ModbusTimeoutException(socket.getRemoteSocketAddress() + ": no reply from unit " + unit
                + " after " + (retries + 1) + (retries == 0 ? " attempt" : " attempts"));
    }

    /** Reads replies until the one for the current transaction; returns its PDU length, 0 on timeout. */
    private int receive(long sentNanos) throws IOException {
        while (true) {
            long left = sentNanos + responseTimeoutNanos - System.nanoTime();
            if (left <= 0) {
                return 0;
            }
            socket.setSoTimeout((int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(left)));
            framePartlyRead = false;
            try {
                readFully(rx, 0, 7);
                int length = ((rx[4] & 0xFF) << 8) | (rx[5] & 0xFF);
                if (rx[2] != 0 || rx[3] != 0 || length < 2 || length > 1 + Fc.MAX_PDU) {
                    health.framingError();
                    throw new IOException(socket.getRemoteSocketAddress() + ": not a Modbus TCP reply");
                }
                readFully(rx, 7, length - 1);
                int id = ((rx[0] & 0xFF) << 8) | (rx[1] & 0xFF);
                if (id != transactionId) {
                    health.framingError(); // a late reply to an earlier, timed-out request
                    continue;
                }
                return length - 1;
            } catch (SocketTimeoutException e) {
                if (framePartlyRead) {
                    // the stream is now out of step with the frames: start a new connection
                    throw new IOException(socket.getRemoteSocketAddress() + ": reply cut short", e);
                }
                return 0;
            }
        }
    }

    private void readFully(byte[] b, int off, int n) throws IOException {
        int got = 0;
        while (got < n) {
            int r = in.read(b, off + got, n - got);
            if (r < 0) {
                throw new IOException(socket.getRemoteSocketAddress() + ": connection closed");
            }
            got += r;
            framePartlyRead = true;
        }
    }

    @Override
    public void close() {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing
        }
    }
}
