package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simbase user} and {@code simbase replay} through the real command line. */
class CliTest {
    @TempDir
    Path data;

    @Test
    void userAddListPasswdAndTheirMistakes() {
        String d = data.toString();
        CliRun add = CliRun.run("user", "add", "mia", "--role", "instructor", "--data", d);
        assertEquals(0, add.exit(), add.err());
        assertTrue(add.out().matches("(?s)added instructor mia  password \\S{16}\\s*"), add.out());
        CliRun list = CliRun.run("user", "list", "--data", d);
        assertEquals("mia instructor", list.out().strip());
        assertEquals(0, CliRun.run("user", "passwd", "mia", "--data", d).exit());

        CliRun dup = CliRun.run("user", "add", "mia", "--role", "technician", "--data", d);
        assertEquals(2, dup.exit());
        assertEquals(1, dup.err().strip().lines().count(), "one line: " + dup.err());
        assertTrue(dup.err().contains("exists"));
        CliRun student = CliRun.run("user", "add", "kid", "--role", "student", "--data", d);
        assertEquals(2, student.exit());
        assertTrue(student.err().contains("instructor or technician"), student.err());
        CliRun nobody = CliRun.run("user", "passwd", "ghost", "--data", d);
        assertEquals(2, nobody.exit());
        assertTrue(nobody.err().contains("no user 'ghost'"), nobody.err());
    }

    @Test
    void replayOfAMissingOrBrokenFileIsOneLineAndExitTwo() throws Exception {
        CliRun missing = CliRun.run("replay", data.resolve("none.simrec").toString());
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such recording"), missing.err());
        Path bad = data.resolve("bad.simrec");
        Files.writeString(bad, "hello\n");
        CliRun broken = CliRun.run("replay", bad.toString());
        assertEquals(2, broken.exit());
        assertEquals(1, broken.err().strip().lines().count(), broken.err());
        assertTrue(broken.err().contains("bad.simrec:1: not a SimBase recording"), broken.err());
    }
}
