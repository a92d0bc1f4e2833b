package io.simbase.bridge.rtu;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.map.TagImage;
import io.simbase.bridge.modbus.Crc16;
import io.simbase.bridge.modbus.Fc;
import io.simbase.bridge.modbus.MasterPdu;
import io.simbase.bridge.modbus.ModbusTable;
import io.simbase.bridge.serial.JsscSerialLink;
import io.simbase.bridge.serial.LineSettings;
import io.simbase.bridge.testing.Peers;
import io.simbase.bridge.testing.PtyPair;
import io.simbase.bridge.testing.TestPlant;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Garbage and bad CRCs on a real pty line. The far end is a hostile peer written here, writing
 * raw bytes into the other pty: counted, flushed, and the next good frame is served.
 */
class RtuLineFaultsTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @TempDir
    Path dir;
    PtyPair pty;
    JsscSerialLink near;
    JsscSerialLink far;

    @BeforeEach
    void plugIn() throws Exception {
        pty = new PtyPair(dir);
        near = JsscSerialLink.open(LineSettings.of8N1(pty.a(), 115200));
        far = JsscSerialLink.open(LineSettings.of8N1(pty.b(), 115200));
    }

    @AfterEach
    void unplug() {
        near.close();
        far.close();
        pty.close();
    }

    /** Reads {@code n} bytes from the far end, polling with a deadline. */
    private byte[] farRead(int n) throws Exception {
        byte[] b = new byte[n];
        int[] got = {0};
        Peers.await(5000, n + " bytes at the far end", () -> {
            try {
                got[0] += far.read(b, got[0], n - got[0]);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
            return got[0] == n;
        });
        return b;
    }

    @Test
    void masterCountsABadCrcFlushesAndRetries() throws Exception {
        CommHealth health = new CommHealth();
        RtuMaster master = new RtuMaster(near, health, 1000 * MS, 20 * MS, 2, TimeUnit.MICROSECONDS.toNanos(50));
        byte[] pdu = new byte[Fc.MAX_PDU];
        byte[] reply = new byte[Fc.MAX_PDU];
        CompletableFuture<Integer> tx = CompletableFuture.supplyAsync(() -> {
            try {
                return master.transact(9, pdu, MasterPdu.read(pdu, ModbusTable.INPUT_REGISTER, 0, 1), reply);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        farRead(8);
        byte[] good = {9, 4, 2, 0x12, 0x34, 0, 0};
        Crc16.append(good, 5);
        byte[] bad = good.clone();
        bad[6] ^= 0x55;
        far.write(bad, 0, bad.length);
        farRead(8); // the retry
        byte[] garbageThenGood = new byte[3 + good.length];
        garbageThenGood[0] = (byte) 0xFF; // not a unit the master asked
        garbageThenGood[1] = 0x00;
        garbageThenGood[2] = 0x13;
        far.write(garbageThenGood, 0, 3);
        farRead(8); // the second retry, after the garbage was flushed
        far.write(good, 0, good.length);
        assertEquals(4, (int) tx.get(10, TimeUnit.SECONDS));
        int[] v = new int[1];
        assertTrue(MasterPdu.decodeRead(reply, 4, ModbusTable.INPUT_REGISTER, 1, v));
        assertArrayEquals(new int[] {0x1234}, v);
        assertEquals(1, health.crcErrors(), health.summary());
        assertTrue(health.framingErrors() + health.otherUnit() + health.timeouts() >= 1, health.summary());
    }

    @Test
    void slaveCountsGarbageAndBadCrcThenServesTheNextGoodRequest() throws Exception {
        TestPlant plant = new TestPlant();
        plant.set("count", 77);
        CommHealth health = new CommHealth();
        RtuSlave slave = new RtuSlave(near, null, pty.a(), 1, new TagImage(plant, RegisterMap.defaults(plant.layout())),
                health, 5 * MS, TimeUnit.MICROSECONDS.toNanos(100), 100 * MS).start();
        try {
            byte[] req = {1, 4, 0, 1, 0, 1, 0, 0};
            Crc16.append(req, 6);
            byte[] badCrc = req.clone();
            badCrc[7] ^= 1;
            far.write(badCrc, 0, badCrc.length);
            Peers.await(5000, "the bad CRC to be counted", () -> health.crcErrors() == 1);
            byte[] partial = {1, 3, 0};
            far.write(partial, 0, partial.length);
            Peers.await(5000, "the partial frame to be dropped at the silence", () -> health.framingErrors() == 1);
            far.write(req, 0, req.length);
            byte[] reply = farRead(7);
            byte[] expected = {1, 4, 2, 0, 77, 0, 0};
            Crc16.append(expected, 5);
            assertArrayEquals(expected, reply);
            // the slave counts a reply just after writing it
            Peers.await(5000, "the reply to be counted", () -> health.replies() == 1);
            assertEquals(1, health.crcErrors());
            assertEquals(1, health.framingErrors());
        } finally {
            slave.close();
        }
    }

    @Test
    void slaveSurvivesANoiseFloodWithoutSilence() throws Exception {
        TestPlant plant = new TestPlant();
        plant.set("count", 5);
        CommHealth health = new CommHealth();
        RtuSlave slave = new RtuSlave(near, null, pty.a(), 1, new TagImage(plant, RegisterMap.defaults(plant.layout())),
                health, 50 * MS, TimeUnit.MICROSECONDS.toNanos(100), 100 * MS).start();
        try {
            byte[] noise = new byte[600];
            new java.util.Random(7).nextBytes(noise);
            noise[0] = 0x11;
            noise[1] = 0x2B; // a function code of unknown length: only a silence or the size cap ends it
            far.write(noise, 0, noise.length);
            Peers.await(5000, "the flood to be dropped", () -> health.framingErrors() + health.crcErrors() >= 1);
            Peers.await(5000, "the line to go quiet", () -> {
                try {
                    return near.available() == 0;
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            });
            // Not a wait for a condition: RTU frames are delimited by silence on the line, so the
            // test makes a real 60 ms gap (longer than the slave's inter-frame timeout) to start the
            // next request on a clean frame boundary, as a master would after garbage.
            Thread.sleep(60);
            byte[] req = {1, 4, 0, 1, 0, 1, 0, 0};
            Crc16.append(req, 6);
            far.write(req, 0, req.length);
            byte[] expected = {1, 4, 2, 0, 5, 0, 0};
            Crc16.append(expected, 5);
            assertArrayEquals(expected, farRead(7));
        } finally {
            slave.close();
        }
    }

    @Test
    void slaveIgnoresOtherUnitsAndAnswersNothingToBroadcast() throws Exception {
        TestPlant plant = new TestPlant();
        CommHealth health = new CommHealth();
        RtuSlave slave = new RtuSlave(near, null, pty.a(), 1, new TagImage(plant, RegisterMap.defaults(plant.layout())),
                health, 5 * MS, TimeUnit.MICROSECONDS.toNanos(100), 100 * MS).start();
        try {
            byte[] other = {2, 5, 0, 0, (byte) 0xFF, 0, 0, 0};
            Crc16.append(other, 6);
            far.write(other, 0, other.length);
            byte[] broadcast = {0, 5, 0, 1, (byte) 0xFF, 0, 0, 0};
            Crc16.append(broadcast, 6);
            far.write(broadcast, 0, broadcast.length);
            Peers.await(5000, "broadcast coil write applied", () -> plant.get("lamp") == 1.0);
            assertEquals(0.0, plant.get("belt_on"));
            assertEquals(1, health.otherUnit());
            assertEquals(0, health.replies());
            assertEquals(0, far.available());
        } finally {
            slave.close();
        }
    }
}
