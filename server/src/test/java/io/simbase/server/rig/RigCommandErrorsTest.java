package io.simbase.server.rig;


import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.server.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User mistakes in {@code simbase rig ...}: exit 2 and one clear line on stderr, no stack trace. */
class RigCommandErrorsTest {
    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            int exit = Main.execute(args);
            return new Run(exit, buf.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(saved);
        }
    }

    private static void assertOneLineError(Run r, String expected) {
        assertEquals(Main.EXIT_USAGE, r.exit(), r.err());
        assertTrue(r.err().contains(expected), r.err());
        assertFalse(r.err().contains("\tat "), "stack trace printed:\n" + r.err());
    }

    @Test
    void missingSerialDeviceIsOneLine() {
        Run r = run("rig", "serve", "--scene", "conveyor-basics", "--serial", "/dev/no-such-tty");
        assertOneLineError(r, "/dev/no-such-tty");
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void monitorWithAMissingSerialPortNamesRigPortsAndThePortOption(@TempDir Path dir) throws Exception {
        Path rig = dir.resolve("remote-io.yaml");
        Files.writeString(rig, """
                name: remote-io
                role: master
                scene: conveyor-basics
                port: /dev/no-such-tty
                map:
                  - {tag: stop_pb, table: di, address: 0}
                """);
        Run r = run("rig", "monitor", rig.toString(), "--seconds", "1");
        assertOneLineError(r, "/dev/no-such-tty");
        assertTrue(r.err().contains("./simbase rig ports"), r.err());
        assertTrue(r.err().contains("--port"), r.err());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }

    @Test
    void unknownSceneIsOneLine() {
        Run r = run("rig", "serve", "--scene", "no-such-scene", "--tcp", "0");
        assertOneLineError(r, "no-such-scene");
    }

    @Test
    void serialAndTcpTogetherAreRefused() {
        Run r = run("rig", "serve", "--scene", "conveyor-basics", "--serial", "/dev/x", "--tcp", "5020");
        assertOneLineError(r, "mutually exclusive");
    }

    @Test
    void unitOutOfRangeIsRefused() {
        Run r = run("rig", "serve", "--scene", "conveyor-basics", "--tcp", "0", "--unit", "300");
        assertOneLineError(r, "--unit");
    }

    @Test
    void badParityIsRefused() {
        Run r = run("rig", "serve", "--scene", "conveyor-basics", "--serial", "/dev/x", "--parity", "mark");
        assertOneLineError(r, "--parity");
    }
}
