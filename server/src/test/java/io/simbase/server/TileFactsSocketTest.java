package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.GradedRun;
import io.simbase.protocol.v1.ListSessions;
import io.simbase.protocol.v1.SessionSummary;
import io.simbase.protocol.v1.SessionSummary.ControllerFault;
import java.nio.file.Path;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class list's tile facts over real WebSockets: a soft PLC in FAULT is named on its
 * session's summary (and clears with a good program), and a student's graded run, once kept,
 * is their session's last grade.
 */
class TileFactsSocketTest {
    @TempDir
    Path data;

    private static SessionSummary summary(TestClient c, String code, String sid, Predicate<SessionSummary> until,
                                          String what) throws Exception {
        long end = System.nanoTime() + 10_000_000_000L;
        SessionSummary s = null;
        while (System.nanoTime() < end) {
            s = c.ok(ClientMessage.newBuilder().setListSessions(ListSessions.newBuilder().setClassCode(code)))
                    .getSessionList().getSessionsList().stream().filter(x -> x.getSessionId().equals(sid))
                    .findFirst().orElseThrow();
            if (until.test(s)) {
                return s;
            }
            Thread.sleep(20);
        }
        throw new AssertionError(what + " within 10 s; last summary: " + s);
    }

    @Test
    void aFaultedSoftPlcAndTheLastGradedRunShowOnTheClassList() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "Ada"); TestClient bob = f.student(code, "Bob")) {
                String a = SoftPlcSessionTest.create(ada, "conveyor-basics");
                String b = SoftPlcSessionTest.create(bob, "conveyor-basics");
                SessionSummary fresh = summary(teacher, code, a, s -> true, "a summary");
                assertEquals(ControllerFault.CONTROLLER_OK, fresh.getControllerFault());
                assertFalse(fresh.hasLastGrade(), "no grade before a graded run");

                String divides = "PROGRAM p\nVAR n, d, q : INT; END_VAR\nn := n + 1;\n"
                        + "IF n > 5 THEN\n  q := 100 / d;\nEND_IF;\nEND_PROGRAM\n";
                bob.ok(SoftPlcSessionTest.download(b, divides, "divide.st"));
                bob.ok(SoftPlcSessionTest.run(b));
                SessionSummary faulted = summary(teacher, code, b,
                        s -> s.getControllerFault() == ControllerFault.SOFT_PLC_FAULT, "SOFT_PLC_FAULT");
                assertTrue(faulted.getControllerFaultText().toLowerCase().contains("zero"), faulted.toString());
                assertFalse(faulted.getSoftPlcRunning());

                teacher.ok(ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(a)
                        .setAction(Control.Action.TIME_SCALE).setTimeScale(10)));
                ada.ok(SoftPlcSessionTest.observe(a));
                ada.ok(SoftPlcSessionTest.download(a, SoftPlcSessionTest.program("conveyor-basics"), "latch.st"));
                ada.ok(SoftPlcSessionTest.run(a));
                ada.ok(GradedRuns.start(a, "conveyor-stop-safety"));
                GradedRun verdict = GradedRuns.awaitVerdict(ada, 1);
                assertTrue(verdict.getFinished(), verdict.getAborted());
                SessionSummary graded = summary(teacher, code, a, SessionSummary::hasLastGrade, "the last grade");
                assertEquals("conveyor-stop-safety", graded.getLastGrade().getExerciseId());
                assertEquals(verdict.getScore(), graded.getLastGrade().getScore());
                assertEquals(verdict.getPassed(), graded.getLastGrade().getPassed());
                assertEquals(ControllerFault.CONTROLLER_OK, graded.getControllerFault());
                SessionSummary own = ada.ok(ClientMessage.newBuilder().setListSessions(ListSessions.newBuilder()))
                        .getSessionList().getSessions(0);
                assertEquals(verdict.getScore(), own.getLastGrade().getScore(), "the student sees their own grade too");

                bob.ok(SoftPlcSessionTest.download(b, SoftPlcSessionTest.program("conveyor-basics"), "latch.st"));
                SessionSummary cleared = summary(teacher, code, b,
                        s -> s.getControllerFault() == ControllerFault.CONTROLLER_OK, "the fault cleared by a download");
                assertEquals("", cleared.getControllerFaultText());
                assertFalse(cleared.hasLastGrade(), "Bob has no grade: Ada's is hers");
            }
        }
    }
}
