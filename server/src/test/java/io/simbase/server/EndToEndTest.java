package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scenes;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Force;
import io.simbase.protocol.v1.GetResult;
import io.simbase.protocol.v1.InjectFault;
import io.simbase.protocol.v1.ClearFault;
import io.simbase.protocol.v1.ListSessions;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.CloseSession;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionResult;
import io.simbase.protocol.v1.SessionSummary;
import io.simbase.protocol.v1.SetInput;
import io.simbase.protocol.v1.Unforce;
import io.simbase.server.client.SessionMirror;
import io.simbase.server.record.Recording;
import io.simbase.server.record.Replayer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A student and an instructor on one real server, then the recording replayed. */
class EndToEndTest {
    @TempDir
    Path data;

    @Test
    void studentOperatesInstructorObservesForcesFaultsAndPausesAndReplayGivesTheLiveHash() throws Exception {
        try (ServerFixture f = new ServerFixture(data);
             TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient student = f.student(code, "Ada")) {
                String sid = student.ok(ClientMessage.newBuilder().setCreateSession(
                        CreateSession.newBuilder().setScene("sorting-station").setSeed(7))).getSessionCreated().getSessionId();
                SessionMirror sm = student.mirror(sid);
                ServerMessage full = student.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
                assertTrue(full.getFullState().hasLayout(), "observe answers with a full state and its layout");
                assertEquals("sorting-station", full.getFullState().getLayout().getScene());

                // The student starts the belt: acknowledged with a step, then visible in the stream.
                ServerMessage ack = student.ok(ClientMessage.newBuilder().setSetInput(
                        SetInput.newBuilder().setSessionId(sid).setTag("belt_run").setValue(1)));
                assertEquals(sid, ack.getInputAck().getSessionId());
                student.until(() -> sm.tag("belt_run") == 1.0, "belt_run=1 in the student's stream");
                student.until(() -> sm.step() > ack.getInputAck().getStep() + 20, "the plant running in real time");

                // The instructor sees the session in the class list and observes it.
                SessionSummary sum = teacher.ok(ClientMessage.newBuilder().setListSessions(
                        ListSessions.newBuilder().setClassCode(code))).getSessionList().getSessions(0);
                assertEquals(sid, sum.getSessionId());
                assertTrue(sum.getOwner().startsWith("Ada#"));
                assertEquals("sorting-station", sum.getScene());
                SessionMirror tm = teacher.mirror(sid);
                teacher.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
                teacher.until(() -> tm.tag("belt_run") == 1.0, "instructor sees belt_run=1");

                // Force a sensor: both see it. Fault, pause, resume, time scale.
                teacher.ok(ClientMessage.newBuilder().setForce(Force.newBuilder().setSessionId(sid).setTag("at_pusher1").setValue(1)));
                student.until(() -> sm.tag("at_pusher1") == 1.0, "student sees the forced sensor");
                teacher.until(() -> tm.tag("at_pusher1") == 1.0, "instructor sees the forced sensor");
                teacher.ok(ClientMessage.newBuilder().setUnforce(Unforce.newBuilder().setSessionId(sid).setTag("at_pusher1")));
                teacher.ok(ClientMessage.newBuilder().setInjectFault(InjectFault.newBuilder().setSessionId(sid)
                        .setTarget("part_in").setKind("stuck_on")));
                student.until(() -> sm.tag("part_in") == 1.0, "stuck_on fault visible");
                SessionSummary faulted = teacher.ok(ClientMessage.newBuilder().setListSessions(
                        ListSessions.newBuilder().setClassCode(code))).getSessionList().getSessions(0);
                assertTrue(faulted.getActiveFaultsList().contains("part_in:stuck_on"), faulted.getActiveFaultsList().toString());
                teacher.ok(ClientMessage.newBuilder().setClearFault(ClearFault.newBuilder().setSessionId(sid)
                        .setTarget("part_in").setKind("stuck_on")));

                teacher.ok(ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(sid).setAction(Control.Action.PAUSE)));
                long pausedAt = teacher.ok(ClientMessage.newBuilder().setGetResult(GetResult.newBuilder().setSessionId(sid)))
                        .getResult().getStep();
                SessionSummary paused = teacher.ok(ClientMessage.newBuilder().setListSessions(
                        ListSessions.newBuilder().setClassCode(code))).getSessionList().getSessions(0);
                assertTrue(paused.getPaused());
                // Inputs still apply while paused, at the paused step.
                ServerMessage pausedAck = student.ok(ClientMessage.newBuilder().setSetInput(
                        SetInput.newBuilder().setSessionId(sid).setTag("running_light").setValue(1)));
                assertEquals(pausedAt, pausedAck.getInputAck().getStep());
                assertEquals(pausedAt, teacher.ok(ClientMessage.newBuilder().setGetResult(GetResult.newBuilder().setSessionId(sid)))
                        .getResult().getStep(), "no step while paused");
                teacher.ok(ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(sid)
                        .setAction(Control.Action.TIME_SCALE).setTimeScale(4)));
                teacher.ok(ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(sid).setAction(Control.Action.RESUME)));
                student.until(() -> sm.step() > pausedAt + 100, "running again after resume");
                student.ok(ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(sid).setTag("belt_run").setValue(0)));

                assertEquals(0, sm.eventGaps(), "no event lost");
                assertTrue(sm.events() > 0, "events arrived");

                SessionResult live = student.ok(ClientMessage.newBuilder().setCloseSession(
                        CloseSession.newBuilder().setSessionId(sid))).getResult();
                assertTrue(live.getClosed());
                ServerMessage told = teacher.await(m -> m.hasResult() && m.getRequestId() == 0
                        && m.getResult().getClosed(), "the observing instructor told that the session ended");
                assertEquals(live.getStateHash(), told.getResult().getStateHash());

                Path file = f.server.sessions().recordingsDir().resolve(live.getRecording());
                Recording rec = Recording.read(file);
                assertFalse(rec.truncated());
                Replayer.Result r = Replayer.replay(rec, Scenes.load(rec.scene()), file.toString());
                assertTrue(r.ended());
                assertTrue(r.checkpoints() >= 3, "checkpoints verified: " + r.checkpoints());
                assertEquals(live.getStep(), r.step());
                assertEquals(live.getStateHash(), r.hashHex(), "replay hash equals the live session's");
            }
        }
    }
}
