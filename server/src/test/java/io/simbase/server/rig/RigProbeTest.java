package io.simbase.server.rig;

import io.simbase.bridge.testing.CPeer;
import io.simbase.bridge.testing.PtyPair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.server.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code rig probe} against a real libmodbus slave on a socat pty pair. */
class RigProbeTest {
    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private static Run probe(String... args) {
        PrintStream savedErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        PrintStream savedOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            String[] full = new String[args.length + 2];
            full[0] = "rig";
            full[1] = "probe";
            System.arraycopy(args, 0, full, 2, args.length);
            int exit = Main.execute(full);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(savedErr);
            System.setOut(savedOut);
        }
    }

    @Test
    void readsWritesAndReportsExceptionsAndTimeouts() throws Exception {
        try (PtyPair pty = new PtyPair(dir); CPeer slave = CPeer.start("modbus_slave", pty.b(), "5")) {
            Run ir = probe("--port", pty.a(), "--baud", "115200", "--unit", "5", "--read", "ir:1:2");
            assertEquals(0, ir.exit(), ir.err());
            assertEquals("ir 1 1234\nir 2 48879\n", ir.out());

            Run w = probe("--port", pty.a(), "--baud", "115200", "--unit", "5", "--write", "hr:0=321");
            assertEquals(0, w.exit(), w.err());
            Run back = probe("--port", pty.a(), "--baud", "115200", "--unit", "5", "--read", "input_register:0:1");
            assertEquals("ir 0 321\n", back.out(), back.err());

            Run bad = probe("--port", pty.a(), "--baud", "115200", "--unit", "5", "--read", "hr:100:1");
            assertEquals(Main.EXIT_USAGE, bad.exit());
            assertTrue(bad.err().contains("exception 2 (illegal data address)"), bad.err());
            assertEquals(1, bad.err().strip().lines().count(), bad.err());
        }
    }

    @Test
    void probesAModbusTcpDevice() throws Exception {
        int port;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            port = s.getLocalPort();
        }
        try (CPeer slave = CPeer.start("modbus_slave", "tcp:" + port, "1")) {
            Run r = probe("--tcp", "127.0.0.1:" + port, "--read", "di:0:2");
            assertEquals(0, r.exit(), r.err());
            assertEquals("di 0 0\ndi 1 1\n", r.out());
            Run bad = probe("--tcp", "127.0.0.1", "--read", "di:0:2");
            assertEquals(Main.EXIT_USAGE, bad.exit());
            assertTrue(bad.err().contains("--tcp: expected HOST:PORT"), bad.err());
        }
    }

    @Test
    void silentDeviceIsOneLineAfterTheTimeout() throws Exception {
        try (PtyPair pty = new PtyPair(dir)) {
            Run r = probe("--port", pty.a(), "--unit", "5", "--read", "hr:0:1", "--timeout-ms", "100");
            assertEquals(Main.EXIT_USAGE, r.exit());
            assertTrue(r.err().contains("no valid reply from unit 5"), r.err());
            assertEquals(1, r.err().strip().lines().count(), r.err());
        }
    }

    @Test
    void malformedReadSpecIsRefused() {
        Run r = probe("--port", "/dev/null", "--read", "hr:0");
        assertEquals(Main.EXIT_USAGE, r.exit());
        assertTrue(r.err().contains("--read: expected TABLE:ADDR:COUNT"), r.err());
        Run t = probe("--port", "/dev/null", "--read", "xx:0:1");
        assertTrue(t.err().contains("unknown table 'xx'"), t.err());
    }

    @Test
    void portsListsOneDevicePerLineOrSaysNone() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new RigCommand());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("ports"));
        String all = out + "" + err;
        assertTrue(all.lines().allMatch(l -> l.startsWith("/dev/") || l.equals("rig ports: no serial ports found")), all);
    }
}
