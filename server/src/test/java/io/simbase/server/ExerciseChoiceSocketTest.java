package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.grading.GradeResult;
import io.simbase.grading.Grader;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Exercises;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ExerciseInfo;
import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.ListExercises;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.ServerMessage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An exercise names its scene and has an id of its own: list_exercises offers a scene's
 * exercises (two on conveyor-basics), a session is graded on the one chosen, and an exercise of
 * another scene is refused by name. Technicians, who grade nothing, are refused the list.
 */
class ExerciseChoiceSocketTest {
    @TempDir
    Path data;

    private static ClientMessage.Builder exercises(String scene) {
        return ClientMessage.newBuilder().setListExercises(ListExercises.newBuilder().setScene(scene));
    }

    private static String session(TestClient c, String scene) throws InterruptedException {
        return c.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setScene(scene)))
                .getSessionCreated().getSessionId();
    }

    @Test
    void aSessionIsGradedOnTheChosenExerciseOfItsScene() throws Exception {
        Exercise stop = Exercises.load("conveyor-stop-safety");
        GradeResult nobody = Grader.grade(stop, plant -> simNanos -> { });
        try (ServerFixture f = new ServerFixture(data)) {
            TestClient teacher = f.instructor();
            String code = ServerFixture.openClass(teacher);
            TestClient ada = f.student(code, "ada");

            List<ExerciseInfo> conveyor = ada.ok(exercises("conveyor-basics")).getExercises().getExercisesList();
            assertEquals(List.of("conveyor-basics", "conveyor-stop-safety"), conveyor.stream().map(ExerciseInfo::getId).toList());
            assertEquals("停止回路与失效安全", conveyor.get(1).getTitleZh());
            assertEquals("Stop circuit and fail-safe stop", conveyor.get(1).getTitleEn());
            assertEquals("conveyor-basics", conveyor.get(1).getScene());
            assertEquals(Exercises.bundledIds(), teacher.ok(exercises("")).getExercises().getExercisesList().stream()
                    .map(ExerciseInfo::getId).toList(), "all, in curriculum order");
            assertEquals(0, ada.ok(exercises("no-such-scene")).getExercises().getExercisesCount());
            ServerMessage tech = f.technician().request(exercises(""));
            assertEquals(Error.Code.FORBIDDEN, tech.getError().getCode(), tech.toString());

            String tank = session(ada, "tank-level");
            ServerMessage refused = ada.request(GradedRuns.start(tank, "conveyor-stop-safety"));
            assertEquals(Error.Code.BAD_REQUEST, refused.getError().getCode());
            assertEquals("exercise conveyor-stop-safety is for scene conveyor-basics, this session runs tank-level",
                    refused.getError().getText());

            String sid = session(ada, "conveyor-basics");
            teacher.ok(ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(sid)
                    .setAction(Control.Action.TIME_SCALE).setTimeScale(10)));
            ada.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
            ada.ok(GradedRuns.start(sid, "conveyor-stop-safety"));
            GradedRun done = GradedRuns.awaitVerdict(ada, 1);
            assertTrue(done.getFinished(), done.getAborted());
            assertEquals("conveyor-stop-safety", done.getExerciseId());
            assertEquals(nobody.score(), done.getScore());
            assertEquals(GradedRuns.failed(nobody), GradedRuns.failed(done));
            assertEquals(stop.check("start_runs").message().en(), done.getChecks(0).getMessageEn(),
                    "a check without a written message carries the one its kind writes");
        }
    }
}
