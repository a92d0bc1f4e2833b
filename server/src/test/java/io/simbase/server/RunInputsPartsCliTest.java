package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ./simbase run SCENE --inputs FILE} with {@code part <time_ms> <emitter> <type>} lines. */
class RunInputsPartsCliTest {
    private static final String DEMO = "/simbase/inputs/sorting-station-demo.txt";

    @TempDir
    Path dir;

    @Test
    void partLinesChangeTheRunAndReplayToTheSameHash() throws Exception {
        String demo;
        try (InputStream in = RunInputsPartsCliTest.class.getResourceAsStream(DEMO)) {
            demo = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Path plain = write("plain.txt", demo);
        Path parts = write("parts.txt", demo + """
                part 0     feeder  tall_metal
                part 0     feeder  tall_metal   # two in a row
                part 12000 feeder  short_plastic
                """);
        String without = hash(plain);
        assertEquals("91adf92b3afa1bf1", without, "the demo inputs' contract hash (DESIGN.md)");
        String with = hash(parts);
        assertNotEquals(without, with, "queued part types change the run");
        assertEquals(with, hash(parts), "the same part lines give the same hash");
    }

    @Test
    void aBadPartLineExitsTwoNamingFileAndLine() throws Exception {
        Path bad = write("bad.txt", "0 belt_run 1\n# a comment\npart 100 feeder cube\n");
        CliRun r = CliRun.run("run", "sorting-station", "--seconds", "1", "--inputs", bad.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(bad + ":3: unknown part type 'cube' (this scene has: "), r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
        Path noEmitter = write("none.txt", "part 100 hopper tall_metal\n");
        r = CliRun.run("run", "sorting-station", "--seconds", "1", "--inputs", noEmitter.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains(noEmitter + ":1: unknown component 'hopper'"), r.err());
    }

    private Path write(String name, String text) throws Exception {
        return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static String hash(Path inputs) {
        CliRun r = CliRun.run("run", "sorting-station", "--seconds", "60", "--inputs", inputs.toString(), "--hash");
        assertEquals(0, r.exit(), r.err());
        String[] lines = r.out().strip().split("\n");
        String last = lines[lines.length - 1];
        assertTrue(last.startsWith("hash="), r.out());
        return last.substring("hash=".length());
    }
}
