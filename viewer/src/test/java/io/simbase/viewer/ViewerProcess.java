package io.simbase.viewer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The viewer as a user starts it: {@code java ... io.simbase.viewer.ViewerMain ARGS} in its own
 * JVM, on a given X display, with the test class path (which has the server beside the viewer,
 * as the launcher arranges). Output goes to a log file.
 */
final class ViewerProcess implements AutoCloseable {
    private final Process process;
    private final Path log;

    private ViewerProcess(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ViewerProcess start(String display, Path dir, String... args) throws IOException {
        return startMain(display, dir, "io.simbase.viewer.ViewerMain", args);
    }

    /** Runs another main class of the test class path the same way (benchmarks). */
    static ViewerProcess startMain(String display, Path dir, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-Dsimbase.viewer.trace=true"); // message kinds to the log, for failure messages
        cmd.add("-cp");
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        cmd.add(cp);
        cmd.add(mainClass);
        cmd.addAll(List.of(args));
        Path log = Files.createTempFile(dir, "viewer", ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("DISPLAY", display);
        pb.environment().put("XDG_RUNTIME_DIR", dir.toString());
        return new ViewerProcess(pb.start(), log);
    }

    /** Runs to the end (at most {@code seconds}); returns the exit code. */
    int waitFor(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the viewer did not finish in " + seconds + " s; its output:\n" + output());
        }
        return process.exitValue();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(5, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
