package io.simbase.server;

import static io.simbase.server.SoftPlcSessionTest.create;
import static io.simbase.server.SoftPlcSessionTest.download;
import static io.simbase.server.SoftPlcSessionTest.lastStatus;
import static io.simbase.server.SoftPlcSessionTest.observe;
import static io.simbase.server.SoftPlcSessionTest.program;
import static io.simbase.server.SoftPlcSessionTest.run;
import static io.simbase.server.SoftPlcSessionTest.set;
import static io.simbase.server.SoftPlcSessionTest.stop;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.PlcProgramInfo;
import io.simbase.protocol.v1.PlcStatus;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.server.client.SessionMirror;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An instructor acts on a student's program over real sockets: reads it, downloads a corrected
 * one into the student's session, runs and stops it, while the student sees each change on the
 * session's stream (with who downloaded); another student of the class and a technician are
 * refused all three, and the student's own session stays theirs.
 */
class InstructorProgramTest {
    /** Compiles, but never starts the belt: the student's mistake. */
    private static final String WRONG = "PROGRAM wrong\nVAR on : BOOL; END_VAR\nIF start_pb THEN on := TRUE; END_IF;\n"
            + "belt_run := FALSE;\nEND_PROGRAM\n";

    private static PlcProgramInfo lastProgram(TestClient c, String sid) {
        List<ServerMessage> all = c.received();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).hasPlcProgram() && all.get(i).getPlcProgram().getSessionId().equals(sid)) {
                return all.get(i).getPlcProgram();
            }
        }
        return null;
    }

    private static PlcStatus.State state(TestClient c, String sid) {
        PlcStatus s = lastStatus(c, sid);
        return s == null ? null : s.getState();
    }

    @Test
    void theInstructorDownloadsACorrectedProgramIntoAStudentsSessionAndRunsAndStopsIt() throws Exception {
        try (ServerFixture f = new ServerFixture(Files.createTempDirectory("simbase-plc-instructor"));
             TestClient teacher = f.instructor(); TestClient tech = f.technician()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "Ada"); TestClient bob = f.student(code, "Bob")) {
                String sid = create(ada, "sorting-station");
                SessionMirror m = ada.mirror(sid);
                ada.ok(observe(sid));
                assertTrue(ada.ok(download(sid, WRONG, "mine.st")).hasInputAck());
                ada.ok(run(sid));
                ada.ok(set(sid, "start_pb", 1));

                // The instructor opens the session: the student's program, by the student, in RUN.
                teacher.ok(observe(sid));
                teacher.until(() -> lastProgram(teacher, sid) != null && state(teacher, sid) == PlcStatus.State.RUN,
                        "the student's program in RUN");
                PlcProgramInfo seen = lastProgram(teacher, sid);
                assertEquals(WRONG, seen.getSource());
                assertTrue(seen.getDownloadedBy().startsWith("Ada"), seen.getDownloadedBy());
                assertEquals(0.0, m.tag("belt_run"), "the wrong program keeps the belt off");

                // A corrected program from the instructor replaces it; the student sees it and STOP.
                String fixed = program("sorting-station");
                assertTrue(teacher.ok(download(sid, fixed, "fixed.st")).hasInputAck());
                ada.until(() -> {
                    PlcProgramInfo p = lastProgram(ada, sid);
                    return p != null && p.getSource().equals(fixed);
                }, "the instructor's program on the student's stream");
                assertEquals("teacher", lastProgram(ada, sid).getDownloadedBy());
                assertEquals("fixed.st", lastProgram(ada, sid).getFileName());
                ada.until(() -> state(ada, sid) == PlcStatus.State.STOP, "a new download stops the PLC");

                teacher.ok(run(sid));
                ada.until(() -> state(ada, sid) == PlcStatus.State.RUN, "the student sees RUN");
                ada.ok(set(sid, "start_pb", 0));
                ada.ok(set(sid, "start_pb", 1));
                ada.until(() -> m.tag("belt_run") == 1.0, "the instructor's program starts the belt");

                // Another student and a technician may do none of it; the PLC runs on untouched.
                for (TestClient other : List.of(bob, tech)) {
                    for (ClientMessage.Builder b : List.of(download(sid, WRONG, "x.st"), run(sid), stop(sid))) {
                        ServerMessage r = other.request(b);
                        assertEquals(Error.Code.FORBIDDEN, r.getError().getCode(), b.getKindCase() + ": " + r);
                    }
                }

                teacher.ok(stop(sid));
                ada.until(() -> state(ada, sid) == PlcStatus.State.STOP && m.tag("belt_run") == 0.0,
                        "STOP from the instructor, outputs off");
                assertEquals(fixed, lastProgram(ada, sid).getSource(), "the refused download changed nothing");
                // The student is still in charge of their own session.
                ada.ok(run(sid));
                ada.until(() -> state(ada, sid) == PlcStatus.State.RUN, "the student runs it again");
            }
        }
    }
}
