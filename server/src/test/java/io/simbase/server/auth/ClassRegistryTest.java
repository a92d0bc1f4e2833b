package io.simbase.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Classes on disk: reloaded with their codes, odd names intact, damaged lines skipped. */
class ClassRegistryTest {
    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void classesKeepTheirCodesNamesAndInstructorsAcrossAReopen() throws Exception {
        Path file = dir.resolve("classes.txt");
        ClassRegistry r = ClassRegistry.open(file, warnings::add);
        String odd = "PLC\t1\nline two\r 100% %41 # not a comment \u0000 Ä";
        ClassRoom a = r.open(odd, "teacher");
        ClassRoom b = r.open("Pumps", "mia");
        ClassRoom fixed = r.openWithCode("FIXED1", "default", "server");

        ClassRegistry again = ClassRegistry.open(file, warnings::add);
        assertEquals(a, again.find(a.code()));
        assertEquals(b, again.find(b.code().toLowerCase()));
        assertEquals(fixed, again.find("FIXED1"));
        assertEquals(odd, again.find(a.code()).name());
        assertEquals(0, again.skippedAtLoad());
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertEquals(4, Files.readAllLines(file).size(), "header and one line per class");
    }

    @Test
    void openWithCodeOfAClassInTheFileReturnsThatClassAndWritesNothing() throws Exception {
        Path file = dir.resolve("classes.txt");
        ClassRoom first = ClassRegistry.open(file, warnings::add).openWithCode("KILL1", "default", "server");
        long size = Files.size(file);
        ClassRegistry again = ClassRegistry.open(file, warnings::add);
        ClassRoom second = again.openWithCode("KILL1", "other", "someone");
        assertEquals(first, second);
        assertSame(again.find("KILL1"), second);
        assertEquals(size, Files.size(file));
    }

    @Test
    void aTornLastLineAndGarbageLinesAreSkippedAndLaterClassesStillLoad() throws Exception {
        Path file = dir.resolve("classes.txt");
        ClassRegistry r = ClassRegistry.open(file, warnings::add);
        ClassRoom a = r.open("Pumps", "teacher");
        Files.write(file, "lowercase\tx\ty\nABCD\tonly two\n\n# a comment\nABCDE\ta\tb\u0001c\n"
                .getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        Files.write(file, new byte[] {(byte) 0xc3, '\n'}, StandardOpenOption.APPEND);
        Files.write(file, "TORN12\tTorn cla".getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        ClassRegistry again = ClassRegistry.open(file, warnings::add);
        assertEquals(5, again.skippedAtLoad());
        assertEquals(List.of(LineFile.skippedMessage(file, 5)), warnings);
        assertEquals(a, again.find(a.code()));
        assertNull(again.find("TORN12"), "a torn line is not a class");
        assertNull(again.find("ABCDE"));
        assertFalse(Files.readString(file, StandardCharsets.ISO_8859_1).contains("TORN12"), "the torn tail was cut off");

        ClassRoom b = again.open("After the tear", "teacher");
        warnings.clear();
        ClassRegistry third = ClassRegistry.open(file, warnings::add);
        assertEquals(b, third.find(b.code()));
        assertEquals(a, third.find(a.code()));
        assertEquals(4, third.skippedAtLoad(), "the garbage in the middle is left for a human to see");
    }

    @Test
    void inMemoryRegistryStillWorks() {
        ClassRegistry r = new ClassRegistry();
        ClassRoom c = r.open("x", "y");
        assertEquals(c, r.find(c.code()));
    }
}
