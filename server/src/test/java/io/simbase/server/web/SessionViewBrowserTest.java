package io.simbase.server.web;

import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.simbase.server.SimBaseServer;
import io.simbase.server.session.CommandReply;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The session view in Debian's Chromium: on one 1920x1080 screen without scrolling (instructor
 * and student), the plant readable (true aspect ratio, labels that do not overlap, the part
 * legend, zoom and zoom to fit), the panel's NC and NO buttons drawn as buttons and worked with
 * the mouse, and faults chosen from the list each component and tag offers. Screenshots:
 * {@code server/target/session-view-1080p-*.png}.
 */
class SessionViewBrowserTest {
    private static final String CODE = "VIEW1080";
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

    private static Page fullHd() throws Exception {
        return Dashboards.openFullHd(chromium, server);
    }

    private static void signInAsTeacher(Page page) throws Exception {
        Dashboards.signInAsTeacher(page);
        page.eval("document.getElementById('class-code').value = '" + CODE + "'");
    }

    private static void open(Page page, String sid) throws Exception {
        page.waitFor("!!document.querySelector('.tile[data-session=\"" + sid + "\"]')", seconds(10), "the session's tile");
        page.eval("document.querySelector('.tile[data-session=\"" + sid + "\"]').click()");
        page.waitFor("state.observing === '" + sid + "' && state.layout && PlantView.hits().length + PlantView.labels().length > 0",
                seconds(10), "the session view, drawn");
    }

    /** Elements of the session view sticking out of the window, and the page's own scroll size, as JSON. */
    private static final String OVERFLOW = """
            (() => {
              const out = [];
              const W = innerWidth, H = innerHeight, d = document.documentElement;
              if (d.scrollHeight > H || d.scrollWidth > W) out.push('page scrolls: ' + d.scrollWidth + 'x' + d.scrollHeight);
              for (const sel of ['#plant', '#tags', '#events', '#controller', '#fault-panel', '.plc-panel', '#staff-controls',
                                 '#close-view-btn', '#own-plc-panel', '#sheet-panel']) {
                const e = document.querySelector(sel);
                if (!e || e.getClientRects().length === 0) continue;
                const r = e.getBoundingClientRect();
                if (r.bottom > H + 0.5 || r.right > W + 0.5 || r.left < -0.5 || r.top < -0.5)
                  out.push(sel + ' at ' + Math.round(r.left) + ',' + Math.round(r.top) + '..' + Math.round(r.right) + ',' + Math.round(r.bottom));
              }
              return out;
            })()""";

    private static String shownOf(Page page, String... selectors) throws Exception {
        StringBuilder b = new StringBuilder();
        for (String s : selectors) {
            b.append(s).append('=').append(page.eval("(() => { const e = document.querySelector('" + s
                    + "'); return !!e && e.getClientRects().length > 0; })()").asBoolean()).append(' ');
        }
        return b.toString();
    }

    @Test
    void theInstructorsAndTheStudentsSessionViewFitOneFullHdScreen() throws Exception {
        Session s = server.sessions().create(CODE, "Fit#0001", server.sessions().scene("sorting-station"), 1, 30);
        try (Page teacher = fullHd()) {
            signInAsTeacher(teacher);
            open(teacher, s.id());
            teacher.waitFor("!!document.querySelector('.plc-panel') && !document.getElementById('own-plc-panel').hidden",
                    seconds(10), "the soft-PLC and own-PLC panels");
            String shown = shownOf(teacher, "#plant", "#tags", "#events", "#fault-panel", ".plc-panel", "#staff-controls",
                    "#own-plc-panel");
            assertFalse(shown.contains("=false"), shown);
            Files.write(Path.of("target/session-view-1080p-instructor.png"), teacher.screenshot());
            JsonNode out = teacher.eval(OVERFLOW);
            assertEquals(0, out.size(), "nothing outside 1920x1080: " + out);
        } finally {
            s.submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
        try (Page student = fullHd()) {
            student.eval("document.getElementById('student-class').value = '" + CODE + "'");
            student.eval("document.getElementById('student-number').value = '20260042'");
            student.eval("document.getElementById('student-pass').value = 'lin-secret-42'");
            student.eval("document.getElementById('student-new').checked = true");
            student.eval("document.getElementById('student-name').value = 'Lin'");
            student.eval("document.querySelector('#student-btn').click()");
            student.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the student's class view");
            student.eval("document.getElementById('scene-select').value = 'sorting-station'");
            student.eval("document.getElementById('create-btn').click()");
            student.waitFor("state.layout && !document.getElementById('session-view').hidden && !!document.querySelector('.plc-panel')",
                    seconds(10), "the student's new session");
            student.waitFor("!document.getElementById('own-plc-panel').hidden", seconds(10), "the own-PLC panel");
            String shown = shownOf(student, "#plant", "#tags", "#events", ".plc-panel", "#own-plc-panel");
            assertFalse(shown.contains("=false"), shown);
            Files.write(Path.of("target/session-view-1080p-student.png"), student.screenshot());
            JsonNode out = student.eval(OVERFLOW);
            assertEquals(0, out.size(), "nothing outside 1920x1080: " + out);
            student.eval("send('close_session', { session_id: state.observing })");
        }
    }

    private static void mouse(Page page, String type, double x, double y) throws Exception {
        ObjectNode p = chromium.json.createObjectNode().put("type", type).put("x", x).put("y", y)
                .put("button", "left").put("clickCount", 1);
        if (!type.equals("mouseMoved")) {
            p.put("buttons", type.equals("mousePressed") ? 1 : 0);
        }
        page.call("Input.dispatchMouseEvent", p);
    }

    /** The page coordinates of the centre of the panel control {@code id}'s drawn button. */
    private static double[] buttonCentre(Page page, String id) throws Exception {
        JsonNode c = page.eval("(() => { const h = PlantView.hits().find(h => h.component.id === '" + id + "');"
                + " const r = document.getElementById('plant').getBoundingClientRect();"
                + " return [r.left + h.x + h.w / 2, r.top + h.y + h.h / 2]; })()");
        return new double[] {c.get(0).asDouble(), c.get(1).asDouble()};
    }

    private static String pixelAt(double[] at) {
        return "(() => { const c = document.getElementById('plant'); const r = c.getBoundingClientRect();"
                + " const k = c.width / r.width; const d = c.getContext('2d').getImageData(Math.round((" + at[0]
                + " - r.left) * k), Math.round((" + at[1] + " - r.top) * k) - 8, 1, 1).data; return [d[0], d[1], d[2]]; })()";
    }

    @Test
    void theNcStopAndNoStartButtonsAreDrawnAsButtonsAndWorkWithTheMouse() throws Exception {
        Session s = server.sessions().create(CODE, "Btn#0002", server.sessions().scene("conveyor-basics"), 1, 30);
        int stopPb = s.scene().layout().indexOf("stop_pb");
        int startPb = s.scene().layout().indexOf("start_pb");
        try (Page teacher = fullHd()) {
            signInAsTeacher(teacher);
            open(teacher, s.id());
            teacher.waitFor("state.tags[" + stopPb + "] === 1 && state.tags[" + startPb + "] === 0", seconds(10),
                    "Stop (NC) reads 1 and Start (NO) 0 while not pressed");
            JsonNode kinds = teacher.eval("PlantView.hits().map(h => h.component.id + ':' + h.component.properties.kind)");
            assertEquals("[\"start:button_no\",\"stop:button_nc\"]", kinds.toString(), "the panel's buttons, drawn");

            double[] stop = buttonCentre(teacher, "stop");
            String up = teacher.eval(pixelAt(stop)).toString();
            mouse(teacher, "mouseMoved", stop[0], stop[1]);
            mouse(teacher, "mousePressed", stop[0], stop[1]);
            teacher.waitFor("state.tags[" + stopPb + "] === 0", seconds(10), "the NC contact open while Stop is held");
            teacher.waitFor("new Promise(r => requestAnimationFrame(() => r(true)))", seconds(5), "a frame");
            String down = teacher.eval(pixelAt(stop)).toString();
            assertFalse(up.equals(down), "Stop drawn pressed: " + up + " then " + down);
            Files.write(Path.of("target/session-view-stop-held.png"), teacher.screenshot());
            mouse(teacher, "mouseReleased", stop[0], stop[1]);
            teacher.waitFor("state.tags[" + stopPb + "] === 1", seconds(10), "the NC contact closed again on release");
            teacher.waitFor("new Promise(r => requestAnimationFrame(() => r(true)))", seconds(5), "a frame");
            assertEquals(up, teacher.eval(pixelAt(stop)).toString(), "Stop drawn released");

            double[] start = buttonCentre(teacher, "start");
            mouse(teacher, "mouseMoved", start[0], start[1]);
            mouse(teacher, "mousePressed", start[0], start[1]);
            teacher.waitFor("state.tags[" + startPb + "] === 1", seconds(10), "the NO contact closed while Start is held");
            mouse(teacher, "mouseReleased", start[0], start[1]);
            teacher.waitFor("state.tags[" + startPb + "] === 0", seconds(10), "and open again on release");
            assertTrue(teacher.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
        } finally {
            s.submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }

    @Test
    void thePlantIsDrawnAtItsAspectRatioWithLabelsAndLegendAndZoomsToFit() throws Exception {
        Session s = server.sessions().create(CODE, "Zoom#0003", server.sessions().scene("sorting-station"), 1, 30);
        try (Page teacher = fullHd()) {
            signInAsTeacher(teacher);
            open(teacher, s.id());
            // The plant's box (between the legend strip and the panel strip) has the plant's own aspect ratio.
            JsonNode box = teacher.eval("(() => { const r = document.getElementById('plant').getBoundingClientRect();"
                    + " return [r.width, r.height, Plant.aspect(state.layout)]; })()");
            double plantHeight = box.get(1).asDouble() - 22 - 40;
            assertEquals(box.get(2).asDouble(), box.get(0).asDouble() / plantHeight, 0.05 * box.get(2).asDouble(),
                    "aspect ratio of the drawing: " + box);
            // Every plant component is labelled, inside the canvas, and no two labels overlap.
            JsonNode labels = teacher.eval("PlantView.labels().map(l => [l.id, l.x, l.y, l.w, l.h])");
            int drawn = teacher.eval("Plant.prepared(state.layout).plant.length").asInt();
            assertEquals(drawn, labels.size(), "a label per drawn component: " + labels);
            for (int i = 0; i < labels.size(); i++) {
                JsonNode a = labels.get(i);
                assertTrue(a.get(1).asDouble() >= 0 && a.get(1).asDouble() + a.get(3).asDouble() <= box.get(0).asDouble(),
                        "label inside: " + a);
                for (int j = i + 1; j < labels.size(); j++) {
                    JsonNode b = labels.get(j);
                    boolean overlap = a.get(1).asDouble() < b.get(1).asDouble() + b.get(3).asDouble()
                            && b.get(1).asDouble() < a.get(1).asDouble() + a.get(3).asDouble()
                            && a.get(2).asDouble() < b.get(2).asDouble() + b.get(4).asDouble()
                            && b.get(2).asDouble() < a.get(2).asDouble() + a.get(4).asDouble();
                    assertFalse(overlap, "labels overlap: " + a + " " + b);
                }
            }
            // The legend: a swatch of each part type's colour in the top strip.
            JsonNode swatches = teacher.eval("(() => { const c = document.getElementById('plant');"
                    + " const d = c.getContext('2d').getImageData(0, 0, c.width, 20).data; const hex = (i) => '#' +"
                    + " [d[i], d[i + 1], d[i + 2]].map(v => v.toString(16).padStart(2, '0')).join(''); const seen = new Set();"
                    + " for (let i = 0; i < d.length; i += 4) seen.add(hex(i));"
                    + " return state.layout.part_types.map((p, k) => seen.has(Plant.PART_COLOURS[k])); })()");
            assertEquals(4, swatches.size(), "four part types in the sorting station");
            swatches.forEach(v -> assertTrue(v.asBoolean(), "each part type's swatch: " + swatches));
            Files.write(Path.of("target/session-view-plant.png"), teacher.screenshot());

            // The wheel zooms in where the pointer is; "Zoom to fit" shows the whole plant again.
            JsonNode r = teacher.eval("(() => { const r = document.getElementById('plant').getBoundingClientRect();"
                    + " return [r.left + r.width / 2, r.top + r.height / 2]; })()");
            teacher.call("Input.dispatchMouseEvent", chromium.json.createObjectNode().put("type", "mouseWheel")
                    .put("x", r.get(0).asDouble()).put("y", r.get(1).asDouble()).put("deltaX", 0).put("deltaY", -120));
            teacher.waitFor("PlantView.zoom() > 1.2", seconds(5), "zoomed in");
            teacher.waitFor("new Promise(r => requestAnimationFrame(() => r(true)))", seconds(5), "a frame");
            double zoomedLabelGap = teacher.eval("(() => { const l = PlantView.labels(); const a = l.find(x => x.id === 'pusher1'),"
                    + " b = l.find(x => x.id === 'pusher2'); return b.x - a.x; })()").asDouble();
            teacher.eval("document.getElementById('plant-fit-btn').click()");
            teacher.waitFor("PlantView.zoom() === 1", seconds(5), "zoomed to fit");
            teacher.waitFor("new Promise(r => requestAnimationFrame(() => r(true)))", seconds(5), "a frame");
            double fitLabelGap = teacher.eval("(() => { const l = PlantView.labels(); const a = l.find(x => x.id === 'pusher1'),"
                    + " b = l.find(x => x.id === 'pusher2'); return b.x - a.x; })()").asDouble();
            assertTrue(zoomedLabelGap > fitLabelGap * 1.2, "pushers further apart zoomed in: " + zoomedLabelGap + " vs " + fitLabelGap);
        } finally {
            s.submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }

    @Test
    void faultsAreChosenFromTheListEachComponentAndTagOffers() throws Exception {
        Session s = server.sessions().create(CODE, "Flt#0004", server.sessions().scene("sorting-station"), 1, 30);
        try (Page teacher = fullHd()) {
            signInAsTeacher(teacher);
            open(teacher, s.id());
            JsonNode options = teacher.eval("[...document.getElementById('fault-choice').options].map(o => o.value)");
            String all = options.toString();
            // Components offer what their type declares; tags what their type and direction accept.
            assertTrue(all.contains("\"pusher1:jammed\"") && all.contains("\"pusher1:slow\"") && all.contains("\"entry_belt:belt_slip\""), all);
            assertFalse(all.contains("\"entry_belt:jammed\"") || all.contains("\"pusher1:belt_slip\""), all);
            assertTrue(all.contains("\"at_pusher1:stuck_on\"") && all.contains("\"part_height:drift\"")
                    && all.contains("\"belt_run:wire_break\""), all);
            assertFalse(all.contains("\"at_pusher1:drift\"") || all.contains("\"belt_run:stuck_on\""), all);

            // A click on the second pusher in the plant picks its fault; Inject applies it.
            JsonNode at = teacher.eval("(() => { const r = document.getElementById('plant').getBoundingClientRect();"
                    + " const p = PlantView.centreOf('pusher2'); return [r.left + p[0], r.top + p[1]]; })()");
            mouse(teacher, "mouseMoved", at.get(0).asDouble(), at.get(1).asDouble());
            mouse(teacher, "mousePressed", at.get(0).asDouble(), at.get(1).asDouble());
            mouse(teacher, "mouseReleased", at.get(0).asDouble(), at.get(1).asDouble());
            teacher.waitFor("document.getElementById('fault-choice').value === 'pusher2:jammed'", seconds(5),
                    "pusher2's first fault chosen by clicking it");
            teacher.eval("document.getElementById('fault-on-btn').click()");
            teacher.waitFor("state.faults.has('pusher2:jammed')", seconds(10), "the fault on, in the page");
            assertTrue(s.status().activeFaults().contains("pusher2:jammed"), "and in the session: " + s.status().activeFaults());

            teacher.eval("(() => { const s = document.getElementById('fault-choice'); s.value = 'part_height:drift';"
                    + " s.dispatchEvent(new Event('change')); })()");
            teacher.eval("document.getElementById('fault-param').value = '0.1'");
            teacher.eval("document.getElementById('fault-on-btn').click()");
            teacher.waitFor("state.faults.has('part_height:drift')", seconds(10), "a tag fault chosen from the list");
            Files.write(Path.of("target/session-view-faults.png"), teacher.screenshot());
        } finally {
            s.submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }
}
