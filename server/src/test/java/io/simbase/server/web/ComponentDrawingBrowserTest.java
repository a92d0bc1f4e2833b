package io.simbase.server.web;

import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.SceneLoader;
import io.simbase.server.SimBaseServer;
import io.simbase.server.session.CommandReply;
import io.simbase.server.session.SessionCommand;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard draws a component type it has no code for: the engine's test fixture turntable
 * ({@code io.simbase.engine.fixture.Turntable}, on this classpath through the engine's test jar)
 * comes with its drawing in the layout, and the canvas shows it turned once it has turned.
 * Screenshot: server/target/dashboard-turntable.png.
 */
class ComponentDrawingBrowserTest {
    private static final String CODE = "TURN42";
    /** Mean canvas position of the pixels of one colour, and how many there are. */
    private static final String CENTROID = "((r, gr, b) => { const c = document.getElementById('plant');"
            + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0, sx = 0, sy = 0;"
            + " for (let i = 0; i < d.length; i += 4) if (Math.abs(d[i] - r) < 8 && Math.abs(d[i + 1] - gr) < 8"
            + " && Math.abs(d[i + 2] - b) < 8 && d[i + 3] > 250) { n++; sx += (i / 4) % c.width;"
            + " sy += Math.floor(i / 4 / c.width); } return {n: n, x: sx / Math.max(n, 1), y: sy / Math.max(n, 1)}; })";
    private static SimBaseServer server;
    private static Chromium chromium;

    @TempDir
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        server = Dashboards.server(data, CODE);
        chromium = Chromium.launch();
    }

    @AfterAll
    static void stop() throws Exception {
        Dashboards.close(chromium, server);
    }

    private static Scene turntableScene() throws Exception {
        try (InputStream in = ComponentDrawingBrowserTest.class.getResourceAsStream("/fixture/turntable-demo.yaml")) {
            return SceneLoader.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), "turntable-demo.yaml");
        }
    }

    private static void type(Page page, String id, String value) throws Exception {
        page.eval("document.getElementById('" + id + "').value = " + chromium.json.writeValueAsString(value));
    }

    @Test
    void aComponentTypeTheDashboardHasNoCodeForIsDrawnAndAnimatedFromItsOwnDrawing() throws Exception {
        String sid = server.sessions().create(CODE, "Tom#0001", turntableScene(), 1, 30).id();
        try (Page teacher = chromium.open(Dashboards.url(server))) {
            Dashboards.signInAsTeacher(teacher);
            type(teacher, "class-code", CODE);
            String row = "[...document.querySelectorAll('#sessions tbody tr')].find(r => r.textContent.includes('" + sid + "'))";
            teacher.waitFor("!!" + row, seconds(10), "the turntable session in the list");
            teacher.eval(row + ".querySelector('button').click()");
            teacher.waitFor("state.layout && state.layout.components.some(c => c.type === 'turntable')", seconds(10),
                    "the layout with the turntable");
            teacher.waitFor("state.parts && state.parts.ids.length === 1", seconds(10), "the box on the table");

            // At rest: the gold marker at the table's +x end lies right of the table's centre.
            JsonNode table = teacher.eval(CENTROID + "(0x77, 0x77, 0x77)");
            JsonNode marker = teacher.eval(CENTROID + "(0xff, 0xd7, 0x00)");
            assertTrue(table.get("n").asInt() > 200 && marker.get("n").asInt() > 10, table + " " + marker);
            assertTrue(marker.get("x").asDouble() - table.get("x").asDouble() > 10, "marker right of centre: " + table + marker);
            Files.write(Path.of("target/dashboard-turntable-rest.png"), teacher.screenshot());

            // Force 'turn' on from the tag table: the table turns a quarter, and so does its drawing.
            int turn = teacher.eval("state.layout.tags.findIndex(t => t.name === 'turn')").asInt();
            int turned = teacher.eval("state.layout.tags.findIndex(t => t.name === 'turned')").asInt();
            teacher.eval("document.querySelector('#tag-" + turn + " td:last-child input').value = '1'");
            teacher.eval("[...document.querySelectorAll('#tag-" + turn + " td:last-child button')]"
                    + ".find(b => b.textContent === 'force').click()");
            teacher.waitFor("state.tags[" + turned + "] === 1", seconds(10), "the table in position");
            teacher.waitFor("new Promise(r => setTimeout(() => r(true), 300))", seconds(5), "a few frames");
            table = teacher.eval(CENTROID + "(0x77, 0x77, 0x77)");
            marker = teacher.eval(CENTROID + "(0xff, 0xd7, 0x00)");
            assertTrue(table.get("y").asDouble() - marker.get("y").asDouble() > 10, "marker above centre: " + table + marker);
            assertEquals(table.get("x").asDouble(), marker.get("x").asDouble(), 3, "marker straight above centre");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
            Files.write(Path.of("target/dashboard-turntable.png"), teacher.screenshot());
        } finally {
            server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }
}
