package io.simbase.grading.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ExpressionTest {
    /** Signals a, b, c with settable values; 10 ms steps. */
    static final class Values implements Signals {
        final double[] v = new double[3];
        double time;

        @Override
        public double value(int index) {
            return v[index];
        }

        @Override
        public double timeSeconds() {
            return time;
        }

        @Override
        public double stepSeconds() {
            return 0.01;
        }
    }

    static final SignalNames NAMES = name -> List.of("a", "b", "c.x").indexOf(name);

    static double eval(String text, double a, double b, double c) throws ExpressionException {
        Values s = new Values();
        s.v[0] = a;
        s.v[1] = b;
        s.v[2] = c;
        Expression e = Expression.parse(text, NAMES);
        return e.evaluate(s, e.newState());
    }

    @Test
    void operatorsFollowCPrecedence() throws Exception {
        assertEquals(7, eval("1 + 2 * 3", 0, 0, 0));
        assertEquals(9, eval("(1 + 2) * 3", 0, 0, 0));
        assertEquals(1, eval("a || b && c.x", 1, 0, 0));
        assertEquals(0, eval("(a || b) && c.x", 1, 0, 0));
        assertEquals(1, eval("!a && b", 0, 1, 0));
        assertEquals(1, eval("a - b - c.x == -4", 1, 2, 3));
        assertEquals(1, eval("a / b > 0.3 && a != b", 1, 3, 0));
        assertEquals(1, eval("-a <= -2", 2, 0, 0));
        assertEquals(1, eval("1.5e1 == 15 && .5 < 1 && true && !false", 0, 0, 0));
    }

    @Test
    void pureFunctions() throws Exception {
        assertEquals(2.5, eval("abs(a - b)", 0.5, 3, 0));
        assertEquals(-1, eval("min(a, b)", -1, 3, 0));
        assertEquals(3, eval("max(a, b)", -1, 3, 0));
        assertEquals(1, eval("time == 0", 0, 0, 0));
    }

    @Test
    void statefulFunctionsRememberPerRunAndSkipNothing() throws Exception {
        Expression rose = Expression.parse("rose(a)", NAMES);
        Expression fell = Expression.parse("fell(a)", NAMES);
        Expression count = Expression.parse("count(a > 0.5)", NAMES);
        Expression since = Expression.parse("since(a)", NAMES);
        Expression max = Expression.parse("max_of(b)", NAMES);
        Expression min = Expression.parse("min_of(b)", NAMES);
        Expression integral = Expression.parse("integral(b)", NAMES);
        // both sides of && are evaluated: rose(a) sees every step even when b is false
        Expression guarded = Expression.parse("b && rose(a)", NAMES);
        double[][] states = {rose.newState(), fell.newState(), count.newState(), since.newState(), max.newState(),
            min.newState(), integral.newState(), guarded.newState()};
        Values s = new Values();
        double[] a = {1, 1, 0, 1, 1, 1, 0};
        double[] b = {2, -1, 4, 0, 1, 1, 1};
        double[] roseWant = {0, 0, 0, 1, 0, 0, 0};
        double[] fellWant = {0, 0, 1, 0, 0, 0, 1};
        double[] countWant = {0, 0, 0, 1, 1, 1, 1};
        double[] sinceWant = {0, 0.01, 0, 0, 0.01, 0.02, 0};
        for (int i = 0; i < a.length; i++) {
            s.time = i * 0.01;
            s.v[0] = a[i];
            s.v[1] = b[i];
            assertEquals(roseWant[i], rose.evaluate(s, states[0]), "rose at " + i);
            assertEquals(fellWant[i], fell.evaluate(s, states[1]), "fell at " + i);
            assertEquals(countWant[i], count.evaluate(s, states[2]), "count at " + i);
            assertEquals(sinceWant[i], since.evaluate(s, states[3]), 1e-12, "since at " + i);
            max.evaluate(s, states[4]);
            min.evaluate(s, states[5]);
            integral.evaluate(s, states[6]);
            assertEquals(i == 3 ? 0 : 0, guarded.evaluate(s, states[7]), "b is 0 when a rises");
        }
        assertEquals(4, max.evaluate(s, states[4]));
        assertEquals(-1, min.evaluate(s, states[5]));
        assertEquals((2 - 1 + 4 + 0 + 1 + 1 + 1 + 1) * 0.01, integral.evaluate(s, states[6]), 1e-12);
        // a fresh state starts over
        assertFalse(count.test(s, count.newState()));
    }

    @Test
    void roseInAConjunctionFiresWhenTheOtherSideHolds() throws Exception {
        Expression e = Expression.parse("b && rose(a)", NAMES);
        double[] st = e.newState();
        Values s = new Values();
        s.v[1] = 1;
        assertFalse(e.test(s, st));
        s.v[0] = 1;
        assertTrue(e.test(s, st));
        assertFalse(e.test(s, st));
    }

    static int column(String text) {
        return assertThrows(ExpressionException.class, () -> Expression.parse(text, NAMES)).column();
    }

    @Test
    void errorsNameTheColumn() {
        assertEquals(1, column(""));
        assertEquals(7, column("a && (zz > 1)"));
        assertEquals(1, column("foo(a)"));
        assertEquals(3, column("a = 1"));
        assertEquals(7, column("(a + b"));
        assertEquals(7, column("a < b < c.x"));
        assertEquals(5, column("a + "));
        assertEquals(7, column("max(a b)"));
        assertEquals(3, column("a & b"));
        assertEquals(1, column("#"));
        assertEquals(1, column("1.2.3"));
        ExpressionException e = assertThrows(ExpressionException.class, () -> Expression.parse("a && nope", NAMES));
        assertEquals("column 6: unknown name 'nope'", e.getMessage());
        assertEquals("column 3: '=' does not compare; write ==",
                assertThrows(ExpressionException.class, () -> Expression.parse("a = 1", NAMES)).getMessage());
    }

    @Test
    void tooLongOrTooDeepIsRefused() {
        assertThrows(ExpressionException.class, () -> Expression.parse("a+".repeat(1001) + "a", NAMES));
        assertThrows(ExpressionException.class, () -> Expression.parse("!".repeat(100) + "a", NAMES));
    }
}
