package io.simbase.server.rig;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.health.Watchdog;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.plant.WireWrite;
import io.simbase.bridge.rig.RigException;
import io.simbase.bridge.rig.RigFile;
import io.simbase.bridge.rig.RigFiles;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.RigStatus;
import io.simbase.server.session.BoundRig;
import io.simbase.server.session.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
    /** Bound rigs by rig name. */
    private final Map<String, Binding> byName = new ConcurrentHashMap<>();

    public RigBindings(Path rigsDir) {
        this.rigsDir = rigsDir;
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
        Binding b = new Binding(session, rig, map);
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
        byName.remove(b.rig.name(), b);
        b.link.close();
        if (b.rig.role() == RigFile.Role.MASTER) {
            session.plant().releaseForces(b.fedSensors);
        }
        session.note("rig " + b.rig.name() + " unbound");
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
                worker.execute(b.link::close);
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
        volatile RigLink link;
        /** Sensor tags a master rig feeds (forces, by the {@link WireWrite} rule); released on unbind. */
        final int[] fedSensors;
        volatile boolean commLost;

        Binding(Session session, RigFile rig, RegisterMap map) {
            this.session = session;
            this.rig = rig;
            this.fedSensors = map.mappings().stream().filter(m -> WireWrite.of(m.tag()) == WireWrite.FORCE)
                    .mapToInt(m -> m.tag().index()).distinct().toArray();
        }

        @Override
        public RigStatus status() {
            CommHealth h = link.health();
            Histogram lat = h.latencies();
            boolean any = lat.getTotalCount() > 0;
            return RigStatus.newBuilder().setName(rig.name()).setState(h.state().key())
                    .setRequests(h.requests())
                    .setErrors(h.exceptionReplies() + h.crcErrors() + h.framingErrors() + h.timeouts())
                    .setLatencyP50Us(any ? lat.getValueAtPercentile(50) / 1000.0 : 0)
                    .setLatencyP99Us(any ? lat.getValueAtPercentile(99) / 1000.0 : 0)
                    .setDescription(link.description()).setCommLost(commLost).build();
        }

        @Override
        public void sessionClosed() {
            byName.remove(rig.name(), this);
            try {
                worker.execute(link::close);
            } catch (RejectedExecutionException stopping) {
                link.close();
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
