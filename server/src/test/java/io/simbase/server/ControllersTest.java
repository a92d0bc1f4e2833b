package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.testing.Peers;
import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.ConnectOwnPlc;
import io.simbase.protocol.v1.Error;
import io.simbase.protocol.v1.ListSessions;
import io.simbase.protocol.v1.ServerMessage;
import io.simbase.protocol.v1.SessionSummary;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One controller drives a session's outputs at a time: a soft PLC in RUN refuses the student's
 * own PLC, and an own PLC that has claimed the port (mbpoll, a real Modbus TCP master) refuses
 * the soft PLC's RUN, each with a message naming the other; stopping or closing the first lets
 * the second in.
 */
class ControllersTest {
    @TempDir
    Path data;

    private static ClientMessage.Builder connect(String sid) {
        return ClientMessage.newBuilder().setConnectOwnPlc(ConnectOwnPlc.newBuilder().setSessionId(sid));
    }

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }

    /** The session as the class list shows it to {@code c}: where the page's "Controlled by" line comes from. */
    private static SessionSummary summary(TestClient c, String code, String sid) throws InterruptedException {
        return c.ok(ClientMessage.newBuilder().setListSessions(ListSessions.newBuilder().setClassCode(code)))
                .getSessionList().getSessionsList().stream().filter(x -> x.getSessionId().equals(sid)).findFirst()
                .orElseThrow();
    }

    @Test
    void aSecondControllerIsRefusedNamingTheOneThatDrivesTheOutputs() throws Exception {
        int first = freePort();
        try (ServerFixture f = new ServerFixture(data, b -> b.plcPorts(first + "-" + (first + 20)));
             TestClient teacher = f.instructor()) {
            String code = ServerFixture.openClass(teacher);
            try (TestClient ada = f.student(code, "Ada")) {
                String sid = SoftPlcSessionTest.create(ada, "conveyor-basics");
                ada.ok(SoftPlcSessionTest.download(sid, SoftPlcSessionTest.program("conveyor-basics"), "latch.st"));
                ada.ok(SoftPlcSessionTest.run(sid));
                Peers.await(5_000, "the soft PLC reported in RUN", () -> f.server.sessions().find(sid).plcRunning());

                assertTrue(summary(teacher, code, sid).getSoftPlcRunning(), "the class list says the soft PLC drives it");
                ServerMessage refused = ada.request(connect(sid));
                assertEquals(Error.Code.BUSY, refused.getError().getCode(), refused.toString());
                assertTrue(refused.getError().getText().contains("soft PLC"), refused.getError().getText());

                ada.ok(SoftPlcSessionTest.stop(sid));
                Peers.await(5_000, "the soft PLC reported in STOP", () -> !f.server.sessions().find(sid).plcRunning());
                int port = ada.ok(connect(sid)).getOwnPlc().getPort();
                Peers.Result claim = Peers.run(20_000, "mbpoll", "-m", "tcp", "-a", "1", "-p", String.valueOf(port),
                        "-0", "-1", "-t", "0", "-r", "1", "127.0.0.1", "0");
                assertEquals(0, claim.exitCode(), "the student's PLC claims the port: " + claim);
                Peers.await(5_000, "the claim", () -> f.server.sessions().find(sid).ownPlcClaimed());

                SessionSummary claimed = summary(teacher, code, sid);
                assertEquals("127.0.0.1", claimed.getRig().getClaimedBy(), "the class list names the own PLC's address");
                assertTrue(!claimed.getSoftPlcRunning());
                ServerMessage busy = ada.request(SoftPlcSessionTest.run(sid));
                assertEquals(Error.Code.BUSY, busy.getError().getCode(), busy.toString());
                assertTrue(busy.getError().getText().contains("own PLC"), busy.getError().getText());
            }
        }
    }
}
