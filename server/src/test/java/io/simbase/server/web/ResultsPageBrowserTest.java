package io.simbase.server.web;

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
 * The class results page in Debian's Chromium against a real server: a student sees only her
 * own attempts (the server filters), the instructor sees the class matrix with best score and
 * attempts, a new result appears while the page is open, a student's attempt shows each check's
 * verdict and the sim time it failed at, the page switches to Chinese, and the CSV holds every row.
 */
class ResultsPageBrowserTest {
    private static final String CODE = "RES123";
    /** Navigates after the evaluation returned (an evaluation that navigates itself may be cut off). */
    private static final String NAVIGATE_TO_RESULTS =
            "setTimeout(() => document.getElementById('results-link').click(), 0); true";
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



    private static StoredResult result(String student, String exercise, int score, long at, double failedAt) {
        List<StoredCheck> checks = List.of(
                new StoredCheck("start_runs", "response", 20, 20, true, false, null, Double.NaN),
                new StoredCheck("seal_in", "response", 20, failedAt > 0 ? 0 : 20, failedAt <= 0, false,
                        failedAt > 0 ? "stop" : null, failedAt > 0 ? failedAt : Double.NaN));
        return new StoredResult(at, CODE, student, exercise, score, 60, score >= 60, false, "s0123456789.simrec", checks);
    }

    @Test
    void studentsSeeTheirOwnTheInstructorTheClassLiveWithFeedbackCsvAndChinese() throws Exception {
        try (Page student = chromium.open(Dashboards.url(server)); Page teacher = chromium.open(Dashboards.url(server))) {
            Dashboards.join(student, CODE, "Ana");
            String ana = student.eval("state.name").asText();
            assertTrue(ana.startsWith("Ana"), ana);
            server.results().add(result(ana, "conveyor-basics", 60, 1_764_000_000_000L, 12.345));
            server.results().add(result("Zoe#0001", "conveyor-basics", 100, 1_764_000_100_000L, 0));
            server.results().add(result("Zoe#0001", "tank-level", 40, 1_764_000_200_000L, 3.5));

            student.eval(NAVIGATE_TO_RESULTS);
            student.waitFor("document.querySelectorAll('#r-matrix tbody tr').length === 1", seconds(10), "Ana's row");
            assertEquals(ana, student.eval("document.querySelector('#r-matrix tbody tr').dataset.student").asText());
            assertFalse(student.eval("document.body.innerText").asText().contains("Zoe"), "a student sees only her own");

            Dashboards.signInAsTeacher(teacher);
            teacher.eval(NAVIGATE_TO_RESULTS);
            teacher.waitFor("document.querySelectorAll('#r-matrix tbody tr').length === 2", seconds(10), "two students");
            String zoeConveyor = "document.querySelector('#r-matrix tr[data-student=\"Zoe#0001\"] td[data-exercise=\"conveyor-basics\"]')";
            assertTrue(teacher.eval(zoeConveyor + ".textContent").asText().contains("best 100 · attempts 1"));

            // live: another attempt lands while the page is open
            server.results().add(result("Zoe#0001", "conveyor-basics", 80, 1_764_000_300_000L, 7.25));
            teacher.waitFor(zoeConveyor + ".textContent.includes('attempts 2')", seconds(10), "the new attempt");
            assertTrue(teacher.eval(zoeConveyor + ".textContent").asText().contains("best 100"), "best stays the best");

            // a student's attempts with per-check feedback and the failing moment
            teacher.eval(zoeConveyor + ".querySelector('button').click()");
            teacher.waitFor("document.querySelectorAll('#r-attempts .attempt').length === 2", seconds(5), "two attempts");
            String failed = "document.querySelector('#r-attempts .attempt tr.check-fail[data-check=\"seal_in\"]')";
            assertEquals("failed at t = 7.250 s in scenario stop", teacher.eval(failed + ".lastChild.textContent").asText());
            assertTrue(teacher.eval("document.querySelector('#r-attempts .evidence').textContent").asText()
                    .contains("s0123456789.simrec"));
            Files.write(Path.of("target/results-page-en.png"), teacher.screenshot());

            // CSV: a header and one line per kept result
            String csv = teacher.eval("csv()").asText();
            List<String> lines = csv.lines().toList();
            assertEquals("class,student,name,exercise,finished_utc,score,pass_mark,passed,capped,recording,failed_checks",
                    lines.get(0));
            assertEquals(5, lines.size(), csv);
            assertTrue(lines.stream().anyMatch(l -> l.contains("\"seal_in@stop:7.250s\"")), csv);

            // Chinese
            teacher.eval("document.getElementById('r-lang').value = 'zh'; document.getElementById('r-lang').onchange()");
            teacher.waitFor("document.getElementById('r-title').textContent === '班级成绩'", seconds(5), "the Chinese title");
            assertEquals("在场景 stop 的 t = 7.250 秒失败", teacher.eval(failed + ".lastChild.textContent").asText());
            Files.write(Path.of("target/results-page-zh.png"), teacher.screenshot());
            teacher.eval("localStorage.removeItem('simbase.lang')");
        }
    }

    @Test
    void everyStringHasBothLanguages() throws Exception {
        try (Page page = chromium.open(Dashboards.url(server) + "results.html")) {
            page.waitFor("typeof RESULTS_TEXT === 'object'", seconds(10), "the strings");
            String missing = page.eval("Object.keys(RESULTS_TEXT.en).filter(k => !RESULTS_TEXT.zh[k])"
                    + ".concat(Object.keys(RESULTS_TEXT.zh).filter(k => !RESULTS_TEXT.en[k])).join(',')").asText();
            assertEquals("", missing);
            page.waitFor("document.getElementById('r-error').textContent.includes('dashboard')", seconds(10),
                    "without a sign-in the page to say where to sign in");
        }
    }

    @Test
    void aStudentStartsAGradedRunSeesChecksTurnAndFindsTheAttemptOnTheResultsPage() throws Exception {
        try (Page student = chromium.open(Dashboards.url(server))) {
            Dashboards.join(student, CODE, "Bo");
            student.eval("document.getElementById('scene-select').value = 'conveyor-basics'");
            student.eval("document.getElementById('create-btn').click()");
            student.waitFor("state.layout && state.observing", seconds(10), "the session");
            String sid = student.eval("state.observing").asText();
            // an instructor would speed it up from the dashboard; the test does it directly
            server.sessions().find(sid).submit(new io.simbase.server.session.SessionCommand.SetTimeScale(10),
                    io.simbase.server.session.CommandReply.NONE);
            student.waitFor("!document.getElementById('graded-btn').disabled"
                    + " && document.getElementById('graded-exercise').value === 'conveyor-basics'", seconds(10),
                    "the scene's exercise offered");
            assertEquals("conveyor-basics,conveyor-stop-safety", student.eval(
                    "[...document.getElementById('graded-exercise').options].map(o => o.value).join()").asText(),
                    "both exercises of the scene, by id");
            student.eval("document.getElementById('graded-btn').click()");
            student.waitFor("document.getElementById('graded-status').textContent.startsWith('scenario 1/2')",
                    seconds(10), "progress in the first scenario");
            student.waitFor("document.querySelector('#graded-checks li.check-fail') !== null"
                    + " && !document.getElementById('graded-status').textContent.startsWith('done')",
                    seconds(30), "a check turning red while the run goes on");
            student.waitFor("document.getElementById('graded-status').textContent.startsWith('done: score')",
                    seconds(40), "the verdict");
            assertTrue(student.eval("document.querySelectorAll('#graded-checks li.check-pass').length > 0").asBoolean(),
                    "checks nobody could fail turn green");
            assertTrue(student.eval("document.querySelector('#graded-checks li[data-check=\"start_runs\"]').textContent")
                    .asText().contains("The belt did not run within 0.1 s of pressing Start."), "checks by their message");
            Files.write(Path.of("target/graded-run-panel.png"), student.screenshot());
            String name = student.eval("state.name").asText();
            student.eval(NAVIGATE_TO_RESULTS);
            student.waitFor("document.querySelector('#r-matrix tbody tr') !== null", seconds(10), "her attempt");
            assertEquals(name, student.eval("document.querySelector('#r-matrix tbody tr').dataset.student").asText());
        }
    }
}
