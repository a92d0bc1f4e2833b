package io.simbase.server.scenes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The class list beside an uploaded scene: no file is no class, lines that are not class codes
 * are skipped, a rewrite replaces the whole list and leaves no temporary file behind.
 */
class SceneClassFileTest {
    @TempDir
    Path dir;

    @Test
    void aMissingFileIsNoClassAndBadLinesAreSkipped() throws Exception {
        assertEquals(Set.of(), SceneClassFile.read(dir.resolve("none.classes")));
        Files.writeString(dir.resolve("line.classes"), "# comment\nB2CD34\n\nnot a code\nA1BC23\n  C3DE45  \nab\n");
        assertEquals(List.of("A1BC23", "B2CD34", "C3DE45"), List.copyOf(SceneClassFile.read(dir.resolve("line.classes"))));
    }

    @Test
    void aRewriteReplacesTheListWholeAndLeavesNoTemporaryFile() throws Exception {
        assertEquals(List.of("A1BC23", "B2CD34"), List.copyOf(SceneClassFile.write(dir, "line", Set.of("B2CD34", "A1BC23"))));
        SceneClassFile.write(dir, "line", Set.of("C3DE45"));
        assertEquals(Set.of("C3DE45"), SceneClassFile.read(dir.resolve("line.classes")));
        SceneClassFile.write(dir, "line", Set.of());
        assertEquals(Set.of(), SceneClassFile.read(dir.resolve("line.classes")), "an empty list: staff only");
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("line.classes"), files.map(p -> p.getFileName().toString()).toList());
        }
    }
}
