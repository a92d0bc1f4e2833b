package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.grading.exercise.Exercise;
import io.simbase.grading.exercise.Exercises;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simbase exercises} and {@code simbase grade} through the real command line (with the soft PLC). */
class GradeCliTest {
    @TempDir
    Path dir;

    @Test
    void exercisesListsOneLinePerExerciseIdFirstInCurriculumOrder() {
        CliRun r = CliRun.run("exercises");
        assertEquals(0, r.exit(), r.err());
        List<String> ids = r.out().lines().map(l -> l.split("\\s+")[0]).toList();
        assertEquals(List.of("conveyor-basics", "conveyor-stop-safety", "motor-control", "traffic-light",
                "garage-door", "queue-counter", "silo-fill", "sorting-station", "sort-by-weight", "sort-encoder", "pick-and-place", "tank-level", "tank-pid", "batch-mixer", "elevator", "car-park", "production-line"), ids);
        assertTrue(r.out().contains("conveyor-stop-safety scene=conveyor-basics"), r.out());
        assertTrue(r.out().contains("scene=sorting-station"), r.out());
    }

    @Test
    void theReferenceProgramsScoreFullMarksOnTheSoftPlc() throws Exception {
        for (String id : Exercises.bundledIds()) {
            Exercise e = Exercises.load(id);
            Path program = Files.writeString(dir.resolve(id + "-reference.st"), Exercises.referenceProgram(e));
            CliRun r = CliRun.run("grade", id, "--plc", program.toString());
            assertEquals(0, r.exit(), id + ": " + r.out() + r.err());
            String[] lines = r.out().strip().split("\\R");
            assertEquals("score=100/100 passed=true", lines[lines.length - 1], id + ": " + r.out());
        }
    }

    @Test
    void aProgramWithoutSealInLosesTheSealInChecksAndCompileErrorsAreListedWithTheirLines() throws Exception {
        // The classic beginner's mistake: the belt runs only while Start is held.
        Path noSealIn = Files.writeString(dir.resolve("no-seal-in.st"),
                "PROGRAM p\nbelt_run := start_pb AND stop_pb;\nrunning_light := start_pb AND stop_pb;\nEND_PROGRAM\n");
        CliRun r = CliRun.run("grade", "conveyor-basics", "--plc", noSealIn.toString(), "--json");
        assertEquals(1, r.exit(), r.out() + r.err());
        for (String failed : List.of("seal_in", "batch_of_ten", "next_batch")) {
            assertTrue(r.out().matches("(?s).*\"" + failed + "\"[^}]*\"passed\"\\s*:\\s*false.*"), failed + ": " + r.out());
        }

        Path typo = Files.writeString(dir.resolve("typo.st"), "PROGRAM p\nVAR x : BOOL; END_VAR\nx := belt_rnu;\npart_at_end := TRUE;\nEND_PROGRAM\n");
        CliRun bad = CliRun.run("grade", "conveyor-basics", "--plc", typo.toString());
        assertEquals(2, bad.exit(), bad.err());
        assertTrue(bad.err().lines().allMatch(l -> l.matches(".*typo\\.st:\\d+:\\d+: .+")), bad.err());
        assertTrue(bad.err().contains("typo.st:3:"), "the unknown name: " + bad.err());
        assertTrue(bad.err().contains("typo.st:4:"), "the write to a sensor: " + bad.err());
    }

    @Test
    void gradeBadInputIsOneLineAndExitTwo() throws Exception {
        Path st = Files.writeString(dir.resolve("latch.st"), "PROGRAM p\nEND_PROGRAM\n");
        CliRun unknown = CliRun.run("grade", "no-such-exercise", "--plc", st.toString());
        assertEquals(2, unknown.exit());
        assertEquals(1, unknown.err().strip().lines().count(), unknown.err());
        assertTrue(unknown.err().contains("no such exercise"), unknown.err());

        CliRun noProgram = CliRun.run("grade", "tank-level", "--plc", dir.resolve("missing.st").toString());
        assertEquals(2, noProgram.exit());
        assertTrue(noProgram.err().strip().endsWith("missing.st: no such program file"), noProgram.err());

        CliRun noPlcOption = CliRun.run("grade", "tank-level");
        assertEquals(2, noPlcOption.exit());
        assertTrue(noPlcOption.err().contains("--plc"), noPlcOption.err());

        Path bad = Files.writeString(dir.resolve("bad.yaml"), "exercise: bad\nscene: tank-level\ntitle: [\n");
        CliRun badFile = CliRun.run("grade", bad.toString(), "--plc", st.toString());
        assertEquals(2, badFile.exit());
        assertTrue(badFile.err().startsWith("simbase: " + bad + ":"), badFile.err());
        assertEquals(1, badFile.err().strip().lines().count(), badFile.err());
    }
}
