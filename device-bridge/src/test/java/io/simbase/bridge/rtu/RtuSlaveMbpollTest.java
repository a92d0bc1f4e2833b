package io.simbase.bridge.rtu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.map.TagImage;
import io.simbase.bridge.serial.JsscSerialLink;
import io.simbase.bridge.serial.LineSettings;
import io.simbase.bridge.testing.MbpollOutput;
import io.simbase.bridge.testing.Peers;
import io.simbase.bridge.testing.PtyPair;
import io.simbase.bridge.testing.TestPlant;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The RTU slave on a socat pty pair, driven by Debian's mbpoll as the master. */
class RtuSlaveMbpollTest {

    @TempDir
    Path dir;
    PtyPair pty;
    TestPlant plant;
    RtuSlave slave;

    @BeforeEach
    void start() throws Exception {
        pty = new PtyPair(dir);
        plant = new TestPlant();
        LineSettings line = LineSettings.of8N1(pty.a(), 19200);
        slave = new RtuSlave(JsscSerialLink.open(line), () -> JsscSerialLink.open(line), pty.a(), 7,
                new TagImage(plant, RegisterMap.defaults(plant.layout())), new CommHealth(),
                5_000_000L, 100_000L, 50_000_000L).start();
    }

    @AfterEach
    void stop() {
        if (slave != null) {
            slave.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    private Peers.Result mbpoll(String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of("mbpoll", "-m", "rtu", "-b", "19200", "-P", "none",
                "-a", "7", "-0", "-1", "-o", "2"));
        cmd.addAll(List.of(args));
        return Peers.run(20_000, cmd.toArray(new String[0]));
    }

    private static List<Integer> values(Peers.Result r) {
        return MbpollOutput.values(r);
    }

    @Test
    void readsAllFourTablesFromThePlant() throws Exception {
        plant.set("photo_eye", 0);
        plant.set("at_end", 1);
        plant.set("level_m", 1.5);
        plant.set("count", 42);
        plant.set("belt_on", 1);
        plant.set("lamp", 0);
        plant.set("speed", 0.5);
        plant.set("setpoint", 321);

        Peers.Result di = mbpoll("-t", "1", "-r", "0", "-c", "2", pty.b());
        assertEquals(List.of(0, 1), values(di), di.toString());
        Peers.Result ir = mbpoll("-t", "3", "-r", "0", "-c", "2", pty.b());
        assertEquals(List.of(5000, 42), values(ir), ir.toString());
        Peers.Result co = mbpoll("-t", "0", "-r", "0", "-c", "2", pty.b());
        assertEquals(List.of(1, 0), values(co), co.toString());
        Peers.Result hr = mbpoll("-t", "4", "-r", "0", "-c", "2", pty.b());
        assertEquals(List.of(2500, 321), values(hr), hr.toString());
        Peers.await(5000, "four replies counted", () -> slave.health().replies() == 4);
    }

    @Test
    void writesOfCoilsAndRegistersReachThePlant() throws Exception {
        Peers.Result coils = mbpoll("-t", "0", "-r", "0", pty.b(), "1", "1");
        assertEquals(0, coils.exitCode(), coils.toString());
        assertEquals(1.0, plant.get("belt_on"));
        assertEquals(1.0, plant.get("lamp"));

        Peers.Result one = mbpoll("-t", "0", "-r", "1", pty.b(), "0");
        assertEquals(0, one.exitCode(), one.toString());
        assertEquals(0.0, plant.get("lamp"));

        Peers.Result regs = mbpoll("-t", "4", "-r", "0", pty.b(), "10000", "250");
        assertEquals(0, regs.exitCode(), regs.toString());
        assertEquals(2.0, plant.get("speed"), 1e-9);
        assertEquals(250.0, plant.get("setpoint"));

        Peers.Result single = mbpoll("-t", "4", "-r", "1", pty.b(), "17");
        assertEquals(0, single.exitCode(), single.toString());
        assertEquals(17.0, plant.get("setpoint"));
    }

    @Test
    void unmappedAddressGetsIllegalDataAddress() throws Exception {
        Peers.Result r = mbpoll("-t", "4", "-r", "1", "-c", "2", pty.b());
        assertNotEquals(0, r.exitCode(), r.toString());
        assertTrue(r.output().toLowerCase().contains("illegal data address"), r.toString());
        Peers.Result w = mbpoll("-t", "0", "-r", "5", pty.b(), "1");
        assertTrue(w.output().toLowerCase().contains("illegal data address"), w.toString());
        Peers.await(5000, "two exception replies counted", () -> slave.health().exceptionReplies() == 2);
    }

    @Test
    void outOfRangeValueGetsIllegalDataValueAndChangesNothing() throws Exception {
        Peers.Result r = mbpoll("-t", "4", "-r", "1", pty.b(), "501");
        assertTrue(r.output().toLowerCase().contains("illegal data value"), r.toString());
        assertEquals(0, plant.writes());
    }

    @Test
    void writesToSensorTablesAreRefused() throws Exception {
        // Discrete inputs and input registers are read-only in Modbus: mbpoll refuses to try.
        Peers.Result r = mbpoll("-t", "3", "-r", "0", pty.b(), "5");
        assertNotEquals(0, r.exitCode(), r.toString());
        assertEquals(0, plant.writes());
    }
}
