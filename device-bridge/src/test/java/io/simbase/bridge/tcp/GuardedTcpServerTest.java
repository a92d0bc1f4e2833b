package io.simbase.bridge.tcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.map.TagImage;
import io.simbase.bridge.modbus.WriteGuard;
import io.simbase.bridge.testing.MbpollOutput;
import io.simbase.bridge.testing.Peers;
import io.simbase.bridge.testing.TestPlant;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The TCP server's options for a student's own PLC, driven by Debian's mbpoll: any unit id,
 * an admission test at accept, and writes that a {@link WriteGuard} may refuse (exception 01)
 * while reads go on.
 */
class GuardedTcpServerTest {
    private final TestPlant plant = new TestPlant();
    private final RegisterMap map = RegisterMap.defaults(plant.layout());

    private static Peers.Result mbpoll(int port, int unit, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("mbpoll", "-m", "tcp", "-p", String.valueOf(port),
                "-a", String.valueOf(unit), "-0", "-1", "-o", "2"));
        cmd.addAll(List.of(args));
        return Peers.run(20_000, cmd.toArray(new String[0]));
    }

    @Test
    void anyUnitIdIsAnsweredAndAGuardedWriteIsIllegalFunctionWhileReadsPass() throws Exception {
        AtomicBoolean mayWrite = new AtomicBoolean(false);
        List<InetSocketAddress> peers = new ArrayList<>();
        try (ModbusTcpServer server = new ModbusTcpServer(new InetSocketAddress("127.0.0.1", 0), ModbusTcpServer.ANY_UNIT,
                remote -> {
                    synchronized (peers) {
                        peers.add(remote);
                    }
                    return new WriteGuard(new TagImage(plant, map), mayWrite::get);
                }, remote -> true, new CommHealth(), 4).start()) {
            plant.set("lamp", 1);
            for (int unit : new int[] {1, 17, 247}) {
                assertEquals(List.of(0, 1), MbpollOutput.values(mbpoll(server.port(), unit, "-t", "0", "-r", "0", "-c", "2",
                        "127.0.0.1")), "unit " + unit);
            }
            Peers.Result refused = mbpoll(server.port(), 1, "-t", "0", "-r", "0", "127.0.0.1", "1");
            assertNotEquals(0, refused.exitCode(), refused.toString());
            assertTrue(refused.output().toLowerCase().contains("illegal function"), refused.toString());
            assertEquals(0.0, plant.get("belt_on"), "nothing written");
            mayWrite.set(true);
            assertEquals(0, mbpoll(server.port(), 1, "-t", "0", "-r", "0", "127.0.0.1", "1").exitCode());
            assertEquals(1.0, plant.get("belt_on"));
            synchronized (peers) {
                assertTrue(peers.stream().allMatch(p -> p.getAddress().isLoopbackAddress()), peers.toString());
            }
        }
    }

    @Test
    void aPeerTheAdmissionTestRefusesIsClosedAtAccept() throws Exception {
        CommHealth health = new CommHealth();
        try (ModbusTcpServer server = new ModbusTcpServer(new InetSocketAddress("127.0.0.1", 0), 1,
                remote -> new TagImage(plant, map), remote -> false, health, 4).start()) {
            Peers.Result r = mbpoll(server.port(), 1, "-t", "0", "-r", "0", "127.0.0.1");
            assertNotEquals(0, r.exitCode(), r.toString());
            assertEquals(0, health.requests(), "no request served");
            assertTrue(health.lastError().contains("refused connection from 127.0.0.1"), health.lastError());
        }
    }
}
