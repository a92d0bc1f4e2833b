package io.simbase.server.rig;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.server.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** User mistakes around OPC UA: exit 2 and one clear line on stderr, no stack trace. */
class OpcUaCommandErrorsTest {
    @TempDir
    Path tmp;

    private record Run(int exit, String err) {
    }

    private static Run run(String... args) {
        PrintStream saved = System.err;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setErr(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            return new Run(Main.execute(args), buf.toString(StandardCharsets.UTF_8));
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
    void portOutOfRangeIsOneLine() {
        assertOneLineError(run("rig", "serve", "--scene", "conveyor-basics", "--opcua", "70000",
                "--data", tmp.toString()), "--opcua: port 70000 is out of 1..65535");
    }

    @Test
    void aSessionTimeoutOutOfRangeIsOneLine() {
        assertOneLineError(run("rig", "serve", "--scene", "conveyor-basics", "--opcua", "4840",
                "--opcua-session-timeout", "0.5", "--data", tmp.toString()), "--opcua-session-timeout: 0.5 s is out of 1..3600");
    }

    @Test
    void opcuaWithARigFileIsOneLine() {
        assertOneLineError(run("rig", "serve", "--scene", "conveyor-basics", "--opcua", "4840", "--rig", "x.yaml",
                "--data", tmp.toString()), "--rig and --unit do not apply");
    }

    @Test
    void aTakenPortIsOneLine() throws Exception {
        try (ServerSocket taken = new ServerSocket(0)) {
            assertOneLineError(run("rig", "serve", "--scene", "conveyor-basics", "--opcua",
                    String.valueOf(taken.getLocalPort()), "--data", tmp.toString(), "--seconds", "1"),
                    "cannot listen on 127.0.0.1:" + taken.getLocalPort());
        }
    }

    @Test
    void trustingAFileThatIsNoCertificateIsOneLine() throws Exception {
        Path notCert = Files.writeString(tmp.resolve("client.pem"), "hello\n");
        assertOneLineError(run("opcua", "trust", notCert.toString(), "--data", tmp.toString()),
                "is not an X.509 certificate");
        assertOneLineError(run("opcua", "trust", tmp.resolve("missing.der").toString(), "--data", tmp.toString()),
                "no such file");
    }
}
