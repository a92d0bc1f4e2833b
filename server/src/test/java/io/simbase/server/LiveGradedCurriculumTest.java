package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.core.EventKind;
import io.simbase.engine.scene.Scenes;
import io.simbase.grading.CheckResult;
import io.simbase.grading.GradeResult;
import io.simbase.grading.Grader;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Exercises;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CloseSession;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.GradedCheck;
import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionResult;
import io.simbase.server.plc.PlcProgramControllers;
import io.simbase.server.record.Recording;
import io.simbase.server.record.ReplayCursor;
import io.simbase.server.record.Replayer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The curriculum's reference programs graded live on the soft PLC over real WebSockets, all at
 * once on one server (one student session per exercise, the instructor's time scale 10, the
 * product's highest): each scores 100 live, and its live result equals the headless grader's
 * check by check (score, passed, failed checks, first failure's scenario and sim time). The
 * sorting station's jam scenario lists its parts by type: the live run's recording carries them
 * as {@code part} records, replays to the live hashes, and its feeder released exactly those.
 *
 * <p>Not covered live here: {@code tank-pid} (900 s of scenarios) and {@code car-park} (1200 s):
 * at time scale 10 they alone would take 90 s and 120 s; they are graded headless in
 * {@code GradeCliTest}, by the same grader.
 */
class LiveGradedCurriculumTest {
    /** The exercises graded live: every bundled one whose scenarios last at most 560 s of sim time. */
    static final List<String> LIVE = List.of("conveyor-basics", "conveyor-stop-safety", "motor-control",
            "traffic-light", "garage-door", "queue-counter", "silo-fill", "sorting-station", "sort-by-weight",
            "sort-encoder", "pick-and-place", "tank-level", "batch-mixer", "elevator");

    @TempDir
    Path data;

    @Test
    void everyCoveredReferenceScoresAHundredLiveAndEqualsItsHeadlessResult() throws Exception {
        Map<String, Exercise> exercises = new LinkedHashMap<>();
        for (String id : LIVE) {
            exercises.put(id, Exercises.load(id));
        }
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            Map<String, TestClient> students = new LinkedHashMap<>();
            Map<String, String> sessions = new LinkedHashMap<>();
            try {
                for (Exercise ex : exercises.values()) {
                    TestClient s = f.student(code, "s-" + ex.id());
                    students.put(ex.id(), s);
                    String sid = s.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder()
                            .setScene(ex.sceneId()))).getSessionCreated().getSessionId();
                    sessions.put(ex.id(), sid);
                    teacher.ok(ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(sid)
                            .setAction(Control.Action.TIME_SCALE).setTimeScale(10)));
                    s.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
                    ServerMessage loaded = s.ok(SoftPlcSessionTest.download(sid, Exercises.referenceProgram(ex),
                            ex.id() + ".st"));
                    assertFalse(loaded.hasPlcErrors(), ex.id() + ": " + loaded);
                    s.ok(SoftPlcSessionTest.run(sid));
                    s.ok(GradedRuns.start(sid, ex.id()));
                }
                // Headless while the live runs go: the same grader, as fast as the engine goes.
                Map<String, GradeResult> headless = new LinkedHashMap<>();
                PlcProgramControllers plc = new PlcProgramControllers();
                for (Exercise ex : exercises.values()) {
                    headless.put(ex.id(), Grader.grade(ex, plc.compile(Exercises.referenceProgram(ex), ex.id() + ".st",
                            ex.plant())));
                }
                for (Exercise ex : exercises.values()) {
                    GradedRun live = GradedRuns.awaitVerdict(students.get(ex.id()), 1);
                    assertEquals(100, headless.get(ex.id()).score(), ex.id() + " headless: " + headless.get(ex.id()));
                    assertSameAsHeadless(headless.get(ex.id()), live, ex.id());
                }
                String sorting = sessions.get("sorting-station");
                SessionResult closed = students.get("sorting-station").ok(ClientMessage.newBuilder()
                        .setCloseSession(CloseSession.newBuilder().setSessionId(sorting))).getResult();
                assertJamPartsFollowTheList(f.server.sessions().recordingsDir().resolve(closed.getRecording()), closed);
            } finally {
                students.values().forEach(TestClient::close);
            }
        }
    }

    private static void assertSameAsHeadless(GradeResult headless, GradedRun live, String what) {
        assertTrue(live.getFinished(), what + ": " + live.getAborted());
        assertEquals(headless.score(), live.getScore(), what + ": " + live);
        assertEquals(headless.passed(), live.getPassed(), what);
        assertEquals(GradedRuns.failed(headless), GradedRuns.failed(live), what);
        assertEquals(headless.checks().size(), live.getChecksCount(), what);
        for (GradedCheck c : live.getChecksList()) {
            CheckResult h = headless.check(c.getId());
            assertEquals(h.passed(), !c.getFailed(), what + " " + c.getId());
            if (c.getFailed()) {
                assertEquals(h.failedScenario(), c.getFailedScenario(), what + " " + c.getId());
                assertEquals(h.firstFailureSeconds(), c.getFailedAtSeconds(), 1e-9, what + " " + c.getId());
            }
        }
    }

    /** The jam scenario queued its listed parts as records, and the feeder released those, in order. */
    private static void assertJamPartsFollowTheList(Path file, SessionResult closed) throws Exception {
        Recording rec = Recording.read(file);
        Replayer.Result replayed = Replayer.replay(rec, Scenes.load(rec.scene()), file.toString());
        assertEquals(closed.getStateHash(), replayed.hashHex(), "the recording replays to the live hash");

        List<String> listed = new ArrayList<>();
        int firstPart = -1;
        for (int i = 0; i < rec.entries().size(); i++) {
            Recording.Entry e = rec.entries().get(i);
            if (e.kind() == Recording.Kind.PART) {
                assertEquals("feeder", e.target());
                assertEquals(4_000, e.step(), "queued at 20 s of the jam scenario");
                listed.add(e.text());
                firstPart = firstPart < 0 ? i : firstPart;
            }
        }
        assertEquals(List.of("short_metal", "tall_metal", "short_metal", "tall_metal"), listed);

        ReplayCursor cursor = new ReplayCursor(rec, Scenes.load(rec.scene()), file.toString());
        List<long[]> created = new ArrayList<>();
        cursor.listen((step, kind, subject, value) -> {
            if (kind == EventKind.PART_CREATED) {
                created.add(new long[] {step, (long) value});
            }
        });
        cursor.seek(cursor.timeline().end());
        long queuedAt = cursor.timeline().entryPosition(firstPart);
        List<String> released = new ArrayList<>();
        for (long[] c : created) {
            if (c[0] >= queuedAt && released.size() < 4) {
                released.add(cursor.scene().partTypes().get((int) c[1]).name());
            }
        }
        assertEquals(listed, released, "the first four parts after the queue are the listed ones");
    }
}
