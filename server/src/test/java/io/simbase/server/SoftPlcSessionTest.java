package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.engine.scene.Scenes;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CloseSession;
import io.simbase.protocol.v1.Control;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.PlcCompileError;
import io.simbase.protocol.v1.PlcDownload;
import io.simbase.protocol.v1.PlcProgramInfo;
import io.simbase.protocol.v1.PlcRun;
import io.simbase.protocol.v1.PlcStatus;
import io.simbase.protocol.v1.PlcStop;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionResult;
import io.simbase.protocol.v1.SetInput;
import io.simbase.server.client.SessionMirror;
import io.simbase.server.record.Recording;
import io.simbase.server.record.Replayer;
import io.simbase.server.session.Session;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The soft PLC inside live sessions, over real sockets: a student downloads and runs the
 * sorting program and the instructor watches it; compile errors come back with their lines; a
 * division by zero faults one session's PLC while another session on the same sim thread steps
 * on; a recording with downloads, stops, restarts and a reset replays to the live hash.
 */
class SoftPlcSessionTest {
    static String program(String scene) throws IOException {
        try (InputStream in = SoftPlcSessionTest.class.getClassLoader()
                .getResourceAsStream("simbase/programs/" + scene + ".st")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static ClientMessage.Builder download(String sid, String source, String file) {
        return ClientMessage.newBuilder().setPlcDownload(PlcDownload.newBuilder().setSessionId(sid)
                .setSource(source).setFileName(file));
    }

    static ClientMessage.Builder run(String sid) {
        return ClientMessage.newBuilder().setPlcRun(PlcRun.newBuilder().setSessionId(sid));
    }

    static ClientMessage.Builder stop(String sid) {
        return ClientMessage.newBuilder().setPlcStop(PlcStop.newBuilder().setSessionId(sid));
    }

    static ClientMessage.Builder set(String sid, String tag, double v) {
        return ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(sid).setTag(tag).setValue(v));
    }

    static String create(TestClient c, String scene) throws InterruptedException {
        return c.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setScene(scene)))
                .getSessionCreated().getSessionId();
    }

    static ClientMessage.Builder observe(String sid) {
        return ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid));
    }

    /** The latest PLC status of {@code sid} that {@code c} received, or null. */
    static PlcStatus lastStatus(TestClient c, String sid) {
        List<ServerMessage> all = c.received();
        for (int i = all.size() - 1; i >= 0; i--) {
            ServerMessage m = all.get(i);
            if (m.hasPlcStatus() && m.getPlcStatus().getSessionId().equals(sid)) {
                return m.getPlcStatus();
            }
        }
        return null;
    }

    /** The watch values of {@code sid} as {@code c} sees them: full statuses replace, deltas apply. */
    static double[] watch(TestClient c, String sid) {
        double[] w = new double[0];
        for (ServerMessage m : c.received()) {
            if (m.hasPlcStatus() && m.getPlcStatus().getSessionId().equals(sid)) {
                PlcStatus s = m.getPlcStatus();
                if (!s.getWatchDelta()) {
                    w = s.getWatchValuesList().stream().mapToDouble(Double::doubleValue).toArray();
                } else {
                    for (int i = 0; i < s.getWatchIndexCount(); i++) {
                        w[s.getWatchIndex(i)] = s.getWatchValues(i);
                    }
                }
            }
        }
        return w;
    }

    static int watchIndex(PlcProgramInfo p, String name) {
        for (int i = 0; i < p.getWatchNamesCount(); i++) {
            if (p.getWatchNames(i).equalsIgnoreCase(name)) {
                return i;
            }
        }
        throw new AssertionError("no watch variable " + name + " in " + p.getWatchNamesList());
    }

    @Test
    void aStudentRunsTheSortingProgramAndTheInstructorWatchesAndStopsIt() throws Exception {
        try (ServerFixture f = new ServerFixture(Files.createTempDirectory("simbase-plc-e2e"));
             TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "Ada")) {
                String sid = create(ada, "sorting-station");
                SessionMirror m = ada.mirror(sid);
                ada.ok(observe(sid));
                String source = program("sorting-station");
                ServerMessage loaded = ada.ok(download(sid, source, "sorting.st"));
                assertTrue(loaded.hasInputAck(), "a program that compiles is acknowledged: " + loaded);
                ada.await(x -> x.hasPlcProgram() && x.getPlcProgram().getSessionId().equals(sid), "the program on the stream");
                ada.ok(run(sid));
                ada.ok(set(sid, "start_pb", 1));
                ada.until(() -> m.tag("belt_run") == 1.0, "the program starts the belt");
                ada.ok(set(sid, "start_pb", 0));

                Session live = f.server.sessions().find(sid);
                assertTrue(live.plcRunning(), "plcRunning() while the program runs");

                teacher.mirror(sid);
                teacher.ok(observe(sid));
                PlcProgramInfo seen = teacher.await(x -> x.hasPlcProgram() && x.getPlcProgram().getSessionId().equals(sid),
                        "the student's program for the instructor").getPlcProgram();
                assertEquals(source, seen.getSource(), "the instructor reads the student's source");
                assertEquals("sorting.st", seen.getFileName());
                int running = watchIndex(seen, "running");
                teacher.until(() -> {
                    PlcStatus s = lastStatus(teacher, sid);
                    return s != null && s.getState() == PlcStatus.State.RUN && s.getScans() > 0
                            && watch(teacher, sid)[running] == 1.0;
                }, "RUN with the watch showing running = TRUE");
                PlcStatus s = lastStatus(teacher, sid);
                assertEquals(seen.getWatchNamesCount(), watch(teacher, sid).length, "a value per watch name");
                PlcStatus first = teacher.await(x -> x.hasPlcStatus() && x.getPlcStatus().getSessionId().equals(sid),
                        "the first status").getPlcStatus();
                assertFalse(first.getWatchDelta(), "the first status after observe is full");
                teacher.until(() -> teacher.received().stream().anyMatch(x -> x.hasPlcStatus()
                        && x.getPlcStatus().getWatchDelta() && x.getPlcStatus().getWatchIndexCount() > 0
                        && x.getPlcStatus().getWatchIndexCount() < seen.getWatchNamesCount()), "later ones are deltas");
                // The instructor's view and the student's agree on every watch value once both have a frame.
                int bin = watchIndex(seen, "measured.CV");
                teacher.until(() -> watch(teacher, sid)[bin] >= 1 && watch(ada, sid)[bin] >= 1, "a part measured");
                assertTrue(s.getScanOperations() > 0, "scan figures: " + s);

                // Statuses come with frames, not with steps.
                long frames = m.frame();
                long statuses = ada.received().stream().filter(ServerMessage::hasPlcStatus).count();
                assertTrue(statuses <= frames + 10, statuses + " statuses for " + frames + " frames");

                teacher.ok(stop(sid));
                ada.until(() -> {
                    PlcStatus x = lastStatus(ada, sid);
                    return x != null && x.getState() == PlcStatus.State.STOP;
                }, "the student sees STOP");
                ada.until(() -> m.tag("belt_run") == 0.0, "outputs off in STOP");
                teacher.until(() -> !live.plcRunning(), "plcRunning() false after stop");
            }
        }
    }

    @Test
    void everyCompileErrorComesBackWithItsLineAndNothingIsLoaded() throws Exception {
        try (ServerFixture f = new ServerFixture(Files.createTempDirectory("simbase-plc-errors"));
             TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "Ada")) {
                String sid = create(ada, "sorting-station");
                String bad = "PROGRAM p\nVAR x : INT; END_VAR\nx := TRUE;\nbelt_run := 1.5;\npart_in := TRUE;\nEND_PROGRAM\n";
                ServerMessage r = ada.request(download(sid, bad, "bad.st"));
                assertTrue(r.hasPlcErrors(), "errors, not an ack: " + r);
                List<PlcCompileError> errors = r.getPlcErrors().getErrorsList();
                assertEquals(List.of(3, 4, 5), errors.stream().map(PlcCompileError::getLine).toList(), errors.toString());
                assertTrue(errors.stream().allMatch(e -> e.getCol() > 0 && !e.getMessage().isEmpty()));

                ServerMessage refused = ada.request(run(sid));
                assertEquals(Error.Code.BAD_REQUEST, refused.getError().getCode(), "nothing loaded to run: " + refused);
                ServerMessage badName = ada.request(download(sid, "PROGRAM p END_PROGRAM", "../etc/passwd"));
                assertEquals(Error.Code.BAD_REQUEST, badName.getError().getCode());
            }
        }
    }

    @Test
    void aDivisionByZeroFaultsOnlyItsSessionWhileTheOtherOnTheSameSimThreadStepsOn() throws Exception {
        try (ServerFixture f = new ServerFixture(Files.createTempDirectory("simbase-plc-fault"), b -> b.simThreads(1));
             TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "Ada"); TestClient bob = f.student(code, "Bob")) {
                String a = create(ada, "sorting-station");
                String b = create(bob, "sorting-station");
                SessionMirror mb = bob.mirror(b);
                ada.ok(observe(a));
                bob.ok(observe(b));
                String divides = "PROGRAM p\nVAR n, d, q : INT; END_VAR\nn := n + 1;\nbelt_run := TRUE;\n"
                        + "IF n > 20 THEN\n  q := 100 / d;\nEND_IF;\nEND_PROGRAM\n";
                ada.ok(download(a, divides, "divide.st"));
                ada.ok(run(a));
                bob.ok(download(b, program("sorting-station"), "sorting.st"));
                bob.ok(run(b));
                ada.until(() -> {
                    PlcStatus s = lastStatus(ada, a);
                    return s != null && s.getState() == PlcStatus.State.FAULT;
                }, "FAULT");
                PlcStatus s = lastStatus(ada, a);
                assertEquals(6, s.getFaultLine(), s.toString());
                assertTrue(s.getFaultMessage().toLowerCase().contains("zero"), s.getFaultMessage());
                assertEquals("division_by_zero", s.getFaultCode(), "the code a page translates");
                assertFalse(f.server.sessions().find(a).plcRunning());

                long before = mb.step();
                bob.until(() -> mb.step() > before + 100, "the other session steps on");
                PlcStatus other = lastStatus(bob, b);
                assertEquals(PlcStatus.State.RUN, other.getState(), "the other PLC runs on");
                assertTrue(f.server.sessions().find(b).plcRunning());
                long faultedStep = ada.ok(ClientMessage.newBuilder().setGetResult(
                        io.simbase.protocol.v1.GetResult.newBuilder().setSessionId(a))).getResult().getStep();
                ada.until(() -> f.server.sessions().find(a).status().step() > faultedStep + 50,
                        "the faulted session's world steps on too");

                ada.ok(download(a, divides.replace("100 / d", "100 / (d + 1)"), "divide.st"));
                ada.ok(run(a));
                ada.until(() -> {
                    PlcStatus x = lastStatus(ada, a);
                    return x != null && x.getState() == PlcStatus.State.RUN && x.getScans() > 30;
                }, "fixed and running again");
            }
        }
    }

    @Test
    void aRecordingWithDownloadsStopsRestartsAndAResetReplaysToTheLiveHash() throws Exception {
        try (ServerFixture f = new ServerFixture(Files.createTempDirectory("simbase-plc-replay"));
             TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "Ada")) {
                String sid = create(ada, "sorting-station");
                SessionMirror m = ada.mirror(sid);
                ada.ok(observe(sid));
                ada.ok(download(sid, program("sorting-station"), "sorting.st"));
                ada.ok(run(sid));
                ada.ok(set(sid, "start_pb", 1));
                ada.until(() -> m.tag("belt_run") == 1.0, "belt on");
                ada.ok(set(sid, "start_pb", 0));
                long s1 = m.step();
                ada.until(() -> m.step() > s1 + 300, "sorting for a while");
                ada.ok(stop(sid));
                ada.ok(run(sid));
                ada.ok(set(sid, "start_pb", 1));
                long s2 = m.step();
                ada.until(() -> m.step() > s2 + 100, "restarted");
                teacher.ok(ClientMessage.newBuilder().setControl(Control.newBuilder().setSessionId(sid)
                        .setAction(Control.Action.RESET)));
                ada.ok(set(sid, "start_pb", 0));
                ada.ok(download(sid, program("sorting-station").replace("TALL : REAL := 0.045", "TALL : REAL := 0.02"),
                        "sorting2.st"));
                ada.ok(run(sid));
                ada.ok(set(sid, "start_pb", 1));
                long s3 = m.step();
                ada.until(() -> m.step() > s3 + 300, "the second program sorting");

                SessionResult live = ada.ok(ClientMessage.newBuilder().setCloseSession(
                        CloseSession.newBuilder().setSessionId(sid))).getResult();
                Path file = f.server.sessions().recordingsDir().resolve(live.getRecording());
                Recording rec = Recording.read(file);
                assertEquals(2, rec.entries().stream().filter(e -> e.kind() == Recording.Kind.PLC_LOAD).count());
                assertEquals(3, rec.entries().stream().filter(e -> e.kind() == Recording.Kind.PLC_RUN).count());
                assertEquals(1, rec.entries().stream().filter(e -> e.kind() == Recording.Kind.PLC_STOP).count());
                assertEquals("sorting2.st", rec.entries().stream().filter(e -> e.kind() == Recording.Kind.PLC_LOAD)
                        .reduce((x, y) -> y).orElseThrow().target());
                Replayer.Result r = Replayer.replay(rec, Scenes.load("sorting-station"), file.toString());
                assertTrue(r.ended());
                assertEquals(live.getStep(), r.step());
                assertEquals(live.getStateHash(), r.hashHex());

                // Without the PLC the same inputs give another plant: the program is really replayed.
                String withoutPlc = Files.readString(file).lines().filter(l -> !l.startsWith("plc-")
                        && !l.startsWith("hash ") && !l.startsWith("end ")).reduce("", (x, y) -> x + y + "\n");
                Path stripped = file.resolveSibling("stripped.rec");
                Files.writeString(stripped, withoutPlc);
                Replayer.Result bare = Replayer.replay(Recording.read(stripped), Scenes.load("sorting-station"),
                        stripped.toString());
                assertFalse(bare.hashHex().equals(r.hashHex()) && bare.step() == r.step(),
                        "a replay without the program differs");
            }
        }
    }
}
