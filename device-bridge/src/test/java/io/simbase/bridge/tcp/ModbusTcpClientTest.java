package io.simbase.bridge.tcp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.health.LinkState;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.master.MasterPoller;
import io.simbase.bridge.modbus.Fc;
import io.simbase.bridge.modbus.MasterPdu;
import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.bridge.modbus.ModbusTimeoutException;
import io.simbase.bridge.rig.RigFile;
import io.simbase.bridge.rig.RigFiles;
import io.simbase.bridge.testing.CPeer;
import io.simbase.bridge.testing.Peers;
import io.simbase.bridge.testing.TestPlant;
import java.net.ServerSocket;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The Modbus TCP client (master) against libmodbus's TCP server (src/test/c/modbus_slave.c). */
class ModbusTcpClientTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    private static int freePort() throws Exception {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Test
    void lateReplyIsSkippedByTransactionId() throws Exception {
        int port = freePort();
        try (CPeer slave = CPeer.start("modbus_slave", "tcp:" + port, "1", "300")) {
            CommHealth health = new CommHealth();
            byte[] pdu = new byte[Fc.MAX_PDU];
            byte[] reply = new byte[Fc.MAX_PDU];
            try (ModbusTcpClient client = ModbusTcpClient.connect("127.0.0.1", port, health, 100 * MS, 0)) {
                assertThrows(ModbusTimeoutException.class, () -> client.transact(1, pdu,
                        MasterPdu.read(pdu, ModbusTable.INPUT_REGISTER, 1, 1), reply));
                assertEquals(LinkState.DEGRADED, health.state());
                // Same connection: the late answer to the first request (1234) arrives first and
                // must be skipped by its transaction id; then this request's answer (0xBEEF).
                client.responseTimeoutNanos(5000 * MS);
                int n = client.transact(1, pdu, MasterPdu.read(pdu, ModbusTable.INPUT_REGISTER, 2, 1), reply);
                int[] v = new int[1];
                assertTrue(MasterPdu.decodeRead(reply, n, ModbusTable.INPUT_REGISTER, 1, v));
                assertArrayEquals(new int[] {0xBEEF}, v);
                assertEquals(1, health.framingErrors(), health.summary());
            }
            assertEquals(LinkState.ONLINE, health.state());
        }
    }

    @Test
    void tcpMasterRigFeedsThePlantAndReconnectsAfterTheServerRestarts() throws Exception {
        int port = freePort();
        TestPlant plant = new TestPlant();
        CommHealth health = new CommHealth();
        RigFile rig = RigFiles.parse("name: eth-io\nrole: master\nhost: 127.0.0.1\ntcp: " + port + "\nunit: 1\n"
                + "poll_ms: 20\nresponse_timeout_ms: 500\nretries: 0\nmap:\n"
                + "  - {tag: at_end, table: di, address: 1}\n"
                + "  - {tag: count, table: ir, address: 0}\n"
                + "  - {tag: setpoint, table: hr, address: 0}\n", "eth-io.yaml");
        RegisterMap map = RigFiles.bind(rig, plant.layout());
        MasterPoller.Connector connector = () -> ModbusTcpClient.connect(rig.tcpHost(), rig.tcpPort(), health,
                rig.responseTimeoutMillis() * MS, rig.retries());
        CPeer slave = CPeer.start("modbus_slave", "tcp:" + port, "1");
        try (MasterPoller poller = new MasterPoller(connector, rig.name(), rig.unit(), map, plant, health,
                rig.pollMillis() * MS, 100 * MS).start()) {
            plant.set("setpoint", 77);
            Peers.await(10_000, "at_end from the device and setpoint looped back into count",
                    () -> plant.get("at_end") == 1.0 && plant.get("count") == 77.0);

            slave.close();
            Peers.await(10_000, "offline with the server gone", () -> health.state() == LinkState.OFFLINE);
            plant.set("setpoint", 78);
            slave = CPeer.start("modbus_slave", "tcp:" + port, "1");
            Peers.await(15_000, "online again, setpoint written afresh",
                    () -> health.state() == LinkState.ONLINE && plant.get("count") == 78.0);
        } finally {
            slave.close();
        }
    }
}
