package io.simbase.bridge.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.map.TagImage;
import io.simbase.bridge.testing.MbpollOutput;
import io.simbase.bridge.testing.Peers;
import io.simbase.bridge.testing.TestPlant;
import java.io.DataInputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Modbus TCP server on a loopback port, driven by Debian's mbpoll and by raw sockets. */
class ModbusTcpServerTest {

    TestPlant plant;
    ModbusTcpServer server;

    @BeforeEach
    void start() throws Exception {
        plant = new TestPlant();
        RegisterMap map = RegisterMap.defaults(plant.layout());
        server = new ModbusTcpServer(new InetSocketAddress("127.0.0.1", 0), 1, () -> new TagImage(plant, map),
                new CommHealth(), 4).start();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Peers.Result mbpoll(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("mbpoll", "-m", "tcp", "-p", String.valueOf(server.port()),
                "-a", "1", "-0", "-1", "-o", "2"));
        cmd.addAll(List.of(args));
        return Peers.run(20_000, cmd.toArray(new String[0]));
    }

    private static List<Integer> values(Peers.Result r) {
        return MbpollOutput.values(r);
    }

    @Test
    void mbpollReadsAllFourTablesAndWrites() throws Exception {
        plant.set("photo_eye", 1);
        plant.set("level_m", 3.0);
        plant.set("count", 7);
        plant.set("lamp", 1);
        assertEquals(List.of(1, 0), values(mbpoll("-t", "1", "-r", "0", "-c", "2", "127.0.0.1")));
        assertEquals(List.of(10000, 7), values(mbpoll("-t", "3", "-r", "0", "-c", "2", "127.0.0.1")));
        assertEquals(List.of(0, 1), values(mbpoll("-t", "0", "-r", "0", "-c", "2", "127.0.0.1")));
        assertEquals(List.of(0, 0), values(mbpoll("-t", "4", "-r", "0", "-c", "2", "127.0.0.1")));

        Peers.Result w = mbpoll("-t", "4", "-r", "0", "127.0.0.1", "5000", "499");
        assertEquals(0, w.exitCode(), w.toString());
        assertEquals(1.0, plant.get("speed"), 1e-9);
        assertEquals(499.0, plant.get("setpoint"));
        Peers.Result c = mbpoll("-t", "0", "-r", "0", "127.0.0.1", "1");
        assertEquals(0, c.exitCode(), c.toString());
        assertEquals(1.0, plant.get("belt_on"));
    }

    @Test
    void mbpollGetsIllegalDataAddressForAnUnmappedRegister() throws Exception {
        Peers.Result r = mbpoll("-t", "3", "-r", "2", "127.0.0.1");
        assertNotEquals(0, r.exitCode(), r.toString());
        assertTrue(r.output().toLowerCase().contains("illegal data address"), r.toString());
    }

    @Test
    void wrongUnitGetsGatewayTargetException() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            byte[] reply = transact(s, new byte[] {0, 9, 0, 0, 0, 6, 42, 4, 0, 0, 0, 1}, 9);
            assertArrayEquals(new byte[] {0, 9, 0, 0, 0, 3, 42, (byte) 0x84, 0x0B}, reply);
        }
    }

    @Test
    void badHeaderClosesOnlyThatConnection() throws Exception {
        try (Socket good = new Socket("127.0.0.1", server.port());
             Socket bad = new Socket("127.0.0.1", server.port())) {
            // protocol id 7 cannot be Modbus: the server closes this connection
            OutputStream os = bad.getOutputStream();
            os.write(new byte[] {0, 1, 0, 7, 0, 6, 1, 4, 0, 0, 0, 1});
            os.flush();
            bad.setSoTimeout(5000);
            assertEquals(-1, bad.getInputStream().read());
            // the other connection still gets answers: read input register 1 (count = 0)
            byte[] reply = transact(good, new byte[] {0, 2, 0, 0, 0, 6, 1, 4, 0, 1, 0, 1}, 11);
            assertArrayEquals(new byte[] {0, 2, 0, 0, 0, 5, 1, 4, 2, 0, 0}, reply);
            assertEquals(1, server.health().framingErrors());
        }
    }

    @Test
    void unknownFunctionGetsIllegalFunction() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            byte[] reply = transact(s, new byte[] {0, 3, 0, 0, 0, 2, 1, 0x2B}, 9);
            assertArrayEquals(new byte[] {0, 3, 0, 0, 0, 3, 1, (byte) 0xAB, 1}, reply);
        }
    }

    private static byte[] transact(Socket s, byte[] request, int replyLen) throws Exception {
        s.setSoTimeout(5000);
        s.getOutputStream().write(request);
        s.getOutputStream().flush();
        byte[] reply = new byte[replyLen];
        new DataInputStream(s.getInputStream()).readFully(reply);
        return reply;
    }
}
