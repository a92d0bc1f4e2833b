package io.simbase.grading.check;

import io.simbase.grading.exercise.Text;
import io.simbase.grading.expr.Expression;
import io.simbase.grading.expr.Signals;

/**
 * Recovery: each time {@code after} turns true (an e-stop, a fault), {@code safe} must hold
 * within {@code withinSeconds}. With a {@code reset}: {@code safe} must then keep holding until
 * {@code reset} turns true, and {@code running} must follow within {@code restartWithinSeconds}.
 * The check fails when the trigger never happens (the scenario did not exercise it). Failure
 * times: the trigger for a late safe state, the moment the safe state was left, the reset for
 * a late restart. Deadlines after the end of the run are not judged.
 *
 * @param reset   may be null: then {@code running} is null too
 */
public record RecoveryRule(Expression after, Expression safe, double withinSeconds,
                           Expression reset, Expression running, double restartWithinSeconds) implements Rule {
    @Override
    public String kind() {
        return "recovery";
    }

    @Override
    public java.util.List<Expression> expressions() {
        return java.util.stream.Stream.of(after, safe, reset, running).filter(java.util.Objects::nonNull).toList();
    }

    @Override
    public Text describe() {
        String a = Wording.quote(after);
        String s = Wording.quote(safe);
        String w = Wording.seconds(withinSeconds);
        String zh = a + " 之后 " + w + " 秒内没有进入安全状态 " + s;
        String en = "After " + a + ", the safe state " + s + " was not reached within " + w + " s";
        if (reset != null) {
            String r = Wording.quote(reset);
            String run = Wording.quote(running);
            String rw = Wording.seconds(restartWithinSeconds);
            zh += "，或没有保持到 " + r + "，或 " + r + " 之后 " + rw + " 秒内没有恢复 " + run;
            en += ", or not kept until " + r + ", or " + run + " did not follow " + r + " within " + rw + " s";
        }
        return new Text(zh + "。", en + ".");
    }

    @Override
    public Probe newProbe() {
        return new RecoveryProbe(this);
    }

    private enum Phase { IDLE, WAIT_SAFE, SAFE, WAIT_RUN }

    private static final class RecoveryProbe extends Probe {
        private final RecoveryRule rule;
        private final double[] afterState;
        private final double[] safeState;
        private final double[] resetState;
        private final double[] runningState;
        private boolean started;
        private boolean lastAfter;
        private boolean lastReset;
        private Phase phase = Phase.IDLE;
        private double sinceSeconds;
        private int triggers;

        RecoveryProbe(RecoveryRule rule) {
            this.rule = rule;
            this.afterState = rule.after.newState();
            this.safeState = rule.safe.newState();
            this.resetState = rule.reset == null ? null : rule.reset.newState();
            this.runningState = rule.running == null ? null : rule.running.newState();
        }

        @Override
        public void step(Signals s) {
            boolean a = rule.after.test(s, afterState);
            boolean safe = rule.safe.test(s, safeState);
            boolean r = rule.reset != null && rule.reset.test(s, resetState);
            boolean run = rule.running != null && rule.running.test(s, runningState);
            boolean triggered = started && a && !lastAfter;
            boolean resetNow = started && r && !lastReset;
            lastAfter = a;
            lastReset = r;
            started = true;
            double now = s.timeSeconds();
            switch (phase) {
                case IDLE:
                    if (triggered) {
                        triggers++;
                        sinceSeconds = now;
                        phase = Phase.WAIT_SAFE;
                        reachSafe(safe, now);
                    }
                    break;
                case WAIT_SAFE:
                    reachSafe(safe, now);
                    break;
                case SAFE:
                    if (resetNow) {
                        sinceSeconds = now;
                        phase = run ? Phase.IDLE : Phase.WAIT_RUN;
                    } else if (!safe) {
                        fail(now);
                        phase = Phase.IDLE;
                    }
                    break;
                case WAIT_RUN:
                    if (now > sinceSeconds + rule.restartWithinSeconds + EPSILON_SECONDS) {
                        fail(sinceSeconds);
                        phase = Phase.IDLE;
                    } else if (run) {
                        phase = Phase.IDLE;
                    }
                    break;
                default:
                    throw new AssertionError(phase);
            }
        }

        private void reachSafe(boolean safe, double now) {
            if (now > sinceSeconds + rule.withinSeconds + EPSILON_SECONDS) {
                fail(sinceSeconds);
                phase = Phase.IDLE;
            } else if (safe) {
                phase = rule.reset == null ? Phase.IDLE : Phase.SAFE;
            }
        }

        @Override
        public void finish(Signals s) {
            if (triggers == 0) {
                fail(s.timeSeconds());
            }
        }
    }
}
