package io.simbase.server.web;

import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.simbase.server.SimBaseServer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exercise sheet beside the plant, in a Chromium whose language is Chinese: the student's
 * page shows the scene's sheet in Chinese (title, I/O table), in English after the switch, the
 * other exercise of the scene when chosen, and the instructor sees the same sheet in the session
 * view. Screenshot: {@code server/target/sheet-panel-student.png}.
 */
class SheetPanelBrowserTest {
    private static final String CODE = "SHEET1";
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

    private static Page page() throws Exception {
        return Dashboards.openFullHd(chromium, server);
    }

    private static String text(Page page, String selector) throws Exception {
        return page.eval("(() => { const e = document.querySelector('" + selector + "'); return e ? e.textContent : ''; })()")
                .asText();
    }

    @Test
    void theStudentReadsTheSheetInChineseThenInEnglishAndTheInstructorSeesItToo() throws Exception {
        String sid;
        try (Page student = page()) {
            student.eval("document.getElementById('student-class').value = '" + CODE + "'");
            student.eval("document.getElementById('student-number').value = '20261001'");
            student.eval("document.getElementById('student-pass').value = 'mei-secret-01'");
            student.eval("document.getElementById('student-new').checked = true");
            student.eval("document.getElementById('student-name').value = 'Mei'");
            student.eval("document.querySelector('#student-btn').click()");
            student.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the student's class view");
            student.eval("document.getElementById('scene-select').value = 'conveyor-basics'");
            student.eval("document.getElementById('create-btn').click()");
            student.waitFor("!!document.querySelector('#sheet-body h1')", seconds(10), "the sheet");
            assertEquals("zh", student.eval("I18N.lang").asText(), "the page follows the browser's Chinese");
            assertTrue(text(student, "#sheet-body h1").startsWith("练习 1：启停自锁"), text(student, "#sheet-body h1"));
            JsonNode head = student.eval("[...document.querySelectorAll('#sheet-body table th')].map(e => e.textContent)");
            assertEquals("[\"变量\",\"数据区:地址\",\"含义\"]", head.toString());
            assertTrue(student.eval("[...document.querySelectorAll('#sheet-body td code')].some(e => e.textContent === 'stop_pb')")
                    .asBoolean(), "the I/O table lists stop_pb");
            assertTrue(student.eval("document.getElementById('sheet-panel').open && "
                    + "document.getElementById('sheet-body').getBoundingClientRect().height > 50").asBoolean(), "shown, open");
            assertTrue(student.eval("!document.getElementById('sheet-choice').hidden "
                    + "&& document.getElementById('sheet-choice').options.length === 2").asBoolean(),
                    "conveyor-basics has two exercises to choose from");
            JsonNode bad = student.eval(ChineseDashboardBrowserTest.UNTRANSLATED);
            assertEquals(0, bad.size(), "untranslated text: " + bad);
            Files.write(Path.of("target/sheet-panel-student.png"), student.screenshot());

            student.eval("document.getElementById('lang').value = 'en'; document.getElementById('lang').onchange()");
            student.waitFor("document.querySelector('#sheet-body h1').textContent.startsWith('Exercise 1: start/stop latch')",
                    seconds(10), "the English sheet after the switch");
            head = student.eval("[...document.querySelectorAll('#sheet-body table th')].map(e => e.textContent)");
            assertEquals("[\"tag\",\"table:address\",\"meaning\"]", head.toString());
            assertEquals("Exercise sheet", text(student, "#sheet-panel > summary > span"));

            student.eval("const c = document.getElementById('sheet-choice'); c.value = 'conveyor-stop-safety'; c.onchange()");
            student.waitFor("document.querySelector('#sheet-body h1').textContent.startsWith('Exercise 1b')",
                    seconds(10), "the other exercise's sheet");
            sid = student.eval("state.observing").asText();
            student.eval("I18N.set('zh')"); // the next test's pages start in the browser's language again
        }
        try (Page teacher = page()) {
            teacher.eval("document.getElementById('login-user').value = 'teacher'");
            teacher.eval("document.getElementById('login-pass').value = '" + Dashboards.PASSWORD + "'");
            teacher.eval("document.querySelector('#login-btn').click()");
            teacher.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
            teacher.eval("observe('" + sid + "')");
            teacher.waitFor("!!document.querySelector('#sheet-body h1') "
                    + "&& document.querySelector('#sheet-body h1').textContent.startsWith('练习 1：')", seconds(10),
                    "the instructor's session view with the sheet");
            assertTrue(teacher.eval("document.querySelectorAll('#sheet-body table tr').length").asInt() >= 7, "the I/O table");
        }
    }
}
