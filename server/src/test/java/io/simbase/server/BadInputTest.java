package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scenes;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CloseSession;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionResult;
import io.simbase.protocol.v1.SetInput;
import io.simbase.server.client.SessionMirror;
import io.simbase.server.record.Recording;
import io.simbase.server.record.Replayer;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input at the socket edge: an error naming why, and only that connection closes. */
class BadInputTest {
    @TempDir
    Path data;

    private static ServerMessage fatalError(TestClient c) throws InterruptedException {
        ServerMessage e = c.await(ServerMessage::hasError, "an error");
        assertTrue(e.getError().getClosing(), "a connection-level violation says it closes");
        c.until(c::isClosed, "the server closing the connection");
        return e;
    }

    @Test
    void oversizedFrameGetsTooLargeAndCloses() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient c = f.connect()) {
            c.raw().sendRaw(new byte[f.server.config().maxFrameBytes + 1]);
            assertEquals(Error.Code.TOO_LARGE, fatalError(c).getError().getCode());
        }
    }

    @Test
    void malformedProtobufGetsMalformedAndCloses() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient c = f.connect()) {
            // field 10 (login), length 5, but only one byte follows: truncated
            c.raw().sendRaw(new byte[] {0x52, 0x05, 0x01});
            ServerMessage e = fatalError(c);
            assertEquals(Error.Code.MALFORMED, e.getError().getCode());
            assertTrue(e.getError().getText().contains("malformed"));
        }
    }

    @Test
    void unknownMessageKindAndTextFramesGetUnknownMessageAndClose() throws Exception {
        try (ServerFixture f = new ServerFixture(data)) {
            try (TestClient c = f.connect()) {
                // field 99, varint 1: a well-formed message of a kind this server does not know
                c.raw().sendRaw(new byte[] {(byte) 0x98, 0x06, 0x01});
                assertEquals(Error.Code.UNKNOWN_MESSAGE, fatalError(c).getError().getCode());
            }
            try (TestClient c = f.connect()) {
                c.raw().sendText("{\"hello\": 1}");
                assertEquals(Error.Code.UNKNOWN_MESSAGE, fatalError(c).getError().getCode());
            }
        }
    }

    @Test
    void garbageFloodLeavesAnotherRunningSessionUntouched() throws Exception {
        try (ServerFixture f = new ServerFixture(data)) {
            String code = ServerFixture.openClass(f.instructor());
            try (TestClient ada = f.student(code, "Ada")) {
                String sid = ada.ok(ClientMessage.newBuilder().setCreateSession(
                        CreateSession.newBuilder().setScene("sorting-station").setSeed(3))).getSessionCreated().getSessionId();
                SessionMirror m = ada.mirror(sid);
                ada.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
                ada.ok(ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(sid).setTag("belt_run").setValue(1)));
                long before = f.server.metrics().snapshot().skippedSteps();

                Random rnd = new Random(42);
                int closedByServer = 0;
                int floods = 40;
                for (int i = 0; i < floods; i++) {
                    // A WebSocket connection that sends garbage frames until the server closes it ...
                    TestClient bad = f.connect();
                    for (int k = 0; k < 50 && !bad.isClosed(); k++) {
                        byte[] junk = new byte[1 + rnd.nextInt(2000)];
                        rnd.nextBytes(junk);
                        bad.raw().sendRaw(junk);
                    }
                    bad.until(bad::isClosed, "garbage connection closed");
                    closedByServer++;
                    bad.close();
                    // ... and a raw TCP socket that is not even HTTP.
                    try (Socket s = new Socket("127.0.0.1", f.server.port())) {
                        OutputStream out = s.getOutputStream();
                        byte[] junk = new byte[4096];
                        rnd.nextBytes(junk);
                        out.write(junk);
                        out.write("\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                        out.flush();
                    } catch (java.io.IOException e) {
                        // the server may reset it first; that is fine
                    }
                }
                assertEquals(floods, closedByServer);

                // The other session ran on: stepping, streaming, no event lost, input still applied.
                long stepAfterFlood = m.step();
                ada.until(() -> m.step() > stepAfterFlood + 50, "session still stepping after the flood");
                ada.ok(ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(sid).setTag("belt_run").setValue(0)));
                ada.until(() -> m.tag("belt_run") == 0.0, "input after the flood visible");
                assertEquals(0, m.eventGaps(), "no event lost");
                assertTrue(!ada.isClosed());
                ServerMetricsPrinter.print("garbage flood", f.server.metrics().snapshot(), before);

                SessionResult live = ada.ok(ClientMessage.newBuilder().setCloseSession(
                        CloseSession.newBuilder().setSessionId(sid))).getResult();
                Path file = f.server.sessions().recordingsDir().resolve(live.getRecording());
                Replayer.Result r = Replayer.replay(Recording.read(file), Scenes.load("sorting-station"), file.toString());
                assertEquals(live.getStateHash(), r.hashHex(), "state is exactly what its own inputs make it");
            }
        }
    }
}
