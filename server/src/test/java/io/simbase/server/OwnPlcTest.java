package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.testing.CPeer;
import io.simbase.bridge.testing.Peers;
import io.simbase.engine.scene.Scenes;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CloseOwnPlc;
import io.simbase.protocol.v1.CloseSession;
import io.simbase.protocol.v1.ConnectOwnPlc;
import io.simbase.protocol.v1.CreateSession;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.EventKind;
import io.simbase.protocol.v1.IoMapRow;
import io.simbase.protocol.v1.ListSessions;
import io.simbase.protocol.v1.Observe;
import io.simbase.protocol.v1.OwnPlcEndpoint;
import io.simbase.protocol.v1.ReleaseOwnPlc;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionResult;
import io.simbase.protocol.v1.SessionSummary;
import io.simbase.protocol.v1.SetInput;
import io.simbase.server.client.SessionMirror;
import io.simbase.server.record.Recording;
import io.simbase.server.record.Replayer;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 9 section 2 over a real server: a student opens their session's own Modbus TCP port; a
 * libmodbus C master ({@code plc_latch.c}, a start/stop latch at a 10 ms scan) is the student's
 * PLC; Debian's mbpoll, relayed by socat from a second loopback address (127.0.0.2), is a
 * second machine on the lab network.
 */
class OwnPlcTest {
    @TempDir
    Path data;

    @Test
    void theStudentsPlcClaimsThePortAndRunsTheBeltOthersReadOnlyCommLossStopsItAndClosingTheSessionClosesThePort()
            throws Exception {
        int first = freePort();
        try (ServerFixture f = new ServerFixture(data, b -> b.plcPorts(first + "-" + (first + 20)));
             TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient student = f.student(code, "Ada")) {
                String sid = create(student, "conveyor-basics");
                SessionMirror sm = student.mirror(sid);
                student.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));
                teacher.ok(ClientMessage.newBuilder().setObserve(Observe.newBuilder().setSessionId(sid)));

                OwnPlcEndpoint ep = student.ok(connect(sid)).getOwnPlc();
                assertEquals("127.0.0.1", ep.getHost());
                assertTrue(ep.getPort() >= first && ep.getPort() <= first + 20, "port from --plc-ports: " + ep.getPort());
                assertEquals("any", ep.getUnitId());
                assertEquals("", ep.getClaimedBy());
                assertTrue(ep.getPairingMsLeft() > 100_000 && ep.getPairingMsLeft() <= 120_000, "2-minute window: " + ep);
                assertEquals(List.of("start_pb,discrete_input,0", "stop_pb,discrete_input,1", "part_at_end,discrete_input,2",
                        "delivered,input_register,0", "belt_run,coil,0", "running_light,coil,1"),
                        ep.getIoMapList().stream().map(OwnPlcTest::row).toList(), "the scene's default map, as io-map");
                int port = ep.getPort();

                try (CPeer plc = CPeer.start("plc_latch", "127.0.0.1", String.valueOf(port), "255");
                     Relay relay = Relay.from("127.0.0.2", port)) {
                    // The PLC claims the port: the student and the instructor see its address.
                    teacher.until(() -> claimedBy(teacher, code, sid).equals("127.0.0.1"), "claimed by 127.0.0.1 in the session list");
                    assertEquals("127.0.0.1", student.ok(connect(sid)).getOwnPlc().getClaimedBy());
                    assertTrue(f.server.sessions().find(sid).ownPlcClaimed());

                    // The student presses Start on the WebSocket: the PLC's latch runs the belt.
                    assertEquals(0.0, sm.tag("belt_run"));
                    press(student, sid, "start_pb", 1);
                    student.until(() -> sm.tag("belt_run") == 1.0, "belt_run=1 written by the student's PLC");
                    press(student, sid, "start_pb", 0);
                    assertEquals("run 1", plc.readLine());
                    student.until(() -> sm.tag("start_pb") == 0.0, "Start released");
                    Thread.sleep(300); // 30 scans of the PLC with Start released
                    assertEquals(1.0, sm.tag("belt_run"), "the latch holds after Start is released");
                    assertEquals(1.0, sm.tag("running_light"));

                    // Another address may read (an HMI) but not write: exception 01.
                    Peers.Result write = relay.mbpoll("-t", "0", "-r", "0", "127.0.0.1", "0");
                    assertNotEquals(0, write.exitCode(), write.toString());
                    assertTrue(write.output().toLowerCase().contains("illegal function"), write.toString());
                    Peers.Result read = relay.mbpoll("-t", "0", "-r", "0", "-c", "2", "-1", "127.0.0.1");
                    assertEquals(0, read.exitCode(), read.toString());
                    assertTrue(read.output().matches("(?s).*\\[0]:\\s+1.*\\[1]:\\s+1.*"), "coils read 1 1: " + read);
                    assertEquals(1.0, sm.tag("belt_run"), "the refused write changed nothing");

                    SessionSummary sum = summary(teacher, code, sid);
                    assertEquals("own-plc", sum.getRig().getName());
                    assertEquals("online", sum.getRig().getState());
                    assertTrue(sum.getRig().getRequests() > 10, sum.getRig().toString());
                    assertTrue(sum.getRig().getLatencyP99Us() > 0, sum.getRig().toString());
                    assertTrue(sum.getRig().getErrors() >= 1, "the refused write is an exception reply: " + sum.getRig());
                    System.out.printf("own-plc link after the latch ran: requests=%d errors=%d p50_us=%.0f p99_us=%.0f%n",
                            sum.getRig().getRequests(), sum.getRig().getErrors(), sum.getRig().getLatencyP50Us(),
                            sum.getRig().getLatencyP99Us());

                    // The PLC dies: the watchdog stops the belt and tells the instructor.
                    plc.close();
                    ServerMessage lost = teacher.await(m -> m.hasEvents() && m.getEvents().getSessionId().equals(sid)
                            && m.getEvents().getKindList().contains(EventKind.RIG_COMM_LOST), "RIG_COMM_LOST");
                    int i = lost.getEvents().getKindList().indexOf(EventKind.RIG_COMM_LOST);
                    assertTrue(lost.getEvents().getValue(i) >= 1000, "silence in ms: " + lost.getEvents().getValue(i));
                    student.until(() -> sm.tag("belt_run") == 0.0 && sm.tag("running_light") == 0.0,
                            "actuators to the safe state");
                    SessionSummary afterLoss = summary(teacher, code, sid);
                    assertTrue(afterLoss.getRig().getCommLost());
                    assertEquals(SessionSummary.ControllerFault.OWN_PLC_COMM_LOST, afterLoss.getControllerFault(),
                            "the tile's controller fault (issue 10)");
                    assertEquals(0, sm.eventGaps());
                }

                // Closing the session closes the port, and the recording replays to the live hash.
                SessionResult live = student.ok(ClientMessage.newBuilder().setCloseSession(
                        CloseSession.newBuilder().setSessionId(sid))).getResult();
                Peers.await(5_000, "port " + port + " closed with the session", () -> !listening(port));
                Path file = f.server.sessions().recordingsDir().resolve(live.getRecording());
                String text = Files.readString(file);
                assertTrue(text.contains("rig own-plc claimed by 127.0.0.1"), text);
                assertTrue(text.contains("rig own-plc comm lost"), text);
                Recording rec = Recording.read(file);
                Replayer.Result r = Replayer.replay(rec, Scenes.load(rec.scene()), file.toString());
                assertEquals(live.getStep(), r.step());
                assertEquals(live.getStateHash(), r.hashHex(), "replay hash equals the live session's");
            }
        }
    }

    @Test
    void theInstructorReleasesAClaimSoAnotherAddressMayClaimAndCloseTheStudentClosesThePort() throws Exception {
        int first = freePort();
        try (ServerFixture f = new ServerFixture(data, b -> b.plcPorts(first + "-" + (first + 20)));
             TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient student = f.student(code, "Bo");
                 TestClient other = f.student(code, "Cy")) {
                String sid = create(student, "conveyor-basics");
                int port = student.ok(connect(sid)).getOwnPlc().getPort();
                assertEquals(port, student.ok(connect(sid)).getOwnPlc().getPort(), "asking again: the same port");
                // Only the student's own session, and releasing is the instructor's.
                assertEquals(Error.Code.FORBIDDEN, other.request(connect(sid)).getError().getCode());
                assertEquals(Error.Code.FORBIDDEN, student.request(release(sid)).getError().getCode());
                Peers.Result mine = Peers.run(20_000, "mbpoll", "-m", "tcp", "-a", "1", "-p", String.valueOf(port),
                        "-0", "-1", "-t", "0", "-r", "1", "127.0.0.1", "1");
                assertEquals(0, mine.exitCode(), "the first connection claims and writes: " + mine);
                assertEquals("127.0.0.1", claimedBy(teacher, code, sid));
                try (Relay relay = Relay.from("127.0.0.2", port)) {
                    assertTrue(relay.mbpoll("-t", "0", "-r", "1", "127.0.0.1", "0").output().toLowerCase()
                            .contains("illegal function"));
                    OwnPlcEndpoint released = teacher.ok(release(sid)).getOwnPlc();
                    assertEquals("", released.getClaimedBy());
                    assertTrue(released.getPairingMsLeft() > 100_000, released.toString());
                    Peers.Result theirs = relay.mbpoll("-t", "0", "-r", "1", "127.0.0.1", "0");
                    assertEquals(0, theirs.exitCode(), "after release the next connection claims: " + theirs);
                    assertEquals("127.0.0.2", claimedBy(teacher, code, sid));
                }
                assertTrue(student.ok(ClientMessage.newBuilder().setCloseOwnPlc(CloseOwnPlc.newBuilder().setSessionId(sid))).hasOk());
                assertFalse(listening(port), "closed at the reply");
                assertFalse(summary(teacher, code, sid).hasRig());
                assertEquals(Error.Code.BAD_REQUEST, teacher.request(release(sid)).getError().getCode());
                // The port comes back on request.
                assertTrue(listening(student.ok(connect(sid)).getOwnPlc().getPort()));
            }
        }
    }

    @Test
    void addressesOutsidePlcAllowAreRefusedAtAccept() throws Exception {
        int first = freePort();
        int[] port = new int[1];
        try (ServerFixture f = new ServerFixture(data, b -> b.plcPorts(first + "-" + (first + 20))
                .plcAllow(List.of("10.0.0.0/8", "127.0.0.2")));
             TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient student = f.student(code, "Di")) {
                String sid = create(student, "conveyor-basics");
                int p = student.ok(connect(sid)).getOwnPlc().getPort();
                Peers.Result refused = Peers.run(20_000, "mbpoll", "-m", "tcp", "-p", String.valueOf(p), "-0", "-1",
                        "-t", "0", "-r", "0", "127.0.0.1");
                assertNotEquals(0, refused.exitCode(), "127.0.0.1 is outside --plc-allow: " + refused);
                assertEquals("", claimedBy(teacher, code, sid), "a refused peer claims nothing");
                try (Relay relay = Relay.from("127.0.0.2", p)) {
                    assertEquals(0, relay.mbpoll("-t", "0", "-r", "0", "127.0.0.1", "1").exitCode());
                    assertEquals("127.0.0.2", claimedBy(teacher, code, sid));
                }
                port[0] = p;
            }
        }
        assertFalse(listening(port[0]), "the port closes with the server");
    }

    @Test
    void aBadPortRangeOrNetworkIsOneClearLine() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ServerConfig.builder().plcPorts("5199-5100").build());
        assertEquals("--plc-ports must be a range within 1-65535 with FIRST <= LAST, got '5199-5100'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().plcPorts("51x").build());
        assertTrue(e.getMessage().startsWith("--plc-ports must be FIRST-LAST"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().plcAllow(List.of("10.0.0.0/33")).build());
        assertEquals("--plc-allow must be an address or CIDR network like 10.0.0.0/8, got '10.0.0.0/33'", e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> ServerConfig.builder().plcAllow(List.of("lab.example")).build());
        assertTrue(e.getMessage().contains("got 'lab.example'"), e.getMessage());
        ServerConfig ok = ServerConfig.builder().plcAllow(List.of("10.0.0.0/8")).build();
        assertTrue(ok.ownPlc.admits(new InetSocketAddress("10.20.30.40", 1)));
        assertFalse(ok.ownPlc.admits(new InetSocketAddress("11.0.0.1", 1)));
        assertEquals(5100, ServerConfig.builder().build().ownPlc.firstPort());
        assertEquals(5199, ServerConfig.builder().build().ownPlc.lastPort());
    }

    /** socat listening on a loopback port, connecting each client on to the server from {@code source}. */
    private record Relay(Process process, int port) implements AutoCloseable {
        static Relay from(String source, int target) throws Exception {
            int port = freePort();
            Process p = new ProcessBuilder(Peers.require("socat"), "TCP-LISTEN:" + port + ",bind=127.0.0.1,reuseaddr,fork",
                    "TCP:127.0.0.1:" + target + ",bind=" + source).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            Peers.await(5_000, "socat listening on " + port, () -> listening(port));
            return new Relay(p, port);
        }

        /** mbpoll (unit 17: any unit id is answered) through the relay; the host argument is given last by the caller. */
        Peers.Result mbpoll(String... args) throws Exception {
            List<String> cmd = new java.util.ArrayList<>(List.of("mbpoll", "-m", "tcp", "-a", "17", "-p",
                    String.valueOf(port), "-0", "-1"));
            cmd.addAll(List.of(args));
            return Peers.run(20_000, cmd.toArray(new String[0]));
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }

    private static boolean listening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (ConnectException e) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private static String row(IoMapRow r) {
        return r.getTag() + "," + r.getTable() + "," + r.getAddress();
    }

    private static void press(TestClient c, String sid, String tag, double v) throws InterruptedException {
        c.ok(ClientMessage.newBuilder().setSetInput(SetInput.newBuilder().setSessionId(sid).setTag(tag).setValue(v)));
    }

    private static ClientMessage.Builder connect(String sid) {
        return ClientMessage.newBuilder().setConnectOwnPlc(ConnectOwnPlc.newBuilder().setSessionId(sid));
    }

    private static ClientMessage.Builder release(String sid) {
        return ClientMessage.newBuilder().setReleaseOwnPlc(ReleaseOwnPlc.newBuilder().setSessionId(sid));
    }

    private static String claimedBy(TestClient c, String code, String sid) {
        try {
            return summary(c, code, sid).getRig().getClaimedBy();
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    private static SessionSummary summary(TestClient c, String code, String sid) throws InterruptedException {
        return c.ok(ClientMessage.newBuilder().setListSessions(ListSessions.newBuilder().setClassCode(code)))
                .getSessionList().getSessionsList().stream().filter(s -> s.getSessionId().equals(sid)).findFirst()
                .orElseThrow();
    }

    private static String create(TestClient c, String scene) throws InterruptedException {
        return c.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setScene(scene).setSeed(5)))
                .getSessionCreated().getSessionId();
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
