package io.simbase.server.web;

import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.simbase.server.SimBaseServer;
import io.simbase.server.session.CommandReply;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionCommand;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The instructor's class overview with 40 live sessions in Debian's Chromium: a tile each, their
 * thumbnails moving, the session with a fault first and marked, a click on a tile opening the
 * session. Also measures the page's frame time (requestAnimationFrame intervals, and the time
 * the overview spends drawing a frame) over {@value #MEASURE_MS} ms and writes it to
 * {@code server/target/overview-frame-time.txt} (figures in BENCHMARKS.md; nothing asserted
 * about speed). Screenshot: {@code server/target/overview-40.png}.
 */
class ClassOverviewBrowserTest {
    private static final String CODE = "TILES40";
    private static final int SESSIONS = 40;
    private static final long MEASURE_MS = 10_000;
    private static SimBaseServer server;
    private static Chromium chromium;
    private static final List<String> sessionIds = new ArrayList<>();

    @TempDir
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        server = Dashboards.server(data, CODE);
        chromium = Chromium.launch();
        String[] scenes = {"conveyor-basics", "sorting-station", "conveyor-basics", "sorting-station", "tank-level"};
        for (int i = 0; i < SESSIONS; i++) {
            String scene = scenes[i % scenes.length];
            Session s = server.sessions().create(CODE, String.format(Locale.ROOT, "Student %02d#%04d", i, i),
                    server.sessions().scene(scene), i + 1, 30);
            // Something moves in every thumbnail: the belts run, the tanks fill.
            String tag = scene.equals("tank-level") ? "fill_valve" : "belt_run";
            double value = scene.equals("tank-level") ? 60 : 1;
            s.submit(new SessionCommand.Force(s.scene().layout().indexOf(tag), value, "teacher"), CommandReply.NONE);
            sessionIds.add(s.id());
        }
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            for (String id : sessionIds) {
                Session s = server.sessions().find(id);
                if (s != null) {
                    s.submit(new SessionCommand.Close(null), CommandReply.NONE);
                }
            }
        } finally {
            Dashboards.close(chromium, server);
        }
    }

    private static void signIn(Page teacher) throws Exception {
        teacher.waitFor("document.getElementById('conn').textContent.startsWith('connected')", seconds(20), "the WebSocket");
        teacher.eval("document.getElementById('login-user').value = 'teacher'");
        teacher.eval("document.getElementById('login-pass').value = '" + Dashboards.PASSWORD + "'");
        teacher.eval("document.querySelector('#login-btn').click()");
        teacher.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
        teacher.eval("document.getElementById('class-code').value = '" + CODE + "'");
    }

    /** A hash of a tile's thumbnail pixels: changes when anything drawn in it moved. */
    private static String thumbnail(String sid) {
        return "(() => { const c = document.querySelector('.tile[data-session=\"" + sid + "\"] canvas');"
                + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let h = 0, ink = 0;"
                + " for (let i = 0; i < d.length; i += 4) { h = (h * 31 + d[i] + 7 * d[i + 1] + 13 * d[i + 2]) | 0;"
                + " if (d[i + 3] > 0) ink++; } return h + ':' + ink; })()";
    }

    @Test
    void fortyLiveSessionsAreTilesThatMoveWithTheFaultedOneFirstAndOpenOnAClick() throws Exception {
        String faulted = sessionIds.get(SESSIONS - 1 - 3); // a sorting station, far down the list by name
        server.sessions().find(faulted).submit(new SessionCommand.InjectFault("pusher1", "jammed", 0, false),
                CommandReply.NONE);
        try (Page teacher = chromium.open("http://127.0.0.1:" + server.port() + "/")) {
            teacher.call("Emulation.setDeviceMetricsOverride", chromium.json.createObjectNode().put("width", 1920)
                    .put("height", 1080).put("deviceScaleFactor", 1).put("mobile", false));
            String rate = System.getProperty("simbase.overview.thumbRateHz"); // the benchmark's comparison runs
            if (rate != null) {
                teacher.waitFor("typeof Overview === 'object'", seconds(20), "the page's scripts");
                teacher.eval("Overview.config.thumbRateHz = " + Integer.parseInt(rate));
            }
            signIn(teacher);
            teacher.waitFor("document.querySelectorAll('#tiles .tile').length === " + SESSIONS, seconds(20), "40 tiles");
            teacher.waitFor("[...Overview.tiles.values()].every(t => t.model && t.model.layout)", seconds(30),
                    "every session's layout, from observing it");
            assertTrue(teacher.eval("!document.getElementById('tiles-box').hidden && !document.getElementById('session-table-box').open")
                    .asBoolean(), "staff see tiles; the table is folded away");

            // The faulted session's tile comes first, marked, saying which fault.
            teacher.waitFor("document.querySelector('#tiles .tile').dataset.session === '" + faulted + "'", seconds(10),
                    "the faulted session first");
            String first = "document.querySelector('#tiles .tile')";
            assertTrue(teacher.eval(first + ".classList.contains('tile-attention')").asBoolean(), "marked for attention");
            assertTrue(teacher.eval(first + ".querySelector('.tile-flags').textContent").asText().contains("pusher1:jammed"),
                    teacher.eval(first + ".textContent").asText());
            assertEquals(1, teacher.eval("document.querySelectorAll('#tiles .tile-attention').length").asInt(),
                    "only the faulted session needs attention");

            // Student, scene title and controller on every tile; thumbnails drawn and moving.
            String tile0 = "document.querySelector('.tile[data-session=\"" + sessionIds.get(0) + "\"]')";
            String text0 = teacher.eval(tile0 + ".textContent").asText();
            assertTrue(text0.contains("Student 00") && text0.contains("Conveyor") && text0.contains("nobody yet"), text0);
            for (String sid : List.of(sessionIds.get(0), sessionIds.get(1), sessionIds.get(4))) {
                String before = teacher.eval(thumbnail(sid)).asText();
                assertTrue(Integer.parseInt(before.split(":")[1]) > 2000, "thumbnail drawn: " + before);
                teacher.waitFor("(" + thumbnail(sid) + ") !== '" + before + "'", seconds(10), "thumbnail of " + sid + " moving");
            }

            // Frame time with 40 live tiles: animation-frame intervals and the overview's drawing time,
            // and how busy the page's main thread was (Chromium's own task, script and layout time).
            teacher.call("Performance.enable", null);
            JsonNode before = teacher.call("Performance.getMetrics", null);
            long cpuBefore = chromium.cpuNanos();
            JsonNode m = teacher.eval("new Promise(done => { const ts = []; const d0 = Overview.stats.drawMs.length;"
                    + " const n0 = Overview.stats.tilesDrawn; const t0 = performance.now();"
                    + " const f = (t) => { ts.push(t); if (t - t0 < " + MEASURE_MS + ") requestAnimationFrame(f);"
                    + " else done({ ts, draw: Overview.stats.drawMs.slice(d0), tiles: Overview.stats.tilesDrawn - n0 }); };"
                    + " requestAnimationFrame(f); })");
            double[] intervals = new double[m.get("ts").size() - 1];
            for (int i = 1; i < m.get("ts").size(); i++) {
                intervals[i - 1] = m.get("ts").get(i).asDouble() - m.get("ts").get(i - 1).asDouble();
            }
            double[] draw = new double[m.get("draw").size()];
            for (int i = 0; i < draw.length; i++) {
                draw[i] = m.get("draw").get(i).asDouble();
            }
            JsonNode after = teacher.call("Performance.getMetrics", null);
            double browserCpuMsPerS = (chromium.cpuNanos() - cpuBefore) / 1e6 / (MEASURE_MS / 1000.0);
            assertTrue(intervals.length > 50 && draw.length > 50, "frames measured: " + intervals.length + " / " + draw.length);
            double seconds = MEASURE_MS / 1000.0;
            String report = String.format(Locale.ROOT, "sessions=%d thumb_rate_hz=%d seconds=%.0f frames=%d tiles_drawn_per_s=%.0f%n"
                            + "frame_interval_p50_ms=%.2f frame_interval_p99_ms=%.2f frame_interval_max_ms=%.2f%n"
                            + "overview_draw_p50_ms=%.2f overview_draw_p99_ms=%.2f overview_draw_max_ms=%.2f"
                            + " overview_draw_ms_per_s=%.1f%n"
                            + "main_thread_task_ms_per_s=%.1f script_ms_per_s=%.1f layout_ms_per_s=%.1f style_ms_per_s=%.1f%n"
                            + "browser_cpu_ms_per_s=%.0f load_average=%.1f%n",
                    SESSIONS, teacher.eval("Overview.config.thumbRateHz").asInt(), seconds, intervals.length, m.get("tiles").asDouble() / seconds,
                    percentile(intervals, 50), percentile(intervals, 99), percentile(intervals, 100),
                    percentile(draw, 50), percentile(draw, 99), percentile(draw, 100), Arrays.stream(draw).sum() / seconds,
                    metricDelta(before, after, "TaskDuration") * 1000 / seconds,
                    metricDelta(before, after, "ScriptDuration") * 1000 / seconds,
                    metricDelta(before, after, "LayoutDuration") * 1000 / seconds,
                    metricDelta(before, after, "RecalcStyleDuration") * 1000 / seconds,
                    browserCpuMsPerS, java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
            System.out.print(report);
            Files.writeString(Path.of("target/overview-frame-time.txt"), report, StandardCharsets.UTF_8);
            Files.write(Path.of("target/overview-40.png"), teacher.screenshot());
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(),
                    "no error: " + teacher.eval("document.getElementById('error').textContent"));

            // Live charts: the server's recent step lateness and the connected clients, once a second.
            teacher.waitFor("LiveCharts.series.clients.length >= 3", seconds(10), "three seconds of chart points");
            JsonNode charts = teacher.eval("[LiveCharts.series.clients.slice(-1)[0], Math.min(...LiveCharts.series.lateness),"
                    + " [...document.querySelectorAll('#live-charts canvas')].map(c => { const d = c.getContext('2d')"
                    + ".getImageData(0, 0, c.width, c.height).data; let n = 0; for (let i = 3; i < d.length; i += 4)"
                    + " if (d[i] > 0) n++; return n; })]");
            assertTrue(charts.get(0).asInt() >= 1, "this page is a connected client: " + charts);
            assertTrue(charts.get(1).asDouble() >= 0, "lateness figures: " + charts);
            charts.get(2).forEach(n -> assertTrue(n.asInt() > 300, "both charts drawn: " + charts));

            // A click on a tile opens its session; back in the class, its tile is live again.
            teacher.eval(tile0 + ".click()");
            teacher.waitFor("!document.getElementById('session-view').hidden && state.observing === '" + sessionIds.get(0)
                    + "' && state.layout", seconds(10), "the session view of the clicked tile");
            teacher.eval("document.getElementById('close-view-btn').click()");
            teacher.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view again");
            String back = teacher.eval(thumbnail(sessionIds.get(0))).asText();
            teacher.waitFor("(" + thumbnail(sessionIds.get(0)) + ") !== '" + back + "'", seconds(10),
                    "the opened session's thumbnail moving again");
        }
    }

    /** How much a cumulative Chromium metric (Performance.getMetrics, seconds) grew between two readings. */
    private static double metricDelta(JsonNode before, JsonNode after, String name) {
        return metric(after, name) - metric(before, name);
    }

    private static double metric(JsonNode metrics, String name) {
        for (JsonNode m : metrics.get("metrics")) {
            if (m.get("name").asText().equals(name)) {
                return m.get("value").asDouble();
            }
        }
        throw new AssertionError("Chromium reports no metric " + name + ": " + metrics);
    }

    /** The p-th percentile (nearest rank) of the values; p = 100 is the maximum. */
    static double percentile(double[] values, double p) {
        double[] v = values.clone();
        Arrays.sort(v);
        int rank = (int) Math.ceil(p / 100.0 * v.length);
        return v[Math.max(0, Math.min(v.length - 1, rank - 1))];
    }
}
