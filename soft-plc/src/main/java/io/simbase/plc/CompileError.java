package io.simbase.plc;

/** One compile error at a 1-based line and column; prints as {@code FILE:LINE:COL: message}. */
public final class CompileError {
    private final String file;
    private final int line;
    private final int column;
    private final String message;

    public CompileError(String file, int line, int column, String message) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.message = message;
    }

    public String file() {
        return file;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    public String message() {
        return message;
    }

    @Override
    public String toString() {
        return file + ':' + line + ':' + column + ": " + message;
    }
}
