package io.simbase.server.web;

import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.simbase.server.SimBaseServer;
import io.simbase.server.results.StoredResult;
import io.simbase.server.session.CommandReply;
import io.simbase.server.session.Session;
import io.simbase.server.session.SessionCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class overview's tiles in a Chromium whose language is Chinese: a session whose soft PLC
 * is in FAULT comes first, marked and saying so; a student's kept result shows on their tile as
 * the last grade as soon as it is kept; every word in Chinese. Screenshot:
 * {@code server/target/tiles-plc-fault-grade.png}.
 */
class TileFactsBrowserTest {
    private static final String CODE = "TILES1";
    private static SimBaseServer server;
    private static Chromium chromium;

    @TempDir
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        server = Dashboards.server(data, CODE);
        chromium = Chromium.launch("--lang=zh-CN", "--accept-lang=zh-CN");
    }

    @AfterAll
    static void stop() throws Exception {
        Dashboards.close(chromium, server);
    }

    private static String tile(String sid) {
        return "document.querySelector('.tile[data-session=\"" + sid + "\"]')";
    }

    @Test
    void aFaultedPlcComesFirstAndTheLastGradeShowsAsSoonAsItIsKept() throws Exception {
        Session amy = server.sessions().create(CODE, "Amy", server.sessions().scene("conveyor-basics"), 1, 30);
        Session zoe = server.sessions().create(CODE, "Zoe", server.sessions().scene("conveyor-basics"), 1, 30);
        try (Page teacher = Dashboards.openFullHd(chromium, server)) {
            Dashboards.signInAsTeacher(teacher);
            teacher.eval("document.getElementById('class-code').value = '" + CODE + "'");
            teacher.waitFor("document.querySelectorAll('#tiles .tile').length === 2", seconds(10), "two tiles");
            assertEquals("Amy", teacher.eval("document.querySelector('#tiles .tile .tile-who').textContent").asText(),
                    "by name while nothing needs attention");
            assertEquals("尚无成绩", teacher.eval(tile(zoe.id()) + ".querySelector('.tile-grade').textContent").asText());

            // Zoe's soft PLC divides by zero: her tile comes first, marked, saying PLC fault.
            String divides = "PROGRAM p\\nVAR n, d, q : INT; END_VAR\\nn := n + 1;\\nIF n > 5 THEN\\n  q := 100 / d;\\nEND_IF;\\nEND_PROGRAM\\n";
            teacher.eval("send('plc_download', { session_id: '" + zoe.id() + "', source: '" + divides
                    + "', file_name: 'divide.st' }, () => send('plc_run', { session_id: '" + zoe.id() + "' }))");
            teacher.waitFor("document.querySelector('#tiles .tile').dataset.session === '" + zoe.id() + "'", seconds(10),
                    "the faulted PLC's tile first");
            assertTrue(teacher.eval(tile(zoe.id()) + ".classList.contains('tile-attention')").asBoolean());
            assertEquals("PLC 故障", teacher.eval(tile(zoe.id()) + ".querySelector('.tile-flags').textContent").asText());

            // Amy's graded run is kept: her tile shows it at the next class list.
            server.results().add(new StoredResult(System.currentTimeMillis(), CODE, "Amy", "conveyor-stop-safety", 85, 70,
                    true, false, "", List.of(), "Amy"));
            teacher.waitFor(tile(amy.id()) + ".querySelector('.tile-grade').textContent.startsWith('最近成绩 85/100，及格')",
                    seconds(10), "Amy's last grade");
            teacher.waitFor(tile(amy.id()) + ".querySelector('.tile-grade').textContent.endsWith('停止回路与失效安全')",
                    seconds(10), "the exercise's title in Chinese");
            assertTrue(teacher.eval(tile(amy.id()) + ".querySelector('.tile-grade').classList.contains('tile-grade-passed')")
                    .asBoolean());
            JsonNode bad = teacher.eval(ChineseDashboardBrowserTest.UNTRANSLATED);
            assertEquals(0, bad.size(), "untranslated text: " + bad);
            Files.write(Path.of("target/tiles-plc-fault-grade.png"), teacher.screenshot());

            teacher.eval("I18N.set('en')");
            assertEquals("PLC fault", teacher.eval(tile(zoe.id()) + ".querySelector('.tile-flags').textContent").asText());
            teacher.waitFor(tile(amy.id()) + ".querySelector('.tile-grade').textContent"
                    + " === 'last grade 85/100, passed · Stop circuit and fail-safe stop'", seconds(10),
                    "the grade and the exercise's title in English");
            teacher.eval("I18N.set('zh')");
        } finally {
            amy.submit(new SessionCommand.Close(null), CommandReply.NONE);
            zoe.submit(new SessionCommand.Close(null), CommandReply.NONE);
        }
    }
}
