package io.simbase.server.web;

import io.simbase.grading.exercise.Exercises;
import static io.simbase.server.web.Dashboards.js;
import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.server.SimBaseServer;
import io.simbase.server.results.StoredCheck;
import io.simbase.server.results.StoredResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The results page in a Chinese Chromium ({@code zh-CN}), then switched to English: the
 * instructor's table has one row per student identity (the roster's student number, whatever
 * name the attempts were kept under) and one column per bundled exercise in curriculum order,
 * headed by its title, marking who solved which; a student's attempt shows each check by the
 * exercise's message in the page's language (not by its id); a roster student signed in by
 * number sees every attempt kept under their number and nobody else's.
 */
class ResultsByStudentBrowserTest {
    private static final String CODE = "IDS456";
    private static final String NAVIGATE_TO_RESULTS =
            "setTimeout(() => document.getElementById('results-link').click(), 0); true";
    private static SimBaseServer server;
    private static Chromium chromium;

    @TempDir
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        server = Dashboards.server(data, CODE);
        server.classes().roster().register(CODE, "2024007", "李雷", "li-lei-secret");
        server.classes().roster().register(CODE, "2024008", "Han Meimei", "han-secret-1");
        chromium = Chromium.launch("--lang=zh-CN", "--accept-lang=zh-CN");
    }

    @AfterAll
    static void stop() throws Exception {
        Dashboards.close(chromium, server);
    }



    /** A conveyor-basics attempt: seal_in failed at 5 s of scenario batch unless {@code passed}. */
    private static StoredResult conveyor(String number, String name, boolean passed, long at) {
        List<StoredCheck> checks = List.of(
                new StoredCheck("start_runs", "response", 15, 15, true, false, null, Double.NaN),
                new StoredCheck("seal_in", "outcome", 15, passed ? 15 : 0, passed, false,
                        passed ? null : "batch", passed ? Double.NaN : 5.0));
        return new StoredResult(at, CODE, number, "conveyor-basics", passed ? 100 : 85, 70, passed, false,
                "s1.simrec", checks, name);
    }

    @Test
    void theInstructorSeesWhoSolvedWhichByStudentNumberWithMessagesInChineseAndEnglish() throws Exception {
        // the same student under two spellings of her name: one identity, one row
        server.results().add(conveyor("2024007", "Li Lei", false, 1_764_000_000_000L));
        server.results().add(conveyor("2024007", "李雷", true, 1_764_000_100_000L));
        server.results().add(conveyor("2024008", "Han Meimei", false, 1_764_000_200_000L));
        server.results().add(new StoredResult(1_764_000_300_000L, CODE, "2024008", "motor-control", 100, 70, true,
                false, "s2.simrec", List.of(), "Han Meimei"));

        try (Page teacher = chromium.open(Dashboards.url(server)); Page student = chromium.open(Dashboards.url(server))) {
            teacher.waitFor("typeof I18N !== 'undefined' && I18N.lang === 'zh' && state.ws && state.ws.readyState === 1",
                    seconds(20), "the page in Chinese");
            Dashboards.signInAsTeacher(teacher);
            teacher.eval(NAVIGATE_TO_RESULTS);
            teacher.waitFor("document.querySelectorAll('#r-matrix tbody tr').length === 2"
                    + " && document.querySelectorAll('#r-matrix thead td[data-exercise]').length === "
                    + Exercises.bundledIds().size(), seconds(10), "two students and every bundled exercise");
            assertEquals("班级成绩", teacher.eval("document.getElementById('r-title').textContent").asText());
            assertEquals(String.join(",", Exercises.bundledIds()), teacher.eval(
                    "[...document.querySelectorAll('#r-matrix thead td[data-exercise]')].map(c => c.dataset.exercise).join()")
                    .asText(), "columns in curriculum order");
            assertEquals("启停自锁控制", teacher.eval(
                    "document.querySelector('#r-matrix thead td[data-exercise=\"conveyor-basics\"]').textContent").asText());
            String li = "document.querySelector('#r-matrix tr[data-student=\"2024007\"]')";
            String han = "document.querySelector('#r-matrix tr[data-student=\"2024008\"]')";
            assertEquals("李雷 (2024007)", teacher.eval(li + ".cells[0].textContent").asText(), "the newest name, by number");
            assertTrue(teacher.eval(li + ".querySelector('td[data-exercise=\"conveyor-basics\"]').classList.contains('solved')")
                    .asBoolean(), "solved on the second attempt");
            assertTrue(teacher.eval(li + ".querySelector('td[data-exercise=\"conveyor-basics\"]').textContent").asText()
                    .contains("次数 2"), "both spellings' attempts in one cell");
            assertEquals("1/" + Exercises.bundledIds().size(), teacher.eval(li + ".querySelector('.solved-count').textContent").asText());
            assertTrue(teacher.eval(han + ".querySelector('td[data-exercise=\"conveyor-basics\"]').classList.contains('unsolved')")
                    .asBoolean());
            assertEquals("1/" + Exercises.bundledIds().size(), teacher.eval(han + ".querySelector('.solved-count').textContent").asText());

            // Han's failed attempt: the check by its message, in Chinese
            teacher.eval(han + ".querySelector('td[data-exercise=\"conveyor-basics\"] button').click()");
            String sealIn = "document.querySelector('#r-attempts tr.check-fail[data-check=\"seal_in\"]')";
            teacher.waitFor(sealIn + " !== null", seconds(5), "the attempt's checks");
            assertEquals("松开启动按钮后传送带停了：缺少自锁。", teacher.eval(sealIn + ".cells[0].textContent").asText());
            assertEquals("结果", teacher.eval(sealIn + ".cells[1].textContent").asText());
            assertEquals("在场景 batch 的 t = 5.000 秒失败", teacher.eval(sealIn + ".lastChild.textContent").asText());
            assertFalse(teacher.eval("document.getElementById('r-attempts').textContent").asText().contains("seal_in"),
                    "no check id is shown");
            Files.write(Path.of("target/results-by-student-zh.png"), teacher.screenshot());

            // English
            teacher.eval("document.getElementById('r-lang').value = 'en'; document.getElementById('r-lang').onchange()");
            teacher.waitFor("document.getElementById('r-title').textContent === 'Class results'", seconds(5), "English");
            assertEquals("The belt stopped when Start was released (no seal-in).",
                    teacher.eval(sealIn + ".cells[0].textContent").asText());
            assertEquals("Start/stop latch", teacher.eval(
                    "document.querySelector('#r-matrix thead td[data-exercise=\"conveyor-basics\"]').textContent").asText());
            assertEquals("failed at t = 5.000 s in scenario batch", teacher.eval(sealIn + ".lastChild.textContent").asText());
            List<String> csv = teacher.eval("csv()").asText().lines().toList();
            assertEquals("class,student,name,exercise,finished_utc,score,pass_mark,passed,capped,recording,failed_checks",
                    csv.get(0));
            assertTrue(csv.stream().anyMatch(l -> l.startsWith("\"" + CODE + "\",\"2024007\",\"李雷\",\"conveyor-basics\"")),
                    String.join("\n", csv));
            Files.write(Path.of("target/results-by-student-en.png"), teacher.screenshot());
            teacher.eval("localStorage.removeItem('simbase.lang')");

            // Li Lei signs in by number: every attempt kept under 2024007, nobody else's
            student.waitFor("state.ws && state.ws.readyState === 1", seconds(20), "the WebSocket");
            student.eval("document.getElementById('student-class').value = " + js(CODE));
            student.eval("document.getElementById('student-number').value = '2024007'");
            student.eval("document.getElementById('student-pass').value = 'li-lei-secret'");
            student.eval("document.getElementById('student-btn').click()");
            student.waitFor("!document.getElementById('class-view').hidden", seconds(10), "the class view");
            student.eval(NAVIGATE_TO_RESULTS);
            student.waitFor("document.querySelectorAll('#r-matrix tbody tr').length === 1", seconds(10), "her row");
            assertEquals("2024007", student.eval("document.querySelector('#r-matrix tbody tr').dataset.student").asText());
            String cell = student.eval("document.querySelector('#r-matrix tbody td[data-exercise=\"conveyor-basics\"]').textContent")
                    .asText();
            assertTrue(cell.contains("次数 2"), cell);
            assertFalse(student.eval("document.body.innerText").asText().contains("Han"), "a student sees only her own");
        }
    }
}
