package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.ServerMessage;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capstone graded live, over real WebSockets: a student downloads the reference program of
 * {@code production-line} to the soft PLC of their session, runs it and starts a graded run at
 * time scale 10; its four scenarios (nominal, estop, manual, stuck entry eye) rebuild the world
 * each, and the verdict is 100 with every one of the 13 checks passed, as headless.
 */
class LiveGradedProductionLineTest {
    private static final String EXERCISE = "production-line";

    @TempDir
    Path data;

    @Test
    void theReferenceProgramScoresAHundredLive() throws Exception {
        String reference = SoftPlcSessionTest.program(EXERCISE);
        try (ServerFixture f = new ServerFixture(data)) {
            TestClient teacher = f.instructor();
            String code = ServerFixture.openClass(teacher);
            TestClient ada = f.student(code, "ada");
            String sid = ada.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder()
                    .setScene(EXERCISE))).getSessionCreated().getSessionId();
            teacher.ok(ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(sid)
                    .setAction(Control.Action.TIME_SCALE).setTimeScale(10)));
            ada.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
            ServerMessage loaded = ada.ok(SoftPlcSessionTest.download(sid, reference, "production-line.st"));
            assertFalse(loaded.hasPlcErrors(), loaded.toString());
            ada.ok(SoftPlcSessionTest.run(sid));
            ada.ok(GradedRuns.start(sid, EXERCISE));
            GradedRun verdict = GradedRuns.awaitVerdict(ada, 1);
            assertTrue(verdict.getFinished(), verdict.getAborted());
            assertEquals(Set.of(), GradedRuns.failed(verdict), verdict.toString());
            assertEquals(13, verdict.getChecksCount());
            assertEquals(100, verdict.getScore());
            assertTrue(verdict.getPassed());
        }
    }
}
