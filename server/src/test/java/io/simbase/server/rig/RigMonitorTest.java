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
}
