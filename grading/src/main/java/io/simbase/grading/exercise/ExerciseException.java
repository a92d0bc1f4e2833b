package io.simbase.grading.exercise;

/**
 * An exercise file that cannot be used. The message is {@code FILE:LINE: problem}, like a
 * scene file's, e.g. {@code exercises/x.yaml:14: check 'seal_in': points -5 out of range [0, 100]}.
 */
public final class ExerciseException extends Exception {
    private final String file;
    private final int line;

    public ExerciseException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem has no line (missing or unreadable file). */
    public int line() {
        return line;
    }
}
