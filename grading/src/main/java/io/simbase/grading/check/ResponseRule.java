package io.simbase.grading.check;

import io.simbase.grading.exercise.Text;
import io.simbase.grading.expr.Expression;
import io.simbase.grading.expr.Signals;

/**
 * Response: each time {@code when} turns true, {@code then} must be true within
 * {@code withinSeconds} (at the same step counts). A trigger while one is still pending is
 * part of that one. The failure time is the trigger's. A deadline that falls after the end of the run is not
 * judged. The first step only records {@code when}: a condition true from the start is not
 * a trigger.
 */
public record ResponseRule(Expression when, Expression then, double withinSeconds) implements Rule {
    @Override
    public String kind() {
        return "response";
    }

    @Override
    public java.util.List<Expression> expressions() {
        return java.util.List.of(when, then);
    }

    @Override
    public Text describe() {
        String w = Wording.quote(when);
        String t = Wording.quote(then);
        String s = Wording.seconds(withinSeconds);
        return new Text(w + " 成立后 " + s + " 秒内 " + t + " 没有成立。",
                "When " + w + " became true, " + t + " did not follow within " + s + " s.");
    }

    @Override
    public Probe newProbe() {
        return new ResponseProbe(this);
    }

    private static final class ResponseProbe extends Probe {
        private final ResponseRule rule;
        private final double[] whenState;
        private final double[] thenState;
        private boolean started;
        private boolean lastWhen;
        private boolean pending;
        private double triggerSeconds;

        ResponseProbe(ResponseRule rule) {
            this.rule = rule;
            this.whenState = rule.when.newState();
            this.thenState = rule.then.newState();
        }

        @Override
        public void step(Signals s) {
            boolean w = rule.when.test(s, whenState);
            boolean t = rule.then.test(s, thenState);
            double now = s.timeSeconds();
            if (pending) {
                if (now > triggerSeconds + rule.withinSeconds + EPSILON_SECONDS) {
                    fail(triggerSeconds);
                    pending = false;
                } else if (t) {
                    pending = false;
                }
            }
            if (started && w && !lastWhen && !pending && !t) {
                pending = true;
                triggerSeconds = now;
            }
            lastWhen = w;
            started = true;
        }
    }
}
