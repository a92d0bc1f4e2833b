package io.simbase.server.rig;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.health.Watchdog;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.plant.WireWrite;
import io.simbase.bridge.rig.RigException;
import io.simbase.bridge.rig.RigFile;
import io.simbase.bridge.rig.RigFiles;
import io.simbase.bridge.map.DefaultModbusMap;
import io.simbase.engine.io.TagDef;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.IoMapRow;
import io.simbase.protocol.v1.OwnPlcEndpoint;
import io.simbase.protocol.v1.RigStatus;
import io.simbase.server.session.BoundRig;
import io.simbase.server.session.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.RejectedExecutionException;
import java.util.regex.Pattern;
import org.HdrHistogram.Histogram;

/**
 * The server's rigs bound to live sessions (at most one per session, each rig file in at most
 * one session). A rig file is looked up by name in {@code <data>/rigs/<name>.yaml}, then among
 * the bundled {@code simbase/rigs/<name>.yaml}; it must be wired for the session's scene.
 *
 * <p>Threading: binding and unbinding open and close ports, which may block for a while, so
 * they run on one daemon thread of their own ({@link #run}), never on a network event loop or a
 * sim thread; being one thread, binds and unbinds never race each other. A session that closes
 * hands its rig's close to that thread too. The rig talks to its session only through the
 * session's {@link io.simbase.server.session.SessionPlant} (bounded, drained between steps).
 */
public final class RigBindings implements AutoCloseable {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    private final Path rigsDir;
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "simbase-rigs");
        t.setDaemon(true);
        return t;
    });
    /** Bound rigs by rig name, and own-PLC endpoints by {@link #OWN_PLC}{@code :<session id>}. */
    private final Map<String, Binding> byName = new ConcurrentHashMap<>();
    private final OwnPlcPolicy ownPlc;
    /** Ports of open own-PLC endpoints. */
    private final java.util.Set<Integer> ownPorts = ConcurrentHashMap.newKeySet();

    /** The rig name an own-PLC endpoint has in events, notes and the session list. */
    public static final String OWN_PLC = "own-plc";
    /** Own PLCs poll every few ms; a second of silence is a lost PLC. */
    public static final long OWN_PLC_WATCHDOG_MILLIS = 1000;

    public RigBindings(Path rigsDir) {
        this(rigsDir, OwnPlcPolicy.defaults());
    }

    public RigBindings(Path rigsDir, OwnPlcPolicy ownPlc) {
        this.rigsDir = rigsDir;
        this.ownPlc = ownPlc;
    }

    /** Runs binding work on the rig thread. */
    public void run(Runnable job) {
        worker.execute(job);
    }

    /** Binds rig {@code name} to {@code session} and starts it. Call through {@link #run}. */
    public RigStatus bind(Session session, String name) throws RigBindException {
        if (session.rig() != null) {
            throw new RigBindException(Error.Code.BUSY, "session " + session.id() + " already has a rig bound ("
                    + session.rig().status().getName() + "); unbind it first");
        }
        RigFile rig = find(name);
        if (rig.scene() != null && !rig.scene().equals(session.scene().id())) {
            throw new RigBindException(Error.Code.BAD_REQUEST, "rig '" + name + "' is wired for scene " + rig.scene()
                    + ", but session " + session.id() + " runs " + session.scene().id());
        }
        Binding other = byName.get(rig.name());
        if (other != null) {
            throw new RigBindException(Error.Code.BUSY, "rig '" + rig.name() + "' is already bound to session "
                    + other.session.id() + "; unbind it there first");
        }
        RegisterMap map;
        try {
            map = RigFiles.bind(rig, session.scene().layout());
        } catch (RigException e) {
            throw new RigBindException(Error.Code.BAD_REQUEST, "rig file error: " + e.getMessage());
        }
        Binding b = new Binding(session, rig, map, rig.name(), false);
        try {
            b.link = RigLink.open(rig, map, session.plant(), b);
        } catch (RigLinkException e) {
            String m = e.getMessage();
            boolean busy = m.toLowerCase(Locale.ROOT).contains("in use") || m.toLowerCase(Locale.ROOT).contains("busy");
            throw new RigBindException(busy ? Error.Code.BUSY : Error.Code.BAD_REQUEST, "rig '" + rig.name() + "': " + m);
        }
        // Registered by name before attaching, so that a session closing right after the attach
        // finds the entry to remove (sessionClosed); a failed attach takes it back.
        byName.put(rig.name(), b);
        if (!session.attachRig(b)) {
            byName.remove(rig.name(), b);
            b.link.close();
            throw new RigBindException(Error.Code.BUSY, "session " + session.id() + " closed or got another rig meanwhile");
        }
        b.link.start();
        session.note("rig " + rig.name() + " bound: " + b.link.description());
        return b.status();
    }

    /** Unbinds the session's rig and closes its port. Call through {@link #run}. */
    public void unbind(Session session) throws RigBindException {
        BoundRig r = session.rig();
        if (!(r instanceof Binding b) || !session.detachRig(b)) {
            throw new RigBindException(Error.Code.BAD_REQUEST, "session " + session.id() + " has no rig bound");
        }
        byName.remove(b.key, b);
        b.closeLink();
        if (b.rig.role() == RigFile.Role.MASTER) {
            session.plant().releaseForces(b.fedSensors);
        }
        session.note("rig " + b.rig.name() + " unbound");
    }

    /**
     * Opens the session's own-PLC endpoint on a free port of the range (or, when it is open,
     * restarts its pairing window) and describes it; {@code host} is the server's address as
     * the caller reached it. Call through {@link #run}.
     */
    public OwnPlcEndpoint connectOwnPlc(Session session, String host) throws RigBindException {
        BoundRig bound = session.rig();
        if (bound instanceof Binding b && b.claim != null) {
            b.claim.openWindow();
            return endpoint(b, host);
        }
        if (bound != null) {
            throw new RigBindException(Error.Code.BUSY, "session " + session.id() + " is driven by rig '"
                    + bound.status().getName() + "'; a technician must unbind it before a PLC can connect here");
        }
        RigLink link = null;
        RigFile rig = null;
        RegisterMap map = null;
        Binding b = null;
        for (int port = ownPlc.firstPort(); port <= ownPlc.lastPort() && link == null; port++) {
            if (ownPorts.contains(port)) {
                continue;
            }
            rig = new RigFile("own PLC of session " + session.id(), OWN_PLC, RigFile.Role.SLAVE, session.scene().id(),
                    null, RigFile.ALL_INTERFACES, port, 1, 0, 0, 0, 0, OWN_PLC_WATCHDOG_MILLIS,
                    RigFile.SafeState.ZERO, List.of());
            try {
                map = RigFiles.bind(rig, session.scene().layout());
            } catch (RigException e) {
                throw new RigBindException(Error.Code.INTERNAL, "default map: " + e.getMessage());
            }
            b = new Binding(session, rig, map, OWN_PLC + ":" + session.id(), true);
            try {
                link = RigLink.openGuarded(rig, map, session.plant(), b, b.claim);
            } catch (RigLinkException busy) {
                // taken by another program: try the next port
            }
        }
        if (link == null) {
            throw new RigBindException(Error.Code.BUSY, "no free port in --plc-ports " + ownPlc.firstPort() + "-"
                    + ownPlc.lastPort() + " for a PLC; ask the instructor to close unused ones");
        }
        b.link = link;
        ownPorts.add(link.tcpPort());
        b.claim.openWindow();
        byName.put(b.key, b);
        if (!session.attachRig(b)) {
            byName.remove(b.key, b);
            b.closeLink();
            throw new RigBindException(Error.Code.BUSY, "session " + session.id() + " closed or got a rig meanwhile");
        }
        link.start();
        session.note("rig " + OWN_PLC + " bound: " + link.description());
        return endpoint(b, host);
    }

    /** Drops the claim on the session's own-PLC endpoint and opens a new pairing window. Call through {@link #run}. */
    public OwnPlcEndpoint releaseOwnPlc(Session session, String host) throws RigBindException {
        Binding b = ownPlcOf(session);
        java.net.InetAddress was = b.claim.release();
        session.note("rig " + OWN_PLC + " released" + (was == null ? "" : " by " + was.getHostAddress()));
        return endpoint(b, host);
    }

    /** Closes the session's own-PLC endpoint. Call through {@link #run}. */
    public void closeOwnPlc(Session session) throws RigBindException {
        Binding b = ownPlcOf(session);
        if (!session.detachRig(b)) {
            throw new RigBindException(Error.Code.BAD_REQUEST, "session " + session.id() + " has no PLC port open");
        }
        byName.remove(b.key, b);
        b.closeLink();
        session.note("rig " + OWN_PLC + " unbound");
    }

    private static Binding ownPlcOf(Session session) throws RigBindException {
        if (session.rig() instanceof Binding b && b.claim != null) {
            return b;
        }
        throw new RigBindException(Error.Code.BAD_REQUEST, "session " + session.id() + " has no PLC port open");
    }

    private static OwnPlcEndpoint endpoint(Binding b, String host) {
        OwnPlcEndpoint.Builder e = OwnPlcEndpoint.newBuilder().setSessionId(b.session.id()).setHost(host)
                .setPort(b.link.tcpPort()).setUnitId("any")
                .setPairingMsLeft(TimeUnit.NANOSECONDS.toMillis(b.claim.pairingNanosLeft())).setStatus(b.status());
        java.net.InetAddress claimant = b.claim.claimant();
        if (claimant != null) {
            e.setClaimedBy(claimant.getHostAddress());
        }
        DefaultModbusMap map = DefaultModbusMap.of(b.session.scene().layout());
        for (TagDef t : b.session.scene().layout().tags()) {
            e.addIoMap(IoMapRow.newBuilder().setTag(t.name()).setType(t.type().key()).setDirection(t.direction().key())
                    .setTable(map.table(t).key()).setAddress(map.address(t)));
        }
        return e.build();
    }

    /** The rig file named {@code name}: the data folder's first, then the bundled one. */
    RigFile find(String name) throws RigBindException {
        if (!NAME.matcher(name).matches()) {
            throw new RigBindException(Error.Code.BAD_REQUEST, "rig name must be 1-64 letters, digits, '.', '_' or '-'"
                    + " (a rig file name without .yaml), got '" + name + "'");
        }
        try {
            Path local = rigsDir.resolve(name + ".yaml");
            if (Files.isRegularFile(local)) {
                return RigFiles.load(local);
            }
            String resource = "simbase/rigs/" + name + ".yaml";
            try (InputStream in = RigBindings.class.getClassLoader().getResourceAsStream(resource)) {
                if (in != null) {
                    return RigFiles.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource);
                }
            } catch (IOException e) {
                throw new RigBindException(Error.Code.BAD_REQUEST, "cannot read bundled rig " + resource + ": " + e.getMessage());
            }
        } catch (RigException e) {
            throw new RigBindException(Error.Code.BAD_REQUEST, "rig file error: " + e.getMessage());
        }
        throw new RigBindException(Error.Code.UNKNOWN_RIG, "no rig '" + name + "': neither " + rigsDir.resolve(name + ".yaml")
                + " nor a bundled rig of that name");
    }

    /** Waits for pending binds and closes (sessions close their rigs before this). */
    @Override
    public void close() {
        for (Binding b : byName.values()) {
            if (b.session.detachRig(b)) {
                worker.execute(b::closeLink);
            }
        }
        byName.clear();
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** One rig in one session: its link, and the watchdog's events turned into session events. */
    private final class Binding implements BoundRig, Watchdog.Listener {
        final Session session;
        final RigFile rig;
        /** Key in {@link #byName}. */
        final String key;
        /** Own-PLC endpoints only: who may write. */
        final OwnPlcClaim claim;
        volatile RigLink link;
        /** Sensor tags a master rig feeds (forces, by the {@link WireWrite} rule); released on unbind. */
        final int[] fedSensors;
        volatile boolean commLost;

        Binding(Session session, RigFile rig, RegisterMap map, String key, boolean ownPlcEndpoint) {
            this.session = session;
            this.rig = rig;
            this.key = key;
            this.claim = ownPlcEndpoint ? new OwnPlcClaim(ownPlc, System::nanoTime, this::claimedBy) : null;
            this.fedSensors = map.mappings().stream().filter(m -> WireWrite.of(m.tag()) == WireWrite.FORCE)
                    .mapToInt(m -> m.tag().index()).distinct().toArray();
        }

        /** An own-PLC endpoint is claimed (accept thread): its watchdog starts watching that PLC. */
        private void claimedBy(java.net.InetAddress from) {
            RigLink l = link;
            if (l != null) {
                l.armWatchdog();
            }
            session.note("rig " + OWN_PLC + " claimed by " + from.getHostAddress());
        }

        /** Closes the link and frees an own-PLC port; on the rig thread. */
        void closeLink() {
            int port = link.tcpPort();
            link.close();
            if (claim != null) {
                ownPorts.remove(port);
            }
        }

        @Override
        public boolean ownPlcClaimed() {
            return claim != null && claim.claimant() != null;
        }

        @Override
        public RigStatus status() {
            CommHealth h = link.health();
            Histogram lat = h.latencies();
            boolean any = lat.getTotalCount() > 0;
            java.net.InetAddress claimant = claim == null ? null : claim.claimant();
            return RigStatus.newBuilder().setClaimedBy(claimant == null ? "" : claimant.getHostAddress()).setName(rig.name()).setState(h.state().key())
                    .setRequests(h.requests())
                    .setErrors(h.exceptionReplies() + h.crcErrors() + h.framingErrors() + h.timeouts())
                    .setLatencyP50Us(any ? lat.getValueAtPercentile(50) / 1000.0 : 0)
                    .setLatencyP99Us(any ? lat.getValueAtPercentile(99) / 1000.0 : 0)
                    .setDescription(link.description()).setCommLost(commLost).build();
        }

        @Override
        public void sessionClosed() {
            byName.remove(key, this);
            try {
                worker.execute(this::closeLink);
            } catch (RejectedExecutionException stopping) {
                closeLink();
            }
        }

        @Override
        public void commLost(long silentNanos) {
            commLost = true;
            session.plant().commChanged(rig.name(), true, TimeUnit.NANOSECONDS.toMillis(silentNanos));
        }

        @Override
        public void commRestored() {
            commLost = false;
            session.plant().commChanged(rig.name(), false, 0);
        }
    }
}
