package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scenes;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CloseSession;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.SessionResult;
import io.simbase.protocol.v1.SetInput;
import io.simbase.server.client.SessionMirror;
import io.simbase.server.record.Recording;
import io.simbase.server.record.Replayer;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An instructor's reset rebuilds the plant for every observer and replays exactly. */
class ResetTest {
    @TempDir
    Path data;

    @Test
    void resetStartsThePlantOverObserversResyncAndTheRecordingStillReplays() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "Ada")) {
                String sid = ada.ok(ClientMessage.newBuilder().setCreateSession(
                        CreateSession.newBuilder().setScene("sorting-station").setSeed(9))).getSessionCreated().getSessionId();
                SessionMirror m = ada.mirror(sid);
                ada.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
                ada.ok(ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(sid).setTag("belt_run").setValue(1)));
                ada.until(() -> m.step() > 300 && m.tag("belt_run") == 1.0, "running with the belt on");
                long fullBefore = m.fullStates();

                teacher.ok(ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(sid).setAction(Control.Action.RESET)));
                ada.until(() -> m.fullStates() > fullBefore, "a full state after the reset");
                ada.until(() -> m.synced() && m.step() < 300 && m.tag("belt_run") == 0.0, "the plant from its start, belt off");
                assertEquals(0, m.eventGaps(), "the event stream continues across the reset");

                ada.ok(ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(sid).setTag("belt_run").setValue(1)));
                long s = m.step();
                ada.until(() -> m.step() > s + 100, "running again");
                SessionResult live = ada.ok(ClientMessage.newBuilder().setCloseSession(
                        CloseSession.newBuilder().setSessionId(sid))).getResult();
                Path file = f.server.sessions().recordingsDir().resolve(live.getRecording());
                Recording rec = Recording.read(file);
                assertTrue(rec.entries().stream().anyMatch(e -> e.kind() == Recording.Kind.RESET));
                Replayer.Result r = Replayer.replay(rec, Scenes.load("sorting-station"), file.toString());
                assertEquals(live.getStateHash(), r.hashHex());
                assertEquals(live.getStep(), r.step());
            }
        }
    }
}
