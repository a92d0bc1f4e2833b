package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.testing.Peers;
import io.simbase.engine.scene.Scenes;
import io.simbase.protocol.v1.BindRig;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CloseSession;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.EventKind;
import io.simbase.protocol.v1.ListSessions;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.RigStatus;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionResult;
import io.simbase.protocol.v1.SessionSummary;
import io.simbase.protocol.v1.UnbindRig;
import io.simbase.server.auth.Role;
import io.simbase.server.client.SessionMirror;
import io.simbase.server.record.Recording;
import io.simbase.server.record.Replayer;
import java.io.InputStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A technician binds a Modbus TCP slave rig to a student's live session over a real server;
 * Debian's mbpoll plays the PLC over a real socket.
 */
class RigBindTest {
    static final String TECH = "bench-tech";
    static final String TECH_PASSWORD = "bench-tech-pw-1";

    @TempDir
    Path data;

    @Test
    void technicianBindsATcpRigMbpollDrivesTheSessionStatusIsLiveUnbindClosesThePortAndReplayMatches() throws Exception {
        int port = freePort();
        installTankRig("bench-tank", port, 1000);
        try (ServerFixture f = new ServerFixture(data);
             TestClient teacher = f.instructor()) {
            f.server.users().add(TECH, Role.TECHNICIAN, TECH_PASSWORD);
            String code = ServerFixture.openClass(teacher);
            try (TestClient student = f.student(code, "Ada");
                 TestClient tech = login(f)) {
                String sid = create(student, "tank-level");
                SessionMirror sm = student.mirror(sid);
                student.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
                teacher.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
                assertEquals(0.0, sm.tag("fill_valve"));

                RigStatus bound = tech.ok(bind(sid, "bench-tank")).getRigStatus();
                assertEquals("bench-tank", bound.getName());
                assertTrue(bound.getDescription().contains("0.0.0.0:" + port), bound.getDescription()); // every interface (issue 9)
                assertTrue(bound.getDescription().contains("watchdog 1000 ms to zero"), bound.getDescription());

                // The "PLC" opens the fill valve (hr 0, percent as uint16): the student's stream shows it.
                Peers.Result w = mbpollWrite(port, 40);
                assertEquals(0, w.exitCode(), w.toString());
                student.until(() -> sm.tag("fill_valve") == 40.0, "fill_valve=40 from the rig in the session's stream");

                // The instructor sees the rig in the session summary: online, with requests counted.
                SessionSummary sum = summary(teacher, code, sid);
                assertTrue(sum.hasRig(), sum.toString());
                assertEquals("bench-tank", sum.getRig().getName());
                assertEquals("online", sum.getRig().getState());
                assertTrue(sum.getRig().getRequests() > 0, sum.getRig().toString());
                assertTrue(sum.getRig().getLatencyP99Us() > 0, sum.getRig().toString());

                // Silence: the watchdog puts the valve to its safe state (zero), the instructor sees the event.
                ServerMessage lost = teacher.await(m -> m.hasEvents() && m.getEvents().getSessionId().equals(sid)
                        && m.getEvents().getKindList().contains(EventKind.RIG_COMM_LOST), "a rig comm-lost event");
                int i = lost.getEvents().getKindList().indexOf(EventKind.RIG_COMM_LOST);
                assertTrue(lost.getEvents().getValue(i) >= 1000, "silence in ms: " + lost.getEvents().getValue(i));
                student.until(() -> sm.tag("fill_valve") == 0.0, "fill_valve back to the safe state 0");
                assertTrue(summary(teacher, code, sid).getRig().getCommLost());

                // The PLC talks again: comm restored.
                assertEquals(0, mbpollWrite(port, 25).exitCode());
                teacher.await(m -> m.hasEvents() && m.getEvents().getKindList().contains(EventKind.RIG_COMM_RESTORED),
                        "a rig comm-restored event");
                student.until(() -> sm.tag("fill_valve") == 25.0, "fill_valve=25");

                // Unbind: the port is closed when the reply arrives.
                assertTrue(tech.ok(ClientMessage.newBuilder().setUnbindRig(UnbindRig.newBuilder().setSessionId(sid))).hasOk());
                Peers.Result refused = mbpollWrite(port, 60);
                assertNotEquals(0, refused.exitCode(), "mbpoll must not reach an unbound rig: " + refused);
                assertFalse(summary(teacher, code, sid).hasRig(), "no rig in the summary after unbind");
                assertEquals(0, sm.eventGaps(), "no event lost");

                // The recording replays to the live hash (rig writes and safe-state writes are inputs).
                SessionResult live = student.ok(ClientMessage.newBuilder().setCloseSession(
                        CloseSession.newBuilder().setSessionId(sid))).getResult();
                Path file = f.server.sessions().recordingsDir().resolve(live.getRecording());
                String text = Files.readString(file);
                assertTrue(text.contains("rig bench-tank bound"), text);
                assertTrue(text.contains("rig bench-tank comm lost"), text);
                Recording rec = Recording.read(file);
                Replayer.Result r = Replayer.replay(rec, Scenes.load(rec.scene()), file.toString());
                assertTrue(r.ended());
                assertEquals(live.getStep(), r.step());
                assertEquals(live.getStateHash(), r.hashHex(), "replay hash equals the live session's");
            }
        }
    }

    @Test
    void aMasterRigFeedsASensorFromARealSlaveAndUnbindReleasesIt() throws Exception {
        int port = freePort();
        Files.createDirectories(data.resolve("rigs"));
        // libmodbus slave: discrete input 1 reads 1; coil 0 is written from running_light.
        Files.writeString(data.resolve("rigs/bench-io.yaml"), String.join("\n",
                "name: bench-io", "role: master", "scene: conveyor-basics", "tcp: " + port, "host: 127.0.0.1",
                "unit: 1", "poll_ms: 20", "response_timeout_ms: 200", "map:",
                "  - {tag: part_at_end, table: di, address: 1}",
                "  - {tag: running_light, table: coil, address: 0}", ""));
        try (io.simbase.bridge.testing.CPeer slave = io.simbase.bridge.testing.CPeer.start("modbus_slave", "tcp:" + port, "1");
             ServerFixture f = new ServerFixture(data);
             TestClient teacher = f.instructor();
             TestClient tech = f.technician()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient student = f.student(code, "Di")) {
                String sid = create(student, "conveyor-basics");
                SessionMirror sm = student.mirror(sid);
                student.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
                assertEquals(0.0, sm.tag("part_at_end"));
                tech.ok(bind(sid, "bench-io"));
                student.until(() -> sm.tag("part_at_end") == 1.0, "part_at_end=1 read from the real slave");
                teacher.until(() -> {
                    try {
                        RigStatus r = summary(teacher, code, sid).getRig();
                        return r.getState().equals("online") && r.getRequests() > 5;
                    } catch (InterruptedException e) {
                        throw new AssertionError(e);
                    }
                }, "the master rig online with polls counted");

                tech.ok(ClientMessage.newBuilder().setUnbindRig(UnbindRig.newBuilder().setSessionId(sid)));
                student.until(() -> sm.tag("part_at_end") == 0.0, "the sensor released to the simulation on unbind");

                SessionResult live = student.ok(ClientMessage.newBuilder().setCloseSession(
                        CloseSession.newBuilder().setSessionId(sid))).getResult();
                Path file = f.server.sessions().recordingsDir().resolve(live.getRecording());
                Recording rec = Recording.read(file);
                Replayer.Result r = Replayer.replay(rec, Scenes.load(rec.scene()), file.toString());
                assertEquals(live.getStateHash(), r.hashHex(), "replay hash equals the live session's");
            }
        }
    }

    @Test
    void closingTheSessionClosesItsRig() throws Exception {
        int port = freePort();
        installTankRig("bench-tank", port, 0);
        try (ServerFixture f = new ServerFixture(data);
             TestClient teacher = f.instructor();
             TestClient tech = f.technician()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient student = f.student(code, "Bo")) {
                String sid = create(student, "tank-level");
                tech.ok(bind(sid, "bench-tank"));
                assertEquals(0, mbpollWrite(port, 10).exitCode());
                student.ok(ClientMessage.newBuilder().setCloseSession(CloseSession.newBuilder().setSessionId(sid)));
                Peers.await(10_000, "the rig's port to close with its session", () -> {
                    try {
                        return mbpollWrite(port, 10).exitCode() != 0;
                    } catch (Exception e) {
                        throw new AssertionError(e);
                    }
                });
                // The rig is free again for another session.
                String sid2 = create(student, "tank-level");
                assertTrue(tech.ok(bind(sid2, "bench-tank")).hasRigStatus());
            }
        }
    }

    @Test
    void bindingIsRefusedNamingWhy() throws Exception {
        int port = freePort();
        installTankRig("bench-tank", port, 0);
        installTankRig("bench-tank-2", port, 0);
        Files.writeString(data.resolve("rigs/broken.yaml"), "name: broken\nrole: slave\ntcp: 99999\n");
        try (ServerFixture f = new ServerFixture(data);
             TestClient teacher = f.instructor();
             TestClient tech = f.technician()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient student = f.student(code, "Cy")) {
                String tank = create(student, "tank-level");
                String sorting = create(student, "sorting-station");

                refused(student, bind(tank, "bench-tank"), Error.Code.FORBIDDEN, "student may not bind rigs");
                refused(teacher, bind(tank, "bench-tank"), Error.Code.FORBIDDEN, "instructor may not bind rigs");
                refused(teacher, ClientMessage.newBuilder().setUnbindRig(UnbindRig.newBuilder().setSessionId(tank)),
                        Error.Code.FORBIDDEN, "instructor may not unbind rigs");
                refused(tech, bind(tank, "no-such-rig"), Error.Code.UNKNOWN_RIG, "no rig 'no-such-rig'");
                refused(tech, bind(tank, "../../etc/passwd"), Error.Code.BAD_REQUEST, "rig name must be");
                refused(tech, bind("nope", "bench-tank"), Error.Code.UNKNOWN_SESSION, "no live session");
                refused(tech, bind(sorting, "bench-tank"), Error.Code.BAD_REQUEST, "wired for scene tank-level");
                refused(tech, bind(tank, "broken"), Error.Code.BAD_REQUEST, "broken.yaml:3");
                refused(tech, ClientMessage.newBuilder().setUnbindRig(UnbindRig.newBuilder().setSessionId(tank)),
                        Error.Code.BAD_REQUEST, "has no rig bound");

                try (ServerSocket busy = new ServerSocket(port, 1, java.net.InetAddress.getLoopbackAddress())) {
                    refused(tech, bind(tank, "bench-tank"), Error.Code.BUSY, "cannot listen on 0.0.0.0:" + port);
                }
                tech.ok(bind(tank, "bench-tank"));
                refused(tech, bind(tank, "bench-tank-2"), Error.Code.BUSY, "already has a rig bound");
                String tank2 = create(student, "tank-level");
                refused(tech, bind(tank2, "bench-tank"), Error.Code.BUSY, "already bound to session " + tank);
                refused(tech, bind(tank2, "bench-tank-2"), Error.Code.BUSY, "cannot listen");

                // A bundled rig is found by name too (its port may be taken on this machine; either way not "unknown").
                ServerMessage r = tech.request(bind(tank2, "tank-plc-tcp"));
                assertTrue(r.hasRigStatus() || r.getError().getCode() == Error.Code.BUSY, r.toString());
            }
        }
    }

    // ---------------------------------------------------------------- helpers

    private TestClient login(ServerFixture f) throws Exception {
        TestClient c = f.connect();
        c.ok(ClientMessage.newBuilder().setLogin(io.simbase.protocol.v1.Login.newBuilder()
                .setUsername(TECH).setPassword(TECH_PASSWORD)));
        return c;
    }

    /** The bundled TCP tank rig under {@code <data>/rigs/NAME.yaml}, on {@code port}, with a watchdog. */
    private void installTankRig(String name, int port, int watchdogMillis) throws Exception {
        String text;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("simbase/rigs/tank-plc-tcp.yaml")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        String rig = text.replace("name: tank-plc-tcp", "name: " + name).replace("tcp: 5020", "tcp: " + port)
                .replace("watchdog_ms: 2000", "watchdog_ms: " + watchdogMillis);
        assertTrue(rig.contains("tcp: " + port) && rig.contains("name: " + name), rig);
        Files.createDirectories(data.resolve("rigs"));
        Files.writeString(data.resolve("rigs").resolve(name + ".yaml"), rig);
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    private static Peers.Result mbpollWrite(int port, int value) throws Exception {
        return Peers.run(20_000, "mbpoll", "-m", "tcp", "-p", String.valueOf(port), "-0", "-1", "-o", "2",
                "-t", "4", "-r", "0", "127.0.0.1", String.valueOf(value));
    }

    private static String create(TestClient c, String scene) throws InterruptedException {
        return c.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setScene(scene).setSeed(5)))
                .getSessionCreated().getSessionId();
    }

    private static ClientMessage.Builder bind(String sid, String rig) {
        return ClientMessage.newBuilder().setBindRig(BindRig.newBuilder().setSessionId(sid).setRig(rig));
    }

    private static SessionSummary summary(TestClient c, String code, String sid) throws InterruptedException {
        return c.ok(ClientMessage.newBuilder().setListSessions(ListSessions.newBuilder().setClassCode(code)))
                .getSessionList().getSessionsList().stream().filter(s -> s.getSessionId().equals(sid)).findFirst()
                .orElseThrow();
    }

    private static void refused(TestClient c, ClientMessage.Builder m, Error.Code code, String textPart)
            throws InterruptedException {
        ServerMessage r = c.request(m);
        assertTrue(r.hasError(), "expected a refusal, got " + r);
        assertEquals(code, r.getError().getCode(), r.getError().getText());
        assertTrue(r.getError().getText().contains(textPart), "'" + r.getError().getText() + "' should mention " + textPart);
    }
}
