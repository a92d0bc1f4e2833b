package io.simbase.grading.exercise;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** docs/exercise-format.md documents every key the loader accepts, every verb and every function. */
class ExerciseFormatDocTest {
    static String doc() throws Exception {
        Path p = Path.of("..", "docs", "exercise-format.md");
        return Files.readString(p);
    }

    @Test
    void everySectionAndKeyIsDocumented() throws Exception {
        String doc = doc();
        for (Map.Entry<String, Set<String>> section : ExerciseLoader.KEYS.entrySet()) {
            assertTrue(doc.contains("(section `" + section.getKey() + "`)"), "section " + section.getKey());
            for (String key : section.getValue()) {
                assertTrue(doc.contains("| `" + key + "` |"), "key '" + key + "' of section " + section.getKey()
                        + " is not in a table row of docs/exercise-format.md");
            }
        }
    }

    @Test
    void everyVerbAndFunctionIsDocumented() throws Exception {
        String doc = doc();
        for (String verb : ExerciseLoader.VERBS) {
            assertTrue(doc.contains("- `" + verb + " "), "verb " + verb);
        }
        for (String f : List.of("abs", "min", "max", "rose", "fell", "count", "since", "max_of", "min_of", "integral")) {
            assertTrue(doc.contains("`" + f + "("), "function " + f);
        }
    }
}
