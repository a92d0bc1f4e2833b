package io.simbase.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens on disk: hashes only, expiry, compaction, torn and damaged files. */
class TokensTest {
    @TempDir
    Path dir;

    /** A clock the test moves. */
    static final class ManualClock extends Clock {
        long millis = 1_800_000_000_000L;

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(millis);
        }

        void advance(Duration d) {
            millis += d.toMillis();
        }
    }

    private final ManualClock clock = new ManualClock();
    private final List<String> warnings = new ArrayList<>();

    private Tokens open(Path file) throws Exception {
        return Tokens.open(file, Duration.ofHours(12), clock, warnings::add);
    }

    @Test
    void aTokenResolvesAfterReopeningTheFileAndTheFileHoldsNoTokenText() throws Exception {
        Path file = dir.resolve("tokens.txt");
        Tokens t = open(file);
        Principal staff = new Principal("teacher", Role.INSTRUCTOR, "");
        Principal kid = new Principal("Ada\tthe 100% \"kid\"\nline2#beef", Role.STUDENT, "ABC123");
        String a = t.issue(staff);
        String b = t.issue(kid);
        assertEquals(staff, t.resolve(a));

        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(text.contains(a), "token a in the file");
        assertFalse(text.contains(b), "token b in the file");
        assertTrue(text.contains(Tokens.hash(a)), "hash of a in the file");
        assertTrue(text.contains(Tokens.hash(b)), "hash of b in the file");
        assertEquals(3, text.lines().count(), "header and two lines: " + text);

        Tokens again = open(file);
        assertEquals(staff, again.resolve(a));
        assertEquals(kid, again.resolve(b));
        assertNull(again.resolve("forged"));
        assertNull(again.resolve(Tokens.hash(a)), "the stored hash is not a token");
        assertEquals(0, again.skippedAtLoad());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void anExpiredTokenIsRefusedForgottenAndCompactedAwayAtLoad() throws Exception {
        Path file = dir.resolve("tokens.txt");
        Tokens t = open(file);
        String old = t.issue(new Principal("teacher", Role.INSTRUCTOR, ""));
        clock.advance(Duration.ofHours(6));
        String young = t.issue(new Principal("Bo#0001", Role.STUDENT, "ABC123"));
        clock.advance(Duration.ofHours(6).minusMillis(1));
        assertEquals("teacher", t.resolve(old).name(), "1 ms before expiry");
        clock.advance(Duration.ofMillis(1));
        assertNull(t.resolve(old), "at expiry");
        assertEquals(1, t.size(), "the expired token is forgotten");
        assertEquals("Bo#0001", t.resolve(young).name());

        Tokens again = open(file);
        assertNull(again.resolve(old));
        assertEquals("Bo#0001", again.resolve(young).name());
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertFalse(text.contains(Tokens.hash(old)), "expired line compacted away: " + text);
        assertTrue(text.contains(Tokens.hash(young)));
        assertTrue(warnings.isEmpty(), "expiry is not damage: " + warnings);

        clock.advance(Duration.ofHours(7));
        assertNull(open(file).resolve(young));
        assertEquals(1, Files.readString(file).lines().count(), "only the header left");
    }

    @Test
    void issueSweepsExpiredTokensFromMemory() throws Exception {
        Tokens t = new Tokens(Duration.ofMinutes(5), clock);
        for (int i = 0; i < 100; i++) {
            t.issue(new Principal("s" + i, Role.STUDENT, "ABCD"));
        }
        clock.advance(Duration.ofMinutes(10));
        String fresh = t.issue(new Principal("late", Role.STUDENT, "ABCD"));
        assertEquals(1, t.size());
        assertEquals("late", t.resolve(fresh).name());
    }

    @Test
    void aTornLastLineAndGarbageLinesAreSkippedAndTheGoodLinesLoad() throws Exception {
        Path file = dir.resolve("tokens.txt");
        Tokens t = open(file);
        String a = t.issue(new Principal("teacher", Role.INSTRUCTOR, ""));
        String b = t.issue(new Principal("Cy#00ff", Role.STUDENT, "ABC123"));
        List<String> lines = Files.readAllLines(file);
        String good = lines.get(2);
        // garbage in the middle, a line with a bad role, invalid UTF-8, and a torn copy at the end
        Files.write(file, ("not a token line\n" + good.replace("\tstudent\t", "\tstudent\t\t") + "\n")
                .getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);
        Files.write(file, new byte[] {(byte) 0xff, (byte) 0xfe, '\n', 0, 0, 0, '\n'}, StandardOpenOption.APPEND);
        Files.write(file, good.substring(0, 70).getBytes(StandardCharsets.UTF_8), StandardOpenOption.APPEND);

        Tokens again = open(file);
        assertEquals(5, again.skippedAtLoad());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("skipped 5 damaged lines"), warnings.get(0));
        assertEquals("teacher", again.resolve(a).name());
        assertEquals("Cy#00ff", again.resolve(b).name());

        // the file was rewritten clean: a new token appended now loads too
        String c = again.issue(new Principal("Di#1234", Role.STUDENT, "ABC123"));
        warnings.clear();
        Tokens third = open(file);
        assertEquals(0, third.skippedAtLoad());
        assertTrue(warnings.isEmpty(), warnings.toString());
        assertEquals("Di#1234", third.resolve(c).name());
        assertEquals("teacher", third.resolve(a).name());
    }

    @Test
    void aMissingFileIsEmptyAndNotCreatedUntilATokenIsIssued() throws Exception {
        Path file = dir.resolve("sub").resolve("tokens.txt");
        Tokens t = open(file);
        assertFalse(Files.exists(file));
        t.issue(new Principal("teacher", Role.INSTRUCTOR, ""));
        assertTrue(Files.readString(file).startsWith(Tokens.HEADER + "\n"));
    }

    @Test
    void escapingRoundTripsAndRejectsWhatItNeverWrites() {
        for (String s : new String[] {"", "plain", "100%", "%41", "a\tb\nc\rd", "\u0000\u001f\u007f", "Ä 日本 \uD83D\uDE00"}) {
            String e = LineFile.escape(s);
            assertFalse(e.chars().anyMatch(ch -> ch < 0x20 || ch == 0x7f), e);
            assertEquals(s, LineFile.unescape(e));
        }
        assertNull(LineFile.unescape("%4"));
        assertNull(LineFile.unescape("%41"), "escape() never writes %41");
        assertNull(LineFile.unescape("%zz"));
        assertNull(LineFile.unescape("a\tb"));
    }
}
