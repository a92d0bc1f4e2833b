package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.server.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simbase user} and {@code simbase replay} through the real command line. */
class CliTest {
    @TempDir
    Path data;

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = Main.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
        }
    }

    @Test
    void userAddListPasswdAndTheirMistakes() {
        String d = data.toString();
        Run add = run("user", "add", "mia", "--role", "instructor", "--data", d);
        assertEquals(0, add.exit(), add.err());
        assertTrue(add.out().matches("(?s)added instructor mia  password \\S{16}\\s*"), add.out());
        Run list = run("user", "list", "--data", d);
        assertEquals("mia instructor", list.out().strip());
        assertEquals(0, run("user", "passwd", "mia", "--data", d).exit());

        Run dup = run("user", "add", "mia", "--role", "technician", "--data", d);
        assertEquals(2, dup.exit());
        assertEquals(1, dup.err().strip().lines().count(), "one line: " + dup.err());
        assertTrue(dup.err().contains("exists"));
        Run student = run("user", "add", "kid", "--role", "student", "--data", d);
        assertEquals(2, student.exit());
        assertTrue(student.err().contains("instructor or technician"), student.err());
        Run nobody = run("user", "passwd", "ghost", "--data", d);
        assertEquals(2, nobody.exit());
        assertTrue(nobody.err().contains("no user 'ghost'"), nobody.err());
    }

    @Test
    void replayOfAMissingOrBrokenFileIsOneLineAndExitTwo() throws Exception {
        Run missing = run("replay", data.resolve("none.simrec").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such recording"), missing.err());
        Path bad = data.resolve("bad.simrec");
        Files.writeString(bad, "hello\n");
        Run broken = run("replay", bad.toString());
        assertEquals(2, broken.exit());
        assertEquals(1, broken.err().strip().lines().count(), broken.err());
        assertTrue(broken.err().contains("bad.simrec:1: not a SimBase recording"), broken.err());
    }
}
