package io.simbase.bridge.slave;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.map.TagImage;
import io.simbase.bridge.modbus.DataModel;
import io.simbase.bridge.modbus.Fc;
import io.simbase.bridge.modbus.Transactor;
import io.simbase.bridge.testing.MbpollOutput;
import io.simbase.bridge.testing.Peers;
import io.simbase.bridge.testing.TestPlant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * One suite for the slave over every transport: the protocol core ({@code SlavePdu}) is shared,
 * so each transport must give a real master the same answers. Standard requests come from
 * Debian's mbpoll (libmodbus), raw and invalid ones from a master that frames any PDU
 * ({@link #rawMaster()}), the way libmodbus's own unit tests send bad requests over both
 * backends. A subclass starts the slave on its transport (a socat pty pair for RTU, a loopback
 * port for TCP) and says how mbpoll reaches it.
 */
abstract class SlaveTransportContract {
    static final int UNIT = 7;

    TestPlant plant;
    CommHealth health;

    /** Starts the slave for {@code UNIT} over the transport, serving {@code models}. */
    abstract void startSlave(Supplier<DataModel> models, CommHealth health) throws Exception;

    /** mbpoll's transport options and target (device or host), after which the test's options follow. */
    abstract List<String> mbpollTarget();

    /** A master on the same transport that sends any PDU, framed but unchecked. */
    abstract Transactor rawMaster() throws Exception;

    abstract void stopSlave();

    @BeforeEach
    void start() throws Exception {
        plant = new TestPlant();
        health = new CommHealth();
        RegisterMap map = RegisterMap.defaults(plant.layout());
        startSlave(() -> new TagImage(plant, map), health);
    }

    @AfterEach
    void stop() {
        stopSlave();
    }

    private Peers.Result mbpoll(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("mbpoll"));
        List<String> target = mbpollTarget();
        cmd.addAll(target.subList(0, target.size() - 1));
        cmd.addAll(List.of("-a", String.valueOf(UNIT), "-0", "-1", "-o", "2"));
        int values = 0;
        while (values < args.length && args[values].startsWith("-")) {
            values += 2;
        }
        cmd.addAll(Arrays.asList(args).subList(0, values));
        cmd.add(target.get(target.size() - 1));
        cmd.addAll(Arrays.asList(args).subList(values, args.length));
        return Peers.run(20_000, cmd.toArray(new String[0]));
    }

    /** Sends a raw PDU (each int is one byte) and returns the reply PDU. */
    private byte[] raw(int... bytes) throws Exception {
        byte[] pdu = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            pdu[i] = (byte) bytes[i];
        }
        byte[] reply = new byte[Fc.MAX_PDU];
        int n = rawMaster().transact(UNIT, pdu, pdu.length, reply);
        return Arrays.copyOf(reply, n);
    }

    @Test
    void aRealMasterReadsAllFourTables() throws Exception {
        plant.set("photo_eye", 0);
        plant.set("at_end", 1);
        plant.set("level_m", 1.5);
        plant.set("count", 42);
        plant.set("belt_on", 1);
        plant.set("speed", 0.5);
        plant.set("setpoint", 321);
        assertEquals(List.of(0, 1), MbpollOutput.values(mbpoll("-t", "1", "-r", "0", "-c", "2")));
        assertEquals(List.of(5000, 42), MbpollOutput.values(mbpoll("-t", "3", "-r", "0", "-c", "2")));
        assertEquals(List.of(1, 0), MbpollOutput.values(mbpoll("-t", "0", "-r", "0", "-c", "2")));
        assertEquals(List.of(2500, 321), MbpollOutput.values(mbpoll("-t", "4", "-r", "0", "-c", "2")));
        Peers.await(5000, "four replies counted", () -> health.replies() == 4);
    }

    @Test
    void aRealMastersWritesReachThePlant() throws Exception {
        Peers.Result coils = mbpoll("-t", "0", "-r", "0", "1", "1");
        assertEquals(0, coils.exitCode(), coils.toString());
        assertEquals(1.0, plant.get("belt_on"));
        assertEquals(1.0, plant.get("lamp"));
        Peers.Result regs = mbpoll("-t", "4", "-r", "0", "10000", "250");
        assertEquals(0, regs.exitCode(), regs.toString());
        assertEquals(2.0, plant.get("speed"), 1e-9);
        assertEquals(250.0, plant.get("setpoint"));
        Peers.Result single = mbpoll("-t", "4", "-r", "1", "17");
        assertEquals(0, single.exitCode(), single.toString());
        assertEquals(17.0, plant.get("setpoint"));
    }

    @Test
    void anUnmappedAddressIsAnIllegalDataAddress() throws Exception {
        Peers.Result r = mbpoll("-t", "4", "-r", "1", "-c", "2");
        assertNotEquals(0, r.exitCode(), r.toString());
        assertTrue(r.output().toLowerCase(Locale.ROOT).contains("illegal data address"), r.toString());
    }

    @Test
    void aValueOutOfRangeIsAnIllegalDataValueAndChangesNothing() throws Exception {
        Peers.Result r = mbpoll("-t", "4", "-r", "1", "501");
        assertTrue(r.output().toLowerCase(Locale.ROOT).contains("illegal data value"), r.toString());
        assertEquals(0, plant.writes());
    }

    @Test
    void anUnknownFunctionIsAnIllegalFunction() throws Exception {
        assertArrayEquals(new byte[] {(byte) 0xAB, Fc.EX_ILLEGAL_FUNCTION}, raw(0x2B, 0x0E, 0x01, 0x00));
        Peers.await(5000, "the exception reply counted", () -> health.exceptionReplies() == 1);
    }

    @Test
    void quantitiesOutsideTheProtocolsLimitsAreIllegalDataValues() throws Exception {
        // read 0 registers, read 126 registers, write 2 registers with a byte count of 3
        assertArrayEquals(new byte[] {(byte) 0x83, Fc.EX_ILLEGAL_DATA_VALUE}, raw(3, 0, 0, 0, 0));
        assertArrayEquals(new byte[] {(byte) 0x84, Fc.EX_ILLEGAL_DATA_VALUE}, raw(4, 0, 0, 0, 126));
        assertArrayEquals(new byte[] {(byte) 0x90, Fc.EX_ILLEGAL_DATA_VALUE},
                raw(0x10, 0, 0, 0, 2, 3, 0, 1, 0));
        assertArrayEquals(new byte[] {(byte) 0x85, Fc.EX_ILLEGAL_DATA_VALUE}, raw(5, 0, 0, 0x12, 0x34));
        assertEquals(0, plant.writes());
    }

    @Test
    void theSameRequestGetsTheSameReplyPduOnEveryTransport() throws Exception {
        plant.set("level_m", 3.0);
        plant.set("count", 7);
        // FC 04, input registers 0..1: the core's reply, byte for byte
        assertArrayEquals(new byte[] {4, 4, 0x27, 0x10, 0, 7}, raw(4, 0, 0, 0, 2));
        // FC 15, two coils 1 and 0: the echo of address and quantity
        assertArrayEquals(new byte[] {0x0F, 0, 0, 0, 2}, raw(0x0F, 0, 0, 0, 2, 1, 0x01));
        assertEquals(1.0, plant.get("belt_on"));
        assertEquals(0.0, plant.get("lamp"));
    }
}
