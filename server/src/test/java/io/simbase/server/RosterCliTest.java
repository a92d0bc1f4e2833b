package io.simbase.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.simbase.server.auth.ClassRegistry;
import io.simbase.server.auth.PasswordHasher;
import io.simbase.server.auth.Roster;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code simbase roster import|list|reset} through the real command line, and its mistakes. */
class RosterCliTest {
    @TempDir
    Path tmp;

    private Path dataWithClass() throws Exception {
        Path data = tmp.resolve("data");
        Files.createDirectories(data);
        ClassRegistry.open(data.resolve("classes.txt"), s -> { }).openWithCode("PLC1A", "PLC 1", "teacher");
        return data;
    }

    private Roster reload(Path data) throws Exception {
        return ClassRegistry.open(data.resolve("classes.txt"), new PasswordHasher()).roster();
    }

    private static void assertMistake(CliRun r, String text) {
        assertEquals(2, r.exit(), r.err());
        assertTrue(r.err().contains(text), r.err());
        assertEquals(1, r.err().strip().lines().filter(l -> !l.startsWith("Try '") && !l.startsWith("Usage")
                && !l.startsWith(" ")).count(), "one line: " + r.err());
        assertFalse(r.err().contains("\tat "), "no stack trace: " + r.err());
    }

    @Test
    void importListAndResetAStudentsPassword() throws Exception {
        Path data = dataWithClass();
        Path csv = tmp.resolve("class.csv");
        Files.writeString(csv, "\uFEFF学号,姓名\n2023001,王芳\n2023002,\"Li, Lei\"\n", StandardCharsets.UTF_8);

        CliRun imported = CliRun.run("roster", "import", csv.toString(), "--class", "plc1a", "--data", data.toString());
        assertEquals(0, imported.exit(), imported.err());
        String[] lines = imported.out().strip().split("\n");
        assertEquals("student number,name,code", lines[0]);
        assertTrue(lines[1].startsWith("2023001,王芳,"), lines[1]);
        assertTrue(lines[2].startsWith("2023002,\"Li, Lei\","), lines[2]);
        String wangCode = lines[1].substring(lines[1].lastIndexOf(',') + 1);
        assertEquals(8, wangCode.length(), wangCode);
        assertNotNull(reload(data).authenticate("PLC1A", "2023001", wangCode), "the printed code signs in");

        CliRun again = CliRun.run("roster", "import", csv.toString(), "--class", "PLC1A", "--data", data.toString());
        assertTrue(again.out().contains("2023001,王芳,(has a password)"), again.out());

        CliRun list = CliRun.run("roster", "list", "--class", "PLC1A", "--data", data.toString());
        assertEquals("student number,name\n2023001,王芳\n2023002,\"Li, Lei\"\n", list.out().replace("\r\n", "\n"));

        CliRun reset = CliRun.run("roster", "reset", "2023001", "--class", "PLC1A", "--data", data.toString());
        assertEquals(0, reset.exit(), reset.err());
        String line = reset.out().strip().split("\n")[1];
        String newCode = line.substring(line.lastIndexOf(',') + 1);
        assertFalse(newCode.equals(wangCode));
        Roster r = reload(data);
        assertNotNull(r.authenticate("PLC1A", "2023001", newCode), "the new code signs in");
        assertNull(r.authenticate("PLC1A", "2023001", wangCode), "the old one no longer does");
    }

    @Test
    void helpNamesTheSubcommandsAndTheirOptions() {
        CliRun help = CliRun.run("roster", "--help");
        assertEquals(0, help.exit());
        assertTrue(help.out().contains("import") && help.out().contains("list") && help.out().contains("reset"), help.out());
        CliRun importHelp = CliRun.run("roster", "import", "--help");
        assertTrue(importHelp.out().contains("--class") && importHelp.out().contains("FILE"), importHelp.out());
    }

    @Test
    void mistakesAreOneLineAndExitTwo() throws Exception {
        Path data = dataWithClass();
        Path csv = tmp.resolve("ok.csv");
        Files.writeString(csv, "2023001,Wang Fang\n");
        assertMistake(CliRun.run("roster"), "name a subcommand");
        assertMistake(CliRun.run("roster", "import", csv.toString(), "--data", data.toString()), "--class");
        assertMistake(CliRun.run("roster", "import", csv.toString(), "--clas", "PLC1A", "--data", data.toString()),
                "--class");
        assertMistake(CliRun.run("roster", "import", csv.toString(), "--class", "NOPE99", "--data", data.toString()),
                "no class with code 'NOPE99'");
        assertMistake(CliRun.run("roster", "import", tmp.resolve("missing.csv").toString(), "--class", "PLC1A",
                "--data", data.toString()), "missing.csv: no such file");
        Path bad = tmp.resolve("bad.csv");
        Files.writeString(bad, "2023001,Wang Fang\n2023002\n");
        assertMistake(CliRun.run("roster", "import", bad.toString(), "--class", "PLC1A", "--data", data.toString()),
                "roster line 2");
        Path latin1 = tmp.resolve("latin1.csv");
        Files.write(latin1, new byte[] {'1', ',', (byte) 0xE9, '\n'});
        assertMistake(CliRun.run("roster", "import", latin1.toString(), "--class", "PLC1A", "--data", data.toString()),
                "not UTF-8");
        assertMistake(CliRun.run("roster", "reset", "9999", "--class", "PLC1A", "--data", data.toString()),
                "no student '9999' in class PLC1A");
        assertMistake(CliRun.run("roster", "list", "--class", "PLC1A", "--data", tmp.resolve("nowhere").toString()),
                "no data folder");
        assertEquals(0, reload(data).of("PLC1A").size(), "nothing was added by the mistakes");
    }

    @Test
    void refusesWhileAServerRunsOnTheDataFolder() throws Exception {
        Path data = dataWithClass();
        Path csv = tmp.resolve("ok.csv");
        Files.writeString(csv, "2023001,Wang Fang\n");
        try (ServerFixture f = new ServerFixture(data)) {
            assertMistake(CliRun.run("roster", "import", csv.toString(), "--class", "PLC1A", "--data", data.toString()),
                    "a SimBase server is running");
        }
    }
}
