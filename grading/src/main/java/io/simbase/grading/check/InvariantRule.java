package io.simbase.grading.check;

import io.simbase.grading.exercise.Text;
import io.simbase.grading.expr.Expression;
import io.simbase.grading.expr.Signals;

/**
 * Invariant: {@code never} must not hold, inside the window {@code [fromSeconds, untilSeconds]},
 * for longer than {@code graceSeconds} without a break (0: not for a single step). The grace
 * absorbs the controller's one-scan reaction. The failure time is when the condition started
 * to hold.
 */
public record InvariantRule(Expression never, double graceSeconds, double fromSeconds, double untilSeconds)
        implements Rule {
    @Override
    public String kind() {
        return "invariant";
    }

    @Override
    public java.util.List<Expression> expressions() {
        return java.util.List.of(never);
    }

    @Override
    public Text describe() {
        String n = Wording.quote(never);
        boolean windowed = fromSeconds > 0 || untilSeconds < io.simbase.grading.exercise.ExerciseLoader.MAX_DURATION_SECONDS;
        String zhWhen = windowed ? "在 " + Wording.seconds(fromSeconds) + " 至 " + Wording.seconds(untilSeconds) + " 秒之间" : "";
        String enWhen = windowed ? " between " + Wording.seconds(fromSeconds) + " s and " + Wording.seconds(untilSeconds) + " s" : "";
        String zhGrace = graceSeconds > 0 ? "（超过 " + Wording.seconds(graceSeconds) + " 秒）" : "";
        String enGrace = graceSeconds > 0 ? " for longer than " + Wording.seconds(graceSeconds) + " s" : "";
        return new Text(zhWhen + "出现了不允许的状态 " + n + zhGrace + "。",
                "The forbidden state " + n + " held" + enGrace + enWhen + ".");
    }

    @Override
    public Probe newProbe() {
        return new InvariantProbe(this);
    }

    private static final class InvariantProbe extends Probe {
        private final InvariantRule rule;
        private final double[] state;
        private double heldSinceSeconds = Double.NaN;

        InvariantProbe(InvariantRule rule) {
            this.rule = rule;
            this.state = rule.never.newState();
        }

        @Override
        public void step(Signals s) {
            boolean bad = rule.never.test(s, state);
            double now = s.timeSeconds();
            boolean inWindow = now >= rule.fromSeconds - EPSILON_SECONDS && now <= rule.untilSeconds + EPSILON_SECONDS;
            if (!bad || !inWindow) {
                heldSinceSeconds = Double.NaN;
                return;
            }
            if (heldSinceSeconds != heldSinceSeconds) {
                // it has held through the step that ended now
                heldSinceSeconds = now - s.stepSeconds();
            }
            if (now - heldSinceSeconds > rule.graceSeconds + EPSILON_SECONDS) {
                fail(heldSinceSeconds + s.stepSeconds());
            }
        }
    }
}
