package io.simbase.server.rig;

import io.simbase.bridge.testing.CPeer;
import io.simbase.bridge.testing.Peers;
import io.simbase.bridge.testing.PtyPair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code rig monitor} on a master rig polling the libmodbus slave: device values show in the world's table. */
class RigMonitorTest {
    @TempDir
    Path dir;

    @Test
    void deviceValuesAndCommHealthAppearInTheTable() throws Exception {
        Path rig = dir.resolve("remote-io.yaml");
        Files.writeString(rig, """
                name: remote-io
                role: master
                scene: conveyor-basics
                port: /dev/ttyUSB1
                baud: 115200
                unit: 5
                poll_ms: 20
                response_timeout_ms: 200
                map:
                  - {tag: stop_pb, table: di, address: 1}
                  - {tag: delivered, table: ir, address: 1}
                  - {tag: running_light, table: coil, address: 0}
                """);
        try (PtyPair pty = new PtyPair(dir); CPeer slave = CPeer.start("modbus_slave", pty.b(), "5")) {
            RigRun monitor = RigRun.start("monitor", rig.toString(), "--port", pty.a(), "--interval-ms", "100",
                    "--seconds", "60");
            try {
                // the libmodbus slave's input register 1 reads 1234: the world's counter shows it
                Pattern delivered = Pattern.compile("delivered\\s+sensor\\s+ir 1\\s+1234\\s+1234");
                Peers.await(15_000, "delivered = 1234 in the table", () -> delivered.matcher(monitor.output()).find());
                assertTrue(monitor.output().contains("link online"), monitor.output());
                assertTrue(Pattern.compile("running_light\\s+actuator\\s+co 0\\s+0\\s+0").matcher(monitor.output()).find(),
                        monitor.output());
            } finally {
                assertEquals(0, monitor.stop(), monitor.errors());
            }
        }
    }

    /**
     * Issue 9: a real NC stop button wired to remote I/O reads 1 on the wire while released. The
     * plant must see that electrical state as is (stop_pb = 1, "not pressed"), not as an
     * operator's "1 = pressed" that the NC contact inverts to 0; the raw column shows the wire.
     */
    @Test
    void aReleasedNcStopOnTheDeviceReadsNotPressedAndTheRawColumnShowsTheWire() throws Exception {
        Path rig = dir.resolve("stop-button.yaml");
        Files.writeString(rig, """
                name: stop-button
                role: master
                scene: conveyor-basics
                port: /dev/ttyUSB1
                baud: 115200
                unit: 7
                poll_ms: 20
                response_timeout_ms: 200
                map:
                  - {tag: stop_pb, table: di, address: 1}
                  - {tag: start_pb, table: di, address: 2}
                """);
        try (PtyPair pty = new PtyPair(dir); CPeer slave = CPeer.start("modbus_slave", pty.b(), "7")) {
            RigRun monitor = RigRun.start("monitor", rig.toString(), "--port", pty.a(), "--interval-ms", "100",
                    "--seconds", "60");
            try {
                // the libmodbus slave's discrete input 1 holds 1 (NC contact closed: released), input 2 holds 0
                Pattern released = Pattern.compile("stop_pb\\s+sensor\\s+di 1\\s+1\\s+1\\n");
                Peers.await(15_000, "stop_pb raw 1, value 1 in the table",
                        () -> released.matcher(monitor.output()).find());
                Pattern startIdle = Pattern.compile("start_pb\\s+sensor\\s+di 2\\s+0\\s+0\\n");
                assertTrue(startIdle.matcher(monitor.output()).find(), monitor.output());
                String last = lastTable(monitor.output());
                assertTrue(released.matcher(last).find(), "the latest table must still show the released stop:\n" + last);
            } finally {
                assertEquals(0, monitor.stop(), monitor.errors());
            }
        }
    }

    private static String lastTable(String output) {
        int at = output.lastIndexOf("link ");
        return at < 0 ? output : output.substring(at);
    }
}
