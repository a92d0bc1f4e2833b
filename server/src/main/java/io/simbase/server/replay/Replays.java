package io.simbase.server.replay;

import io.simbase.engine.core.EventSink;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneException;
import io.simbase.grading.exercise.Check;
import io.simbase.grading.exercise.Exercise;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.OpenReplay;
import io.simbase.protocol.v1.ReplayFrame;
import io.simbase.protocol.v1.ReplayMark;
import io.simbase.protocol.v1.ReplayOpened;
import io.simbase.protocol.v1.SessionLayout;
import io.simbase.server.auth.Principal;
import io.simbase.server.record.Recording;
import io.simbase.server.record.RecordingException;
import io.simbase.server.record.ReplayCursor;
import io.simbase.server.record.ReplayTimeline;
import io.simbase.server.results.ExerciseCatalog;
import io.simbase.server.session.Audience;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionRegistry;
import io.simbase.server.session.StateMessages;
import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;

/**
 * The replays clients have open: each a {@link ReplayCursor} on a recording, found by a random
 * id. Opening reads the whole recording and replays it once to its end (so a corrupt or
 * diverging file is refused at once, with its line), then moves to the asked position; seeking
 * moves the same cursor. All replay work runs on one thread of its own ({@link #execute}, a
 * bounded queue), never on an event loop or a sim thread; at most {@link #MAX_OPEN} replays are
 * kept, the least recently used closed first, and any idle for {@link #IDLE_NANOS}.
 * Students open only their own recordings and are shown neither forces nor faults. A recording
 * still being written is refused, except to jump into a graded run that finished in it (that
 * part of the file is complete: opening flushes the live session's recording first, so a run
 * whose end message preceded the request is found; the replay ends at its last record).
 */
public final class Replays implements AutoCloseable {
    public static final int MAX_OPEN = 32;
    public static final long IDLE_NANOS = TimeUnit.MINUTES.toNanos(20);
    public static final int MAX_MARKS = 2000;
    /** Alarms and lost parts marked at most (a plant that alarms all the time would bury the records). */
    public static final int MAX_PLANT_MARKS = 500;
    private static final Set<String> STAFF_ONLY_MARKS = Set.of("force", "unforce", "fault", "clear");

    private final RecordingFiles files;
    private final SessionRegistry sessions;
    private final LongSupplier nanoClock;
    private final ThreadPoolExecutor worker;
    private final SecureRandom random = new SecureRandom();
    /** Guarded by itself; in access order, least recently used first. */
    private final LinkedHashMap<String, Open> open = new LinkedHashMap<>(16, 0.75f, true);

    private static final class Open {
        final String id;
        final String name;
        final ReplayCursor cursor;
        final String openedBy;
        final Audience audience;
        final SessionLayout layout;
        long lastUsedNanos;

        Open(String id, String name, ReplayCursor cursor, String openedBy, Audience audience, SessionLayout layout) {
            this.id = id;
            this.name = name;
            this.cursor = cursor;
            this.openedBy = openedBy;
            this.audience = audience;
            this.layout = layout;
        }
    }

    public Replays(Path recordingsDir, SessionRegistry sessions, LongSupplier nanoClock) {
        this.files = new RecordingFiles(recordingsDir);
        this.sessions = sessions;
        this.nanoClock = nanoClock;
        this.worker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(64), r -> {
            Thread t = new Thread(r, "simbase-replay");
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code task} on the replay thread; false when its queue is full (the caller refuses as busy). */
    public boolean execute(Runnable task) {
        try {
            worker.execute(task);
            return true;
        } catch (RejectedExecutionException e) {
            return false;
        }
    }

    /** The recordings {@code p} may read: their own when {@code ownOnly}, else all (or one class's). Replay thread. */
    public List<RecordingFiles.Listed> list(Principal p, boolean ownOnly, String classFilter) throws IOException {
        return files.list().stream()
                .filter(l -> ownOnly ? owns(p, l.owner()) : classFilter.isEmpty() || classFilter.equals(l.owner().classCode()))
                .toList();
    }

    /** True when a live session still writes recording {@code name}. Any thread. */
    public boolean isLive(String name) {
        for (Session s : sessions.all()) {
            if (s.recordingName().equals(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Opens a replay of {@code req.recording} for {@code p} (only their own when {@code ownOnly}).
     * Replay thread.
     */
    public ReplayOpened open(Principal p, boolean ownOnly, OpenReplay req) throws ReplayException {
        String name = req.getRecording();
        Path file = files.resolve(name);
        if (ownOnly) { // before anything else is said about the file: a student learns nothing of others' recordings
            RecordingFiles.Listed head = RecordingFiles.head(file);
            if (head == null || !owns(p, head.owner())) {
                throw new ReplayException(Error.Code.UNKNOWN_RECORDING, "no recording '" + name + "' of yours");
            }
        }
        boolean jump = !req.getExerciseId().isEmpty();
        Check failedCheck = failedCheck(req);
        boolean live;
        try {
            live = sessions.flushRecording(name); // a run that ended before this request is in the file now
        } catch (IOException e) {
            throw new ReplayException(Error.Code.UNKNOWN_RECORDING, "recording " + name + " cannot be read: " + e.getMessage());
        }
        if (!jump && live) { // a finished graded run inside it is complete, though: jumps may open it
            throw new ReplayException(Error.Code.RECORDING_LIVE, "recording " + name
                    + " is still being written: its session is live; watch the session, or replay it after it ends");
        }
        Recording rec;
        try {
            rec = Recording.read(file);
        } catch (IOException e) {
            throw new ReplayException(Error.Code.UNKNOWN_RECORDING, "recording " + name + " cannot be read: " + e.getMessage());
        } catch (RecordingException e) { // its message names the server's path: the client knows the name
            throw new ReplayException(Error.Code.BAD_RECORDING, "recording " + name + " cannot be replayed: "
                    + e.getMessage().replace(file.toString(), name));
        }
        Scene scene;
        PlantMarks plantMarks;
        try {
            scene = sessions.scene(rec.scene());
        } catch (SceneException e) {
            throw new ReplayException(Error.Code.BAD_RECORDING, "recording " + name + ": its scene '" + rec.scene()
                    + "' does not load: " + e.getMessage());
        }
        plantMarks = new PlantMarks(scene, MAX_PLANT_MARKS);
        ReplayCursor cursor;
        long position;
        try {
            cursor = new ReplayCursor(rec, scene, name);
            cursor.listen(plantMarks);
            cursor.seek(cursor.timeline().end()); // every record applies and every checkpoint matches, or a clear refusal now
            cursor.listen(EventSink.NONE);
            position = jump ? failingMoment(cursor, req) : req.getPosition();
            cursor.seek(position);
        } catch (RecordingException e) {
            throw bad(name, e);
        }
        Audience audience = Audience.of(p.role());
        SessionLayout layout = StateMessages.layout(cursor.world());
        String id = newId();
        Open o = new Open(id, name, cursor, p.name(), audience, layout);
        keep(o);
        ReplayTimeline t = cursor.timeline();
        List<ReplayTimeline.Mark> marks = new java.util.ArrayList<>(t.marks(rec, scene.layout(), Integer.MAX_VALUE).stream()
                .filter(m -> audience == Audience.STAFF || !STAFF_ONLY_MARKS.contains(m.kind())).toList());
        marks.addAll(plantMarks.marks());
        marks.sort(java.util.Comparator.comparingLong(ReplayTimeline.Mark::position)); // stable: file order within a step
        ReplayOpened.Builder b = ReplayOpened.newBuilder().setReplayId(id).setRecording(name).setScene(rec.scene())
                .setSeed(rec.seed()).setEndPosition(t.end()).setStepNanos(cursor.world().stepNanos())
                .setEnded(t.ended()).setOwner(rec.owner().name())
                .setMarksOmitted(Math.max(0, marks.size() - MAX_MARKS)).setFrame(frame(o, true));
        for (ReplayTimeline.Mark m : marks.subList(0, Math.min(marks.size(), MAX_MARKS))) {
            b.addMarks(ReplayMark.newBuilder().setPosition(m.position()).setKind(m.kind()).setText(m.text()));
        }
        if (failedCheck != null) {
            b.setCheckId(failedCheck.id()).addAllCheckTags(ExerciseCatalog.find(req.getExerciseId()).tagsOf(failedCheck))
                    .setCheckMessageZh(failedCheck.message().zh()).setCheckMessageEn(failedCheck.message().en());
        }
        return b.build();
    }

    /** Moves replay {@code id} (opened by {@code p}) to {@code position}. Replay thread. */
    public ReplayFrame seek(Principal p, String id, long position) throws ReplayException {
        Open o;
        synchronized (open) {
            o = open.get(id);
        }
        if (o == null || !o.openedBy.equals(p.name())) {
            throw new ReplayException(Error.Code.UNKNOWN_REPLAY, "no open replay '" + id
                    + "' (replays close after " + TimeUnit.NANOSECONDS.toMinutes(IDLE_NANOS) + " idle minutes): open the recording again");
        }
        o.lastUsedNanos = nanoClock.getAsLong();
        try {
            o.cursor.seek(position);
        } catch (RecordingException e) { // checked when opened; only a changed file gets here
            throw bad(o.name, e);
        }
        return frame(o, false);
    }

    /** How many replays are open now. */
    public int openCount() {
        synchronized (open) {
            return open.size();
        }
    }

    private static ReplayFrame frame(Open o, boolean withLayout) {
        ReplayCursor c = o.cursor;
        List<String> faults = o.audience == Audience.STAFF ? c.activeFaults() : List.of();
        return ReplayFrame.newBuilder().setReplayId(o.id).setPosition(c.position())
                .setState(StateMessages.full("replay:" + o.id, c.position(), c.world().published(),
                        withLayout ? o.layout : null, 0, false, c.world(), faults, o.audience)).build();
    }

    /** {@code p} owns a recording made for {@code owner}: same name, same class. */
    private static boolean owns(Principal p, Recording.Owner owner) {
        return !owner.name().isEmpty() && owner.name().equals(p.name())
                && owner.classCode().equals(p.classCode() == null ? "" : p.classCode());
    }

    /**
     * The check {@code req} names (with its exercise); null when it names none, or one its
     * exercise no longer has (a kept result outlives a changed exercise: the moment still opens).
     */
    private static Check failedCheck(OpenReplay req) {
        Exercise exercise = req.getCheckId().isEmpty() ? null : ExerciseCatalog.find(req.getExerciseId());
        return exercise == null ? null : exercise.check(req.getCheckId());
    }

    private long failingMoment(ReplayCursor cursor, OpenReplay req) throws ReplayException {
        int run = req.getLatestRun() ? -1 : req.getFinishedRun();
        long start = cursor.timeline().scenarioStart(cursor.recording(), req.getExerciseId(), run, req.getScenarioId());
        if (start < 0) {
            throw new ReplayException(Error.Code.BAD_REQUEST, "recording " + req.getRecording() + " has no finished graded run "
                    + (run < 0 ? "" : (run + 1) + " ") + "of " + req.getExerciseId() + " with scenario '" + req.getScenarioId() + "'");
        }
        double seconds = Math.max(0, req.getAtSeconds());
        return start + Math.round(seconds * 1e9 / cursor.world().stepNanos());
    }

    private void keep(Open o) {
        long now = nanoClock.getAsLong();
        o.lastUsedNanos = now;
        synchronized (open) {
            for (Iterator<Map.Entry<String, Open>> it = open.entrySet().iterator(); it.hasNext(); ) {
                Open x = it.next().getValue();
                if (now - x.lastUsedNanos > IDLE_NANOS || open.size() >= MAX_OPEN) {
                    it.remove();
                }
            }
            open.put(o.id, o);
        }
    }

    private String newId() {
        byte[] b = new byte[8];
        random.nextBytes(b);
        return "r" + HexFormat.of().formatHex(b);
    }

    private static ReplayException bad(String name, RecordingException e) {
        return new ReplayException(Error.Code.BAD_RECORDING, "recording " + name + " cannot be replayed: " + e.getMessage());
    }

    @Override
    public void close() {
        worker.shutdownNow();
        synchronized (open) {
            open.clear();
        }
    }
}
