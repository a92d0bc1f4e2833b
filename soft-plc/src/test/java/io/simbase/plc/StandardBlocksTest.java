package io.simbase.plc;

import static io.simbase.plc.TestPlant.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The standard function blocks against IEC 61131-3, at scan granularity: one scan every 5 ms
 * of simulated time, the first at t = 0.
 */
class StandardBlocksTest {
    private static TestPlant timer(String type) {
        return TestPlant.of(program("t : " + type + ";", "t(IN := in_a, PT := T#20ms);"));
    }

    @Test
    void tonTurnsOnAfterThePresetAndOffWithItsInput() {
        TestPlant p = timer("TON");
        p.set("in_a", 1).scan(); // t = 0: timing starts
        assertFalse(p.bool("t.Q"));
        p.scans(3); // t = 5, 10, 15
        assertFalse(p.bool("t.Q"));
        assertEquals(15, p.longVar("t.ET"));
        p.scan(); // t = 20
        assertTrue(p.bool("t.Q"));
        assertEquals(20, p.longVar("t.ET"));
        p.scans(5);
        assertEquals(20, p.longVar("t.ET"), "ET stops at PT");
        p.set("in_a", 0).scan();
        assertFalse(p.bool("t.Q"));
        assertEquals(0, p.longVar("t.ET"));
    }

    @Test
    void tonRestartsWhenItsInputDropsBeforeThePreset() {
        TestPlant p = timer("TON");
        p.set("in_a", 1).scans(3).set("in_a", 0).scan().set("in_a", 1).scans(4);
        assertFalse(p.bool("t.Q"), "15 ms since the restart");
        p.scan();
        assertTrue(p.bool("t.Q"));
    }

    @Test
    void tofHoldsItsOutputForThePresetAfterTheInputFalls() {
        TestPlant p = timer("TOF");
        p.scan();
        assertFalse(p.bool("t.Q"), "TOF is off until its input has been on");
        p.set("in_a", 1).scan();
        assertTrue(p.bool("t.Q"));
        p.set("in_a", 0).scan(); // falling edge at t = 10
        assertTrue(p.bool("t.Q"));
        p.scans(3); // t = 15, 20, 25
        assertTrue(p.bool("t.Q"));
        assertEquals(15, p.longVar("t.ET"));
        p.scan(); // t = 30
        assertFalse(p.bool("t.Q"));
        assertEquals(20, p.longVar("t.ET"));
        p.set("in_a", 1).scan();
        assertTrue(p.bool("t.Q"));
        assertEquals(0, p.longVar("t.ET"));
    }

    @Test
    void tpGivesOnePulseOfThePresetAndIsNotRetriggered() {
        TestPlant p = timer("TP");
        p.set("in_a", 1).scan(); // t = 0
        assertTrue(p.bool("t.Q"));
        p.set("in_a", 0).scan().set("in_a", 1).scan(); // a new edge during the pulse is ignored
        p.scan(); // t = 15
        assertTrue(p.bool("t.Q"));
        p.scan(); // t = 20
        assertFalse(p.bool("t.Q"));
        assertEquals(20, p.longVar("t.ET"), "ET holds PT while IN stays on");
        p.set("in_a", 0).scan();
        assertEquals(0, p.longVar("t.ET"));
        p.set("in_a", 1).scan();
        assertTrue(p.bool("t.Q"), "a new rising edge after the pulse starts a new pulse");
    }

    @Test
    void rTrigIsTrueForOneScanOnARisingEdge() {
        TestPlant p = TestPlant.of(program("e : R_TRIG; n : INT;", "e(CLK := in_a); IF e.Q THEN n := n + 1; END_IF;"));
        p.scan();
        assertFalse(p.bool("e.Q"));
        p.set("in_a", 1).scan();
        assertTrue(p.bool("e.Q"));
        p.scans(3);
        assertFalse(p.bool("e.Q"));
        p.set("in_a", 0).scan().set("in_a", 1).scan();
        assertEquals(2, p.longVar("n"));
    }

    @Test
    void fTrigFollowsTheStandardsDefinitionIncludingItsFirstCall() {
        TestPlant p = TestPlant.of(program("e : F_TRIG; n : INT;", "e(CLK := in_a); IF e.Q THEN n := n + 1; END_IF;"));
        p.scan();
        assertTrue(p.bool("e.Q"), "Q := NOT CLK AND NOT M with M initially FALSE: the first call with CLK FALSE is an edge");
        p.scan();
        assertFalse(p.bool("e.Q"));
        p.set("in_a", 1).scan();
        assertFalse(p.bool("e.Q"));
        p.set("in_a", 0).scan();
        assertTrue(p.bool("e.Q"));
        p.scan();
        assertFalse(p.bool("e.Q"));
        assertEquals(2, p.longVar("n"));
    }

    @Test
    void ctuCountsRisingEdgesAndResets() {
        TestPlant p = TestPlant.of(program("c : CTU;", "c(CU := in_a, R := in_b, PV := 3);"));
        for (int i = 1; i <= 3; i++) {
            p.set("in_a", 1).scan().scan().set("in_a", 0).scan();
            assertEquals(i, p.longVar("c.CV"), "one count per rising edge, not per scan");
            assertEquals(i >= 3, p.bool("c.Q"));
        }
        p.set("in_b", 1).scan();
        assertEquals(0, p.longVar("c.CV"));
        assertFalse(p.bool("c.Q"));
        p.set("in_a", 1).scan();
        assertEquals(0, p.longVar("c.CV"), "reset wins over counting");
    }

    @Test
    void ctuStopsAtTheTopOfInt() {
        TestPlant p = TestPlant.of(program("c : CTU;", "c(CU := in_a, PV := 1);"));
        for (int i = 0; i < 32_770; i++) {
            p.set("in_a", 1).scan().set("in_a", 0).scan();
        }
        assertEquals(32767, p.longVar("c.CV"));
        assertTrue(p.bool("c.Q"));
    }

    @Test
    void counterValuesStopAtTheLimitsOfInt() {
        // Load CTD at -32767 and count down twice: it stops at -32768. Load CTUD at 32766 and count up twice.
        TestPlant p = TestPlant.of(program("d : CTD; u : CTUD; load : BOOL := TRUE;",
                "d(CD := in_a, LD := load, PV := -32767); u(CU := in_a, LD := load, PV := 32766); load := FALSE;"));
        p.scan();
        assertEquals(-32767, p.longVar("d.CV"));
        assertEquals(32766, p.longVar("u.CV"));
        for (int i = 0; i < 3; i++) {
            p.set("in_a", 1).scan().set("in_a", 0).scan();
        }
        assertEquals(-32768, p.longVar("d.CV"));
        assertTrue(p.bool("d.Q"));
        assertEquals(32767, p.longVar("u.CV"));
        assertTrue(p.bool("u.QU"));
    }

    @Test
    void ctudCountsBothWaysAndNotWhenBothEdgesCome() {
        TestPlant p = TestPlant.of(program("c : CTUD;", "c(CU := in_a, CD := in_b, PV := 2);"));
        p.set("in_a", 1).scan().set("in_a", 0).scan();
        p.set("in_a", 1).scan().set("in_a", 0).scan();
        assertEquals(2, p.longVar("c.CV"));
        assertTrue(p.bool("c.QU"));
        p.set("in_b", 1).scan().set("in_b", 0).scan();
        assertEquals(1, p.longVar("c.CV"));
        p.set("in_a", 1).set("in_b", 1).scan();
        assertEquals(1, p.longVar("c.CV"), "simultaneous up and down edges cancel");
        p.set("in_a", 0).set("in_b", 0).scan().set("in_b", 1).scan();
        assertEquals(0, p.longVar("c.CV"));
        assertTrue(p.bool("c.QD"));
    }

    @Test
    void srIsSetDominantAndRsIsResetDominant() {
        TestPlant p = TestPlant.of(program("sr : SR; rs : RS;", "sr(S1 := in_a, R := in_b); rs(S := in_a, R1 := in_b);"));
        p.set("in_a", 1).set("in_b", 1).scan();
        assertTrue(p.bool("sr.Q1"));
        assertFalse(p.bool("rs.Q1"));
        p.set("in_b", 0).scan().set("in_a", 0).scan();
        assertTrue(p.bool("sr.Q1"), "latched");
        assertTrue(p.bool("rs.Q1"), "latched");
        p.set("in_b", 1).scan();
        assertFalse(p.bool("sr.Q1"));
        assertFalse(p.bool("rs.Q1"));
    }
}
