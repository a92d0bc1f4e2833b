package io.simbase.grading.expr;

/**
 * An expression that cannot be parsed. {@link #column()} is the 1-based position of the
 * problem in the expression text; the message names it and what was expected.
 */
public final class ExpressionException extends Exception {
    private final int column;

    public ExpressionException(int column, String problem) {
        super("column " + column + ": " + problem);
        this.column = column;
    }

    public int column() {
        return column;
    }
}
