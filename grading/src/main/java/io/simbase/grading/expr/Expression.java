package io.simbase.grading.expr;

/**
 * A condition or figure over a run's signals, parsed once from text such as
 * {@code belt_run && !estop} or {@code max_of(level) - setpoint < 0.1}.
 *
 * <p>The language (docs/exercise-format.md): numbers, {@code true}, {@code false}, signal
 * names, {@code time} (simulated seconds); operators {@code ! - * / + - < <= > >= == != && ||}
 * with C's precedence and parentheses; pure functions {@code abs min max}; stateful functions
 * {@code rose fell count since max_of min_of integral}. Booleans are 1 and 0.
 *
 * <p>An expression is immutable and may be shared; the memory of its stateful functions is a
 * {@code double[]} from {@link #newState()}, one per run. {@link #evaluate} is meant to be
 * called once per step (stateful functions count steps) and allocates nothing.
 */
public final class Expression {
    private final String text;
    private final Node root;
    private final int slots;
    private final java.util.List<String> signals;

    Expression(String text, Node root, int slots, java.util.List<String> signals) {
        this.text = text;
        this.root = root;
        this.slots = slots;
        this.signals = signals;
    }

    /**
     * Parses an expression.
     *
     * @throws ExpressionException naming the column and the problem
     */
    public static Expression parse(String text, SignalNames names) throws ExpressionException {
        return new ExpressionParser(text, names).parse();
    }

    /** The signal names the expression reads (tags and the plant's figures), each once, in order of first use. */
    public java.util.List<String> signals() {
        return signals;
    }

    /** The source text. */
    public String text() {
        return text;
    }

    /** A fresh memory for one run, in its state before the first step. */
    public double[] newState() {
        double[] state = new double[slots];
        root.init(state);
        return state;
    }

    /** The value at the current step; updates the stateful functions' memory in {@code state}. */
    public double evaluate(Signals signals, double[] state) {
        return root.eval(signals, state);
    }

    /** {@link #evaluate} as a condition: true when the value is not 0. */
    public boolean test(Signals signals, double[] state) {
        return root.eval(signals, state) != 0;
    }

    @Override
    public String toString() {
        return text;
    }
}
