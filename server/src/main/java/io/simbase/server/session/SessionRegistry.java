package io.simbase.server.session;

import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.engine.scene.Scenes;
import io.simbase.server.os.ThreadScheduling;
import io.simbase.server.record.RecordingWriter;
import io.simbase.server.scenes.SceneLibrary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * All live sessions, the sim threads that run them and the housekeeping thread (recording
 * flushes, closed and idle sessions, balance and metrics ticks: one named job each). Sessions are
 * placed on the sim thread with the fewest sessions. Thread-safe.
 */
public final class SessionRegistry implements AutoCloseable {
    /** How often recordings are written to disk: a killed server loses at most this much. */
    public static final long FLUSH_MILLIS = 250;
    /** How often closed sessions are forgotten and idle ones looked at. */
    static final long SWEEP_MILLIS = 250;

    private final Path recordingsDir;
    private final SimThread[] threads;
    private final int maxSessions;
    private final int commandQueueCapacity;
    private final long backlogLimitBytes;
    private final long stallLimitNanos;
    private final ConcurrentHashMap<String, Session> byId = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Scene> scenes = new ConcurrentHashMap<>();
    private volatile SceneLibrary library;
    private final Set<RecordingWriter> open = ConcurrentHashMap.newKeySet();
    /** Runs the housekeeping jobs: flush recordings, sweep closed and idle sessions, the once-a-second job. */
    private final ScheduledExecutorService housekeeping;
    private final SecureRandom random = new SecureRandom();
    private final Set<String> bundled = Set.copyOf(Scenes.bundledIds());
    private final Set<String> added = ConcurrentHashMap.newKeySet();
    private volatile long idleCloseNanos;
    private volatile Runnable everySecond = () -> { };
    private final java.util.concurrent.CopyOnWriteArrayList<Listener> listeners = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Hears sessions open (after they are findable) and go (when the registry forgets a closed
     * one, within {@value #SWEEP_MILLIS} ms of its close). Called on the creating thread and the
     * housekeeping thread; must not block for long.
     */
    public interface Listener {
        void opened(Session s);

        void closed(Session s);
    }

    public SessionRegistry(Path recordingsDir, int simThreads, int maxSessions, int commandQueueCapacity,
                           long backlogLimitBytes, long stallLimitNanos, LongSupplier clock) throws IOException {
        this(recordingsDir, simThreads, ThreadScheduling.Priority.NORMAL, maxSessions,
                commandQueueCapacity, backlogLimitBytes, stallLimitNanos, clock);
    }

    public SessionRegistry(Path recordingsDir, int simThreads, ThreadScheduling.Priority simPriority,
                           int maxSessions, int commandQueueCapacity, long backlogLimitBytes, long stallLimitNanos,
                           LongSupplier clock) throws IOException {
        this.recordingsDir = recordingsDir;
        Files.createDirectories(recordingsDir);
        this.maxSessions = maxSessions;
        this.commandQueueCapacity = commandQueueCapacity;
        this.backlogLimitBytes = backlogLimitBytes;
        this.stallLimitNanos = stallLimitNanos;
        this.threads = new SimThread[simThreads];
        for (int i = 0; i < simThreads; i++) {
            threads[i] = new SimThread(i, clock);
            threads[i].start(simPriority);
        }
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "simbase-housekeeping");
            t.setDaemon(true);
            return t;
        });
        housekeeping.scheduleWithFixedDelay(guarded("flush recordings", this::flushRecordings), FLUSH_MILLIS, FLUSH_MILLIS,
                TimeUnit.MILLISECONDS);
        housekeeping.scheduleWithFixedDelay(guarded("sweep sessions", this::sweepSessions), SWEEP_MILLIS, SWEEP_MILLIS,
                TimeUnit.MILLISECONDS);
        housekeeping.scheduleWithFixedDelay(guarded("every second", this::everySecondJob), 1, 1, TimeUnit.SECONDS);
    }

    /**
     * Closes sessions that have had no observer, no bound rig and no command for {@code nanos}
     * (0: never): a student who walked away should not keep a plant running all night. The
     * recording is kept and says why the session ended.
     */
    public void idleCloseAfter(long nanos) {
        this.idleCloseNanos = nanos;
    }

    /**
     * Evens out the sim threads: closes can leave one with many more sessions than another
     * (new sessions go to the least loaded, but nothing moved them afterwards). Moves half the
     * difference from the fullest to the emptiest thread when it is 2 or more.
     */
    void balance() {
        if (threads.length < 2) {
            return;
        }
        SimThread most = null;
        SimThread least = null;
        for (SimThread t : threads) {
            if (!t.isRunning()) {
                continue;
            }
            if (most == null || t.counters().sessions > most.counters().sessions) {
                most = t;
            }
            if (least == null || t.counters().sessions < least.counters().sessions) {
                least = t;
            }
        }
        if (most == null || most == least) {
            return;
        }
        int diff = most.counters().sessions - least.counters().sessions;
        if (diff >= 2) {
            most.handOff(least, diff / 2);
        }
    }

    /** Runs {@code task} about once a second on the housekeeping thread (metrics ticks). */
    public void everySecond(Runnable task) {
        this.everySecond = task;
    }

    public Path recordingsDir() {
        return recordingsDir;
    }

    public List<SimThread> threads() {
        return List.of(threads);
    }

    /**
     * True when {@code id} is a bundled scene, one added with {@link #addSceneFile}, or one of the
     * library's uploaded scenes (the only scenes a client may start).
     */
    public boolean isKnownScene(String id) {
        SceneLibrary lib = library;
        return bundled.contains(id) || added.contains(id) || lib != null && lib.contains(id);
    }

    /** The ids of the scenes a client may start: bundled ones in their order, then added ones. */
    public List<String> sceneIds() {
        List<String> ids = new ArrayList<>(Scenes.bundledIds());
        for (String id : added) {
            if (!bundled.contains(id)) {
                ids.add(id);
            }
        }
        return ids;
    }

    /**
     * Offers the scene of a file to clients under its id, in place of a bundled scene of the same
     * id (an author's preview: {@code view --local FILE}).
     *
     * @return the scene's id
     * @throws SceneException naming the file and line when it does not load
     */
    public String addSceneFile(Path file) throws SceneException {
        Scene s = Scenes.load(file.toString());
        scenes.put(s.id(), s);
        added.add(s.id());
        return s.id();
    }

    /** Adds the uploaded scenes of {@code lib} to the scenes sessions may run. Call once, before clients come. */
    public void useLibrary(SceneLibrary lib) {
        this.library = lib;
    }

    /** The uploaded scenes' library; null when the server has none (tests that build a registry alone). */
    public SceneLibrary library() {
        return library;
    }

    /** The bundled scenes' ids, in their order. */
    public List<String> bundledScenes() {
        return Scenes.bundledIds();
    }

    /** The bundled scene (loaded once), else the library's uploaded scene of that id. */
    public Scene scene(String id) throws SceneException {
        SceneLibrary lib = library;
        Scene up = lib == null || bundled.contains(id) ? null : lib.find(id);
        if (up != null) {
            return up;
        }
        Scene s = scenes.get(id);
        if (s == null) {
            s = Scenes.load(id);
            Scene prev = scenes.putIfAbsent(id, s);
            if (prev != null) {
                s = prev;
            }
        }
        return s;
    }

    /**
     * Creates a session and starts stepping it.
     *
     * @return the session, or null when the server is at its session limit
     */
    public Session create(String classCode, String owner, Scene scene, long seed, int frameRateHz) {
        if (byId.size() >= maxSessions) {
            return null;
        }
        String id = newId();
        RecordingWriter rec;
        try {
            rec = RecordingWriter.create(recordingsDir.resolve(id + ".simrec"), scene.id(), seed);
            rec.owner(classCode, owner, System.currentTimeMillis());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create recording for session " + id, e);
        }
        Session s = new Session(id, classCode, owner, scene, seed, frameRateHz, rec, commandQueueCapacity,
                backlogLimitBytes, stallLimitNanos);
        open.add(rec);
        boolean taken = false;
        while (!taken) {
            SimThread least = null;
            for (SimThread t : threads) {
                if (t.isRunning() && (least == null || t.counters().sessions < least.counters().sessions)) {
                    least = t;
                }
            }
            if (least == null) { // every sim thread has stopped (shutting down)
                s.close(null);
                open.remove(rec);
                return null;
            }
            taken = least.add(s); // binds the session to its thread before anyone can find it
        }
        byId.put(id, s);
        for (Listener l : listeners) {
            l.opened(s);
        }
        return s;
    }

    private String newId() {
        byte[] b = new byte[5];
        random.nextBytes(b);
        return "s" + HexFormat.of().formatHex(b);
    }

    public Session find(String id) {
        Session s = byId.get(id);
        return s == null || s.isClosed() ? null : s;
    }

    public Collection<Session> all() {
        List<Session> out = new ArrayList<>();
        for (Session s : byId.values()) {
            if (!s.isClosed()) {
                out.add(s);
            }
        }
        return out;
    }

    public int size() {
        int n = 0;
        for (Session s : byId.values()) {
            if (!s.isClosed()) {
                n++;
            }
        }
        return n;
    }

    /** Forgets a session that has closed. */
    public void forget(Session s) {
        boolean removed = byId.remove(s.id(), s);
        open.remove(s.recording());
        if (removed) {
            for (Listener l : listeners) {
                l.closed(s);
            }
        }
    }

    /** Adds a listener; it hears the sessions open now as opened at once. Any thread. */
    public void listen(Listener l) {
        listeners.add(l);
        for (Session s : all()) {
            l.opened(s);
        }
    }

    /** Removes a listener. */
    public void unlisten(Listener l) {
        listeners.remove(l);
    }

    /**
     * Writes the buffered lines of recording {@code name} to its file now, when a live session
     * still writes it: everything the session recorded before this call is then in the file.
     * Any thread but a sim thread (it may wait for a concurrent flush's disk write; the sim
     * thread only ever waits for a buffer swap).
     *
     * @return true when a live session writes {@code name}
     */
    public boolean flushRecording(String name) throws IOException {
        for (Session s : all()) {
            if (s.recordingName().equals(name)) {
                s.recording().flush();
                return true;
            }
        }
        return false;
    }

    // ---------------------------------------------------------------- housekeeping jobs (one thread)

    /** Writes every open recording's buffered lines to disk; a killed server loses at most {@value #FLUSH_MILLIS} ms. */
    private void flushRecordings() {
        for (RecordingWriter w : open) {
            try {
                w.flush();
            } catch (IOException | RuntimeException e) {
                // keep flushing the others; the session's end record will try again
            }
        }
    }

    /** Forgets closed sessions and asks idle ones to close (idle times are System.nanoTime, whatever clock paces the steps). */
    private void sweepSessions() {
        long idle = idleCloseNanos;
        long now = System.nanoTime();
        for (Session s : byId.values()) {
            if (s.isClosed()) {
                forget(s);
            } else if (idle > 0) {
                s.closeIfIdle(now, idle);
            }
        }
    }

    /** Once a second: evens out the sim threads, then the registered task (metrics ticks). */
    private void everySecondJob() {
        balance();
        try {
            everySecond.run();
        } catch (RuntimeException e) {
            System.err.println("simbase: housekeeping task failed: " + e);
        }
    }

    /** Runs {@code job}, logging instead of dying: a scheduled job that throws is never run again. */
    private static Runnable guarded(String name, Runnable job) {
        return () -> {
            try {
                job.run();
            } catch (RuntimeException e) {
                System.err.println("simbase: housekeeping job " + name + " failed: " + e);
            }
        };
    }

    /** Stops the sim threads (closing every session, writing end records) and the housekeeping jobs. */
    @Override
    public void close() {
        boolean interrupted = false;
        for (SimThread t : threads) {
            try {
                t.stop();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        housekeeping.shutdown();
        try {
            housekeeping.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            interrupted = true;
        }
        // A session handed over while its thread was stopping: the threads have ended, so
        // closing it here (end record, result to observers) races with nothing.
        for (Session s : byId.values()) {
            if (!s.isClosed()) {
                try {
                    s.close(null);
                } catch (RuntimeException e) {
                    s.fail(e);
                }
            }
        }
        flushRecordings();
        sweepSessions();
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
