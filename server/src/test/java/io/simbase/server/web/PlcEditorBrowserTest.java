package io.simbase.server.web;

import static io.simbase.server.web.Dashboards.js;
import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.simbase.server.SimBaseServer;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soft-PLC editor in Debian's Chromium against a real server: a student types the sorting
 * program with a mistake, sees it marked at its line, is offered the scene's tags as
 * completions, fixes it, downloads, runs, presses start and sees the belt move, with the watch
 * next to the code; the instructor sees the student's program in RUN, stops it, downloads a
 * corrected one into the student's session and runs it, and the student's page follows.
 * Screenshots go to server/target/plc-editor-*.png.
 */
class PlcEditorBrowserTest {
    private static final String CODE = "PLC123";
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



    /** Types into the editor as a keyboard would (DevTools Input.insertText: real input events). */
    private static void typeInEditor(Page page, String text, boolean replaceAll) throws Exception {
        page.eval("(() => { const t = document.getElementById('plc-source'); t.focus();"
                + (replaceAll ? " t.select();" : " t.setSelectionRange(t.value.length, t.value.length);") + " })()");
        ObjectNode p = chromium.json.createObjectNode();
        p.put("text", text);
        page.call("Input.insertText", p);
    }

    private static String program() throws Exception {
        try (InputStream in = PlcEditorBrowserTest.class.getClassLoader()
                .getResourceAsStream("simbase/programs/sorting-station.st")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aStudentFixesDownloadsAndRunsAProgramAndTheInstructorWatchesAndStopsIt() throws Exception {
        String good = program();
        String[] lines = good.split("\n", -1);
        int wrongLine = 0;
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("belt_run := running;")) {
                wrongLine = i + 1;
                lines[i] = "belt_run := runing;";
            }
        }
        assertTrue(wrongLine > 0, "the program has the line to break");
        String bad = String.join("\n", lines);
        try (Page student = chromium.open(Dashboards.url(server)); Page teacher = chromium.open(Dashboards.url(server))) {
            Dashboards.join(student, CODE, "Ana");
            student.eval("document.getElementById('scene-select').value = 'sorting-station'");
            student.eval("document.getElementById('create-btn').click()");
            student.waitFor("state.layout && state.layout.tags.length === 20", seconds(10), "the session's layout");
            assertTrue(student.eval("!document.getElementById('plc-panel').hidden").asBoolean(), "the PLC panel for a student");

            // Completions: the scene's tags that start with what was typed.
            typeInEditor(student, "belt_r", true);
            student.waitFor("!document.getElementById('plc-completions').hidden && document.getElementById('plc-completions')"
                    + ".textContent.includes('belt_run')", seconds(5), "belt_run offered as a completion");
            student.eval("document.getElementById('plc-source').dispatchEvent(new KeyboardEvent('keydown', {key: 'Enter'}))");
            assertEquals("belt_run", student.eval("document.getElementById('plc-source').value").asText(), "completion taken");

            // A program with a mistake: marked at its line in the gutter, the code and the message list.
            typeInEditor(student, bad, true);
            student.waitFor("document.querySelectorAll('#plc-panel .st-tag').length > 10", seconds(5), "scene tags highlighted");
            student.eval("document.getElementById('plc-download-btn').click()");
            student.waitFor("document.querySelector('.st-gutter-line.st-error-mark')", seconds(10), "an error mark");
            assertEquals(String.valueOf(wrongLine),
                    student.eval("document.querySelector('.st-gutter-line.st-error-mark').textContent").asText());
            assertEquals(1, student.eval("document.querySelectorAll('.st-gutter-line.st-error-mark').length").asInt());
            assertTrue(student.eval("document.querySelectorAll('.st-line')[" + (wrongLine - 1) + "].classList"
                    + ".contains('st-error-line')").asBoolean(), "the code line is marked");
            String messages = student.eval("document.getElementById('plc-messages').textContent").asText();
            assertTrue(messages.contains("line " + wrongLine) && messages.toUpperCase().contains("RUNING"), messages);
            Files.write(Path.of("target/plc-editor-error.png"), student.screenshot());

            // In Chinese, the same error in Chinese (the server sends a code and its arguments).
            student.eval("{ const l = document.getElementById('lang'); l.value = 'zh'; l.onchange(); }");
            String chinese = student.eval("document.getElementById('plc-messages').textContent").asText();
            assertTrue(chinese.contains("第 " + wrongLine + " 行") && chinese.contains("未知名称“runing”"), chinese);
            assertTrue(student.eval("document.querySelector('.st-gutter-line.st-error-mark').title").asText()
                    .contains("未知名称"), "the mark's tooltip in Chinese too");
            Files.write(Path.of("target/plc-editor-error-zh.png"), student.screenshot());
            student.eval("{ const l = document.getElementById('lang'); l.value = 'en'; l.onchange(); }");
            assertTrue(student.eval("document.getElementById('plc-messages').textContent").asText()
                    .contains("unknown name 'runing'"), "back in English");

            // Fixed: downloads, runs; start pressed; the belt moves and the watch shows it.
            typeInEditor(student, good, true);
            student.eval("document.getElementById('plc-download-btn').click()");
            student.waitFor("document.getElementById('plc-messages').textContent.includes('Downloaded')", seconds(10),
                    "the download acknowledged");
            assertEquals(0, student.eval("document.querySelectorAll('.st-gutter-line.st-error-mark').length").asInt());
            student.eval("document.getElementById('plc-run-btn').click()");
            student.waitFor("document.getElementById('plc-state').textContent === 'RUN'", seconds(10), "RUN");
            student.eval("send('set_input', { session_id: state.observing, tag: 'start_pb', value: 1 })");
            int belt = student.eval("state.layout.tags.findIndex(t => t.name === 'belt_run')").asInt();
            student.waitFor("state.tags[" + belt + "] === 1", seconds(10), "the program starts the belt");
            student.eval("send('set_input', { session_id: state.observing, tag: 'start_pb', value: 0 })");
            student.waitFor("state.parts && state.parts.ids.length >= 1", seconds(20), "a part on the belt");
            student.waitFor("new Promise(r => { const x = state.parts.xyz[0]; const id = state.parts.ids[0];"
                    + " setTimeout(() => r(state.parts.ids[0] !== id || state.parts.xyz[0] !== x), 400); })",
                    seconds(10), "the part to move with the belt");
            student.waitFor("[...document.querySelectorAll('#plc-watch tbody tr')].some(r => r.firstChild.textContent"
                    + ".toLowerCase() === 'running' && r.lastChild.textContent === 'TRUE')", seconds(10),
                    "the watch shows running = TRUE");
            Files.write(Path.of("target/plc-editor-run.png"), student.screenshot());

            // The dashboard's language switch turns the panel to Chinese too.
            student.eval("{ const l = document.getElementById('lang'); l.value = 'zh'; l.onchange(); }");
            assertEquals("运行", student.eval("document.getElementById('plc-run-btn').textContent").asText());
            assertEquals("运行", student.eval("document.getElementById('plc-state').textContent").asText());
            student.eval("{ const l = document.getElementById('lang'); l.value = 'en'; l.onchange(); }");

            // The instructor: the student's program, RUN; stops it, downloads a corrected one, runs it.
            Dashboards.signInAsTeacher(teacher);
            teacher.eval("document.getElementById('class-code').value = " + js(CODE));
            String row = "[...document.querySelectorAll('#sessions tbody tr')].find(r => r.textContent.includes('Ana'))";
            teacher.waitFor(row, seconds(10), "Ana's session in the list");
            teacher.eval(row + ".querySelector('button').click()");
            teacher.waitFor("document.getElementById('plc-source').value.includes('PROGRAM sorting')", seconds(10),
                    "the student's program");
            assertTrue(!teacher.eval("document.getElementById('plc-source').readOnly").asBoolean(), "editable");
            assertTrue(!teacher.eval("document.getElementById('plc-download-btn').hidden").asBoolean());
            assertTrue(!teacher.eval("document.getElementById('plc-run-btn').hidden").asBoolean());
            assertTrue(teacher.eval("document.querySelector('.plc-readonly').textContent").asText().contains("replaces"));
            teacher.waitFor("document.getElementById('plc-state').textContent === 'RUN'", seconds(10), "RUN for the instructor");
            teacher.eval("document.getElementById('plc-stop-btn').click()");
            student.waitFor("document.getElementById('plc-state').textContent === 'STOP'", seconds(10), "the student sees STOP");
            student.waitFor("state.tags[" + belt + "] === 0", seconds(10), "the belt off in STOP");

            String corrected = "// corrected by the instructor\n" + good;
            typeInEditor(teacher, corrected, true);
            teacher.eval("document.getElementById('plc-download-btn').click()");
            teacher.waitFor("document.getElementById('plc-messages').textContent.includes('Downloaded')", seconds(10),
                    "the instructor's download acknowledged");
            student.waitFor("document.getElementById('plc-source').value.startsWith('// corrected by the instructor')",
                    seconds(10), "the student's editor shows the instructor's program");
            assertTrue(student.eval("document.getElementById('plc-messages').textContent").asText()
                    .contains("teacher downloaded a new program"), "the student is told who downloaded");
            teacher.eval("document.getElementById('plc-run-btn').click()");
            student.waitFor("document.getElementById('plc-state').textContent === 'RUN'", seconds(10),
                    "the student sees the instructor's RUN");
            student.eval("send('set_input', { session_id: state.observing, tag: 'start_pb', value: 1 })");
            student.waitFor("state.tags[" + belt + "] === 1", seconds(10), "the instructor's program starts the belt");
            student.eval("send('set_input', { session_id: state.observing, tag: 'start_pb', value: 0 })");
            Files.write(Path.of("target/plc-editor-instructor.png"), teacher.screenshot());
            assertTrue(student.eval("document.getElementById('error').hidden").asBoolean(), "no error shown to the student");
        }
    }
}
