package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Exercises;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CloseSession;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.GradedCheck;
import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.OpenReplay;
import io.simbase.protocol.v1.ReplayMark;
import io.simbase.protocol.v1.ReplayOpened;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.StartGradedRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The failing moment of a live graded run, opened as a replay over a real WebSocket: the replay
 * lands in the failed check's scenario (its start marked on the timeline) at the sim time the
 * check first failed, while the session is still live (asked for the moment the run's end
 * message arrives: no retry, no wait for the periodic flush) and after it ended; a run that is
 * not in the recording is refused.
 */
class GradedRunReplayTest {
    @TempDir
    Path data;

    @Test
    void aFailedChecksMomentOpensInItsScenarioAtItsSimTime() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "ada")) {
                String sid = ada.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder()
                        .setScene("conveyor-basics"))).getSessionCreated().getSessionId();
                teacher.ok(ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(sid)
                        .setAction(Control.Action.TIME_SCALE).setTimeScale(10)));
                ada.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid))); // graded_run goes to observers
                ada.ok(ClientMessage.newBuilder().setStartGradedRun(StartGradedRun.newBuilder().setSessionId(sid)
                        .setExerciseId("conveyor-basics")));
                GradedRun done = awaitEnd(ada);
                assertTrue(done.getFinished(), done.getAborted());
                GradedCheck failed = done.getChecksList().stream().filter(GradedCheck::getFailed)
                        .filter(c -> c.getFailedAtSeconds() > 0).findFirst().orElseThrow();
                String rec = done.getRecording();
                ServerMessage plain = ada.request(open(rec, "", 0, "", 0));
                assertEquals(Error.Code.RECORDING_LIVE, plain.getError().getCode(), "live: only a finished run's moment opens");
                // At once, as the run's end message arrives: opening flushes the live recording, so the
                // run is finished in the file without waiting for the housekeeping flush (every 250 ms).
                ClientMessage.Builder atCheck = open(rec, "conveyor-basics", 0, failed.getFailedScenario(),
                        failed.getFailedAtSeconds());
                atCheck.getOpenReplayBuilder().setCheckId(failed.getId());
                ServerMessage opened = ada.request(atCheck);
                assertTrue(opened.hasReplayOpened(), opened.toString());
                ReplayOpened live = opened.getReplayOpened();
                assertAtFailure(live, failed);
                // The tags its conditions read, as the graded run named them, and its message.
                Exercise exercise = Exercises.load("conveyor-basics");
                assertEquals(exercise.tagsOf(exercise.check(failed.getId())), failed.getTagsList());
                assertFalse(failed.getTagsList().isEmpty());
                assertEquals(failed.getId(), live.getCheckId());
                assertEquals(failed.getTagsList(), live.getCheckTagsList());
                assertEquals(failed.getMessageEn(), live.getCheckMessageEn());
                assertEquals(failed.getMessageZh(), live.getCheckMessageZh());
                ClientMessage.Builder noSuchCheck = open(rec, "conveyor-basics", 0, failed.getFailedScenario(), 1);
                noSuchCheck.getOpenReplayBuilder().setCheckId("no_such_check");
                ReplayOpened withoutCheck = ada.ok(noSuchCheck).getReplayOpened(); // a kept result's check its exercise lost
                assertEquals("", withoutCheck.getCheckId(), "opens, nothing highlighted");
                assertEquals(0, withoutCheck.getCheckTagsCount());
                ReplayOpened latest = ada.ok(open(rec, "conveyor-basics", 0, failed.getFailedScenario(),
                        failed.getFailedAtSeconds()).setOpenReplay(OpenReplay.newBuilder().setRecording(rec)
                        .setExerciseId("conveyor-basics").setLatestRun(true).setScenarioId(failed.getFailedScenario())
                        .setAtSeconds(failed.getFailedAtSeconds()))).getReplayOpened();
                assertEquals(live.getFrame().getPosition(), latest.getFrame().getPosition(), "the latest run is the only one");
                ServerMessage noSuchRun = ada.request(open(rec, "conveyor-basics", 1, failed.getFailedScenario(), 1));
                assertEquals(Error.Code.BAD_REQUEST, noSuchRun.getError().getCode());
                assertTrue(noSuchRun.getError().getText().contains("no finished graded run 2 of conveyor-basics"),
                        noSuchRun.getError().getText());

                ada.ok(ClientMessage.newBuilder().setCloseSession(CloseSession.newBuilder().setSessionId(sid)));
                ReplayOpened ended = teacher.ok(open(rec, "conveyor-basics", 0, failed.getFailedScenario(),
                        failed.getFailedAtSeconds())).getReplayOpened();
                assertAtFailure(ended, failed);
                assertEquals(live.getFrame().getPosition(), ended.getFrame().getPosition());
                assertEquals(live.getFrame().getState().getTagsList(), ended.getFrame().getState().getTagsList(),
                        "the same moment, live or ended");
                assertTrue(ended.getEnded());
            }
        }
    }

    private static GradedRun awaitEnd(TestClient c) throws InterruptedException {
        long end = System.currentTimeMillis() + 90_000;
        while (System.currentTimeMillis() < end) {
            for (ServerMessage m : c.received()) {
                if (m.hasGradedRun() && (m.getGradedRun().getFinished() || !m.getGradedRun().getAborted().isEmpty())) {
                    return m.getGradedRun();
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no finished graded_run within 90 s");
    }

    /** The frame is the failed check's scenario (its start marked), that many steps into it. */
    private static void assertAtFailure(ReplayOpened o, GradedCheck failed) {
        long steps = Math.round(failed.getFailedAtSeconds() * 1e9 / o.getStepNanos());
        assertEquals(steps, o.getFrame().getState().getStep(), "the scenario world's own step at the failure");
        assertEquals(steps * o.getStepNanos(), o.getFrame().getState().getSimNanos());
        long start = o.getFrame().getPosition() - steps;
        ReplayMark scenario = o.getMarksList().stream().filter(m -> m.getKind().equals("scenario") && m.getPosition() == start)
                .findFirst().orElseThrow(() -> new AssertionError("no scenario start at " + start + ": " + o.getMarksList()));
        assertEquals("conveyor-basics / " + failed.getFailedScenario(), scenario.getText());
        assertFalse(o.getMarksList().stream().anyMatch(m -> m.getKind().equals("graded_abort")));
    }

    private static ClientMessage.Builder open(String rec, String exercise, int run, String scenario, double seconds) {
        return ClientMessage.newBuilder().setOpenReplay(OpenReplay.newBuilder().setRecording(rec).setExerciseId(exercise)
                .setFinishedRun(run).setScenarioId(scenario).setAtSeconds(seconds));
    }
}
