package io.simbase.server.web;

import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.bridge.testing.Peers;
import io.simbase.server.SimBaseServer;
import io.simbase.server.auth.Role;
import io.simbase.server.session.CommandReply;
import io.simbase.server.session.SessionCommand;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The dashboard in a real browser against a real server: a student joins, creates a session
 * and runs the belt; the instructor sees that session live, opens it, forces a tag, injects a
 * fault and pauses it. Screenshots go to server/target/dashboard-*.png for a person to look at.
 */
class DashboardBrowserTest {
    private static final String CODE = "WEB123";
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

    /** Number of canvas pixels that differ from the background: the drawn plant. */
    private static final String DRAWN_PIXELS = "(() => { const c = document.getElementById('plant');"
            + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let n = 0;"
            + " for (let i = 3; i < d.length; i += 4) if (d[i] !== 0) n++; return n; })()";

    private static String url() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    private static void type(Page page, String id, String value) throws Exception {
        page.eval("document.getElementById('" + id + "').value = " + chromium.json.writeValueAsString(value));
    }

    private static void click(Page page, String selector) throws Exception {
        page.eval("document.querySelector(" + chromium.json.writeValueAsString(selector) + ").click()");
    }

    private static int tagIndex(Page page, String tag) throws Exception {
        return page.eval("state.layout.tags.findIndex(t => t.name === '" + tag + "')").asInt();
    }

    @Test
    void studentOperatesAndInstructorSupervisesInTheBrowser() throws Exception {
        try (Page student = chromium.open(url()); Page teacher = chromium.open(url())) {
            // Student: join with the class code, create a sorting station, start the belt.
            student.waitFor("document.getElementById('conn').textContent.startsWith('connected')", seconds(20), "the WebSocket");
            type(student, "join-code", CODE);
            type(student, "join-name", "Ana");
            click(student, "#join-btn");
            student.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
            student.eval("document.getElementById('scene-select').value = 'sorting-station'");
            click(student, "#create-btn");
            student.waitFor("state.layout && state.layout.tags.length === 20", seconds(10), "the session's layout");
            int belt = tagIndex(student, "belt_run");
            click(student, "#tag-" + belt + " td:last-child button");
            student.waitFor("state.tags[" + belt + "] === 1", seconds(10), "belt_run acknowledged as ON");
            student.waitFor("document.querySelector('#tag-" + belt + " .value').textContent === 'ON'", seconds(5),
                    "the tag table to show belt_run ON");
            student.waitFor("state.parts && state.parts.ids.length >= 2", seconds(20), "parts riding the belt");
            assertTrue(student.eval(DRAWN_PIXELS).asInt() > 2000, "the plant is drawn on the canvas");
            assertTrue(student.eval("document.getElementById('login-view').offsetParent === null").asBoolean(),
                    "the sign-in form is out of sight once joined");
            assertTrue(student.eval("document.getElementById('error').hidden").asBoolean(), "no error shown");
            Files.write(Path.of("target/dashboard-student.png"), student.screenshot());

            // Instructor: sign in, find Ana's session in the live list, open it.
            teacher.waitFor("document.getElementById('conn').textContent.startsWith('connected')", seconds(20), "the WebSocket");
            type(teacher, "login-user", "teacher");
            type(teacher, "login-pass", "correct-horse");
            click(teacher, "#login-btn");
            teacher.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
            type(teacher, "class-code", CODE);
            teacher.waitFor("[...document.querySelectorAll('#sessions tbody tr')].some(r => r.textContent.includes('Ana'))",
                    seconds(10), "Ana's session in the list");
            String anasRow = "[...document.querySelectorAll('#sessions tbody tr')].find(r => r.textContent.includes('Ana'))";
            assertTrue(teacher.eval(anasRow + ".textContent").asText().contains("sorting-station"));
            teacher.eval(anasRow + ".querySelector('button').click()");
            teacher.waitFor("state.layout && state.parts && state.parts.ids.length >= 1", seconds(10), "the live plant");

            // Force a sensor: both the instructor's and the student's view show it.
            int partIn = tagIndex(teacher, "part_in");
            teacher.eval("document.querySelector('#tag-" + partIn + " td:last-child input').value = '1'");
            teacher.eval("[...document.querySelectorAll('#tag-" + partIn + " td:last-child button')].find(b => b.textContent === 'force').click()");
            teacher.waitFor("document.getElementById('tag-" + partIn + "').classList.contains('forced')", seconds(10), "the forced mark");
            student.waitFor("state.tags[" + partIn + "] === 1", seconds(10), "the student to see the forced value");

            // Inject a fault: it shows in the event list and in the class list's summary.
            teacher.eval("document.getElementById('fault-kind').value = 'jammed'");
            type(teacher, "fault-target", "pusher1");
            click(teacher, "#fault-on-btn");
            teacher.waitFor("document.getElementById('events').textContent.includes('COMPONENT_FAULT_ON pusher1 jammed')",
                    seconds(10), "the fault event");

            // Pause: simulated time stops for both.
            click(teacher, "[data-control=PAUSE]");
            teacher.waitFor("document.getElementById('session-clock').textContent.includes('paused')",
                    seconds(10), "the paused mark");
            String clock = "document.getElementById('session-clock').textContent";
            student.waitFor("new Promise(r => { const a = " + clock + "; setTimeout(() => r(a === " + clock + "), 500); })",
                    seconds(10), "simulated time to stand still for the student too");
            click(teacher, "[data-control=RESUME]");
            teacher.waitFor("!document.getElementById('session-clock').textContent.includes('paused')", seconds(10),
                    "the resumed mark");
            student.waitFor("new Promise(r => { const a = " + clock + "; setTimeout(() => r(a !== " + clock + "), 500); })",
                    seconds(10), "simulated time to run again");
            Files.write(Path.of("target/dashboard-instructor.png"), teacher.screenshot());
        }
    }

    @Test
    void technicianBindsARigInTheBrowserAndSeesItsStatusInTheSessionList() throws Exception {
        server.users().add("tech", Role.TECHNICIAN, "tech-horse-1");
        int port;
        try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = free.getLocalPort();
        }
        Files.createDirectories(data.resolve("rigs"));
        Files.writeString(data.resolve("rigs/web-tank.yaml"), "name: web-tank\nscene: tank-level\ntcp: " + port
                + "\nmap:\n  - {tag: fill_valve, table: hr, address: 0, type: uint16}\n");
        String sid = server.sessions().create(CODE, "Bea#0001", server.sessions().scene("tank-level"), 1, 30).id();
        try (Page tech = chromium.open(url())) {
            tech.waitFor("document.getElementById('conn').textContent.startsWith('connected')", seconds(20), "the WebSocket");
            type(tech, "login-user", "tech");
            type(tech, "login-pass", "tech-horse-1");
            click(tech, "#login-btn");
            tech.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
            type(tech, "class-code", CODE);
            String row = "[...document.querySelectorAll('#sessions tbody tr')].find(r => r.textContent.includes('" + sid + "'))";
            tech.waitFor("!!" + row, seconds(10), "the tank session in the list");
            tech.eval(row + ".querySelector('button').click()");
            tech.waitFor("state.layout && !document.getElementById('rig-panel').hidden", seconds(10), "the rig panel");
            type(tech, "rig-name", "web-tank");
            click(tech, "#rig-bind-btn");
            tech.waitFor("document.getElementById('rig-status').textContent.includes('0.0.0.0:" + port + "')",
                    seconds(10), "the bound rig's status");

            Peers.Result w = Peers.run(20_000, "mbpoll", "-m", "tcp",
                    "-p", String.valueOf(port), "-0", "-1", "-o", "2", "-t", "4", "-r", "0", "127.0.0.1", "30");
            assertTrue(w.exitCode() == 0, w.toString());
            int valve = tagIndex(tech, "fill_valve");
            tech.waitFor("state.tags[" + valve + "] === 30", seconds(10), "fill_valve=30 from the rig");
            click(tech, "#close-view-btn");
            tech.waitFor(row + " && " + row + ".textContent.includes('web-tank online') && !"
                    + row + ".textContent.includes(' 0 req')", seconds(10), "the rig column: online, requests counted");
            Files.write(Path.of("target/dashboard-technician.png"), tech.screenshot());
        } finally {
            server.sessions().find(sid).submit(new SessionCommand.Close(null), CommandReply.NONE); // closes its rig too
        }
    }

    @Test
    void aLateJoinerSeesForcesAndFaultsAndSwitchingSessionsDropsThePreviousHighlights() throws Exception {
        String forcedSid = server.sessions().create(CODE, "Cai#0002", server.sessions().scene("sorting-station"), 1, 30).id();
        String plainSid = server.sessions().create(CODE, "Dee#0003", server.sessions().scene("sorting-station"), 1, 30).id();
        var forced = server.sessions().find(forcedSid);
        int partIn = forced.scene().layout().indexOf("part_in");
        // Applied before the dashboard connects: it never sees their events.
        forced.submit(new SessionCommand.Force(partIn, 1, "teacher"), CommandReply.NONE);
        forced.submit(new SessionCommand.InjectFault("at_pusher1", "stuck_on", 0),
                CommandReply.NONE);
        try (Page teacher = chromium.open(url())) {
            teacher.waitFor("document.getElementById('conn').textContent.startsWith('connected')", seconds(20), "the WebSocket");
            type(teacher, "login-user", "teacher");
            type(teacher, "login-pass", "correct-horse");
            click(teacher, "#login-btn");
            teacher.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
            String forcedRow = "document.getElementById('tag-" + partIn + "')";
            String faultedRow = "document.getElementById('tag-' + state.layout.tags.findIndex(t => t.name === 'at_pusher1'))";

            teacher.eval("observe('" + forcedSid + "')");
            teacher.waitFor("state.layout && state.observing === '" + forcedSid + "' && " + forcedRow
                    + ".classList.contains('forced')", seconds(10), "the force applied before joining, from the full state");
            teacher.waitFor(faultedRow + ".classList.contains('faulted')", seconds(10), "the fault applied before joining");
            assertTrue(teacher.eval("[...document.getElementById('fault-kind').options].map(o => o.value)"
                    + ".includes('stuck_on')").asBoolean(), "fault kinds from the session's layout");

            teacher.eval("observe('" + plainSid + "')"); // what the session list's Open button does
            teacher.waitFor("state.layout && state.observing === '" + plainSid + "' && state.tags.length === 20",
                    seconds(10), "the other session's full state");
            teacher.waitFor("document.querySelectorAll('#tags tr.forced, #tags tr.faulted').length === 0", seconds(5),
                    "no highlight carried over from the previous session");

            teacher.eval("observe('" + forcedSid + "')");
            teacher.waitFor("state.observing === '" + forcedSid + "' && state.layout && " + forcedRow
                    + ".classList.contains('forced') && " + faultedRow + ".classList.contains('faulted')", seconds(10),
                    "back on the first session: its highlights again, from its full state alone");
            Files.write(Path.of("target/dashboard-late-joiner.png"), teacher.screenshot());
        } finally {
            server.sessions().find(forcedSid).submit(new SessionCommand.Close(null), CommandReply.NONE);
            server.sessions().find(plainSid).submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }
}
