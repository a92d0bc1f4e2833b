package io.simbase.server.results;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ResultLineTest {
    @Test
    void everySampleSurvivesTheRoundTripOnOneLine() {
        for (StoredResult r : SampleResults.samples(40)) {
            String line = ResultLine.format(r);
            assertFalse(line.contains("\n"), line);
            assertEquals(r, ResultLine.parse(line));
        }
    }

    @Test
    void aTabInANameIsEscapedNotASeparator() {
        StoredResult r = SampleResults.sample(3);
        assertEquals("tab\there", r.student());
        assertTrue(ResultLine.format(r).contains("tab%09here"));
    }

    @Test
    void damagedLinesAreNotResults() {
        String good = ResultLine.format(SampleResults.sample(7));
        int name = good.lastIndexOf('\t');
        assertNull(ResultLine.parse(good.substring(0, name - 3) + good.substring(name)), "cut in the last check");
        assertNull(ResultLine.parse(good.substring(0, name)), "no name in a version 2 line");
        assertNull(ResultLine.parse(good.replaceFirst("\t\\d+\t", "\tx\t")), "garbage time");
        assertNull(ResultLine.parse(good + "\textra"), "one field too many");
        assertNull(ResultLine.parse("r9" + good.substring(2)), "unknown version");
        assertNull(ResultLine.parse(good.replace("\t60\t", "\t160\t")), "pass mark out of range");
        assertNull(ResultLine.parse(""));
        assertNull(ResultLine.parse(null), "not valid UTF-8");
    }

    @Test
    void aLineOfVersionOneIsReadWithTheStudentGoingByTheirIdentity() {
        StoredResult r = SampleResults.sample(1);
        String line = ResultLine.format(r);
        assertTrue(line.startsWith("r2\t") && line.endsWith("\t" + io.simbase.server.auth.LineFile.escape(r.studentName())), line);
        String v1 = "r1" + line.substring(2, line.lastIndexOf('\t'));
        StoredResult old = ResultLine.parse(v1);
        assertEquals(r.student(), old.student());
        assertEquals(r.student(), old.studentName());
        assertEquals(r.checks(), old.checks());
    }
}
