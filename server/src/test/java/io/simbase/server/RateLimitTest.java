package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SetInput;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs beyond a connection's rate are refused with RATE_LIMITED; the rest are applied. */
class RateLimitTest {
    @TempDir
    Path data;

    @Test
    void aBurstBeyondTheBucketIsRefusedAndTheConnectionStaysUsable() throws Exception {
        try (ServerFixture f = new ServerFixture(data, b -> b.inputRate(1, 5))) {
            String code = ServerFixture.openClass(f.instructor());
            try (TestClient c = f.student(code, "Fast")) {
                String sid = c.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder()
                        .setScene("sorting-station"))).getSessionCreated().getSessionId();
                int sent = 20;
                long first = 1000;
                for (int i = 0; i < sent; i++) {
                    c.raw().send(ClientMessage.newBuilder().setRequestId(first + i).setSetInput(SetInput.newBuilder()
                            .setSessionId(sid).setTag("belt_run").setValue(i & 1)).build());
                }
                int acked = 0;
                int limited = 0;
                for (int i = 0; i < sent; i++) {
                    long id = first + i;
                    ServerMessage r = c.await(m -> m.getRequestId() == id, "reply " + id);
                    if (r.hasInputAck()) {
                        acked++;
                    } else if (r.hasError() && r.getError().getCode() == Error.Code.RATE_LIMITED) {
                        limited++;
                    }
                }
                assertEquals(sent, acked + limited, "every input answered: applied or refused");
                assertTrue(acked >= 5 && acked <= 7, "the burst of 5 (plus what refilled) applied: " + acked);
                assertTrue(limited >= 13, "the rest refused: " + limited);
                assertFalse(c.isClosed(), "rate limiting does not close the connection");
            }
        }
    }
}
