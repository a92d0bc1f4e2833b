package io.simbase.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code view --local FILE --plc PROGRAM.st}: a scene file the viewer has never seen (a copy of
 * conveyor-basics under another id and title) runs on the embedded server with the program in
 * the soft PLC; the picture's heads-up line shows the file's title and the soft PLC in RUN.
 */
class LocalSceneFileTest {
    @Test
    void aSceneFileRunsWithItsProgramOnTheEmbeddedServer(@TempDir Path dir) throws Exception {
        String yaml = resource("/simbase/scenes/conveyor-basics.yaml")
                .replace("scene: conveyor-basics", "scene: my-conveyor")
                .replaceFirst("title: .*", "title: My own conveyor");
        Path scene = dir.resolve("my-conveyor.yaml");
        Files.writeString(scene, yaml);
        Path program = dir.resolve("latch.st");
        Files.writeString(program, resource("/simbase/programs/conveyor-basics.st"));
        Path png = dir.resolve("local.png");
        try (Xvfb x = Xvfb.start();
             ViewerProcess v = ViewerProcess.start(x.display(), dir, "--local", scene.toString(), "--plc", program.toString(),
                     "--lang", "en", "--size", "960x600", "--screenshot", png.toString(), "--after", "1")) {
            assertEquals(0, v.waitFor(90), "viewer failed:\n" + v.output());
            String out = v.output();
            assertTrue(out.contains("My own conveyor"), "not the file's scene:\n" + out);
            assertTrue(out.contains("control: soft PLC RUN"), "the program does not run:\n" + out);
            assertTrue(Pictures.distinctColours(Pictures.read(png)) > 100, "a blank picture");
        }
    }

    @Test
    void aProgramThatDoesNotCompileIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path program = dir.resolve("bad.st");
        Files.writeString(program, "PROGRAM main\nVAR x : INT; END_VAR\nx := no_such_tag;\nEND_PROGRAM\n");
        try (Xvfb x = Xvfb.start();
             ViewerProcess v = ViewerProcess.start(x.display(), dir, "--local", "conveyor-basics", "--plc", program.toString(),
                     "--screenshot", dir.resolve("never.png").toString())) {
            assertEquals(1, v.waitFor(90), v.output());
            assertTrue(v.output().contains("bad.st:3:"), "no FILE:LINE in:\n" + v.output());
            assertTrue(Files.notExists(dir.resolve("never.png")));
        }
    }

    private static String resource(String name) throws Exception {
        try (InputStream in = LocalSceneFileTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
