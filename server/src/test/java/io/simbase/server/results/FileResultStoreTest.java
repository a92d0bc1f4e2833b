package io.simbase.server.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileResultStoreTest {
    @TempDir
    Path dir;

    @Test
    void resultsAreKeptAcrossARestart() {
        Path file = dir.resolve("results.txt");
        List<StoredResult> added = SampleResults.samples(12);
        try (FileResultStore store = FileResultStore.open(file)) {
            added.forEach(store::add);
            assertEquals(added, store.all());
        }
        try (FileResultStore store = FileResultStore.open(file)) {
            assertEquals(added, store.all());
            assertEquals(0, store.skipped());
            StoredResult more = SampleResults.sample(12);
            store.add(more);
        }
        try (FileResultStore store = FileResultStore.open(file)) {
            assertEquals(SampleResults.samples(13), store.all());
        }
    }

    @Test
    void oneStudentsResultsAreOnlyTheirs() {
        try (FileResultStore store = FileResultStore.open(dir.resolve("results.txt"))) {
            SampleResults.samples(20).forEach(store::add);
            List<StoredResult> mine = store.of("CLASS7", "li.wei");
            assertTrue(!mine.isEmpty());
            mine.forEach(r -> assertTrue(r.belongsTo("CLASS7", "li.wei"), r.toString()));
            assertEquals(SampleResults.samples(20).stream().filter(r -> r.belongsTo("CLASS7", "li.wei")).toList(), mine);
        }
    }

    @Test
    void aTornLastLineAndGarbageAreSkippedAndTheTornTailIsCutOff() throws Exception {
        Path file = dir.resolve("results.txt");
        try (FileResultStore store = FileResultStore.open(file)) {
            SampleResults.samples(3).forEach(store::add);
        }
        Files.writeString(file, "not a result\n", StandardOpenOption.APPEND);
        String torn = ResultLine.format(SampleResults.sample(3));
        Files.writeString(file, torn.substring(0, torn.length() / 2), StandardOpenOption.APPEND);
        List<String> warnings = new ArrayList<>();
        try (FileResultStore store = FileResultStore.open(file, warnings::add)) {
            assertEquals(SampleResults.samples(3), store.all());
            assertEquals(2, store.skipped());
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("skipped 2 damaged lines"), warnings.get(0));
            store.add(SampleResults.sample(4)); // must not be glued to the torn half line
        }
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).endsWith("\n"));
        try (FileResultStore store = FileResultStore.open(file)) {
            assertEquals(List.of(SampleResults.sample(0), SampleResults.sample(1), SampleResults.sample(2),
                    SampleResults.sample(4)), store.all());
            assertEquals(1, store.skipped(), "the garbage line stays, counted, and nothing else");
        }
    }

    @Test
    void resultsAddedBeforeASigkillAreAllThere() throws Exception {
        Path file = dir.resolve("results.txt");
        int confirmed = KilledWriter.runAndKill(List.of("file", file.toString()), 25);
        try (FileResultStore store = FileResultStore.open(file)) {
            List<StoredResult> kept = store.all();
            assertTrue(kept.size() >= confirmed, kept.size() + " kept, " + confirmed + " confirmed");
            assertEquals(SampleResults.samples(kept.size()), kept);
        }
    }
}
