package io.simbase.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The bundled exercises: index order, each loads, its sheet exists, every text in both languages. */
class BundledExercisesTest {
    @Test
    void theIndexListsTheThreeScenesInCurriculumOrder() {
        assertEquals(List.of("conveyor-basics", "conveyor-stop-safety", "motor-control", "traffic-light",
                "garage-door", "queue-counter", "silo-fill", "sorting-station", "sort-by-weight", "sort-encoder", "pick-and-place", "tank-level", "tank-pid", "batch-mixer", "elevator", "car-park", "production-line"), Exercises.bundledIds());
    }

    @Test
    void anExerciseNamesItsSceneAndItsReferenceProgramWhateverItsId() throws Exception {
        Exercise e = Exercises.load("conveyor-stop-safety");
        assertEquals("conveyor-basics", e.sceneId(), "a second exercise on the scene of the first");
        assertEquals("../programs/conveyor-basics.st", e.reference());
        assertTrue(Exercises.referenceProgram(e).contains("PROGRAM"), "the reference program is read next to the exercises");
        for (String id : Exercises.bundledIds()) {
            assertNotNull(Exercises.referenceProgram(Exercises.load(id)), id + " names its reference program");
        }
    }

    @Test
    void everyBundledExerciseLoadsWithItsSheetAndBothLanguages() throws Exception {
        for (String id : Exercises.bundledIds()) {
            Exercise e = Exercises.load(id);
            assertEquals(id, e.id());
            assertNotNull(e.sheet(), id);
            assertNotNull(getClass().getClassLoader().getResource("simbase/exercises/" + e.sheet()), e.sheet());
            for (Text t : List.of(e.title(), e.brief(), e.task())) {
                assertFalse(t.zh().isBlank() || t.en().isBlank(), id);
                assertTrue(t.zh().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                        id + ": zh text has Chinese: " + t.zh());
            }
            for (Check c : e.checks()) {
                assertTrue(c.message().zh().codePoints().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.HAN),
                        id + "/" + c.id());
                assertFalse(c.message().en().isBlank(), id + "/" + c.id());
            }
            assertTrue(e.checks().stream().anyMatch(Check::safety), id + " has a safety check");
        }
    }

    @Test
    void anExerciseFileLoadsByPath(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path copy = dir.resolve("tank-level.yaml");
        try (var in = getClass().getClassLoader().getResourceAsStream("simbase/exercises/tank-level.yaml")) {
            Files.copy(in, copy);
        }
        Exercise e = Exercises.load(copy.toString());
        assertEquals("tank-level", e.id());
        assertEquals(copy.toString(), e.source());
    }
}
