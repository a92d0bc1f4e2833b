package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.grading.CheckResult;
import io.simbase.grading.GradeResult;
import io.simbase.grading.Grader;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Exercises;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.GradedCheck;
import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.ListResults;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.ResultCheck;
import io.simbase.protocol.v1.ResultList;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.plc.PlcProgramControllers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live graded run of the soft PLC in a student's session, over real WebSockets: the student
 * downloads a program, runs it and starts the graded run; each scenario rebuilds the world and
 * the PLC cold-starts on it. The reference program scores 100; the typical wrong program (no
 * interlock between the contactors) loses exactly the checks it loses headless, at the same sim
 * times, capped by the safety check; both results are kept with each check's message.
 */
class LiveGradedSoftPlcTest {
    private static final String EXERCISE = "motor-control";

    @TempDir
    Path data;

    private static GradeResult headless(Exercise ex, String source, String file) throws Exception {
        return Grader.grade(ex, new PlcProgramControllers().compile(source, file, ex.plant()));
    }

    /** Downloads and runs {@code source}, starts a graded run and returns its verdict (the {@code nth} in this client). */
    private static GradedRun gradeLive(TestClient student, String sid, String source, String file, int nth)
            throws Exception {
        ServerMessage loaded = student.ok(SoftPlcSessionTest.download(sid, source, file));
        assertFalse(loaded.hasPlcErrors(), loaded.toString());
        student.ok(SoftPlcSessionTest.run(sid));
        student.ok(GradedRuns.start(sid, EXERCISE));
        return GradedRuns.awaitVerdict(student, nth);
    }

    private static void assertSameAsHeadless(GradeResult headless, GradedRun live, String what) {
        assertTrue(live.getFinished(), what + ": " + live.getAborted());
        assertEquals(headless.score(), live.getScore(), what);
        assertEquals(headless.passed(), live.getPassed(), what);
        assertEquals(GradedRuns.failed(headless), GradedRuns.failed(live), what);
        for (GradedCheck c : live.getChecksList()) {
            CheckResult h = headless.check(c.getId());
            assertEquals(h.message().en(), c.getMessageEn(), c.getId());
            assertEquals(h.message().zh(), c.getMessageZh(), c.getId());
            if (c.getFailed()) {
                assertEquals(h.failedScenario(), c.getFailedScenario(), c.getId());
                assertEquals(h.firstFailureSeconds(), c.getFailedAtSeconds(), 1e-9, c.getId());
            }
        }
    }

    @Test
    void theReferenceProgramScoresAHundredAndTheWrongOneLosesExactlyItsChecksAsHeadless() throws Exception {
        Exercise ex = Exercises.load(EXERCISE);
        String reference = SoftPlcSessionTest.program(EXERCISE);
        String wrong = Files.readString(Path.of("src/test/resources/wrong-programs/motor-control-no-interlock.st"));
        GradeResult referenceHeadless = headless(ex, reference, "motor-control.st");
        GradeResult wrongHeadless = headless(ex, wrong, "motor-control-no-interlock.st");
        assertEquals(100, referenceHeadless.score());
        assertEquals(Set.of("delta_after_star", "interlock", "no_plugging"), GradedRuns.failed(wrongHeadless));

        try (ServerFixture f = new ServerFixture(data)) {
            TestClient teacher = f.instructor();
            String code = ServerFixture.openClass(teacher);
            TestClient ada = f.student(code, "ada");
            String sid = ada.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder()
                    .setScene(ex.sceneId()))).getSessionCreated().getSessionId();
            teacher.ok(ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(sid)
                    .setAction(Control.Action.TIME_SCALE).setTimeScale(10)));
            ada.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));

            assertSameAsHeadless(referenceHeadless, gradeLive(ada, sid, reference, "motor-control.st", 1), "reference");
            GradedRun wrongLive = gradeLive(ada, sid, wrong, "motor-control-no-interlock.st", 2);
            assertSameAsHeadless(wrongHeadless, wrongLive, "no interlock");
            assertEquals(40, wrongLive.getScore(), "capped by the failed safety check");

            ResultList kept = null;
            long end = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < end) {
                kept = ada.ok(ClientMessage.newBuilder().setListResults(ListResults.newBuilder())).getResults();
                if (kept.getRowsCount() == 2) {
                    break;
                }
                Thread.sleep(50);
            }
            assertEquals(2, kept.getRowsCount(), kept.toString());
            assertEquals(100, kept.getRows(0).getScore());
            assertEquals(40, kept.getRows(1).getScore());
            assertEquals("ada", kept.getRows(1).getStudentName());
            ResultCheck interlock = kept.getRows(1).getChecksList().stream()
                    .filter(c -> c.getId().equals("interlock")).findFirst().orElseThrow();
            assertFalse(interlock.getPassed());
            assertEquals(ex.check("interlock").message().zh(), interlock.getMessageZh());
            assertEquals(ex.check("interlock").message().en(), interlock.getMessageEn());
            assertEquals(wrongHeadless.check("interlock").firstFailureSeconds(), interlock.getFailedAtSeconds(), 1e-9,
                    "the failing moment is on the wire for the replay");
        }
    }
}
