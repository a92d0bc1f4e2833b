package io.simbase.server.web;

import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.server.SimBaseServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main dashboard journey in Debian's Firefox ESR (driven over WebDriver BiDi) against a real
 * server: a student joins, starts a sorting station and sees the plant drawing move; the
 * instructor signs in, sees the student's tile in the class overview, opens the session and
 * sees it live; the page switches to Chinese with every string translated, and so does the
 * results page it links to; no script error is logged on the way (BiDi's log events). One
 * browser for the class. Screenshots: server/target/firefox-*.png.
 */
class FirefoxDashboardBrowserTest {
    private static final String CODE = "FOX123";
    /** A hash of the plant canvas's pixels, and how many are drawn: changes when anything drawn moved. */
    private static final String PLANT_PIXELS = "(() => { const c = document.getElementById('plant');"
            + " const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let h = 0, ink = 0;"
            + " for (let i = 0; i < d.length; i += 4) { h = (h * 31 + d[i] + 7 * d[i + 1] + 13 * d[i + 2]) | 0;"
            + " if (d[i + 3] > 0) ink++; } return h + ':' + ink; })()";
    private static SimBaseServer server;
    private static Firefox firefox;

    @TempDir
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        server = Dashboards.server(data, CODE);
        firefox = Firefox.launch("en-US, en");
    }

    @AfterAll
    static void stop() throws Exception {
        try {
            if (firefox != null) {
                firefox.close();
            }
        } finally {
            server.close();
        }
    }

    @Test
    void aStudentRunsAPlantTheInstructorWatchesItFromTheOverviewAndThePageSpeaksChinese() throws Exception {
        try (BrowserPage student = firefox.open(Dashboards.url(server)); BrowserPage teacher = firefox.open(Dashboards.url(server))) {
            Dashboards.join(student, CODE, "Ana");
            student.eval("document.getElementById('scene-select').value = 'sorting-station'");
            student.eval("document.getElementById('create-btn').click()");
            student.waitFor("state.layout && state.layout.tags.length === 20", seconds(10), "the session's layout");
            int belt = student.eval("state.layout.tags.findIndex(t => t.name === 'belt_run')").asInt();
            student.eval("document.querySelector('#tag-" + belt + " td:last-child button').click()");
            student.waitFor("state.tags[" + belt + "] === 1", seconds(10), "belt_run acknowledged as ON");
            student.waitFor("state.parts && state.parts.ids.length >= 2", seconds(20), "parts riding the belt");
            String before = student.eval(PLANT_PIXELS).asText();
            assertTrue(Integer.parseInt(before.split(":")[1]) > 2000, "the plant is drawn: " + before);
            student.waitFor(PLANT_PIXELS + " !== " + Dashboards.js(before), seconds(10), "the drawing to move");
            assertTrue(student.eval("document.getElementById('error').hidden").asBoolean(),
                    "no error: " + student.eval("document.getElementById('error').textContent"));
            Files.write(Path.of("target/firefox-student.png"), student.screenshot());

            Dashboards.signInAsTeacher(teacher);
            teacher.eval("document.getElementById('class-code').value = " + Dashboards.js(CODE));
            String tile = "[...document.querySelectorAll('#tiles .tile')].find(t => t.textContent.includes('Ana'))";
            teacher.waitFor("!!" + tile + " && " + tile + ".querySelector('canvas') && " + tile + ".textContent.includes('Sorting station')",
                    seconds(15), "Ana's tile in the overview, with its scene");
            teacher.eval(tile + ".click()");
            teacher.waitFor("state.observing && state.layout && state.parts && state.parts.ids.length >= 1", seconds(10),
                    "the live plant in the session view");
            String watched = teacher.eval(PLANT_PIXELS).asText();
            teacher.waitFor(PLANT_PIXELS + " !== " + Dashboards.js(watched), seconds(10), "the instructor's drawing to move");

            teacher.eval("document.getElementById('lang').value = 'zh'; document.getElementById('lang').onchange()");
            assertEquals("zh-CN", teacher.eval("document.documentElement.lang").asText());
            assertTrue(teacher.eval("document.getElementById('conn').textContent").asText().startsWith("已连接"),
                    teacher.eval("document.getElementById('conn').textContent").asText());
            assertEquals("[]", teacher.eval("[...I18N.missing]").toString(), "every string has its translation");
            assertNotEquals(watched, teacher.eval(PLANT_PIXELS).asText(), "the plant still drawn and moving in Chinese");
            Files.write(Path.of("target/firefox-instructor-zh.png"), teacher.screenshot());
            teacher.eval("setTimeout(() => document.getElementById('results-link').click(), 0); true"); // navigates after eval returns
            teacher.waitFor("location.pathname.endsWith('results.html') && document.getElementById('r-title').textContent === '班级成绩'",
                    seconds(10), "the class results page, in Chinese");
            assertEquals(List.of(), firefox.errors(), "no script errors in Firefox " + firefox.version());
            teacher.eval("localStorage.removeItem('simbase.lang')");
        }
    }
}
