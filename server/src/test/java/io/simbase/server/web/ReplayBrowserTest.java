package io.simbase.server.web;

import static io.simbase.server.web.Dashboards.js;
import static io.simbase.server.web.Page.seconds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.simbase.engine.scene.Scene;
import io.simbase.engine.scene.Scenes;
import io.simbase.engine.world.World;
import io.simbase.server.SimBaseServer;
import io.simbase.server.record.RecordingWriter;
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
 * Recordings replayed in Debian's Chromium against a real server: the instructor lists them,
 * opens one, seeks with the timeline and sees the plant's tags as the engine had them at that
 * step (a world driven headless with the recorded inputs), plays and pauses; the results page's
 * failing check opens the replay at its moment; an instructor uploads a scene (a mistake shows its
 * line) and chooses it, offered to the classes the form names (a student of another class is not
 * offered it until the instructor adds that class); the replay and the upload speak Chinese.
 */
class ReplayBrowserTest {
    private static final String CODE = "REP123";
    private static final String STUDENT = "Ana#0001";
    private static final long SEED = 21;
    private static SimBaseServer server;
    private static Chromium chromium;
    private static Scene scene;

    @TempDir
    static Path data;

    @BeforeAll
    static void start() throws Exception {
        server = Dashboards.server(data, CODE);
        chromium = Chromium.launch();
        scene = Scenes.load("sorting-station");
    }

    @AfterAll
    static void stop() throws Exception {
        Dashboards.close(chromium, server);
    }



    /** The world at {@code position} of the recording {@link #record} writes: belt on at 10, reset at 600, belt on at 30 after it. */
    private static World at(long position) {
        int belt = scene.layout().indexOf("belt_run");
        World w = scene.newWorld(SEED);
        if (position >= 600) {
            w = scene.newWorld(SEED);
            long local = position - 600;
            if (local >= 30) {
                w.step(30);
                w.setInput(belt, 1);
            }
            w.step(local - w.stepCount());
            return w;
        }
        if (position >= 10) {
            w.step(10);
            w.setInput(belt, 1);
        }
        w.step(position - w.stepCount());
        return w;
    }

    /** A recording as a session writes it (the same writer), for {@link #at}; returns its file name. */
    private static String record(String name, String exerciseNotes) throws Exception {
        return record(name, exerciseNotes, STUDENT);
    }

    private static String record(String name, String exerciseNotes, String owner) throws Exception {
        int belt = scene.layout().indexOf("belt_run");
        World w = scene.newWorld(SEED);
        try (RecordingWriter rec = RecordingWriter.create(server.sessions().recordingsDir().resolve(name), scene.id(), SEED)) {
            rec.owner(CODE, owner, 1_764_000_000_000L);
            w.step(10);
            rec.input(10, belt, 1);
            w.setInput(belt, 1);
            w.step(390);
            rec.hash(400, w.stateHash());
            w.step(200);
            if (exerciseNotes != null) {
                rec.note(600, "graded run " + exerciseNotes + " scenario start");
                rec.reset(600, SEED);
            } else {
                rec.reset(600);
            }
            w = scene.newWorld(SEED);
            w.step(30);
            rec.input(30, belt, 1);
            w.setInput(belt, 1);
            w.step(770);
            if (exerciseNotes != null) {
                rec.note(800, "graded run ended");
            }
            rec.end(800, w.stateHash());
        }
        return name;
    }

    /** The page's tag values against the engine's at {@code position}. */
    private static void assertPageShows(Page page, long position) throws Exception {
        page.waitFor("Replay.state.position === " + position + " && !Replay.state.inFlight", seconds(10), "position " + position);
        JsonNode tags = page.eval("state.tags");
        World w = at(position);
        for (int i = 0; i < scene.layout().size(); i++) {
            assertEquals(w.published().tag(i), tags.get(i).asDouble(), 0.0,
                    "tag " + scene.layout().tag(i).name() + " at position " + position);
        }
        assertEquals(w.published().partCount(), page.eval("state.parts.ids.length").asInt(), "parts at " + position);
        String shownValue = page.eval("document.querySelector('#tag-" + scene.layout().indexOf("belt_run")
                + " .value').textContent").asText();
        assertEquals(w.published().tag(scene.layout().indexOf("belt_run")) == 1 ? "ON" : "off", shownValue, "the tag table");
    }

    private static void seekWithTheTimeline(Page page, long position) throws Exception {
        page.eval("(() => { const r = document.getElementById('replay-range'); r.value = '" + position + "';"
                + " r.dispatchEvent(new Event('input')); return true; })()");
    }

    @Test
    void theInstructorListsOpensSeeksAndPlaysARecording() throws Exception {
        String rec = record("s00000000a1.simrec", null);
        try (Page page = chromium.open(Dashboards.url(server))) {
            Dashboards.signInAsTeacher(page);
            page.waitFor("document.querySelector('#recordings tr[data-recording=\"" + rec + "\"]')", seconds(10), "the recording listed");
            String row = page.eval("document.querySelector('#recordings tr[data-recording=\"" + rec + "\"]').innerText").asText();
            assertTrue(row.contains("Ana") && row.contains("sorting-station") && row.contains("ended"), row);
            page.eval("document.querySelector('#recordings tr[data-recording=\"" + rec + "\"] .replay-open').click()");
            page.waitFor("!document.getElementById('session-view').hidden && !document.getElementById('replay-bar').hidden",
                    seconds(10), "the replay in the session view");
            assertPageShows(page, 0);
            assertEquals(1400, page.eval("Number(document.getElementById('replay-range').max)").asInt(), "600 + 800 steps");
            assertEquals(List.of("input", "reset", "input", "end"), kinds(page.eval(
                    "[...document.querySelectorAll('#replay-marks .replay-mark')].map(e => e.className.split('mark-')[1])")));
            assertTrue(page.eval("getComputedStyle(document.getElementById('fault-panel')).display === 'none'"
                    + " && getComputedStyle(document.getElementById('staff-controls')).display === 'none'").asBoolean(),
                    "no session controls in a replay");

            for (long p : new long[] {350, 900, 120, 605, 1400}) {
                seekWithTheTimeline(page, p);
                assertPageShows(page, p);
            }
            page.eval("document.querySelector('#events li[data-kind=\"reset\"]').click()");
            assertPageShows(page, 600);
            assertEquals("0:03.0 of 0:07.0", page.eval("document.getElementById('replay-time').textContent").asText());

            page.eval("document.getElementById('replay-speed').value = '5'; document.getElementById('replay-speed').onchange();"
                    + " document.getElementById('replay-play').click()");
            page.waitFor("Replay.state.position > 700", seconds(10), "playing");
            page.eval("document.getElementById('replay-play').click()");
            page.waitFor("!Replay.state.playing && !Replay.state.inFlight", seconds(5), "paused, the last frame in");
            long paused = page.eval("Replay.state.position").asLong();
            Thread.sleep(500);
            long after = page.eval("Replay.state.position").asLong();
            assertEquals(paused, after, "paused stays put");
            assertPageShows(page, after);
            Files.write(Path.of("target/replay-en.png"), page.screenshot());

            page.eval("document.getElementById('lang').value = 'zh'; document.getElementById('lang').onchange()");
            page.waitFor("document.getElementById('replay-close').textContent === '关闭回放'", seconds(5), "Chinese");
            JsonNode bad = page.eval(ChineseDashboardBrowserTest.UNTRANSLATED);
            assertEquals(0, bad.size(), "the replay view: untranslated text " + bad);
            Files.write(Path.of("target/replay-zh.png"), page.screenshot());
            page.eval("document.getElementById('replay-close').click()");
            page.waitFor("!document.getElementById('class-view').hidden", seconds(5), "back to the class");
            bad = page.eval(ChineseDashboardBrowserTest.UNTRANSLATED);
            assertEquals(0, bad.size(), "the class view with recordings: untranslated text " + bad);
            page.eval("localStorage.removeItem('simbase.lang')");
        }
    }

    @Test
    void theInstructorFiltersTheRecordingsByStudentInBothLanguages() throws Exception {
        String ana = record("s00000000c1.simrec", null);
        String ben = record("s00000000c2.simrec", null, "Ben#0002");
        String anyAna = "document.querySelector('#recordings tr[data-student=\"" + STUDENT + "\"]')";
        String anyBen = "document.querySelector('#recordings tr[data-student=\"Ben#0002\"]')";
        try (Page page = chromium.open(Dashboards.url(server))) {
            Dashboards.signInAsTeacher(page);
            page.eval("document.getElementById('recordings-refresh').click()");
            page.waitFor(anyAna + " && " + anyBen, seconds(10), "both students' recordings");
            assertFalse(page.eval("document.getElementById('recordings-student-label').hidden").asBoolean());
            List<String> options = kinds(page.eval(
                    "[...document.getElementById('recordings-student').options].map(o => o.textContent)"));
            assertEquals("All students", options.get(0));
            assertTrue(options.containsAll(List.of("Ana (Ana#0001)", "Ben (Ben#0002)")), options.toString());
            page.eval("(() => { const s = document.getElementById('recordings-student'); s.value = 'Ben#0002'; s.onchange(); return true; })()");
            page.waitFor("!" + anyAna + " && " + anyBen, seconds(10), "Ben's only");
            assertTrue(page.eval("!!document.querySelector('#recordings tr[data-recording=\"" + ben + "\"]')").asBoolean());
            page.eval("document.getElementById('lang').value = 'zh'; document.getElementById('lang').onchange()");
            page.waitFor("document.getElementById('recordings-student').options[0].textContent === '全部学生'", seconds(5),
                    "the filter in Chinese");
            assertEquals("Ben#0002", page.eval("document.getElementById('recordings-student').value").asText(),
                    "the choice stays");
            JsonNode bad = page.eval(ChineseDashboardBrowserTest.UNTRANSLATED);
            assertEquals(0, bad.size(), "the recordings list with its student filter: untranslated text " + bad);
            page.eval("(() => { const s = document.getElementById('recordings-student'); s.value = ''; s.onchange(); return true; })()");
            page.waitFor(anyAna + " && " + anyBen, seconds(10), "everyone's again");
            assertTrue(page.eval("!!document.querySelector('#recordings tr[data-recording=\"" + ana + "\"]')").asBoolean());
            page.eval("localStorage.removeItem('simbase.lang')");
        }
    }

    @Test
    void aFailedChecksLinkOnTheResultsPageOpensTheReplayAtItsMoment() throws Exception {
        String rec = record("s00000000b2.simrec", "sorting-station");
        server.results().add(new StoredResult(1_764_000_500_000L, CODE, STUDENT, "sorting-station", 40, 60, false, false, rec,
                List.of(new StoredCheck("belt_stops", "response", 30, 0, false, false, "start", 1.25))));
        try (Page page = chromium.open(Dashboards.url(server))) {
            Dashboards.signInAsTeacher(page);
            page.eval("setTimeout(() => document.getElementById('results-link').click(), 0); true");
            page.waitFor("document.querySelector('#r-matrix td[data-exercise=\"sorting-station\"] button')", seconds(10), "the results");
            page.eval("document.querySelector('#r-matrix td[data-exercise=\"sorting-station\"] button').click()");
            page.waitFor("document.querySelector('#r-attempts a.replay-jump[data-check=\"belt_stops\"]')", seconds(5), "the link");
            assertEquals("Replay this moment · belt_stops", page.eval(
                    "document.querySelector('#r-attempts a.replay-jump[data-check=\"belt_stops\"]').textContent").asText());
            page.eval("setTimeout(() => document.querySelector('#r-attempts a.replay-jump[data-check=\"belt_stops\"]').click(), 0);"
                    + " true");
            page.waitFor("typeof Replay === 'object' && !document.getElementById('replay-bar').hidden", seconds(15), "the replay");
            long moment = 600 + Math.round(1.25e9 / scene.stepNanos()); // the scenario's reset, then 1.25 s of its world
            assertPageShows(page, moment);
            assertEquals(1_250_000_000L, page.eval("state.simNanos").asLong(), "the scenario's own clock at the failure");
        }
    }

    @Test
    void aFinishedLiveGradedRunsFailedCheckOpensItsMomentInTheSameView() throws Exception {
        try (Page page = chromium.open(Dashboards.url(server))) {
            Dashboards.signInAsTeacher(page);
            page.waitFor("[...document.getElementById('scene-select').options].some(o => o.value === 'conveyor-basics')",
                    seconds(10), "the scene list");
            page.eval("document.getElementById('scene-select').value = 'conveyor-basics';"
                    + " document.getElementById('class-code').value = " + js(CODE) + "; document.getElementById('create-btn').click()");
            page.waitFor("state.layout && state.layout.scene === 'conveyor-basics'", seconds(10), "the session");
            page.eval("document.getElementById('time-scale').value = '10'; document.getElementById('time-scale').onchange()");
            page.waitFor("document.getElementById('graded-exercise').value === 'conveyor-basics'", seconds(10), "the exercise");
            page.eval("document.getElementById('graded-btn').click()");
            page.waitFor("document.querySelector('#graded-checks li.check-fail .replay-jump')", seconds(90),
                    "the finished run with a failed check and its replay button");
            JsonNode failed = page.eval("(() => { const li = document.querySelector('#graded-checks li.check-fail');"
                    + " return li.dataset.check; })()");
            assertTrue(!failed.asText().isEmpty());
            // clicked at once: opening flushes the live recording, so the run's end is in the file
            page.eval("document.querySelector('#graded-checks li.check-fail .replay-jump').click()");
            page.waitFor("!document.getElementById('replay-bar').hidden && Replay.state.opened && !Replay.state.inFlight",
                    seconds(15), "the replay of the run");
            long stepNanos = page.eval("Replay.state.opened.step_nanos").asLong();
            long position = page.eval("Replay.state.position").asLong();
            long simNanos = page.eval("state.simNanos").asLong();
            JsonNode scenarioStart = page.eval("Replay.state.opened.marks.filter(m => m.kind === 'scenario'"
                    + " && m.position === " + (position - simNanos / stepNanos) + ").length");
            assertEquals(1, scenarioStart.asInt(), "the frame is that many steps into a graded scenario");
            assertTrue(simNanos > 0, "at the failure's sim time, not the scenario's start");

            // The check's tags highlighted in the tag table and on the drawing, its message shown.
            assertEquals(failed.asText(), page.eval("Replay.state.opened.check_id").asText());
            List<String> checkTags = kinds(page.eval("Replay.state.opened.check_tags"));
            assertFalse(checkTags.isEmpty());
            assertEquals(checkTags.stream().sorted().toList(), kinds(page.eval("[...document.querySelectorAll('tr.check-tag')]"
                    + ".map(tr => state.layout.tags[Number(tr.id.slice(4))].name).sort()")), "the tag table marks the check's tags");
            assertTrue(page.eval("state.layout.components.some(c => Replay.highlighted(c.id))"
                    + " && !state.layout.components.every(c => Replay.highlighted(c.id))").asBoolean(),
                    "the components wired to them are outlined, not the others");
            String en = page.eval("Replay.state.opened.check_message_en").asText();
            assertEquals("Failed here: " + en + " Tags it reads (highlighted): " + String.join(", ", checkTags),
                    page.eval("document.getElementById('replay-check').hidden ? '' : document.getElementById('replay-check').textContent")
                            .asText());
            page.eval("document.getElementById('lang').value = 'zh'; document.getElementById('lang').onchange()");
            String zh = page.eval("Replay.state.opened.check_message_zh").asText();
            page.waitFor("document.getElementById('replay-check').textContent.startsWith('在此失败：')", seconds(5), "Chinese");
            assertTrue(page.eval("document.getElementById('replay-check').textContent").asText().contains(zh));
            assertEquals(checkTags.size(), page.eval("document.querySelectorAll('tr.check-tag').length").asInt(),
                    "still marked after the tag table is redrawn in Chinese");
            JsonNode bad = page.eval(ChineseDashboardBrowserTest.UNTRANSLATED);
            assertEquals(0, bad.size(), "the replay at a failed check: untranslated text " + bad);
            Files.write(Path.of("target/replay-check-zh.png"), page.screenshot());
            page.eval("localStorage.removeItem('simbase.lang')");
            page.eval("document.getElementById('replay-close').click()");
            page.waitFor("document.querySelectorAll('tr.check-tag').length === 0 && document.getElementById('replay-check').hidden",
                    seconds(5), "nothing highlighted after the replay");
        }
    }

    @Test
    void anInstructorUploadsASceneSeesItsMistakeLineAndChoosesIt() throws Exception {
        String good = Scenes.bundledText("conveyor-basics").replace("scene: conveyor-basics", "scene: bench-two")
                .replace("title: Conveyor basics (start/stop latch)", "title: Bench two");
        String bad = good.replace("step_ms:", "step_msx:");
        if (bad.equals(good)) {
            bad = good + "unknown_key: 1\n";
        }
        int badLine = firstDifferentLine(good, bad);
        try (Page page = chromium.open(Dashboards.url(server))) {
            Dashboards.signInAsTeacher(page);
            page.waitFor("!document.getElementById('scene-upload-panel').hidden", seconds(5), "the upload panel");
            upload(page, "bench-two.yaml", bad);
            page.waitFor("document.getElementById('scene-upload-result').textContent !== ''", seconds(10), "the refusal");
            String said = page.eval("document.getElementById('scene-upload-result').textContent").asText();
            assertTrue(said.startsWith("Line " + badLine + " of bench-two.yaml:"), said);
            page.eval("document.getElementById('lang').value = 'zh'; document.getElementById('lang').onchange()");
            said = page.eval("document.getElementById('scene-upload-result').textContent").asText();
            assertTrue(said.startsWith("bench-two.yaml 第 " + badLine + " 行："), said);
            page.eval("document.getElementById('lang').value = 'en'; document.getElementById('lang').onchange()");

            page.eval("document.getElementById('scene-classes').value = " + js(CODE));
            upload(page, "bench-two.yaml", good);
            page.waitFor("document.getElementById('scene-upload-result').textContent.includes('bench-two')", seconds(10), "kept");
            page.waitFor("document.getElementById('scene-select').value === 'bench-two'", seconds(10), "chosen in the scene list");
            assertEquals("Bench two (uploaded · " + CODE + ")", page.eval("document.getElementById('scene-select').selectedOptions[0].textContent").asText());
            page.eval("document.getElementById('class-code').value = " + js(CODE) + "; document.getElementById('create-btn').click()");
            page.waitFor("state.layout && state.layout.scene === 'bench-two' && state.simNanos > 0", seconds(10),
                    "a session running the uploaded scene");
            page.eval("localStorage.removeItem('simbase.lang')");
        }
    }

    @Test
    void theUploadFormOffersAnUploadToTheClassesChosenAndChangedLaterInBothLanguages() throws Exception {
        String other = server.classes().openWithCode("REP456", "PLC 2", "teacher").code();
        String yaml = Scenes.bundledText("conveyor-basics").replace("scene: conveyor-basics", "scene: for-two")
                .replace("title: Conveyor basics (start/stop latch)", "title: For two")
                .replace("title_zh: 输送带基础（启停自锁）", "title_zh: 两个班的线");
        String result = "document.getElementById('scene-upload-result').textContent";
        String option = "[...document.getElementById('scene-select').options].find(o => o.value === 'for-two')";
        try (Page teacher = chromium.open(Dashboards.url(server)); Page student = chromium.open(Dashboards.url(server))) {
            Dashboards.signInAsTeacher(teacher);
            teacher.waitFor("!document.getElementById('scene-upload-panel').hidden", seconds(5), "the upload panel");
            teacher.eval("document.getElementById('scene-classes').value = " + js(other.toLowerCase()));
            upload(teacher, "for-two.yaml", yaml);
            teacher.waitFor(result + ".includes('for-two')", seconds(10), "kept");
            assertEquals("Scene for-two added for REP456: it can now be chosen for new sessions.", teacher.eval(result).asText());
            teacher.waitFor("!!" + option, seconds(10), "the upload in the scene list");
            assertEquals("For two (uploaded · REP456)", teacher.eval(option + ".textContent").asText());
            String row = "document.querySelector('#scene-uploads tr[data-scene=\"for-two\"]')";
            assertEquals("REP456", teacher.eval(row + ".querySelector('input').value").asText());

            Dashboards.join(student, CODE, "Bea");
            student.waitFor("SceneUpload.state.scenes", seconds(10), "the scene list");
            assertEquals(false, student.eval("!!" + option).asBoolean(), "another class's upload is not offered");
            assertTrue(student.eval("document.getElementById('scene-upload-panel').hidden").asBoolean());

            teacher.eval(row + ".querySelector('input').value = " + js(CODE + ", rep456"));
            teacher.eval(row + ".querySelector('button').click()");
            teacher.waitFor(result + ".includes('now offered')", seconds(10), "the classes saved");
            assertEquals("Scene for-two is now offered to REP123, REP456.", teacher.eval(result).asText());
            student.eval("SceneUpload.listScenes()");
            student.waitFor("!!" + option, seconds(10), "the upload offered to the student's class");
            assertEquals("For two (uploaded)", student.eval(option + ".textContent").asText());

            teacher.eval("document.getElementById('lang').value = 'zh'; document.getElementById('lang').onchange()");
            assertEquals("两个班的线（上传 · REP123, REP456）", teacher.eval(option + ".textContent").asText());
            assertEquals("场景 for-two 现在提供给：REP123, REP456。", teacher.eval(result).asText());
            assertEquals("适用班级", teacher.eval("document.querySelector('#scene-upload-panel label span[data-i18n=\"sceneUpload.classes\"]')"
                    + ".textContent").asText());
            assertEquals("保存班级", teacher.eval(row + ".querySelector('button').textContent").asText());
        } finally {
            try (Page any = chromium.open(Dashboards.url(server))) { // the language is remembered per origin: the next test starts in English
                any.eval("localStorage.removeItem('simbase.lang')");
            }
        }
    }

    private static void upload(Page page, String name, String yaml) throws Exception {
        page.eval("(() => { document.getElementById('scene-upload-result').textContent = '';"
                + " const dt = new DataTransfer(); dt.items.add(new File([" + js(yaml) + "], " + js(name) + "));"
                + " document.getElementById('scene-file').files = dt.files;"
                + " document.getElementById('scene-upload-btn').click(); return true; })()");
    }

    private static int firstDifferentLine(String a, String b) {
        List<String> x = a.lines().toList();
        List<String> y = b.lines().toList();
        for (int i = 0; i < y.size(); i++) {
            if (i >= x.size() || !x.get(i).equals(y.get(i))) {
                return i + 1;
            }
        }
        return y.size();
    }

    private static List<String> kinds(JsonNode array) {
        return java.util.stream.StreamSupport.stream(array.spliterator(), false).map(JsonNode::asText).toList();
    }
}
