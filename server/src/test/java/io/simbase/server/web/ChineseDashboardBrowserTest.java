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
 * The dashboard in a Chromium whose language is Chinese ({@code zh-CN}): every page a
 * student and an instructor reach is walked, and the walk fails on a message key missing from
 * the Chinese table or on visible text with Latin words and no Chinese that is not marked as an
 * identifier ({@code translate="no"}: tag names, session ids, the students' own names).
 */
class ChineseDashboardBrowserTest {
    private static final String CODE = "ZH1234";
    private static SimBaseServer server;
    private static Chromium chromium;

    @TempDir
    static Path data;

    /**
     * Untranslated text on the page, as a JSON list: visible text nodes, the selected option of
     * visible selects, placeholders and tooltips of visible elements, each with Latin letters
     * ({2,}) and no CJK character, outside translate="no"; plus the keys the page asked for
     * and the table lacked.
     */
    static final String UNTRANSLATED = """
            (() => {
              const bad = [];
              const latin = /[A-Za-z]{2,}/, cjk = /[\\u3000-\\u9fff\\uff00-\\uffef]/;
              const shown = (e) => e && e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
              const exempt = (e) => !!(e && e.closest('[translate="no"]'));
              const check = (text, e, where) => {
                const s = (text || '').trim();
                if (s && latin.test(s) && !cjk.test(s) && !exempt(e)) bad.push(where + ': ' + s);
              };
              const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
              for (let n = walker.nextNode(); n; n = walker.nextNode()) {
                const e = n.parentElement;
                if (e.closest('script,style,select,option')) continue;
                if (shown(e)) check(n.textContent, e, e.tagName.toLowerCase() + (e.id ? '#' + e.id : ''));
              }
              for (const sel of document.querySelectorAll('select')) {
                const o = sel.options[sel.selectedIndex];
                if (shown(sel) && o) check(o.textContent, o, 'select#' + sel.id);
              }
              for (const e of document.querySelectorAll('[placeholder],[title]')) {
                if (!shown(e)) continue;
                check(e.getAttribute('placeholder'), e, 'placeholder of ' + e.tagName.toLowerCase());
                check(e.getAttribute('title'), e, 'title of ' + e.tagName.toLowerCase());
              }
              for (const k of I18N.missing) bad.push('missing key ' + k);
              return bad;
            })()""";

    @BeforeAll
    static void start() throws Exception {
        server = Dashboards.server(data, CODE, "laoshi", b -> { });
        // Headless Chromium takes navigator.languages from --accept-lang (it ignores --lang there).
        chromium = Chromium.launch("--lang=zh-CN", "--accept-lang=zh-CN");
    }

    @AfterAll
    static void stop() throws Exception {
        Dashboards.close(chromium, server);
    }

    private static String url() {
        return "http://127.0.0.1:" + server.port() + "/";
    }

    private static void type(Page page, String id, String value) throws Exception {
        page.eval("document.getElementById('" + id + "').value = " + chromium.json.writeValueAsString(value));
    }

    private static void click(Page page, String selector) throws Exception {
        page.eval("document.querySelector(" + chromium.json.writeValueAsString(selector) + ").click()");
    }

    private static void assertAllChinese(Page page, String where) throws Exception {
        JsonNode bad = page.eval(UNTRANSLATED);
        assertTrue(bad.isArray(), "the walk returns a list");
        assertEquals(0, bad.size(), where + ": untranslated text " + bad);
    }

    @Test
    void theWalkFindsUntranslatedText() throws Exception {
        try (Page page = chromium.open(url())) {
            page.waitFor("typeof I18N !== 'undefined' && I18N.lang === 'zh'", seconds(20), "the page in Chinese");
            page.eval("(() => { const p = document.createElement('p'); p.id = 'planted'; p.textContent = 'Start the belt';"
                    + " document.body.prepend(p); })()");
            JsonNode bad = page.eval(UNTRANSLATED);
            assertTrue(bad.toString().contains("Start the belt"), "a planted English sentence is found: " + bad);
            page.eval("document.getElementById('planted').translate = false");
            assertTrue(!page.eval(UNTRANSLATED).toString().contains("Start the belt"), "translate=no exempts it");
            page.eval("t('no.such.key')");
            assertTrue(page.eval(UNTRANSLATED).toString().contains("missing key zh:no.such.key"), "a missing key is found");
        }
    }

    @Test
    void everyPageOfStudentAndInstructorIsChinese() throws Exception {
        try (Page student = chromium.open(url()); Page teacher = chromium.open(url())) {
            student.waitFor("document.getElementById('conn').textContent.startsWith('已连接')", seconds(20), "the WebSocket");
            assertEquals("zh", student.eval("I18N.lang").asText(), "navigator.languages " + student.eval("navigator.languages"));
            assertAllChinese(student, "sign-in page");

            type(student, "join-code", CODE);
            type(student, "join-name", "Wang Fang");
            click(student, "#join-btn");
            student.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
            student.eval("document.getElementById('scene-select').value = 'sorting-station'");
            assertAllChinese(student, "student's class page");
            click(student, "#create-btn");
            student.waitFor("state.layout && state.layout.tags.length > 0 && state.tags.length > 0", seconds(10), "the session");
            student.waitFor("document.getElementById('controller').textContent === '暂无'", seconds(5),
                    "the student told that nothing controls the plant yet");
            assertEquals("运行", student.eval("state.layout.components.find(c => c.id === 'running').properties.label_zh")
                    .asText(), "the panel light's Chinese label, drawn on the canvas");
            assertAllChinese(student, "student's session page");

            teacher.waitFor("document.getElementById('conn').textContent.startsWith('已连接')", seconds(20), "the WebSocket");
            type(teacher, "login-user", "laoshi");
            type(teacher, "login-pass", "correct-horse");
            click(teacher, "#login-btn");
            teacher.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
            type(teacher, "class-code", CODE);
            String row = "[...document.querySelectorAll('#sessions tbody tr')].find(r => r.textContent.includes('Wang Fang'))";
            teacher.waitFor("!!" + row, seconds(10), "the student's session in the list");
            assertAllChinese(teacher, "instructor's class list");
            teacher.eval(row + ".querySelector('button').click()");
            teacher.waitFor("state.layout && state.tags.length > 0", seconds(10), "the session view");
            teacher.eval("document.getElementById('fault-kind').value = 'jammed'");
            type(teacher, "fault-target", "pusher1");
            click(teacher, "#fault-on-btn");
            teacher.waitFor("[...document.querySelectorAll('#events li')].some(li => li.dataset.kind === 'COMPONENT_FAULT_ON')",
                    seconds(10), "the fault event");
            click(teacher, "[data-control=PAUSE]");
            teacher.waitFor("document.getElementById('session-clock').textContent.includes('已暂停')", seconds(10), "paused");
            student.waitFor("!document.getElementById('paused-banner').hidden", seconds(10), "the pause shown to the student");
            assertAllChinese(student, "student's paused session page");

            // Reset: a force first; the first click only asks, the second resets; the log says so, no forced mark stays.
            int partIn = teacher.eval("state.layout.tags.findIndex(t => t.name === 'part_in')").asInt();
            teacher.eval("document.querySelector('#tag-" + partIn + " td:last-child input').value = '1'");
            teacher.eval("document.querySelector('#tag-" + partIn + " td:last-child button:nth-of-type(1)').click()");
            teacher.waitFor("document.getElementById('tag-" + partIn + "').classList.contains('forced')", seconds(10), "forced");
            click(teacher, "[data-control=RESET]");
            assertEquals("确认复位？再点一次", teacher.eval("document.querySelector('[data-control=RESET]').textContent").asText());
            Thread.sleep(300);
            assertTrue(!teacher.eval("[...document.querySelectorAll('#events li')].some(li => li.dataset.kind === 'SESSION_RESET')")
                    .asBoolean(), "one click does not reset");
            click(teacher, "[data-control=RESET]");
            teacher.waitFor("[...document.querySelectorAll('#events li')].some(li => li.dataset.kind === 'SESSION_RESET')",
                    seconds(10), "the reset in the instructor's log");
            student.waitFor("[...document.querySelectorAll('#events li')].some(li => li.dataset.kind === 'SESSION_RESET')",
                    seconds(10), "the reset in the student's log");
            teacher.waitFor("document.querySelectorAll('#tags tr.forced').length === 0", seconds(10), "no forced mark after reset");
            assertAllChinese(teacher, "instructor's session page");
            Files.write(Path.of("target/dashboard-zh-instructor.png"), teacher.screenshot());

            // The switch: English at once, remembered over a reload, and back.
            teacher.eval("(() => { const s = document.getElementById('lang'); s.value = 'en'; s.onchange(); })()");
            assertEquals("Events", teacher.eval("document.querySelector('[data-i18n=\"events.title\"]').textContent").asText());
            assertTrue(teacher.eval("document.getElementById('session-clock').textContent").asText().contains("(paused)"));
            teacher.eval("window.beforeReload = true; location.reload()");
            teacher.waitFor("!window.beforeReload && typeof I18N !== 'undefined'"
                    + " && document.getElementById('conn').textContent.startsWith('connected')",
                    seconds(20), "the reloaded page in English");
            assertEquals("en", teacher.eval("localStorage.getItem('simbase.lang')").asText());
            teacher.eval("I18N.set('zh')");
            teacher.waitFor("document.getElementById('conn').textContent.startsWith('已连接')", seconds(10), "Chinese again");
        }
    }

    @Test
    void aRosterStudentSignsInAndIsToldWhenTheSessionEnded() throws Exception {
        try (Page teacher = chromium.open(url()); Page student = chromium.open(url())) {
            teacher.waitFor("document.getElementById('conn').textContent.startsWith('已连接')", seconds(20), "the WebSocket");
            type(teacher, "login-user", "laoshi");
            type(teacher, "login-pass", "correct-horse");
            click(teacher, "#login-btn");
            teacher.waitFor("!document.getElementById('roster-panel').hidden", seconds(10), "the roster panel");
            type(teacher, "class-code", CODE);
            teacher.eval("document.getElementById('roster-panel').open = true");
            type(teacher, "roster-csv", "学号,姓名\n2024007,李雷\n");
            click(teacher, "#roster-btn");
            teacher.waitFor("document.querySelectorAll('#roster-codes tbody tr').length === 1", seconds(10), "the codes to print");
            assertAllChinese(teacher, "the roster panel");
            String printed = teacher.eval("document.querySelector('#roster-codes tbody td:last-child').textContent").asText();
            assertEquals(8, printed.length(), "a printed code: " + printed);

            student.waitFor("document.getElementById('conn').textContent.startsWith('已连接')", seconds(20), "the WebSocket");
            type(student, "student-class", CODE);
            type(student, "student-number", "2024007");
            type(student, "student-pass", printed);
            click(student, "#student-btn");
            student.waitFor("!document.getElementById('class-view').hidden", seconds(10), "signed in");
            assertEquals("李雷#2024007", student.eval("state.name").asText());
            click(student, "#create-btn");
            student.waitFor("state.layout && state.tags.length > 0", seconds(10), "the session");
            String first = student.eval("state.observing").asText();

            student.eval("observe('s-gone')"); // what a reconnect after a restart asks for
            student.waitFor("!document.getElementById('ended').hidden", seconds(10), "the ended notice");
            assertAllChinese(student, "the ended notice");
            click(student, "#ended-new-btn");
            student.waitFor("state.observing && state.observing !== 's-gone' && state.observing !== '" + first
                    + "' && state.layout", seconds(10), "a new session");
            assertTrue(student.eval("document.getElementById('ended').hidden").asBoolean());
        }
    }
}
