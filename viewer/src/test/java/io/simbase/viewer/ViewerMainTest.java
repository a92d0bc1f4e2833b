package io.simbase.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Command-line misuse: exit 2 and one clear line, before any window or connection. */
class ViewerMainTest {
    private record Result(int code, String err) {
    }

    private static Result run(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int code = ViewerMain.run(args);
            return new Result(code, err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void misuseIsExit2WithOneLine() {
        String[][] cases = {
            {},
            {"--server", "http://host:7070", "--join", "ABC", "--name", "A"},
            {"--server", "ws://host:7070", "--join", "ABC"},
            {"--server", "ws://host:7070", "--user", "t"},
            {"--server", "ws://host:7070", "--user", "t", "--password", "p"},
            {"--local", "sorting-station", "--server", "ws://h:1"},
            {"--server", "ws://host:7070", "--join", "ABC", "--name", "A", "--lang", "fr"},
            {"--server", "ws://host:7070", "--join", "ABC", "--name", "A", "--size", "10x10"},
            {"--server", "ws://host:7070", "--join", "ABC", "--name", "A", "--after", "-1"},
            {"--server", "ws://host:7070", "--join", "ABC", "--name", "A", "--count", "3"},
            {"--bogus"},
            {"--local", "no/such/scene.yaml"},
            {"--local", "conveyor-basics", "--plc", "no-such-program.st"},
        };
        for (String[] c : cases) {
            Result r = run(c);
            assertEquals(2, r.code(), String.join(" ", c) + " -> " + r.err());
            assertTrue(r.err().startsWith("simbase view: "), r.err());
            assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
            assertFalse(r.err().contains("Exception"), r.err());
        }
    }

    @Test
    void aSceneFileThatDoesNotLoadIsExit2WithItsFileAndLine(@TempDir Path dir) throws Exception {
        Path scene = dir.resolve("broken.yaml");
        Files.writeString(scene, "scene: broken\ntitle: Broken\ncomponents:\n  - {id: b, type: no_such_type}\n");
        Result r = run("--local", scene.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().startsWith("simbase view: ") && r.err().contains("broken.yaml"), r.err());
        assertEquals(1, r.err().strip().lines().count(), "one line: " + r.err());
    }

    @Test
    void addressesGetTheWebSocketPath() {
        assertEquals("ws://h:7070/ws", ViewerMain.parseServer("ws://h:7070").toString());
        assertEquals("ws://h:7070/ws", ViewerMain.parseServer("ws://h:7070/").toString());
        assertEquals("wss://h/custom", ViewerMain.parseServer("wss://h/custom").toString());
    }

    @Test
    void severalScreenshotsAreNumbered() {
        assertEquals(List.of(Path.of("/t/a-1.png"), Path.of("/t/a-2.png")), ViewerMain.screenshotFiles(Path.of("/t/a.png"), 2));
        assertEquals(List.of(Path.of("b.png")), ViewerMain.screenshotFiles(Path.of("b.png"), 1));
    }
}
