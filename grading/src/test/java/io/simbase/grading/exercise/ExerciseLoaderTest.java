package io.simbase.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.simbase.grading.check.RecoveryRule;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every class of error in an exercise file, with its line; and what a good file becomes. */
class ExerciseLoaderTest {
    /** A valid exercise on conveyor-basics; line numbers below refer to it. */
    static final String GOOD = String.join("\n",
            "exercise: t",                                          // 1
            "scene: conveyor-basics",                               // 2
            "title: {zh: 标题, en: Title}",                          // 3
            "brief: {zh: 简介, en: Brief}",                          // 4
            "task: {zh: 任务, en: Task}",                            // 5
            "pass_mark: 60",                                        // 6
            "scenarios:",                                           // 7
            "  - id: one",                                          // 8
            "    duration: 10s",                                    // 9
            "    timeline:",                                        // 10
            "      - {at: 1s, do: press start_pb, for: 200ms}",     // 11
            "      - {at: 2s, do: fault stop_pb wire_break}",       // 12
            "      - {at: 0.5s, do: set stop_pb 1}",                // 13
            "checks:",                                              // 14
            "  - id: runs",                                         // 15
            "    kind: response",                                   // 16
            "    points: 60",                                       // 17
            "    when: start_pb",                                   // 18
            "    then: belt_run",                                   // 19
            "    within: 0.1s",                                     // 20
            "    message: {zh: 没有运行, en: Did not run}",           // 21
            "  - id: safe",                                         // 22
            "    kind: recovery",                                   // 23
            "    safety: true",                                     // 24
            "    cap: 30",                                          // 25
            "    points: 40",                                       // 26
            "    after: \"!stop_pb\"",                              // 27
            "    safe: \"!belt_run\"",                              // 28
            "    within: 0.1s",                                     // 29
            "    message: {zh: 不安全, en: Not safe}",               // 30
            "");

    static Exercise load(String text) throws ExerciseException {
        return ExerciseLoader.parse(text, "exercises/t.yaml");
    }

    static String error(String text) {
        return assertThrows(ExerciseException.class, () -> load(text)).getMessage();
    }

    static String replace(String find, String with) {
        if (!GOOD.contains(find)) {
            throw new IllegalArgumentException(find);
        }
        return GOOD.replace(find, with);
    }

    @Test
    void aGoodFileLoadsWithSortedTimelineAndAutoRelease() throws Exception {
        Exercise e = load(GOOD);
        assertEquals("t", e.id());
        assertEquals("conveyor-basics", e.sceneId());
        assertEquals(new Text("标题", "Title"), e.title());
        assertEquals(59, e.safetyCap());
        Scenario s = e.scenarios().get(0);
        assertEquals(1, s.seed());
        assertEquals(10.0, s.durationSeconds());
        assertEquals(4, s.timeline().size());
        assertEquals(0.5, s.timeline().get(0).atSeconds());
        assertEquals(Action.Kind.PRESS, s.timeline().get(1).kind());
        assertEquals(1.2, s.timeline().get(2).atSeconds(), 1e-12);
        assertEquals(Action.Kind.RELEASE, s.timeline().get(2).kind());
        assertEquals(Action.Kind.FAULT, s.timeline().get(3).kind());
        assertEquals(2, e.checks().size());
        assertEquals(30, e.checks().get(1).cap());
        assertEquals(RecoveryRule.class, e.checks().get(1).rule().getClass());
        assertEquals(15, e.checks().get(0).line());
    }

    @Test
    void yamlSyntaxErrorsHaveTheirLine() {
        assertEquals("exercises/t.yaml:3: not valid YAML: mapping values are not allowed here",
                error(replace("title: {zh: 标题, en: Title}", "title: a: b")));
        assertEquals("exercises/t.yaml: the file is empty", error(""));
    }

    @Test
    void unknownAndMissingKeys() {
        assertEquals("exercises/t.yaml:6: unknown key 'pass_mrk' (allowed: brief, checks, exercise, pass_mark, "
                + "reference, safety_cap, scenarios, scene, sheet, task, title)",
                error(replace("pass_mark: 60", "pass_mrk: 60")));
        assertEquals("exercises/t.yaml:1: missing 'pass_mark'", error(replace("pass_mark: 60\n", "")));
        assertEquals("exercises/t.yaml:3: title: missing 'zh'", error(replace("title: {zh: 标题, en: Title}", "title: {en: Title}")));
        assertEquals("exercises/t.yaml:19: check 'runs': unknown key 'than' (allowed: cap, id, kind, message, points, "
                + "safety, scenarios, then, when, within)",
                error(replace("    then: belt_run", "    than: belt_run")));
    }

    @Test
    void idsAndNames() {
        assertEquals("exercises/t.yaml:1: exercise id 'T x' must be lower-case letters, digits, '-' and '_'",
                error(replace("exercise: t", "exercise: T x")));
        assertEquals("exercises/t.yaml:1: exercise id 'u' must match the file name 't.yaml'",
                error(replace("exercise: t", "exercise: u")));
        assertEquals("exercises/t.yaml:8: scenario id 'One!' must be lower-case letters, digits, '-' and '_'",
                error(replace("id: one", "id: One!")));
        assertEquals("exercises/t.yaml:22: check 'runs': duplicate check id",
                error(replace("id: safe", "id: runs")));
    }

    @Test
    void unknownScene() {
        String m = error(replace("scene: conveyor-basics", "scene: no-such-scene"));
        assertEquals("exercises/t.yaml:2: scene: no-such-scene: no such scene: not a bundled scene id "
                + "(" + String.join(", ", io.simbase.engine.scene.Scenes.bundledIds()) + ") nor an existing file", m);
    }

    @Test
    void numbersAndTimes() {
        assertEquals("exercises/t.yaml:6: pass_mark 0 out of range [1, 100]", error(replace("pass_mark: 60", "pass_mark: 0")));
        assertEquals("exercises/t.yaml:6: pass_mark must be a whole number, got 60.5", error(replace("pass_mark: 60", "pass_mark: 60.5")));
        assertEquals("exercises/t.yaml:6: pass_mark: 'lots' is not a number", error(replace("pass_mark: 60", "pass_mark: lots")));
        assertEquals("exercises/t.yaml:9: scenario 'one': duration: '10 sec' is not a time (write 1.5s, 200ms or 2min)",
                error(replace("duration: 10s", "duration: 10 sec")));
        assertEquals("exercises/t.yaml:9: scenario 'one': duration 61min out of range [0.005s, 3600s]",
                error(replace("duration: 10s", "duration: 61min")));
        assertEquals("exercises/t.yaml:11: scenario 'one': timeline: at 11s out of range [0s, 10s]",
                error(replace("{at: 1s, do: press", "{at: 11s, do: press")));
    }

    @Test
    void timelineActions() {
        assertEquals("exercises/t.yaml:11: scenario 'one': timeline: unknown tag 'go_pb' in scene conveyor-basics",
                error(replace("press start_pb", "press go_pb")));
        assertEquals("exercises/t.yaml:11: scenario 'one': timeline: tag 'belt_run' is not an operator-panel control; "
                + "scenarios press, release and set only panel tags", error(replace("press start_pb", "press belt_run")));
        assertEquals("exercises/t.yaml:11: scenario 'one': timeline: unknown action 'push' (known: press, release, set, fault, clear)",
                error(replace("press start_pb", "push start_pb")));
        assertEquals("exercises/t.yaml:11: scenario 'one': timeline: expected 'press TAG', got 'press'",
                error(replace("press start_pb, for: 200ms", "press")));
        assertEquals("exercises/t.yaml:13: scenario 'one': timeline: value 2 does not fit tag 'stop_pb' (bool [0.0, 1.0])",
                error(replace("set stop_pb 1", "set stop_pb 2")));
        assertEquals("exercises/t.yaml:13: scenario 'one': timeline: value 'x' is not a number",
                error(replace("set stop_pb 1", "set stop_pb x")));
        assertEquals("exercises/t.yaml:12: scenario 'one': timeline: unknown fault 'melted' (known: stuck_on, stuck_off, "
                + "dead, drift, noise, wire_break, jammed, slow, belt_slip, valve_leak)", error(replace("stop_pb wire_break", "stop_pb melted")));
        assertEquals("exercises/t.yaml:12: scenario 'one': timeline: unknown tag 'nothing' for fault wire_break",
                error(replace("fault stop_pb wire_break", "fault nothing wire_break")));
        assertEquals("exercises/t.yaml:12: scenario 'one': timeline: fault jammed does not apply to belt 'belt'",
                error(replace("fault stop_pb wire_break", "fault belt jammed")));
        assertEquals("exercises/t.yaml:12: scenario 'one': timeline: 'for' goes only with press",
                error(replace("fault stop_pb wire_break}", "fault stop_pb wire_break, for: 1s}")));
        assertEquals("exercises/t.yaml:10: scenario 'one': initial: tag 'belt_run' is not an operator-panel control; "
                + "scenarios press, release and set only panel tags",
                error(replace("    duration: 10s\n", "    duration: 10s\n    initial: {belt_run: 1}\n")));
    }

    @Test
    void checks() {
        assertEquals("exercises/t.yaml:16: check 'runs': unknown kind 'reaction' (known: response, invariant, outcome, recovery)",
                error(replace("kind: response", "kind: reaction")));
        assertEquals("exercises/t.yaml:15: the checks' points add up to 90; they must add up to 100",
                error(replace("points: 60", "points: 50")));
        assertEquals("exercises/t.yaml:24: check 'safe': cap goes only with safety: true",
                error(replace("    safety: true\n", "")));
        assertEquals("exercises/t.yaml:19: check 'runs': then: column 13: unknown name 'belt_rn'",
                error(replace("then: belt_run", "then: belt_run && belt_rn")));
        assertEquals("exercises/t.yaml:18: check 'runs': when: column 10: '=' does not compare; write ==",
                error(replace("when: start_pb", "when: start_pb = 1")));
        assertEquals("exercises/t.yaml:22: check 'safe': reset, running and restart_within go together",
                error(replace("    within: 0.1s\n    message: {zh: 不安全", "    within: 0.1s\n    reset: start_pb\n    message: {zh: 不安全")));
        assertEquals("exercises/t.yaml:17: check 'runs': unknown scenario 'two'",
                error(replace("    kind: response\n", "    kind: response\n    scenarios: [two]\n")));
    }

    @Test
    void aCheckWithoutAMessageGetsOneFromItsKindInBothLanguages() throws Exception {
        Exercise e = load(replace("    message: {zh: 没有运行, en: Did not run}\n", "")
                .replace("    message: {zh: 不安全, en: Not safe}\n", "    reset: start_pb\n    running: belt_run\n"
                        + "    restart_within: 0.5s\n"));
        assertEquals(new Text("«start_pb» 成立后 0.1 秒内 «belt_run» 没有成立。",
                "When «start_pb» became true, «belt_run» did not follow within 0.1 s."), e.check("runs").message());
        assertEquals(new Text("«!stop_pb» 之后 0.1 秒内没有进入安全状态 «!belt_run»，或没有保持到 «start_pb»，"
                        + "或 «start_pb» 之后 0.5 秒内没有恢复 «belt_run»。",
                "After «!stop_pb», the safe state «!belt_run» was not reached within 0.1 s, or not kept until "
                        + "«start_pb», or «belt_run» did not follow «start_pb» within 0.5 s."), e.check("safe").message());
        assertEquals(new Text("没有运行", "Did not run"), load(GOOD).check("runs").message(), "a written message wins");
    }

    @Test
    void invariantsAndOutcomesDescribeTheirWindowAndTime() throws Exception {
        String invariant = "  - id: never\n    kind: invariant\n    points: 0\n    never: belt_run && !stop_pb\n"
                + "    grace: 20ms\n    from: 2s\n    until: 8s\n";
        String outcome = "  - id: end\n    kind: outcome\n    points: 0\n    expect: delivered >= 1\n"
                + "  - id: at5\n    kind: outcome\n    points: 0\n    at: 5s\n    expect: belt_run\n";
        Exercise e = load(GOOD + invariant + outcome);
        assertEquals(new Text("在 2 至 8 秒之间出现了不允许的状态 «belt_run && !stop_pb»（超过 0.02 秒）。",
                "The forbidden state «belt_run && !stop_pb» held for longer than 0.02 s between 2 s and 8 s."),
                e.check("never").message());
        assertEquals(new Text("场景结束时 «delivered >= 1» 不成立。", "At the end of the scenario, «delivered >= 1» was not true."),
                e.check("end").message());
        assertEquals("At t = 5 s, «belt_run» was not true.", e.check("at5").message().en());
    }

    @Test
    void aReferenceIsARelativeProgramPath() {
        assertEquals("exercises/t.yaml:7: reference must be a relative path of a .st program, got '/etc/passwd'",
                error(replace("pass_mark: 60\n", "pass_mark: 60\nreference: /etc/passwd\n")));
    }
}
