package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.server.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
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

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    private Path scene() throws Exception {
        Path p = dir.resolve("turntable-demo.yaml");
        try (InputStream in = getClass().getResourceAsStream("/fixture/turntable-demo.yaml")) {
            Files.write(p, in.readAllBytes());
        }
        return p;
    }

    @Test
    void ioMapListsTheTurntablesTags() throws Exception {
        Run map = run("io-map", scene().toString(), "--format", "csv");
        assertEquals(0, map.exit(), map.err());
        assertTrue(map.out().contains("turn,bool,actuator,coil,0"), map.out());
        assertTrue(map.out().contains("run,bool,actuator,coil,1"), map.out());
        assertTrue(map.out().contains("turned,bool,sensor,discrete_input,0"), map.out());
    }

    @Test
    void runStepsTheTurntableTheSameWayTwice() throws Exception {
        Path inputs = dir.resolve("turn.txt");
        Files.writeString(inputs, "0 turn 1\n1500 run 1\n");
        Run a = run("run", scene().toString(), "--seconds", "3", "--inputs", inputs.toString(), "--hash");
        assertEquals(0, a.exit(), a.err());
        String last = a.out().strip().lines().reduce((x, y) -> y).orElse("");
        assertTrue(last.matches("hash=[0-9a-f]{16}"), a.out());
        Run b = run("run", scene().toString(), "--seconds", "3", "--inputs", inputs.toString(), "--hash");
        assertTrue(b.out().strip().endsWith(last), "same scene, seed and inputs: same hash");
    }
}
