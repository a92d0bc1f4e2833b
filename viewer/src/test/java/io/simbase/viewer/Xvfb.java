package io.simbase.viewer;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A real X server without a screen (Xvfb, Mesa's llvmpipe renders GL) on a free display
 * number, for the tests that open windows. Started and stopped by the test.
 */
final class Xvfb implements AutoCloseable {
    static final int WIDTH = 1600;
    static final int HEIGHT = 1000;

    private final Process process;
    private final String display;

    private Xvfb(Process process, String display) {
        this.process = process;
        this.display = display;
    }

    static Xvfb start() throws IOException, InterruptedException {
        for (int n = 90 + (int) (ProcessHandle.current().pid() % 50); n < 400; n++) {
            if (Files.exists(Path.of("/tmp/.X" + n + "-lock")) || Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                continue;
            }
            Process p = new ProcessBuilder("Xvfb", ":" + n, "-screen", "0", WIDTH + "x" + HEIGHT + "x24", "-nolisten", "tcp")
                    .redirectErrorStream(true).redirectOutput(new File("/dev/null")).start();
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (System.nanoTime() < deadline && p.isAlive()) {
                if (Files.exists(Path.of("/tmp/.X11-unix/X" + n))) {
                    return new Xvfb(p, ":" + n);
                }
                Thread.sleep(20);
            }
            p.destroy();
        }
        throw new IOException("could not start Xvfb (is the xvfb package installed? scripts/test-deps.sh)");
    }

    String display() {
        return display;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(5, TimeUnit.SECONDS);
    }
}
