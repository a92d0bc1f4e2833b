package io.simbase.plc;

import java.util.List;

/**
 * One compile error at a 1-based line and column; prints as {@code FILE:LINE:COL: message}. The
 * message is English (command line, logs); {@link #code()} and {@link #args()} say the same for a
 * page that shows it in another language (key {@code plc.error.CODE}, {@code {0}}, {@code {1}}...
 * filled from the arguments in order).
 */
public final class CompileError {
    private final String file;
    private final int line;
    private final int column;
    private final String message;
    private final String code;
    private final List<String> args;

    public CompileError(String file, int line, int column, String message, String code, List<String> args) {
        this.file = file;
        this.line = line;
        this.column = column;
        this.message = message;
        this.code = code;
        this.args = List.copyOf(args);
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

    /** In English. */
    public String message() {
        return message;
    }

    /** What went wrong, as a stable identifier (e.g. {@code unknown_name}). */
    public String code() {
        return code;
    }

    /** The message's variable parts (names, types, numbers), in the order the code's texts use them. */
    public List<String> args() {
        return args;
    }

    @Override
    public String toString() {
        return file + ':' + line + ':' + column + ": " + message;
    }
}
