package io.simbase.bridge.rtu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.health.CommHealth;
import io.simbase.bridge.health.LinkState;
import io.simbase.bridge.map.RegisterMap;
import io.simbase.bridge.master.MasterPoller;
import io.simbase.bridge.rig.RigFile;
import io.simbase.bridge.rig.RigFiles;
import io.simbase.bridge.serial.JsscSerialLink;
import io.simbase.bridge.testing.CPeer;
import io.simbase.bridge.testing.Peers;
import io.simbase.bridge.testing.PtyPair;
import io.simbase.bridge.testing.TestPlant;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A master rig (rig file map) polling the libmodbus slave: device inputs become sensor tags,
 * actuator tags go out to the device; a killed cable takes the device offline and back.
 */
class RtuMasterPollerTest {
    private static final long MS = TimeUnit.MILLISECONDS.toNanos(1);

    @TempDir
    Path dir;
    PtyPair pty;
    CPeer slave;
    MasterPoller poller;

    @AfterEach
    void unplug() {
        if (poller != null) {
            poller.close();
        }
        if (slave != null) {
            slave.close();
        }
        if (pty != null) {
            pty.close();
        }
    }

    private MasterPoller startPoller(TestPlant plant, CommHealth health) throws Exception {
        RigFile rig = RigFiles.parse("name: remote-io\nrole: master\nport: " + pty.a() + "\nbaud: 115200\nunit: 5\n"
                + "poll_ms: 20\nresponse_timeout_ms: 200\nretries: 1\nmap:\n"
                + "  - {tag: photo_eye, table: di, address: 0}\n"
                + "  - {tag: at_end, table: di, address: 1}\n"
                + "  - {tag: count, table: ir, address: 0}\n"
                + "  - {tag: level_m, table: ir, address: 1, type: scaled, raw: [0, 2468]}\n"
                + "  - {tag: belt_on, table: coil, address: 0}\n"
                + "  - {tag: setpoint, table: hr, address: 0, type: uint16}\n", "remote-io.yaml");
        RegisterMap map = RigFiles.bind(rig, plant.layout());
        MasterPoller.Connector connector = RtuConnection.connector(() -> JsscSerialLink.open(rig.serial()), health,
                rig.responseTimeoutMillis() * MS, rig.byteTimeoutMillis() * MS, rig.retries());
        return new MasterPoller(connector, rig.name(), rig.unit(), map, plant, health, rig.pollMillis() * MS,
                100 * MS).start();
    }

    @Test
    void deviceInputsBecomeSensorTagsAndActuatorsReachTheDevice() throws Exception {
        pty = new PtyPair(dir);
        slave = CPeer.start("modbus_slave", pty.b(), "5");
        TestPlant plant = new TestPlant();
        CommHealth health = new CommHealth();
        poller = startPoller(plant, health);

        Peers.await(10_000, "at_end and level from the device", () -> plant.get("at_end") == 1.0
                && Math.abs(plant.get("level_m") - 1.5) < 1e-9);
        assertEquals(0.0, plant.get("photo_eye"));

        // actuators out, looped back by the slave into its inputs, read back as sensors
        plant.set("belt_on", 1);
        plant.set("setpoint", 321);
        Peers.await(10_000, "belt_on and setpoint to come back through the device",
                () -> plant.get("photo_eye") == 1.0 && plant.get("count") == 321.0);
        // a clean line: no CRC or framing errors (a timeout is possible on a loaded machine)
        assertEquals(0, health.crcErrors() + health.framingErrors(), health.summary());
    }

    @Test
    void killedCableMarksTheDeviceOfflineAndItComesBack() throws Exception {
        pty = new PtyPair(dir);
        slave = CPeer.start("modbus_slave", pty.b(), "5");
        TestPlant plant = new TestPlant();
        CommHealth health = new CommHealth();
        poller = startPoller(plant, health);
        Peers.await(10_000, "device online", () -> health.state() == LinkState.ONLINE && plant.get("at_end") == 1.0);

        long timeoutsBefore = health.timeouts();
        pty.kill();
        Peers.await(10_000, "device offline", () -> health.state() == LinkState.OFFLINE);
        // Offline at the port error or after at most two response timeouts, never more.
        assertTrue(health.timeouts() - timeoutsBefore <= 2, health.summary());
        slave.close();

        // the plant keeps working while the device is away
        plant.set("setpoint", 42);
        pty.restart();
        slave = CPeer.start("modbus_slave", pty.b(), "5");
        Peers.await(15_000, "device back online with the current setpoint written again",
                () -> health.state() == LinkState.ONLINE && plant.get("count") == 42.0);
        assertTrue(health.reconnects() >= 2, health.summary());
    }
}
