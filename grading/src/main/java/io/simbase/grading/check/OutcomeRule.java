package io.simbase.grading.check;

import io.simbase.grading.exercise.Text;
import io.simbase.grading.expr.Expression;
import io.simbase.grading.expr.Signals;

/**
 * Outcome: {@code expect} must be true at {@code atSeconds}, or at the end of the run when
 * {@code atSeconds} is NaN. The expression is evaluated at every step up to then, so that its
 * aggregates ({@code max_of}, {@code integral}, {@code count}, ...) cover the whole run. The
 * failure time is the moment it was judged.
 */
public record OutcomeRule(Expression expect, double atSeconds) implements Rule {
    @Override
    public String kind() {
        return "outcome";
    }

    @Override
    public java.util.List<Expression> expressions() {
        return java.util.List.of(expect);
    }

    @Override
    public Text describe() {
        String e = Wording.quote(expect);
        if (atSeconds != atSeconds) {
            return new Text("场景结束时 " + e + " 不成立。", "At the end of the scenario, " + e + " was not true.");
        }
        String at = Wording.seconds(atSeconds);
        return new Text("在 t = " + at + " 秒时 " + e + " 不成立。", "At t = " + at + " s, " + e + " was not true.");
    }

    @Override
    public Probe newProbe() {
        return new OutcomeProbe(this);
    }

    private static final class OutcomeProbe extends Probe {
        private final OutcomeRule rule;
        private final double[] state;
        private boolean judged;
        private boolean lastOk;

        OutcomeProbe(OutcomeRule rule) {
            this.rule = rule;
            this.state = rule.expect.newState();
        }

        @Override
        public void step(Signals s) {
            if (judged) {
                return;
            }
            boolean ok = rule.expect.test(s, state);
            lastOk = ok;
            if (s.timeSeconds() >= rule.atSeconds - EPSILON_SECONDS) {
                judge(ok, s);
            }
        }

        @Override
        public void finish(Signals s) {
            if (!judged) {
                judge(lastOk, s);
            }
        }

        private void judge(boolean ok, Signals s) {
            judged = true;
            if (!ok) {
                fail(s.timeSeconds());
            }
        }
    }
}
