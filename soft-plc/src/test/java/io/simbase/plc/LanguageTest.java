package io.simbase.plc;

import static io.simbase.plc.TestPlant.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** One test per construct of the language, against IEC 61131-3's semantics. */
class LanguageTest {
    private static TestPlant run(String vars, String body) {
        return TestPlant.of(program(vars, body)).scan();
    }

    @Test
    void assignmentAndInitialValues() {
        TestPlant p = run("a : INT := 7; b : INT; c : REAL := 1.5; d : BOOL := TRUE;", "b := a + 1;");
        assertEquals(8, p.longVar("b"));
        assertEquals(1.5, p.var("c"));
        assertTrue(p.bool("d"));
    }

    @Test
    void keywordsAndNamesAreCaseInsensitive() {
        TestPlant p = TestPlant.of("program Test\nvar Counter : int; end_var\ncounter := COUNTER + 1;\nIf counter > 0 Then OUT_A := true; End_If;\nend_program\n");
        p.scans(3);
        assertEquals(3, p.longVar("counter"));
        assertEquals(1, p.tag("out_a"));
    }

    @Test
    void commentsOfBothKindsAreIgnored() {
        TestPlant p = run("x : INT; (* a comment (* over *)", "// line comment\nx := 1; (* x := 2; *)\n// x := 3;");
        assertEquals(1, p.longVar("x"));
    }

    @Test
    void ifElsifElseTakesTheFirstTrueBranch() {
        String body = "IF n < 0 THEN r := -1; ELSIF n = 0 THEN r := 0; ELSIF n < 10 THEN r := 1; ELSE r := 2; END_IF;";
        for (int[] c : new int[][] {{-5, -1}, {0, 0}, {3, 1}, {10, 2}}) {
            TestPlant p = TestPlant.of(program("n : INT := " + c[0] + "; r : INT := 99;", body)).scan();
            assertEquals(c[1], p.longVar("r"), "n=" + c[0]);
        }
    }

    @Test
    void caseMatchesValuesListsAndRanges() {
        String body = "CASE n OF 1: r := 10; 2, 4, 6: r := 20; 7..9, 11: r := 30; -3..-1: r := 40; ELSE r := 50; END_CASE;";
        int[][] cases = {{1, 10}, {4, 20}, {6, 20}, {7, 30}, {9, 30}, {11, 30}, {-2, 40}, {10, 50}, {0, 50}};
        for (int[] c : cases) {
            TestPlant p = TestPlant.of(program("n : INT := " + c[0] + "; r : INT;", body)).scan();
            assertEquals(c[1], p.longVar("r"), "n=" + c[0]);
        }
    }

    @Test
    void caseLabelsMayBeConstants() {
        TestPlant p = TestPlant.of("PROGRAM t\nVAR CONSTANT IDLE : INT := 0; BUSY : INT := 1; END_VAR\nVAR s : INT; n : INT; END_VAR\n"
                + "CASE s OF IDLE: s := BUSY; BUSY: n := n + 1; END_CASE;\nEND_PROGRAM\n");
        p.scans(3);
        assertEquals(1, p.longVar("s"));
        assertEquals(2, p.longVar("n"));
    }

    @Test
    void forCountsUpDownWithStepsAndExit() {
        TestPlant p = run("i : INT; s : INT; d : INT; e : INT;",
                "FOR i := 1 TO 10 DO s := s + i; END_FOR;\n"
                        + "FOR i := 10 TO 1 BY -3 DO d := d * 10 + i; END_FOR;\n"
                        + "FOR i := 1 TO 100 DO IF i = 5 THEN EXIT; END_IF; e := i; END_FOR;");
        assertEquals(55, p.longVar("s"));
        assertEquals(10741, p.longVar("d")); // 10, 7, 4, 1
        assertEquals(4, p.longVar("e"));
    }

    @Test
    void forToTheLargestIntEnds() {
        TestPlant p = run("i : INT; n : DINT;", "FOR i := 32760 TO 32767 DO n := n + 1; END_FOR;");
        assertEquals(8, p.longVar("n"));
    }

    @Test
    void whileAndRepeat() {
        TestPlant p = run("a : INT; b : INT; c : INT := 100;",
                "WHILE a < 5 DO a := a + 1; END_WHILE;\nREPEAT b := b + 2; UNTIL b >= 7 END_REPEAT;\n"
                        + "REPEAT c := c + 1; UNTIL TRUE END_REPEAT;");
        assertEquals(5, p.longVar("a"));
        assertEquals(8, p.longVar("b"));
        assertEquals(101, p.longVar("c"), "REPEAT runs its body at least once");
    }

    @Test
    void exitLeavesOnlyTheInnermostLoop() {
        TestPlant p = run("i : INT; j : INT; n : INT;",
                "FOR i := 1 TO 3 DO FOR j := 1 TO 3 DO IF j = 2 THEN EXIT; END_IF; n := n + 1; END_FOR; END_FOR;");
        assertEquals(3, p.longVar("n"));
    }

    @Test
    void returnEndsTheProgramScan() {
        TestPlant p = run("a : INT; b : INT;", "a := 1;\nIF a = 1 THEN RETURN; END_IF;\nb := 1;");
        assertEquals(1, p.longVar("a"));
        assertEquals(0, p.longVar("b"));
    }

    @Test
    void operatorsFollowTheStandardsPrecedence() {
        TestPlant p = run("a : INT; b : BOOL; c : BOOL; d : LREAL; e : INT; f : BOOL;",
                "a := 2 + 3 * 4 - 10 / 5;\n"
                        + "b := NOT FALSE AND FALSE;\n" // (NOT FALSE) AND FALSE
                        + "c := TRUE OR FALSE AND FALSE;\n" // AND binds tighter than OR
                        + "d := -2.0 ** 2.0;\n" // ** binds tighter than unary minus
                        + "e := (2 + 3) * 4;\n"
                        + "f := 1 + 2 = 3 AND 2 < 3 XOR FALSE;");
        assertEquals(12, p.longVar("a"));
        assertFalse(p.bool("b"));
        assertTrue(p.bool("c"));
        assertEquals(-4.0, p.var("d"));
        assertEquals(20, p.longVar("e"));
        assertTrue(p.bool("f"));
    }

    @Test
    void integerDivisionTruncatesTowardZeroAndModKeepsTheDividendsSign() {
        TestPlant p = run("a : INT := -7; q : INT; r : INT; m : INT;", "q := a / 2; r := a MOD 2; m := MOD(7, 3);");
        assertEquals(-3, p.longVar("q"));
        assertEquals(-1, p.longVar("r"));
        assertEquals(1, p.longVar("m"));
    }

    @Test
    void intOverflowWrapsAsA16BitType() {
        TestPlant p = run("a : INT := 32767; b : INT := -32768; c : UINT := 65535; d : DINT := 2147483647; e : INT := 200;",
                "a := a + 1; b := b - 1; c := c + 1; d := d + 1; e := e * e;");
        assertEquals(-32768, p.longVar("a"));
        assertEquals(32767, p.longVar("b"));
        assertEquals(0, p.longVar("c"));
        assertEquals(-2147483648L, p.longVar("d"));
        assertEquals((short) 40000, p.longVar("e"));
    }

    @Test
    void realIs32BitFloatAndLrealIs64Bit() {
        TestPlant p = run("r : REAL; l : LREAL; big : REAL := 16777216.0;", "r := 0.1 + 0.2; l := 0.1 + 0.2; big := big + 1.0;");
        assertEquals((double) (0.1f + 0.2f), p.var("r"));
        assertEquals(0.1 + 0.2, p.var("l"));
        assertEquals(16777216.0, p.var("big"), "REAL has a 24-bit mantissa");
    }

    @Test
    void implicitWideningButNoNarrowing() {
        TestPlant p = run("i : INT := 3; d : DINT; r : REAL; l : LREAL;", "d := i; r := i; l := r; d := d + i;");
        assertEquals(6, p.longVar("d"));
        assertEquals(3.0, p.var("r"));
        assertEquals(3.0, p.var("l"));
        assertFalse(TestPlant.errors(program("i : INT; d : DINT;", "i := d;")).isEmpty());
    }

    @Test
    void conversionsRoundAndWrap() {
        TestPlant p = run("a : INT; b : INT; c : INT; d : BOOL; e : REAL; f : DINT; g : INT; t : TIME; w : WORD;",
                "a := REAL_TO_INT(2.5); b := REAL_TO_INT(3.5); c := LREAL_TO_INT(-1.6); d := INT_TO_BOOL(5);\n"
                        + "e := INT_TO_REAL(7); f := TIME_TO_DINT(T#1s500ms); g := DINT_TO_INT(70000); t := DINT_TO_TIME(250);\n"
                        + "w := INT_TO_WORD(-1);");
        assertEquals(2, p.longVar("a"), "halves round to even");
        assertEquals(4, p.longVar("b"));
        assertEquals(-2, p.longVar("c"));
        assertTrue(p.bool("d"));
        assertEquals(7.0, p.var("e"));
        assertEquals(1500, p.longVar("f"));
        assertEquals((short) 70000, p.longVar("g"));
        assertEquals(250, p.longVar("t"));
        assertEquals(0xFFFF, p.longVar("w"));
    }

    @Test
    void standardFunctions() {
        TestPlant p = run("a : INT; b : REAL; c : INT; d : INT; e : REAL; f : INT; g : INT; h : INT; k : INT := 2;",
                "a := ABS(-5); b := SQRT(16.0); c := MIN(4, -2, 9); d := MAX(4, -2, 9); e := LIMIT(0.0, 12.5, 10.0);\n"
                        + "f := SEL(TRUE, 1, 2); g := MUX(k, 10, 20, 30); h := LIMIT(0, -3, 10);");
        assertEquals(5, p.longVar("a"));
        assertEquals(4.0, p.var("b"));
        assertEquals(-2, p.longVar("c"));
        assertEquals(9, p.longVar("d"));
        assertEquals(10.0, p.var("e"));
        assertEquals(2, p.longVar("f"));
        assertEquals(30, p.longVar("g"));
        assertEquals(0, p.longVar("h"));
    }

    @Test
    void literalsInEveryForm() {
        TestPlant p = run("a : DINT; b : WORD; c : INT; t : TIME; u : TIME; r : REAL;",
                "a := 1_000_000; b := 16#FF00; c := 2#1010 + 8#17; t := T#1s500ms; u := TIME#1m2s; r := 1.5E2;");
        assertEquals(1_000_000, p.longVar("a"));
        assertEquals(0xFF00, p.longVar("b"));
        assertEquals(10 + 15, p.longVar("c"));
        assertEquals(1500, p.longVar("t"));
        assertEquals(62_000, p.longVar("u"));
        assertEquals(150.0, p.var("r"));
    }

    @Test
    void wordBitOperations() {
        TestPlant p = run("a : WORD := 16#F0F0; b : WORD; c : WORD; d : WORD;", "b := a AND 16#FF00; c := a XOR 16#FFFF; d := NOT a;");
        assertEquals(0xF000, p.longVar("b"));
        assertEquals(0x0F0F, p.longVar("c"));
        assertEquals(0x0F0F, p.longVar("d"));
    }

    @Test
    void arraysIndexedByConstantsAndExpressions() {
        TestPlant p = run("a : ARRAY[1..5] OF INT := [10, 20, 30]; m : ARRAY[0..1, 0..2] OF INT; i : INT; s : INT;",
                "FOR i := 1 TO 5 DO s := s + a[i]; END_FOR; a[5] := 7; m[1, 2] := 12; m[0, 1] := m[1, 2] + 1;");
        assertEquals(60, p.longVar("s"));
        assertEquals(7, p.longVar("a[5]"));
        assertEquals(0, p.longVar("a[4]"));
        assertEquals(12, p.longVar("m[1][2]"));
        assertEquals(13, p.longVar("m[0][1]"));
    }

    @Test
    void structuresHoldFieldsOfMixedTypes() {
        TestPlant p = TestPlant.of("TYPE Part : STRUCT height : REAL; metal : BOOL; bin : INT := 3; END_STRUCT; END_TYPE\n"
                + "PROGRAM t\nVAR p : Part; q : ARRAY[1..2] OF Part; END_VAR\n"
                + "p.height := 0.06; p.metal := TRUE; q[2].bin := p.bin + 1; q[1].height := p.height * 2.0;\nEND_PROGRAM\n").scan();
        assertEquals((double) 0.06f, p.var("p.height"));
        assertTrue(p.bool("p.metal"));
        assertEquals(3, p.longVar("q[1].bin"), "every element starts with the field's initial value");
        assertEquals(4, p.longVar("q[2].bin"));
        assertEquals((double) (0.06f * 2f), p.var("q[1].height"));
    }

    @Test
    void userFunctionsTakeArgumentsByPositionOrName() {
        TestPlant p = TestPlant.of("FUNCTION Scale : REAL\nVAR_INPUT x : REAL; k : REAL; END_VAR\nVAR tmp : REAL := 1.0; END_VAR\n"
                + "tmp := tmp + x; Scale := tmp * k;\nEND_FUNCTION\n"
                + "FUNCTION Add : INT\nVAR_INPUT a, b : INT; END_VAR\nAdd := a + b;\nEND_FUNCTION\n"
                + "PROGRAM t\nVAR r : REAL; s : REAL; n : INT; END_VAR\n"
                + "r := Scale(2.0, 3.0); s := Scale(k := 2.0, x := 1.0); n := Add(1, Add(2, 3));\nEND_PROGRAM\n").scans(2);
        assertEquals(9.0, p.var("r"), "locals start from their initial value on every call");
        assertEquals(4.0, p.var("s"));
        assertEquals(6, p.longVar("n"), "a nested call of the same function does not overwrite the outer arguments");
    }

    @Test
    void functionBlockInstancesKeepTheirOwnState() {
        TestPlant p = TestPlant.of("FUNCTION_BLOCK Counter\nVAR_INPUT step : INT := 1; END_VAR\nVAR_OUTPUT count : INT; END_VAR\n"
                + "VAR inner : CTU; END_VAR\ncount := count + step;\nEND_FUNCTION_BLOCK\n"
                + "PROGRAM t\nVAR a : Counter; b : Counter; x : INT; y : INT; END_VAR\n"
                + "a(); b(step := 10); x := a.count; b(step := 5, count => y);\nEND_PROGRAM\n").scans(3);
        assertEquals(3, p.longVar("a.count"));
        assertEquals(3, p.longVar("x"));
        assertEquals(45, p.longVar("b.count"));
        assertEquals(45, p.longVar("y"));
    }

    @Test
    void nestedFunctionBlocksAndArraysOfInstances() {
        TestPlant p = TestPlant.of("FUNCTION_BLOCK Edge\nVAR_INPUT x : BOOL; END_VAR\nVAR_OUTPUT n : INT; END_VAR\nVAR t : R_TRIG; END_VAR\n"
                + "t(CLK := x); IF t.Q THEN n := n + 1; END_IF;\nEND_FUNCTION_BLOCK\n"
                + "PROGRAM t\nVAR e : ARRAY[1..3] OF Edge; i : INT; END_VAR\n"
                + "FOR i := 1 TO 3 DO e[i](x := in_a AND (i <> 2)); END_FOR;\nEND_PROGRAM\n");
        p.set("in_a", 1).scan().set("in_a", 0).scan().set("in_a", 1).scan().scan();
        assertEquals(2, p.longVar("e[1].n"));
        assertEquals(0, p.longVar("e[2].n"));
        assertEquals(2, p.longVar("e[3].n"));
    }

    @Test
    void varInOutCopiesInAndOut() {
        TestPlant p = TestPlant.of("FUNCTION_BLOCK Inc\nVAR_IN_OUT v : INT; END_VAR\nv := v + 1;\nEND_FUNCTION_BLOCK\n"
                + "PROGRAM t\nVAR i : Inc; x : INT := 5; END_VAR\ni(v := x);\nEND_PROGRAM\n").scans(2);
        assertEquals(7, p.longVar("x"));
    }

    @Test
    void sceneTagsAreGlobalVariablesReadAtScanStartAndWrittenAtScanEnd() {
        TestPlant p = TestPlant.of(program("seen : INT;", "out_a := in_a AND NOT in_b; out_n := in_n * 2; out_r := in_r * 10.0;"
                + " seen := in_n;"));
        p.set("in_a", 1).set("in_n", 21).set("in_r", 2.5).scan();
        assertEquals(1, p.tag("out_a"));
        assertEquals(42, p.tag("out_n"));
        assertEquals(25.0, p.tag("out_r"));
        int writes = p.writes;
        p.scan();
        assertEquals(writes, p.writes, "unchanged outputs are not written again");
        p.set("in_b", 1).scan();
        assertEquals(0, p.tag("out_a"));
    }

    @Test
    void directAddressesResolveThroughTheAddressMap() {
        // in_a is discrete input 0, in_b 1; out_a coil 0; in_r input register 1 (0..10 m as 0..10000); out_r holding register 1
        TestPlant p = TestPlant.of(program("b AT %IX0.1 : BOOL; q AT %QX0.0 : BOOL; level AT %IW1 : INT; valve AT %QW1 : INT;",
                "q := b; valve := level;"));
        p.set("in_b", 1).set("in_r", 5.0).scan();
        assertEquals(1, p.tag("out_a"));
        assertEquals(5000, p.longVar("level"));
        assertEquals(50.0, p.tag("out_r"), 1e-9, "register 5000 of 0..100 % is 50 %");
    }

    @Test
    void cycleTimeScansEveryNthStep() {
        TestPlant p = TestPlant.of(program("n : INT;", "n := n + 1;"));
        p.plc.setCycleMillis(20);
        p.scans(12);
        assertEquals(3, p.longVar("n"));
        assertEquals(3, p.plc.scanCount());
    }

    @Test
    void timeArithmeticAndComparison() {
        TestPlant p = run("a : TIME := T#1s; b : TIME; c : TIME; d : TIME; late : BOOL; n : INT := 3;",
                "b := a + T#250ms; c := a * n; d := c / 2 - T#1s; late := b > T#1s200ms;");
        assertEquals(1250, p.longVar("b"));
        assertEquals(3000, p.longVar("c"));
        assertEquals(500, p.longVar("d"));
        assertTrue(p.bool("late"));
        assertFalse(TestPlant.errors(program("t : TIME; i : INT;", "t := t + i;")).isEmpty(), "TIME + INT is refused");
    }

    @Test
    void aCycleThatIsNotAMultipleOfTheStepIsRefused() {
        TestPlant p = TestPlant.of(program("n : INT;", "n := n + 1;"));
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> p.plc.setCycleMillis(7));
        assertTrue(e.getMessage().contains("multiple of the step"), e.getMessage());
    }

    @Test
    void oneCompiledProgramInTwoPlcsKeepsTwoStates() {
        CompileResult r = PlcCompiler.compile(program("n : INT;", "IF in_a THEN n := n + 1; END_IF; out_n := n;"), "t.st",
                TestPlant.LAYOUT, AddressMap.NONE);
        TestPlant a = new TestPlant();
        TestPlant b = new TestPlant();
        a.plc.load(r.program());
        b.plc.load(r.program());
        a.plc.run();
        b.plc.run();
        a.set("in_a", 1);
        for (int i = 0; i < 10; i++) {
            a.scan();
            b.scan();
        }
        assertEquals(10, a.tag("out_n"));
        assertEquals(0, b.tag("out_n"));
    }

    @Test
    void aClockThatGoesBackDoesNotStallTheScan() {
        TestPlant p = TestPlant.of(program("n : INT;", "n := n + 1;"));
        p.plc.setCycleMillis(20);
        p.scans(40); // 200 ms: scans at 0, 20, ..., 180
        assertEquals(10, p.longVar("n"));
        p.simNanos = 0; // the world was reset
        p.scans(4);
        assertEquals(11, p.longVar("n"), "scans at once after the clock went back, then every cycle");
        p.scans(4);
        assertEquals(12, p.longVar("n"));
    }

    @Test
    void varTempStartsFromItsInitialValueInEveryScanAndVarKeepsItsValue() {
        TestPlant p = TestPlant.of("PROGRAM t\nVAR kept : INT; END_VAR\nVAR_TEMP fresh : INT := 5; zero : INT; END_VAR\n"
                + "kept := kept + 1; fresh := fresh + 1; zero := zero + 1;\nEND_PROGRAM\n").scans(3);
        assertEquals(3, p.longVar("kept"));
        assertEquals(6, p.longVar("fresh"));
        assertEquals(1, p.longVar("zero"));
    }

    @Test
    void theWatchListsProgramVariablesAndTagsWithTheirValues() {
        TestPlant p = TestPlant.of(program("n : INT; r : REAL := 2.5; t : TON; a : ARRAY[1..2] OF BOOL;",
                "n := n + 1; a[2] := TRUE; out_a := TRUE;")).scans(2);
        PlcProgram.Watch w = p.plc.program().watch();
        java.util.List<String> names = new java.util.ArrayList<>();
        for (int i = 0; i < w.size(); i++) {
            names.add(w.name(i));
        }
        assertTrue(names.containsAll(java.util.List.of("in_a", "out_a", "n", "r", "t.IN", "t.PT", "t.Q", "t.ET", "a[1]", "a[2]")), names.toString());
        assertFalse(names.contains("t.start"), "hidden state of standard blocks is not shown");
        assertEquals("REAL", w.type(w.indexOf("r")));
        double[] values = new double[w.size()];
        p.plc.copyWatch(values);
        assertEquals(2, values[w.indexOf("n")]);
        assertEquals(2.5, values[w.indexOf("r")]);
        assertEquals(1, values[w.indexOf("a[2]")]);
        assertEquals(1, values[w.indexOf("OUT_A")]);
    }
}
