package io.simbase.bridge.rtu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.health.LinkState;
import io.simbase.bridge.modbus.Fc;
import io.simbase.bridge.modbus.MasterPdu;
import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.bridge.modbus.ModbusTimeoutException;
import io.simbase.bridge.serial.JsscSerialLink;
import io.simbase.bridge.serial.LineSettings;
import io.simbase.bridge.testing.CPeer;
import io.simbase.bridge.testing.PtyPair;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RTU master's transactions against a real slave on libmodbus (src/test/c/modbus_slave.c). */
class RtuMasterLibmodbusTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @TempDir
    Path dir;
    PtyPair pty;
    CPeer slave;
    JsscSerialLink link;
    final byte[] pdu = new byte[Fc.MAX_PDU];
    final byte[] reply = new byte[Fc.MAX_PDU];
    final int[] values = new int[16];

    @BeforeEach
    void plugIn() throws Exception {
        pty = new PtyPair(dir);
        link = JsscSerialLink.open(LineSettings.of8N1(pty.a(), 115200));
    }

    @AfterEach
    void unplug() {
        if (link != null) {
            link.close();
        }
        if (slave != null) {
            slave.close();
        }
        pty.close();
    }

    private RtuMaster master(long responseTimeoutNanos, int retries, CommHealth health) {
        return new RtuMaster(link, health, responseTimeoutNanos, 20 * MS, retries, TimeUnit.MICROSECONDS.toNanos(50));
    }

    private int[] read(RtuMaster m, int unit, ModbusTable table, int address, int count) throws Exception {
        int len = m.transact(unit, pdu, MasterPdu.read(pdu, table, address, count), reply);
        assertTrue(!MasterPdu.isException(reply), "exception " + reply[1]);
        assertTrue(MasterPdu.decodeRead(reply, len, table, count, values));
        int[] out = new int[count];
        System.arraycopy(values, 0, out, 0, count);
        return out;
    }

    @Test
    void readsAllTablesAndWritesReachTheSlave() throws Exception {
        slave = CPeer.start("modbus_slave", pty.b(), "5");
        CommHealth health = new CommHealth();
        RtuMaster m = master(1000 * MS, 2, health);
        assertArrayEquals(new int[] {0, 1, 0}, read(m, 5, ModbusTable.DISCRETE_INPUT, 0, 3));
        assertArrayEquals(new int[] {1234, 0xBEEF}, read(m, 5, ModbusTable.INPUT_REGISTER, 1, 2));

        m.transact(5, pdu, MasterPdu.writeCoil(pdu, 0, true), reply);
        m.transact(5, pdu, MasterPdu.writeRegisters(pdu, 0, new int[] {777, 9}, 2), reply);
        assertArrayEquals(new int[] {1}, read(m, 5, ModbusTable.COIL, 0, 1));
        assertArrayEquals(new int[] {777, 9}, read(m, 5, ModbusTable.HOLDING_REGISTER, 0, 2));
        // the slave wires coil 0 to discrete input 0 and holding register 0 to input register 0
        assertArrayEquals(new int[] {1}, read(m, 5, ModbusTable.DISCRETE_INPUT, 0, 1));
        assertArrayEquals(new int[] {777}, read(m, 5, ModbusTable.INPUT_REGISTER, 0, 1));
        assertEquals(LinkState.ONLINE, health.state());
        assertEquals(0, health.crcErrors() + health.timeouts() + health.framingErrors());
    }

    @Test
    void exceptionReplyIsReturnedWithItsCode() throws Exception {
        slave = CPeer.start("modbus_slave", pty.b(), "5");
        CommHealth health = new CommHealth();
        RtuMaster m = master(1000 * MS, 0, health);
        m.transact(5, pdu, MasterPdu.read(pdu, ModbusTable.HOLDING_REGISTER, 100, 1), reply);
        assertTrue(MasterPdu.isException(reply));
        assertEquals(0x83, reply[0] & 0xFF);
        assertEquals(Fc.EX_ILLEGAL_DATA_ADDRESS, reply[1]);
        assertEquals(1, health.exceptionReplies());
    }

    @Test
    void wrongUnitIdTimesOutAfterRetriesAndMarksTheDeviceOffline() throws Exception {
        slave = CPeer.start("modbus_slave", pty.b(), "5");
        CommHealth health = new CommHealth();
        RtuMaster m = master(100 * MS, 1, health);
        assertThrows(ModbusTimeoutException.class,
                () -> m.transact(6, pdu, MasterPdu.read(pdu, ModbusTable.INPUT_REGISTER, 1, 1), reply));
        assertEquals(2, health.timeouts());
        assertEquals(2, health.requests());
        assertEquals(LinkState.OFFLINE, health.state());
        // (libmodbus 3.1.6 as a slave then treats the next frames as the other unit's reply and
        // drops them, as on a real shared bus, so the right unit is not asked again here.)
    }

    @Test
    void lateReplyIsNotTakenForTheAnswerToTheNextRequest() throws Exception {
        slave = CPeer.start("modbus_slave", pty.b(), "5", "300");
        CommHealth health = new CommHealth();
        RtuMaster impatient = master(50 * MS, 0, health);
        assertThrows(ModbusTimeoutException.class,
                () -> impatient.transact(5, pdu, MasterPdu.read(pdu, ModbusTable.INPUT_REGISTER, 1, 1), reply));
        assertEquals(LinkState.DEGRADED, health.state());
        // The input-register reply arrives while the holding-register request waits: it is
        // discarded (wrong function code or stale bytes), and the retry gets the real answer.
        RtuMaster patient = master(2000 * MS, 3, health);
        assertArrayEquals(new int[] {0}, read(patient, 5, ModbusTable.HOLDING_REGISTER, 0, 1));
        assertTrue(health.framingErrors() >= 1, health.summary());
    }
}
