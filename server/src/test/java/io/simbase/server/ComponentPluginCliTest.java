package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A component type from a plugin on the classpath (the engine's test fixture turntable, through
 * its test jar) works in the command line with no change to it: {@code io-map} lists its tags
 * with their default Modbus addresses, {@code run} steps it.
 */
class ComponentPluginCliTest {
    @TempDir
    Path dir;

    private Path scene() throws Exception {
        Path p = dir.resolve("turntable-demo.yaml");
        try (InputStream in = getClass().getResourceAsStream("/fixture/turntable-demo.yaml")) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    @Test
    void ioMapListsTheTurntablesTags() throws Exception {
        CliRun map = CliRun.run("io-map", scene().toString(), "--format", "csv");
        assertEquals(0, map.exit(), map.err());
        assertTrue(map.out().contains("turn,bool,actuator,coil,0"), map.out());
        assertTrue(map.out().contains("run,bool,actuator,coil,1"), map.out());
        assertTrue(map.out().contains("turned,bool,sensor,discrete_input,0"), map.out());
    }

    @Test
    void runStepsTheTurntableTheSameWayTwice() throws Exception {
        Path inputs = dir.resolve("turn.txt");
        Files.writeString(inputs, "0 turn 1\n1500 run 1\n");
        CliRun a = CliRun.run("run", scene().toString(), "--seconds", "3", "--inputs", inputs.toString(), "--hash");
        assertEquals(0, a.exit(), a.err());
        String last = a.out().strip().lines().reduce((x, y) -> y).orElse("");
        assertTrue(last.matches("hash=[0-9a-f]{16}"), a.out());
        CliRun b = CliRun.run("run", scene().toString(), "--seconds", "3", "--inputs", inputs.toString(), "--hash");
        assertTrue(b.out().strip().endsWith(last), "same scene, seed and inputs: same hash");
    }
}
