package io.simbase.server.rig;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.health.Watchdog;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.map.TagImage;
import io.simbase.bridge.map.WireImage;
import io.simbase.bridge.plant.PlantIo;
import io.simbase.bridge.rig.RigFile;
import io.simbase.bridge.master.MasterPoller;
import io.simbase.bridge.modbus.WriteGuard;
import io.simbase.bridge.rtu.RtuConnection;
import io.simbase.bridge.tcp.ModbusTcpClient;
import io.simbase.bridge.rtu.RtuSlave;
import io.simbase.bridge.serial.JsscSerialLink;
import io.simbase.bridge.serial.LineSettings;
import io.simbase.bridge.tcp.ModbusTcpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * One rig attached to a plant: the link that its file describes (RTU slave, TCP server, or a
 * master poller over RTU or TCP) and, for a slave, its comm-loss watchdog. Validates and opens
 * everything in {@link #open} (a port that cannot be opened is a {@link RigLinkException})
 * before any thread starts. The server binds a rig to a session the same way, with the session's
 * {@link PlantIo}; {@link #health()} is the live status to show.
 */
public final class RigLink implements AutoCloseable {
    /** Silence that ends a partial RTU frame, at least; longer at low baud rates (3.5 characters). */
    static final long MIN_FRAME_GAP_NANOS = TimeUnit.MILLISECONDS.toNanos(20);
    static final long SLAVE_POLL_NANOS = TimeUnit.MICROSECONDS.toNanos(50);
    static final long REOPEN_NANOS = TimeUnit.MILLISECONDS.toNanos(500);
    static final int MAX_TCP_CONNECTIONS = 16;

    private final RigFile rig;
    private final CommHealth health = new CommHealth();
    private final WireImage wire;
    private AutoCloseable link;
    private Watchdog watchdog;
    /** A guarded endpoint's watchdog, made when {@link #armWatchdog} is first called. */
    private java.util.function.Supplier<Watchdog> deferredWatchdog;
    private boolean closed;
    private String description;

    private RigLink(RigFile rig, RegisterMap map) {
        this.rig = rig;
        this.wire = new WireImage(map);
    }

    public static RigLink open(RigFile rig, RegisterMap map, PlantIo plant, Watchdog.Listener events)
            throws RigLinkException {
        RigLink r = new RigLink(rig, map);
        r.openLink(map, plant);
        if (rig.role() == RigFile.Role.SLAVE && rig.watchdogMillis() > 0) {
            Watchdog.SafeState safe = rig.safeState() == RigFile.SafeState.ZERO
                    ? Watchdog.SafeState.ZERO : Watchdog.SafeState.HOLD;
            r.watchdog = new Watchdog(r.health, plant, map, safe, TimeUnit.MILLISECONDS.toNanos(rig.watchdogMillis()),
                    events, rig.name());
        }
        return r;
    }

    /**
     * A session's own-PLC endpoint: a Modbus TCP slave on {@code rig}'s host and port over
     * {@code map}, answering any unit id, with connections admitted and writes allowed by
     * {@code gate}. Its watchdog ({@code rig}'s period and safe state) starts only with {@link
     * #armWatchdog}, when a PLC has claimed the endpoint, so an endpoint no PLC has reached yet
     * reports no comm loss.
     */
    public static RigLink openGuarded(RigFile rig, RegisterMap map, PlantIo plant, Watchdog.Listener events,
                                      PeerGate gate) throws RigLinkException {
        RigLink r = new RigLink(rig, map);
        try {
            ModbusTcpServer server = new ModbusTcpServer(new InetSocketAddress(rig.tcpHost(), rig.tcpPort()),
                    ModbusTcpServer.ANY_UNIT, remote -> new WriteGuard(new TagImage(plant, map, r.wire), gate.writer(remote)),
                    gate::admit, r.health, MAX_TCP_CONNECTIONS);
            r.link = server;
            r.description = "Modbus TCP on " + rig.tcpHost() + ":" + server.port() + listenScope(rig.tcpHost())
                    + " (any unit id)";
        } catch (IOException e) {
            throw new RigLinkException("cannot listen on " + rig.endpoint() + ": " + e.getMessage(), false, e);
        }
        if (rig.watchdogMillis() > 0) {
            Watchdog.SafeState safe = rig.safeState() == RigFile.SafeState.ZERO
                    ? Watchdog.SafeState.ZERO : Watchdog.SafeState.HOLD;
            r.deferredWatchdog = () -> new Watchdog(r.health, plant, map, safe,
                    TimeUnit.MILLISECONDS.toNanos(rig.watchdogMillis()), events, rig.name());
        }
        return r;
    }

    /** Starts a guarded endpoint's watchdog, once; any thread. */
    public synchronized void armWatchdog() {
        if (watchdog == null && deferredWatchdog != null && !closed) {
            watchdog = deferredWatchdog.get().start();
        }
    }

    /** The TCP port a TCP slave listens on; 0 for other links. */
    public int tcpPort() {
        return link instanceof ModbusTcpServer t ? t.port() : 0;
    }

    private void openLink(RegisterMap map, PlantIo plant) throws RigLinkException {
        if (rig.role() == RigFile.Role.MASTER) {
            MasterPoller.Connector connector;
            if (rig.isSerial()) {
                LineSettings ls = rig.serial();
                openSerial(ls).close(); // checks that the port exists; the poller opens its own
                connector = RtuConnection.connector(() -> JsscSerialLink.open(ls), health,
                        ms(rig.responseTimeoutMillis()), ms(rig.byteTimeoutMillis()), rig.retries());
                description = "Modbus RTU master on " + ls.device() + " (" + ls.describe() + ", unit " + rig.unit();
            } else {
                connector = () -> ModbusTcpClient.connect(rig.tcpHost(), rig.tcpPort(), health,
                        ms(rig.responseTimeoutMillis()), rig.retries());
                description = "Modbus TCP master to " + rig.endpoint() + " (unit " + rig.unit();
            }
            link = new MasterPoller(connector, rig.name(), rig.unit(), map, plant, health, ms(rig.pollMillis()),
                    REOPEN_NANOS, wire);
            description += ", every " + rig.pollMillis() + " ms)";
        } else if (rig.isSerial()) {
            LineSettings ls = rig.serial();
            long gap = Math.max(MIN_FRAME_GAP_NANOS, Math.max(ms(rig.byteTimeoutMillis()), ls.charNanos() * 7 / 2));
            link = new RtuSlave(openSerial(ls), () -> JsscSerialLink.open(ls), ls.device(), rig.unit(),
                    new TagImage(plant, map, wire), health, gap, SLAVE_POLL_NANOS, REOPEN_NANOS);
            description = "Modbus RTU on " + ls.device() + " (" + ls.describe() + ", unit " + rig.unit() + ")";
        } else {
            try {
                ModbusTcpServer server = new ModbusTcpServer(new InetSocketAddress(rig.tcpHost(), rig.tcpPort()),
                        rig.unit(), () -> new TagImage(plant, map, wire), health, MAX_TCP_CONNECTIONS);
                link = server;
                description = "Modbus TCP on " + rig.tcpHost() + ":" + server.port() + listenScope(rig.tcpHost())
                        + " (unit " + rig.unit() + ")";
            } catch (IOException e) {
                throw new RigLinkException("cannot listen on " + rig.endpoint() + ": " + e.getMessage(), false, e);
            }
        }
    }

    /** Starts the link's threads. */
    public void start() {
        if (link instanceof RtuSlave s) {
            s.start();
        } else if (link instanceof ModbusTcpServer t) {
            t.start();
        } else if (link instanceof MasterPoller p) {
            p.start();
        }
        if (watchdog != null && deferredWatchdog == null) {
            watchdog.start(); // a guarded endpoint's starts in armWatchdog
        }
    }

    public CommHealth health() {
        return health;
    }

    /** The last raw words on the wire at each mapped address. */
    public WireImage wire() {
        return wire;
    }

    /** How far a TCP rig's listening address reaches, for the start-up line. */
    private static String listenScope(String host) {
        if (host.equals("0.0.0.0") || host.equals("::")) {
            return " (every interface: a lab PLC can connect; restrict with host: in the rig file or rig serve --bind)";
        }
        if (host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1")) {
            return " (this machine only)";
        }
        return "";
    }

    public synchronized String description() {
        return description + (watchdog != null ? ", watchdog " + rig.watchdogMillis() + " ms to "
                + rig.safeState().name().toLowerCase(Locale.ROOT) : "");
    }

    static JsscSerialLink openSerial(LineSettings ls) throws RigLinkException {
        try {
            return JsscSerialLink.open(ls);
        } catch (IOException e) {
            throw new RigLinkException("cannot open serial port " + e.getMessage(), true, e);
        }
    }

    private static long ms(long millis) {
        return TimeUnit.MILLISECONDS.toNanos(millis);
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (watchdog != null) {
                watchdog.close();
            }
        }
        try {
            link.close();
        } catch (Exception ignored) {
            // stopping
        }
    }
}
