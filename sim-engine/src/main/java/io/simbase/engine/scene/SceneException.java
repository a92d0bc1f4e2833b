package io.simbase.engine.scene;

/**
 * A scene file that cannot be used. The message names the file, the line and what is wrong,
 * e.g. {@code scenes/x.yaml:12: component 'belt1': length -1 out of range [0.05, 50]}.
 */
public final class SceneException extends Exception {
    private final String file;
    private final int line;

    public SceneException(String file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
    }

    public String file() {
        return file;
    }

    /** 1-based line, or 0 when the problem has no line (unreadable file). */
    public int line() {
        return line;
    }
}
