package io.simbase.plc;

import static io.simbase.plc.TestPlant.program;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Every class of compile error, with its line and column, as {@code FILE:LINE:COL: message}. */
class CompileErrorsTest {
    /** Asserts exactly one error, at line:col, whose message contains {@code text}. */
    private static void oneError(String source, int line, int col, String text) {
        List<CompileError> errors = TestPlant.errors(source);
        assertEquals(1, errors.size(), "errors: " + errors);
        CompileError e = errors.get(0);
        assertEquals("test.st:" + line + ":" + col, e.file() + ":" + e.line() + ":" + e.column(), e.toString());
        assertTrue(e.message().contains(text), e.toString());
        assertTrue(e.toString().startsWith("test.st:" + line + ":" + col + ": "), e.toString());
        assertTrue(e.code().matches("[a-z_]+"), "a code for pages in other languages: " + e);
    }

    // program(vars, body): line 1 PROGRAM, 2 VAR, 3 the declarations, 4 END_VAR, 5 the body

    @Test
    void syntaxError() {
        oneError(program("x : INT;", "x := 1 +;"), 5, 9, "syntax error");
    }

    @Test
    void unknownCharacter() {
        oneError(program("x : INT;", "x := 1 $ 2;"), 5, 8, "syntax error");
    }

    @Test
    void unknownName() {
        oneError(program("x : INT;", "x := y + 1;"), 5, 6, "unknown name 'y'");
    }

    @Test
    void writingASensorTag() {
        oneError(program("", "in_a := TRUE;"), 5, 1, "sensor tag 'in_a' (read-only");
    }

    @Test
    void typeMismatchInAssignment() {
        oneError(program("x : INT; b : BOOL;", "x := b;"), 5, 6, "needs INT, found BOOL");
    }

    @Test
    void typeMismatchInAnOperator() {
        oneError(program("x : INT; r : REAL;", "r := r + x * TRUE;"), 5, 12, "operator * needs numbers");
    }

    @Test
    void narrowingNeedsAConversion() {
        oneError(program("x : INT; d : DINT;", "\n  x := d;"), 6, 8, "convert with DINT_TO_INT");
    }

    @Test
    void realToActuatorOfAnotherType() {
        oneError(program("", "out_a := in_r;"), 5, 10, "needs BOOL, found REAL");
    }

    @Test
    void constantOutOfRange() {
        oneError(program("x : INT;", "x := 40000;"), 5, 6, "constant 40000 does not fit INT");
    }

    @Test
    void conditionMustBeBool() {
        oneError(program("x : INT;", "IF x THEN x := 0; END_IF;"), 5, 4, "IF needs BOOL, found INT");
    }

    @Test
    void assigningAConstant() {
        oneError("PROGRAM t\nVAR CONSTANT k : INT := 1; END_VAR\nk := 2;\nEND_PROGRAM\n", 3, 1, "'k' (a CONSTANT)");
    }

    @Test
    void unknownType() {
        oneError(program("x : FLOAT;", ""), 3, 5, "unknown type 'FLOAT'");
    }

    @Test
    void duplicateDeclaration() {
        oneError(program("x : INT; x : BOOL;", ""), 3, 10, "'x' is already declared");
    }

    @Test
    void exitOutsideALoop() {
        oneError(program("", "EXIT;"), 5, 1, "EXIT outside a loop");
    }

    @Test
    void arrayIndexOutOfRangeAtCompileTime() {
        oneError(program("a : ARRAY[1..3] OF INT;", "a[4] := 1;"), 5, 3, "index 4 out of range [1..3]");
    }

    @Test
    void unknownFieldAndInternalVariable() {
        oneError(program("t : TON;", "t.XYZ := TRUE;"), 5, 3, "no field 'XYZ'");
        oneError(program("t : TON; b : BOOL;", "b := t.Q; t.Q := TRUE;"), 5, 11, "output of TON");
    }

    @Test
    void wrongArgumentsOfAFunctionBlockCall() {
        oneError(program("t : TON;", "t(IN := TRUE, PX := T#1s);"), 5, 15, "TON has no input or output 'PX'");
        oneError(program("t : TON;", "t(IN := 1);"), 5, 9, "needs BOOL, found an integer");
    }

    @Test
    void wrongNumberOfFunctionArguments() {
        oneError(program("x : INT;", "x := LIMIT(1, 2);"), 5, 6, "LIMIT takes 3 arguments, found 2");
    }

    @Test
    void recursion() {
        oneError("FUNCTION f : INT\nVAR_INPUT n : INT; END_VAR\nf := f(n - 1);\nEND_FUNCTION\nPROGRAM t\nVAR x : INT; END_VAR\nx := f(3);\nEND_PROGRAM\n",
                3, 6, "recursive call of f");
    }

    @Test
    void functionBlockContainingItself() {
        oneError("FUNCTION_BLOCK B\nVAR inner : B; END_VAR\nEND_FUNCTION_BLOCK\nPROGRAM t\nVAR b : B; END_VAR\nEND_PROGRAM\n",
                2, 13, "cannot contain an instance of itself");
    }

    @Test
    void directAddressWithoutATag() {
        oneError(program("x AT %IX3.1 : BOOL;", ""), 3, 6, "no scene tag at %IX3.1");
        oneError(program("x AT %IX0.0 : INT;", ""), 3, 15, "is a bit: declare it BOOL");
        oneError(program("x AT %MW0 : INT;", ""), 3, 6, "unsupported address");
    }

    @Test
    void malformedTimeLiteral() {
        oneError(program("t : TIME;", "t := T#5x;"), 5, 6, "malformed TIME literal");
    }

    @Test
    void missingProgram() {
        oneError("FUNCTION_BLOCK B\nEND_FUNCTION_BLOCK\n", 1, 1, "no PROGRAM");
    }

    @Test
    void everyErrorOfAFileIsReportedInOrder() {
        List<CompileError> errors = TestPlant.errors(program("x : INT; b : BOOL;",
                "x := b;\nin_b := TRUE;\ny := 1;\nIF x THEN END_IF;\nx := 70000;"));
        assertEquals(5, errors.size(), errors.toString());
        int[] lines = errors.stream().mapToInt(CompileError::line).toArray();
        assertEquals(List.of(5, 6, 7, 8, 9), java.util.Arrays.stream(lines).boxed().toList());
    }

    @Test
    void aProgramNestedTooDeeplyIsAnErrorNotACrash() {
        String deep = "(".repeat(100_000) + "1" + ")".repeat(100_000);
        oneError(program("x : INT;", "x := " + deep + ";"), 1, 1, "nested too deeply");
    }

    @Test
    void sourceTooLarge() {
        oneError(program("x : INT;", "x := 1;\n".repeat(200_000)), 1, 1, "source too large");
    }

    @Test
    void equalsInsteadOfAssignment() {
        oneError(program("x : INT;", "x = 1;"), 5, 3, "'=' compares; assign with ':='");
        oneError(program("x : INT;", "x + 1;"), 5, 1, "not a statement");
    }

    @Test
    void anIntegerWhereATimeIsExpected() {
        oneError(program("t : TON;", "t(IN := TRUE, PT := 500);"), 5, 21, "write a time as T#500ms");
    }
}
