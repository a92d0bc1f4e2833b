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
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.GradedCheck;
import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.ListResults;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.ResultList;
import io.simbase.protocol.v1.ServerMessage;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live graded run over real WebSockets: a student starts it in her session, observers see
 * progress and the verdict, the result is kept for her (students read only their own, the
 * instructor everyone's) and is still there after a server restart. Nothing drives the
 * actuators here, so the live result must equal the headless grade of a controller that does
 * nothing.
 */
class LiveGradedRunSocketTest {
    @TempDir
    Path data;

    private static ClientMessage.Builder list(String classCode) {
        return ClientMessage.newBuilder().setListResults(ListResults.newBuilder().setClassCode(classCode));
    }

    private static ResultList awaitRows(TestClient c, String classCode, int rows) throws InterruptedException {
        long end = System.currentTimeMillis() + 10_000;
        ResultList got;
        do {
            got = c.ok(list(classCode)).getResults();
            if (got.getRowsCount() >= rows) {
                return got;
            }
            Thread.sleep(50);
        } while (System.currentTimeMillis() < end);
        return got;
    }

    @Test
    void aStudentsLiveGradedRunIsStreamedKeptForHerOnlyAndSurvivesARestart() throws Exception {
        Exercise ex = Exercises.load("conveyor-basics");
        GradeResult headless = Grader.grade(ex, plant -> simNanos -> { });
        String code;
        String recording;
        try (ServerFixture f = new ServerFixture(data)) {
            TestClient teacher = f.instructor();
            code = ServerFixture.openClass(teacher);
            TestClient ada = f.student(code, "ada");
            TestClient bob = f.student(code, "bob");
            String sid = ada.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder()
                    .setScene("conveyor-basics"))).getSessionCreated().getSessionId();
            teacher.ok(ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(sid)
                    .setAction(Control.Action.TIME_SCALE).setTimeScale(10)));
            ada.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));

            ServerMessage forbidden = bob.request(GradedRuns.start(sid, "conveyor-basics"));
            assertEquals(Error.Code.FORBIDDEN, forbidden.getError().getCode(), forbidden.toString());
            ServerMessage unknown = ada.request(GradedRuns.start(sid, "../../etc/passwd"));
            assertEquals(Error.Code.BAD_REQUEST, unknown.getError().getCode());
            assertTrue(unknown.getError().getText().startsWith("unknown exercise '../../etc/passwd' (known: conveyor-basics"),
                    unknown.getError().getText());
            ServerMessage wrongScene = ada.request(GradedRuns.start(sid, "tank-level"));
            assertEquals(Error.Code.BAD_REQUEST, wrongScene.getError().getCode());

            ada.ok(GradedRuns.start(sid, "conveyor-basics"));
            GradedRun done = GradedRuns.awaitVerdict(ada, 1);
            assertTrue(done.getFinished(), done.getAborted());
            assertEquals(headless.score(), done.getScore());
            assertEquals(headless.passed(), done.getPassed());
            Set<String> failedLive = done.getChecksList().stream().filter(GradedCheck::getFailed)
                    .map(GradedCheck::getId).collect(Collectors.toSet());
            Set<String> failedHeadless = headless.checks().stream().filter(c -> !c.passed())
                    .map(CheckResult::id).collect(Collectors.toSet());
            assertEquals(failedHeadless, failedLive);
            assertFalse(failedLive.isEmpty(), "a plant nobody controls fails checks");
            for (GradedCheck c : done.getChecksList()) {
                CheckResult h = headless.check(c.getId());
                if (c.getFailed()) {
                    assertEquals(h.firstFailureSeconds(), c.getFailedAtSeconds(), 1e-9, c.getId());
                    assertEquals(h.failedScenario(), c.getFailedScenario(), c.getId());
                }
            }
            List<GradedRun> progress = ada.received().stream().filter(ServerMessage::hasGradedRun)
                    .map(ServerMessage::getGradedRun).filter(g -> !g.getFinished()).toList();
            assertTrue(progress.stream().anyMatch(g -> g.getScenarioIndex() == 0), "progress in the first scenario");
            assertTrue(progress.stream().anyMatch(g -> g.getScenarioIndex() == ex.scenarios().size() - 1),
                    "progress in the last scenario");
            assertTrue(progress.stream().anyMatch(g -> g.getChecksList().stream().anyMatch(GradedCheck::getFailed)),
                    "a check turned red while the run went on");
            recording = done.getRecording();
            assertTrue(recording.startsWith(sid), recording);

            ResultList mine = awaitRows(ada, "", 1);
            assertEquals(1, mine.getRowsCount());
            assertTrue(mine.getRows(0).getStudent().startsWith("ada"), mine.getRows(0).getStudent()); // the class makes names unique: ada#xxxx
            assertEquals(code, mine.getRows(0).getClassCode());
            assertEquals(headless.score(), mine.getRows(0).getScore());
            assertEquals(recording, mine.getRows(0).getRecording());
            assertEquals(0, bob.ok(list(code)).getResults().getRowsCount(), "bob sees only his own (none)");
            assertEquals(1, teacher.ok(list("")).getResults().getRowsCount());
            assertEquals(0, teacher.ok(list("NOSUCH")).getResults().getRowsCount());
        }
        try (ServerFixture f = new ServerFixture(data)) {
            ResultList kept = f.instructor().ok(list(code)).getResults();
            assertEquals(1, kept.getRowsCount(), "kept across a restart");
            assertEquals(recording, kept.getRows(0).getRecording());
        }
    }
}
