package io.simbase.server.web;

import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * Sensor faults on the plant drawing, in both roles at once: the instructor's session view marks
 * a silent tag fault on the photo eye wired to it; the student's page of the same session never
 * does, even frames later; an announced fault on the Stop button's tag is marked on both pages.
 * Screenshot: {@code server/target/tag-fault-instructor.png}.
 */
class TagFaultDrawingBrowserTest {
    private static final String CODE = "TAGF01";
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

    private static Page page() throws Exception {
        return Dashboards.openFullHd(chromium, server);
    }

    private static String marks(Page page) throws Exception {
        return page.eval("PlantView.tagFaults().map(m => m.tag + '@' + m.component).sort().join(' ')").asText();
    }

    @Test
    void aSilentSensorFaultIsDrawnForTheInstructorOnlyAndAnAnnouncedOneForBoth() throws Exception {
        try (Page student = page(); Page teacher = page()) {
            student.eval("document.getElementById('student-class').value = '" + CODE + "'");
            student.eval("document.getElementById('student-number').value = '20263003'");
            student.eval("document.getElementById('student-pass').value = 'kai-secret-03'");
            student.eval("document.getElementById('student-new').checked = true");
            student.eval("document.getElementById('student-name').value = 'Kai'");
            student.eval("document.querySelector('#student-btn').click()");
            student.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the student's class view");
            student.eval("document.getElementById('scene-select').value = 'sorting-station'");
            student.eval("document.getElementById('create-btn').click()");
            student.waitFor("state.layout && PlantView.hits().length > 0", seconds(10), "the student's plant");
            Session s = server.sessions().find(student.eval("state.observing").asText());

            teacher.eval("document.getElementById('login-user').value = 'teacher'");
            teacher.eval("document.getElementById('login-pass').value = '" + Dashboards.PASSWORD + "'");
            teacher.eval("document.querySelector('#login-btn').click()");
            teacher.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
            teacher.eval("observe('" + s.id() + "')");
            teacher.waitFor("state.layout && PlantView.hits().length > 0", seconds(10), "the instructor's plant");
            assertEquals("", marks(teacher), "no fault yet");

            s.submit(new SessionCommand.InjectFault("at_pusher1", "stuck_off", 0, false), CommandReply.NONE);
            teacher.waitFor("PlantView.tagFaults().some(m => m.tag === 'at_pusher1' && m.component === 'eye1')",
                    seconds(10), "the silent fault marked on eye1 for the instructor");
            assertTrue(teacher.eval("document.querySelector('#tags tr.faulted').textContent.includes('at_pusher1')")
                    .asBoolean(), "and in the tag table");
            double after = student.eval("state.simNanos").asDouble() + 1e9;
            student.waitFor("state.simNanos > " + after, seconds(10), "a second of the student's plant after the fault");
            assertEquals("", marks(student), "a silent fault is never drawn for the student");

            s.submit(new SessionCommand.InjectFault("stop_pb", "wire_break", 0, true), CommandReply.NONE);
            student.waitFor("PlantView.tagFaults().some(m => m.tag === 'stop_pb' && m.component === 'stop')",
                    seconds(10), "the announced fault marked on the Stop button for the student");
            assertEquals("stop_pb@stop", marks(student), "still not the silent one");
            teacher.waitFor("PlantView.tagFaults().some(m => m.tag === 'stop_pb')", seconds(10), "both for the instructor");
            assertEquals("at_pusher1@eye1 stop_pb@stop", marks(teacher));
            Files.write(Path.of("target/tag-fault-instructor.png"), teacher.screenshot());

            s.submit(new SessionCommand.ClearFault("at_pusher1", "stuck_off"), CommandReply.NONE);
            teacher.waitFor("!PlantView.tagFaults().some(m => m.tag === 'at_pusher1')", seconds(10), "cleared");
            s.submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }
}
