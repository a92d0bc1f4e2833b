package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.testing.CPeer;
import io.simbase.grading.GradeResult;
import io.simbase.grading.Grader;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Exercises;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.ConnectOwnPlc;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.GradedCheck;
import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.ListResults;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.ResultList;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A live graded run of a student's own PLC: a libmodbus C master ({@code plc_latch.c}, a
 * start/stop latch at a 10 ms scan over Modbus TCP) controls the session through its own-PLC
 * port while the graded run rebuilds the world and drives the stop-circuit exercise's timeline.
 * The PLC runs on the wall clock, so its verdict is not the headless one to the millisecond; what
 * must hold is that the PLC, not the timeline alone, was graded: the belt starts on Start (a plant
 * nobody controls fails that check), the Running light written in the same transaction always
 * agrees with the belt, and the result is kept.
 */
class LiveGradedOwnPlcTest {
    private static final String EXERCISE = "conveyor-stop-safety";

    @TempDir
    Path data;

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static GradedCheck check(GradedRun run, String id) {
        return run.getChecksList().stream().filter(c -> c.getId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void theLatchOnTheOwnPlcPortIsGradedLive() throws Exception {
        Exercise ex = Exercises.load(EXERCISE);
        GradeResult nobody = Grader.grade(ex, plant -> simNanos -> { });
        assertFalse(nobody.check("start_runs").passed(), "without a controller the belt never starts");
        int first = freePort();
        try (ServerFixture f = new ServerFixture(data, b -> b.plcPorts(first + "-" + (first + 20)));
             TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            TestClient ada = f.student(code, "ada");
            String sid = ada.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder()
                    .setScene(ex.sceneId()))).getSessionCreated().getSessionId();
            ada.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
            // half speed: the PLC's 10 ms scan and the loopback round trips stay well inside 0.1 s of sim time
            teacher.ok(ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(sid)
                    .setAction(Control.Action.TIME_SCALE).setTimeScale(0.5)));
            int port = ada.ok(ClientMessage.newBuilder().setConnectOwnPlc(ConnectOwnPlc.newBuilder().setSessionId(sid)))
                    .getOwnPlc().getPort();
            try (CPeer plc = CPeer.start("plc_latch", "127.0.0.1", String.valueOf(port), "255")) {
                ada.ok(GradedRuns.start(sid, EXERCISE));
                GradedRun done = GradedRuns.awaitVerdict(ada, 1);
                assertTrue(done.getFinished(), done.getAborted());
                assertFalse(check(done, "start_runs").getFailed(), "the own PLC started the belt: " + done);
                assertFalse(check(done, "light_follows").getFailed(), "one transaction writes both coils: " + done);
                assertTrue(done.getScore() > nobody.score(), done.getScore() + " vs " + nobody.score() + " for nobody");
            }
            ResultList kept = null;
            long end = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < end) {
                kept = ada.ok(ClientMessage.newBuilder().setListResults(ListResults.newBuilder())).getResults();
                if (kept.getRowsCount() == 1) {
                    break;
                }
                Thread.sleep(50);
            }
            assertEquals(1, kept.getRowsCount(), String.valueOf(kept));
            assertEquals(EXERCISE, kept.getRows(0).getExerciseId());
        }
    }
}
