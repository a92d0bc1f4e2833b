package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SetInput;
import io.simbase.server.client.SessionMirror;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A client that stops reading: first its samples are merged (and it resyncs with a full state
 * when it reads again, no event lost); past the backlog limit it is disconnected with a reason.
 * Small socket buffers and water marks make the backlog build within a second or two.
 */
class SlowClientTest {
    @TempDir
    Path data;

    private static String startObservedSession(ServerFixture f, TestClient student) throws Exception {
        String sid = student.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder()
                .setScene("sorting-station").setFrameRateHz(200))).getSessionCreated().getSessionId();
        student.mirror(sid);
        student.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
        student.ok(ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(sid).setTag("belt_run").setValue(1)));
        return sid;
    }

    @Test
    void aClientThatStopsReadingGetsMergedSamplesThenAFullStateAndLosesNoEvent() throws Exception {
        try (ServerFixture f = new ServerFixture(data, b -> b.writeWaterMarks(1024, 2048).socketSendBufferBytes(4096)
                .backlogLimitBytes(64L << 20))) {
            String code = ServerFixture.openClass(f.instructor());
            try (TestClient slow = f.student(code, "Slow", 16 * 1024)) {
                String sid = startObservedSession(f, slow);
                SessionMirror m = slow.mirror(sid);
                slow.until(() -> m.deltas() > 5, "deltas flowing");
                slow.raw().channel().config().setAutoRead(false);
                long deadline = System.currentTimeMillis() + 20_000;
                // Sustained merging (not a momentary full buffer): 20 frames in a row at 200 Hz.
                while (f.server.metrics().snapshot().merged() < 20 && System.currentTimeMillis() < deadline) {
                    Thread.onSpinWait();
                    Thread.yield();
                }
                assertTrue(f.server.metrics().snapshot().merged() >= 20, "samples merged for the stalled client");
                long fullBefore = m.fullStates();
                slow.raw().channel().config().setAutoRead(true);
                slow.until(() -> m.fullStates() > fullBefore && m.synced(), "a full state after reading resumes");
                long framesAtResync = m.frame();
                slow.until(() -> m.frame() > framesAtResync + 5, "deltas again after the full state");
                assertEquals(0, m.eventGaps(), "no event lost while merged");
                assertFalse(slow.isClosed());
            }
        }
    }

    @Test
    void aClientTooFarBehindIsDisconnectedWithAReason() throws Exception {
        try (ServerFixture f = new ServerFixture(data, b -> b.writeWaterMarks(1024, 2048).socketSendBufferBytes(4096)
                .stallLimitMillis(1000))) {
            String code = ServerFixture.openClass(f.instructor());
            try (TestClient slow = f.student(code, "Stuck", 16 * 1024); TestClient other = f.student(code, "Fine")) {
                startObservedSession(f, slow);
                String otherSid = startObservedSession(f, other);
                slow.raw().channel().config().setAutoRead(false);
                long deadline = System.currentTimeMillis() + 20_000;
                while (f.server.metrics().snapshot().tooSlow() == 0 && System.currentTimeMillis() < deadline) {
                    Thread.yield();
                }
                assertEquals(1, f.server.metrics().snapshot().tooSlow(), "exactly the stalled client was cut off");
                slow.raw().channel().config().setAutoRead(true);
                ServerMessage err = slow.await(ServerMessage::hasError, "the reason");
                assertEquals(Error.Code.TOO_SLOW, err.getError().getCode());
                assertTrue(err.getError().getText().contains("too slow"));
                slow.until(slow::isClosed, "disconnect");
                SessionMirror om = other.mirror(otherSid);
                long s = om.step();
                other.until(() -> om.step() > s + 20, "the other client still streaming");
                assertFalse(other.isClosed());
            }
        }
    }
}
