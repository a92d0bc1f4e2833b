package io.simbase.bench.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The load generator end to end, small: it starts its own server as a child JVM, runs real
 * WebSocket clients against it and prints the figures the issue names.
 */
class LoadMainTest {
    @TempDir
    Path dir;

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new LoadMain());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler((ex, c, parsed) -> {
            c.getErr().println("simbase load: " + ex.getMessage());
            return 2;
        });
        int code = cl.execute(args);
        return new String[] {String.valueOf(code), out.toString(), err.toString()};
    }

    private static double value(String text, String key) {
        Matcher m = Pattern.compile("(?:^|\\s)" + Pattern.quote(key) + "=(\\S+)").matcher(text);
        assertTrue(m.find(), key + " in:\n" + text);
        return Double.parseDouble(m.group(1));
    }

    @Test
    void aSmallRunAgainstItsOwnServerPrintsEveryFigureAndLosesNothing() throws Exception {
        Path slow = dir.resolve("slow.txt");
        String[] r = run("--sessions", "4", "--seconds", "2", "--warmup", "1", "--input-period-ms", "100",
                "--server-heap", "256m", "--slow-log", slow.toString(), "--slow-ms", "0.001");
        assertEquals("0", r[0], r[1] + r[2]);
        String out = r[1];
        for (String key : List.of("p50_ms", "p99_ms", "p999_ms", "lateness_p99_ms", "lateness_max_ms", "frames_per_s",
                "bytes_per_s", "server_rss_mb")) {
            assertTrue(value(out, key) >= 0, key);
        }
        double sent = value(out, "inputs_sent");
        assertTrue(sent >= 4 * 10, "about 4 sessions x 10 inputs a second x 2 s: " + sent);
        assertEquals(sent, value(out, "inputs_acked"), "every input acknowledged");
        assertEquals(0, value(out, "inputs_lost"));
        assertEquals(0, value(out, "event_gaps"));
        assertEquals(0, value(out, "errors"));
        // Every due step of 4 sessions over 2 s is accounted for: run, or skipped and counted (on a
        // machine busy with other work the sim threads skip some, and say so).
        assertTrue(value(out, "steps") + value(out, "skipped_steps_total") >= 4 * 200 * 2 * 0.9,
                "the server stepped 4 sessions for 2 s");
        // With a threshold of 1 us every acknowledged input of the window is listed.
        List<String> lines = Files.readAllLines(slow);
        assertEquals((long) sent, lines.size(), "one slow-log line per input");
        assertTrue(lines.get(0).matches("-?\\d+\\.\\d{3} s[0-9a-f]+ \\d+\\.\\d{3}"), lines.get(0));
    }

    @Test
    void mistakesAreOneLineAndExitTwo() {
        String[] r = run("--server", "ws://127.0.0.1:1");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--server and --join go together"), r[2]);
        r = run("--trust-cert", "x.pem");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--trust-cert is for a wss:// --server"), r[2]);
        r = run("--sessions", "0");
        assertEquals("2", r[0]);
        assertTrue(r[2].contains("--sessions >= 1"), r[2]);
    }
}
