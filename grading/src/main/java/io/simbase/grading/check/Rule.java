package io.simbase.grading.check;

import io.simbase.grading.exercise.Text;
import io.simbase.grading.expr.Expression;

/**
 * What a check demands, as the exercise file says it. Immutable; one rule serves any number
 * of runs through the {@link Probe}s it makes.
 */
public interface Rule {
    /** The check kind as written in exercise files: response, invariant, outcome, recovery. */
    String kind();

    /**
     * What a failure of this rule means, in Chinese and English, written from its own
     * expressions and times: the message of a check whose exercise file gives none.
     */
    Text describe();

    /** A fresh evaluation for one run. */
    Probe newProbe();

    /** The rule's conditions and figures, in the order the rule names them (none null). */
    java.util.List<Expression> expressions();

    /**
     * The signal names the rule reads, each once, in the order its conditions name them: what a
     * student looks at when the check fails (the replay highlights those that are tags).
     */
    default java.util.List<String> signals() {
        java.util.LinkedHashSet<String> all = new java.util.LinkedHashSet<>();
        for (Expression e : expressions()) {
            all.addAll(e.signals());
        }
        return java.util.List.copyOf(all);
    }
}
