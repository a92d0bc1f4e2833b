package io.simbase.server.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each student's latest result from memory: read from the file on start, then kept up by add. */
class LatestResultsTest {
    @TempDir
    Path dir;

    private static StoredResult result(long at, String classCode, String student, int score) {
        return new StoredResult(at, classCode, student, "conveyor-basics", score, 70, score >= 70, false, "", List.of());
    }

    @Test
    void theLatestResultOfEachStudentSurvivesARestartAndFollowsEachAdd() {
        Path file = dir.resolve("results.txt");
        try (LatestResults store = LatestResults.over(FileResultStore.open(file))) {
            assertNull(store.latest("C1", "ada"));
            store.add(result(1000, "C1", "ada", 40));
            store.add(result(2000, "C1", "ada", 90));
            store.add(result(1500, "C2", "ada", 10)); // another class: another student
            assertEquals(90, store.latest("C1", "ada").score());
        }
        try (LatestResults store = LatestResults.over(FileResultStore.open(file))) {
            assertEquals(90, store.latest("C1", "ada").score(), "read back from the file");
            assertEquals(10, store.latest("C2", "ada").score());
            assertNull(store.latest("C1", "bob"));
            store.add(result(3000, "C1", "ada", 55));
            assertEquals(55, store.latest("C1", "ada").score());
            assertEquals(store.of("C1", "ada").get(2), store.latest("C1", "ada"), "the same as the store's last");
        }
    }
}
