package io.simbase.grading.check;

import io.simbase.grading.expr.Expression;

/**
 * Pieces of the messages a rule writes about itself when its exercise file gives none
 * ({@link Rule#describe()}): expressions quoted as written, times in seconds without a
 * trailing {@code .0}. Stateless.
 */
final class Wording {
    private Wording() {
    }

    /** {@code 0.1}, {@code 5}, {@code 2.5}: seconds as the message shows them. */
    static String seconds(double s) {
        return s == Math.rint(s) && Math.abs(s) < 1e15 ? Long.toString((long) s) : Double.toString(s);
    }

    /** An expression's source text, quoted the same way in both languages. */
    static String quote(Expression e) {
        return "«" + e.text() + "»";
    }
}
