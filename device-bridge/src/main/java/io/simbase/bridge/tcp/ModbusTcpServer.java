package io.simbase.bridge.tcp;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.health.LinkState;
import io.simbase.bridge.modbus.DataModel;
import io.simbase.bridge.modbus.Fc;
import io.simbase.bridge.modbus.SlavePdu;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A Modbus TCP server (slave) for Ethernet PLCs: an accept thread and one blocking I/O thread
 * per connection, each with its own {@link DataModel} and buffers, so serving a request
 * allocates nothing. PLC connections are few and long-lived; a thread each is simpler and
 * faster here than an event loop.
 *
 * <pre>
 * MBAP header  | transaction id (2) | protocol id = 0 (2) | length (2) = 1 + PDU | unit (1) |
 * then PDU     | fc | data ... |
 * </pre>
 *
 * A header with a protocol id other than 0 or a length outside 2..254 closes that connection
 * (the stream cannot be resynced); a unit id other than the server's, 0 or 255 gets exception
 * 0x0B (gateway target failed to respond), unless the server answers {@link #ANY_UNIT}. A peer
 * that the admission test refuses is disconnected at accept. Other connections never notice.
 */
public final class ModbusTcpServer implements AutoCloseable {
    /** Default port: 502 needs root. */
    public static final int DEFAULT_PORT = 5020;
    /** Unit id of a server that answers every unit id (S7 MB_CLIENT and CODESYS send 255, most others 1). */
    public static final int ANY_UNIT = -1;
    private static final int EX_GATEWAY_TARGET_FAILED = 0x0B;

    private final int unit;
    private final Function<InetSocketAddress, DataModel> models;
    private final Predicate<InetSocketAddress> admit;
    private final CommHealth health;
    private final int maxConnections;
    private final ServerSocket server;
    private final Thread acceptThread;
    private final Set<Socket> connections = ConcurrentHashMap.newKeySet();
    private final AtomicInteger connectionCount = new AtomicInteger();
    private volatile boolean running = true;

    /**
     * Binds at once (so a port in use fails here, before any thread starts); {@link #start()}
     * begins accepting.
     */
    public ModbusTcpServer(InetSocketAddress bind, int unit, Supplier<DataModel> models, CommHealth health,
                           int maxConnections) throws IOException {
        this(bind, unit, remote -> models.get(), remote -> true, health, maxConnections);
    }

    /**
     * As above, with a model made for each connection's remote address (on the accept thread)
     * and an admission test run first: a refused peer is closed at once.
     */
    public ModbusTcpServer(InetSocketAddress bind, int unit, Function<InetSocketAddress, DataModel> models,
                           Predicate<InetSocketAddress> admit, CommHealth health, int maxConnections)
            throws IOException {
        this.unit = unit;
        this.models = models;
        this.admit = admit;
        this.health = health;
        this.maxConnections = maxConnections;
        this.server = new ServerSocket();
        this.server.setReuseAddress(true);
        this.server.bind(bind);
        this.acceptThread = new Thread(this::acceptLoop, "modbus-tcp accept :" + port());
        this.acceptThread.setDaemon(true);
    }

    public ModbusTcpServer start() {
        health.state(LinkState.ONLINE);
        acceptThread.start();
        return this;
    }

    /** The bound port (useful when bound to port 0). */
    public int port() {
        return server.getLocalPort();
    }

    public CommHealth health() {
        return health;
    }

    /** Open connections. */
    public int connections() {
        return connectionCount.get();
    }

    private void acceptLoop() {
        while (running) {
            Socket s;
            try {
                s = server.accept();
            } catch (IOException e) {
                if (running) {
                    health.lastError("accept: " + e.getMessage());
                }
                continue;
            }
            InetSocketAddress remote = (InetSocketAddress) s.getRemoteSocketAddress();
            if (!admit.test(remote)) {
                health.lastError("refused connection from " + remote.getAddress().getHostAddress());
                closeQuietly(s);
                continue;
            }
            if (connectionCount.incrementAndGet() > maxConnections) {
                connectionCount.decrementAndGet();
                closeQuietly(s);
                continue;
            }
            connections.add(s);
            DataModel model = models.apply(remote);
            Thread t = new Thread(() -> serve(s, model), "modbus-tcp " + remote);
            t.setDaemon(true);
            t.start();
        }
    }

    private void serve(Socket s, DataModel model) {
        byte[] in = new byte[7 + Fc.MAX_PDU];
        byte[] out = new byte[7 + Fc.MAX_PDU];
        SlavePdu pdu = new SlavePdu(model);
        try (s) {
            s.setTcpNoDelay(true);
            InputStream is = s.getInputStream();
            OutputStream os = s.getOutputStream();
            while (running) {
                if (!readFully(is, in, 0, 7)) {
                    return; // peer closed between requests
                }
                long startNanos = System.nanoTime();
                int protocol = u16(in, 2);
                int length = u16(in, 4);
                if (protocol != 0 || length < 2 || length > 1 + Fc.MAX_PDU) {
                    health.framingError();
                    return;
                }
                if (!readFully(is, in, 7, length - 1)) {
                    health.framingError();
                    return;
                }
                health.request();
                int unitId = in[6] & 0xFF;
                int pduLen;
                boolean exception;
                if (unit != ANY_UNIT && unitId != unit && unitId != 0 && unitId != 0xFF) {
                    out[7] = (byte) (in[7] | Fc.EXCEPTION_BIT);
                    out[8] = (byte) EX_GATEWAY_TARGET_FAILED;
                    pduLen = 2;
                    exception = true;
                } else {
                    long before = pdu.exceptions();
                    pduLen = pdu.handle(in, 7, length - 1, out, 7);
                    exception = pdu.exceptions() != before;
                }
                System.arraycopy(in, 0, out, 0, 4); // transaction and protocol id
                out[4] = (byte) ((pduLen + 1) >>> 8);
                out[5] = (byte) (pduLen + 1);
                out[6] = (byte) unitId;
                os.write(out, 0, 7 + pduLen);
                os.flush();
                if (exception) {
                    health.exceptionReply();
                }
                long now = System.nanoTime();
                health.reply(now - startNanos, now);
            }
        } catch (SocketException | EOFException e) {
            // connection reset or closed by stop(): nothing to report
        } catch (IOException e) {
            health.lastError(e.getMessage());
        } finally {
            connections.remove(s);
            connectionCount.decrementAndGet();
        }
    }

    /** Reads exactly {@code n} bytes; false on a clean end of stream before the first byte. */
    private static boolean readFully(InputStream is, byte[] b, int off, int n) throws IOException {
        int got = 0;
        while (got < n) {
            int r = is.read(b, off + got, n - got);
            if (r < 0) {
                if (got == 0) {
                    return false;
                }
                throw new EOFException("connection closed inside a frame");
            }
            got += r;
        }
        return true;
    }

    private static int u16(byte[] b, int i) {
        return ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
    }

    private static void closeQuietly(Socket s) {
        try {
            s.close();
        } catch (IOException ignored) {
            // already gone
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            server.close();
        } catch (IOException ignored) {
            // closing
        }
        for (Socket s : connections) {
            closeQuietly(s);
        }
        try {
            acceptThread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        health.state(LinkState.OFFLINE);
    }
}
