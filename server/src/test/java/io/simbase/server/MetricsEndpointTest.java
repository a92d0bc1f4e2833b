package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.protocol.v1.ClientMessage;
import io.simbase.protocol.v1.CreateSession;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** /metrics in Prometheus text format, with figures that follow what the server is doing, and /healthz. */
class MetricsEndpointTest {
    private static final Pattern SAMPLE = Pattern.compile("^([a-z_:][a-z0-9_:]*)(\\{[^}]*\\})? (-?[0-9.eE+-]+|NaN)$");

    @TempDir
    Path data;

    private static Map<String, Double> scrape(int port) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/metrics")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode());
        Map<String, Double> out = new HashMap<>();
        for (String line : r.body().split("\n")) {
            if (line.isEmpty() || line.startsWith("# HELP ") || line.startsWith("# TYPE ")) {
                continue;
            }
            Matcher m = SAMPLE.matcher(line);
            assertTrue(m.matches(), "not a Prometheus sample line: " + line);
            out.put(m.group(1) + (m.group(2) == null ? "" : m.group(2)), Double.parseDouble(m.group(3)));
        }
        return out;
    }

    private static double sumOf(Map<String, Double> m, String name) {
        return m.entrySet().stream().filter(e -> e.getKey().startsWith(name + "{")).mapToDouble(Map.Entry::getValue).sum();
    }

    @Test
    void figuresFollowTheSessionsAndEveryLineParses() throws Exception {
        try (ServerFixture f = new ServerFixture(data); TestClient teacher = f.instructor()) {
            int port = f.server.port();
            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/healthz")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode());
            Map<String, Double> before = scrape(port);
            assertEquals(0.0, before.get("simbase_sessions"));
            assertEquals(0.0, sumOf(before, "simbase_sim_thread_sessions"));

            String code = ServerFixture.openClass(teacher);
            try (TestClient student = f.student(code, "Ada")) {
                for (int i = 0; i < 3; i++) {
                    student.ok(ClientMessage.newBuilder().setCreateSession(CreateSession.newBuilder().setScene("conveyor-basics")));
                }
                long end = System.nanoTime() + 10_000_000_000L;
                Map<String, Double> m = scrape(port);
                while (m.get("simbase_steps_total") < 3 * 100 && System.nanoTime() < end) { // half a second of 3 plants
                    Thread.sleep(50);
                    m = scrape(port);
                }
                assertEquals(3.0, m.get("simbase_sessions"));
                assertEquals(3.0, sumOf(m, "simbase_sim_thread_sessions"), "sessions per thread add up");
                assertTrue(m.get("simbase_steps_total") >= 300, "steps counted: " + m.get("simbase_steps_total"));
                assertTrue(sumOf(m, "simbase_sim_thread_busy_seconds_total") > 0, "the threads worked");
                assertTrue(m.containsKey("simbase_step_lateness_seconds{quantile=\"0.99\"}"), m.keySet().toString());
                assertTrue(m.get("simbase_step_lateness_seconds_count") > 0);
                assertTrue(m.keySet().stream().anyMatch(k -> k.startsWith("simbase_sim_thread_scheduling{thread=\"0\",setting=\"")),
                        "what the OS granted the sim threads: " + m.keySet());
                assertTrue(m.get("simbase_connections") >= 2, "instructor and student connected");
            }
        }
    }
}
