package io.simbase.engine.yaml;

/**
 * A problem in a YAML file: the file, the 1-based line (0 when there is none, e.g. an empty
 * file) and the problem, formatted {@code file:line: problem} as every SimBase file error is.
 */
public final class YamlException extends Exception {
    private final String file;
    private final int line;
    private final String problem;

    public YamlException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem has no line. */
    public int line() {
        return line;
    }

    /** The problem without the file and line. */
    public String problem() {
        return problem;
    }
}
