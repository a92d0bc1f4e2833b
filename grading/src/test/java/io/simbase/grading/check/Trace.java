package io.simbase.grading.check;

import io.simbase.grading.expr.Expression;
import io.simbase.grading.expr.ExpressionException;
import io.simbase.grading.expr.Signals;
import java.util.List;

/**
 * A hand-made trace for check tests: signals {@code x}, {@code y}, {@code z} given per step
 * as strings of 0/1 characters (one character per 0.1 s step), fed to a probe.
 */
final class Trace implements Signals {
    static final double STEP = 0.1;
    private final String[] rows;
    private int step;

    private Trace(String... rows) {
        this.rows = rows;
    }

    static Expression expr(String text) {
        try {
            return Expression.parse(text, name -> List.of("x", "y", "z").indexOf(name));
        } catch (ExpressionException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** Runs a probe over the trace; rows are x, y, z. Returns the probe after finish. */
    static Probe run(Rule rule, String... rows) {
        Trace t = new Trace(rows);
        Probe p = rule.newProbe();
        for (t.step = 1; t.step <= rows[0].length(); t.step++) {
            p.step(t);
        }
        t.step = rows[0].length();
        p.finish(t);
        return p;
    }

    @Override
    public double value(int index) {
        if (index >= rows.length) {
            return 0;
        }
        return rows[index].charAt(step - 1) - '0';
    }

    @Override
    public double timeSeconds() {
        return step * STEP;
    }

    @Override
    public double stepSeconds() {
        return STEP;
    }
}
