package io.simbase.plc;

import static io.simbase.plc.TestPlant.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Run-time errors put the PLC into FAULT with the line, outputs off, and never escape the scan. */
class FaultTest {
    /** Outputs on, then the faulty line when in_a is pressed. */
    private static TestPlant faulty(String vars, String faultLine) {
        TestPlant p = TestPlant.of(program(vars, "out_a := TRUE; out_n := 7; out_r := 50.0;\nIF in_a THEN\n" + faultLine + "\nEND_IF;"));
        p.scans(3);
        assertEquals(PlcState.RUN, p.plc.state());
        assertEquals(1, p.tag("out_a"));
        p.set("in_a", 1).scan();
        return p;
    }

    private static void assertFaultAt(TestPlant p, int line, String text) {
        assertEquals(PlcState.FAULT, p.plc.state());
        assertEquals(line, p.plc.fault().line(), p.plc.fault().toString());
        assertTrue(p.plc.fault().message().contains(text), p.plc.fault().toString());
        assertEquals(0, p.tag("out_a"), "outputs go to their safe state");
        assertEquals(0, p.tag("out_n"));
        assertEquals(0, p.tag("out_r"));
        long scans = p.plc.scanCount();
        p.scans(5);
        assertEquals(scans, p.plc.scanCount(), "a faulted PLC does not scan");
    }

    @Test
    void divisionByZero() {
        TestPlant p = faulty("x : INT; z : INT;", "x := 10 / z;");
        assertFaultAt(p, 7, "division by zero");
        assertEquals(4, p.plc.fault().scan());
    }

    @Test
    void realDivisionByZero() {
        assertFaultAt(faulty("r : REAL; z : REAL;", "r := 1.0 / z;"), 7, "division by zero");
    }

    @Test
    void arrayIndexOutOfRange() {
        assertFaultAt(faulty("a : ARRAY[1..3] OF INT; i : INT := 4;", "a[i] := 1;"), 7, "array index 4 out of range [1..3]");
    }

    @Test
    void endlessWhileRunsOutOfBudget() {
        assertFaultAt(faulty("n : DINT;", "WHILE TRUE DO n := n + 1; END_WHILE;"), 7, "scan budget exceeded");
    }

    @Test
    void endlessRepeatAndForWithStepZero() {
        assertFaultAt(faulty("n : DINT;", "REPEAT n := n + 1; UNTIL FALSE END_REPEAT;"), 7, "scan budget exceeded");
        assertFaultAt(faulty("i : INT;", "FOR i := 1 TO 10 BY 0 DO ; END_FOR;"), 7, "scan budget exceeded");
    }

    @Test
    void faultInsideAFunctionBlockNamesItsLine() {
        TestPlant p = TestPlant.of("FUNCTION_BLOCK Div\nVAR_INPUT d : INT; END_VAR\nVAR_OUTPUT q : INT; END_VAR\nq := 100 / d;\n"
                + "END_FUNCTION_BLOCK\nPROGRAM t\nVAR f : Div; END_VAR\nout_a := TRUE;\nf(d := in_n);\nEND_PROGRAM\n");
        p.set("in_n", 4).scan();
        assertEquals(PlcState.RUN, p.plc.state());
        p.set("in_n", 0).scan();
        assertEquals(PlcState.FAULT, p.plc.state());
        assertEquals(4, p.plc.fault().line());
        assertEquals(0, p.tag("out_a"));
    }

    @Test
    void muxSelectorOutOfRangeAndSqrtOfANegative() {
        assertFaultAt(faulty("k : INT := 5; x : INT;", "x := MUX(k, 1, 2);"), 7, "MUX selector 5 out of range");
        assertFaultAt(faulty("r : REAL := -1.0;", "r := SQRT(r);"), 7, "SQRT of a negative number");
    }

    @Test
    void eachFaultCarriesACodeAndArgumentsForPagesInOtherLanguages() {
        assertCode(faulty("x : INT; z : INT;", "x := 10 / z;"), "division_by_zero");
        assertCode(faulty("x : INT; z : INT;", "x := 10 MOD z;"), "mod_by_zero");
        assertCode(faulty("a : ARRAY[1..10] OF INT; i : INT := 12;", "a[i] := 1;"), "index_out_of_range", "12", "1", "10");
        assertCode(faulty("k : INT := 5; x : INT;", "x := MUX(k, 1, 2);"), "mux_out_of_range", "5", "1");
        assertCode(faulty("r : REAL := -1.0;", "r := SQRT(r);"), "sqrt_negative");
        assertCode(faulty("i : INT;", "WHILE TRUE DO i := i + 1; END_WHILE;"), "budget_exceeded");
    }

    private static void assertCode(TestPlant p, String code, String... args) {
        assertEquals(PlcState.FAULT, p.plc.state());
        assertEquals(code, p.plc.fault().code(), p.plc.fault().toString());
        assertEquals(List.of(args), p.plc.fault().args(), p.plc.fault().toString());
    }

    @Test
    void runAgainAfterAFaultStartsCold() {
        TestPlant p = faulty("x : INT; z : INT; n : INT;", "x := 10 / z;");
        assertEquals(PlcState.FAULT, p.plc.state());
        p.set("in_a", 0);
        p.plc.run();
        assertNull(p.plc.fault());
        p.scan();
        assertEquals(PlcState.RUN, p.plc.state());
        assertEquals(1, p.tag("out_a"));
    }

    @Test
    void stopTurnsOutputsOff() {
        TestPlant p = TestPlant.of(program("", "out_a := TRUE; out_n := 3;")).scan();
        assertEquals(1, p.tag("out_a"));
        p.plc.stop();
        assertEquals(PlcState.STOP, p.plc.state());
        assertEquals(0, p.tag("out_a"));
        assertEquals(0, p.tag("out_n"));
        p.scan();
        assertEquals(0, p.tag("out_a"), "a stopped PLC does not scan");
        assertFalse(p.plc.step(p.simNanos));
    }

    @Test
    void aFaultingPlcDoesNotDisturbAnotherOnTheSameThread() {
        TestPlant bad = TestPlant.of(program("n : DINT;", "WHILE in_a DO n := n + 1; END_WHILE; out_a := TRUE;"));
        TestPlant good = TestPlant.of(program("n : INT;", "n := n + 1; out_n := n;"));
        for (int i = 0; i < 100; i++) {
            if (i == 50) {
                bad.set("in_a", 1);
            }
            bad.scan();
            good.scan();
        }
        assertEquals(PlcState.FAULT, bad.plc.state());
        assertEquals(51, bad.plc.fault().scan());
        assertEquals(PlcState.RUN, good.plc.state());
        assertEquals(100, good.longVar("n"));
        assertEquals(100, good.tag("out_n"));
    }
}
