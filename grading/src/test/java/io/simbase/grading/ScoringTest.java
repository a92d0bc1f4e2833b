package io.simbase.grading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.ExerciseLoader;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Points, safety caps, the pass mark, and the table and JSON the command line prints. */
class ScoringTest {
    /** Does nothing: the belt never runs. */
    static final ControllerFactory IDLE = plant -> simNanos -> { };

    static Exercise exercise(String checks) throws Exception {
        String text = String.join("\n",
                "exercise: s",
                "scene: conveyor-basics",
                "title: {zh: 题, en: T}",
                "brief: {zh: 简, en: B}",
                "task: {zh: 务, en: K}",
                "pass_mark: 50",
                "safety_cap: 40",
                "scenarios:",
                "  - {id: first, duration: 2s}",
                "  - {id: second, duration: 3s}",
                "checks:",
                checks,
                "");
        return ExerciseLoader.parse(text, "s.yaml");
    }

    static String check(String id, int points, String extra, String expect) {
        return "  - {id: " + id + ", kind: outcome, points: " + points + extra + ", expect: \"" + expect
                + "\", message: {zh: 错" + id + ", en: wrong " + id + "}}";
    }

    @Test
    void passedChecksAddUpAndTheLowestSafetyCapWins() throws Exception {
        Exercise e = exercise(String.join("\n",
                check("a", 40, "", "!belt_run"),
                check("b", 30, ", safety: true, cap: 20", "belt_run"),
                check("c", 20, ", safety: true", "belt_run"),
                check("d", 10, "", "true")));
        GradeResult r = Grader.grade(e, IDLE);
        assertEquals(List.of(true, false, false, true), r.checks().stream().map(CheckResult::passed).toList());
        assertEquals(List.of(40, 0, 0, 10), r.checks().stream().map(CheckResult::awarded).toList());
        assertEquals(20, r.score());
        assertTrue(r.capped());
        assertFalse(r.passed());
    }

    @Test
    void theExerciseCapAppliesWhenACheckHasNoneAndOnlyLowersTheScore() throws Exception {
        GradeResult capped = Grader.grade(exercise(String.join("\n",
                check("a", 90, "", "!belt_run"),
                check("b", 10, ", safety: true", "belt_run"))), IDLE);
        assertEquals(40, capped.score());
        assertTrue(capped.capped());
        GradeResult under = Grader.grade(exercise(String.join("\n",
                check("a", 30, "", "!belt_run"),
                check("b", 70, ", safety: true", "belt_run"))), IDLE);
        assertEquals(30, under.score());
        assertFalse(under.capped());
    }

    @Test
    void aCheckMustPassInEveryScenarioAndReportsTheFirstFailure() throws Exception {
        Exercise e = exercise(String.join("\n",
                check("late", 50, "", "time < 2.5"),
                check("only_first", 50, ", scenarios: [first]", "time < 2.5")));
        GradeResult r = Grader.grade(e, IDLE);
        CheckResult late = r.check("late");
        assertFalse(late.passed());
        assertEquals("second", late.failedScenario());
        assertEquals(3.0, late.firstFailureSeconds(), 1e-9);
        assertTrue(r.check("only_first").passed());
        assertEquals(50, r.score());
        assertTrue(r.passed());
    }

    @Test
    void tableAndJsonSayTheSame() throws Exception {
        Exercise e = exercise(String.join("\n",
                check("a", 60, "", "!belt_run"),
                check("b", 40, ", safety: true", "belt_run")));
        GradeResult r = Grader.grade(e, IDLE);
        List<String> table = ResultTable.write(r).lines().toList();
        assertEquals("score=40/100 passed=false", table.get(table.size() - 1));
        assertTrue(table.get(2).matches("b\\s+0/40\\s+NO\\(!\\)\\s+first@t=2\\.000s\\s+wrong b"), table.get(2));
        assertTrue(table.get(1).matches("a\\s+60/60\\s+yes\\s+-\\s*"), table.get(1));

        JsonNode json = new ObjectMapper().readTree(ResultJson.write(r));
        assertEquals("s", json.get("exercise").asText());
        assertEquals(40, json.get("score").asInt());
        assertTrue(json.get("capped").asBoolean());
        assertFalse(json.get("passed").asBoolean());
        JsonNode b = json.get("checks").get(1);
        assertEquals("b", b.get("id").asText());
        assertEquals("outcome", b.get("kind").asText());
        assertEquals("first", b.get("first_failure").get("scenario").asText());
        assertEquals(2.0, b.get("first_failure").get("sim_time_s").asDouble());
        assertEquals("错b", b.get("message").get("zh").asText());
        assertEquals("wrong b", b.get("message").get("en").asText());
        assertTrue(json.get("checks").get(0).get("first_failure").isNull());
    }
}
