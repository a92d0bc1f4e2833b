package io.simbase.server.rig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Two connected pseudo-terminals made by socat, standing in for a serial cable: stable
 * symlinks {@code a} and {@code b} in a directory. {@link #kill()} is an unplug;
 * {@link #restart()} plugs the same names back in.
 */
final class PtyPair implements AutoCloseable {
    private final Path dir;
    private final Path a;
    private final Path b;
    private Process socat;

    public PtyPair(Path dir) throws IOException {
        this.dir = dir;
        this.a = dir.resolve("a");
        this.b = dir.resolve("b");
        start();
    }

    public String a() {
        return a.toString();
    }

    public String b() {
        return b.toString();
    }

    private void start() throws IOException {
        String bin = Peers.require("socat");
        socat = new ProcessBuilder(bin, "pty,raw,echo=0,link=" + a, "pty,raw,echo=0,link=" + b)
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("socat.log").toFile())
                .start();
        Peers.await(5000, "socat ptys " + a + " and " + b, () -> Files.exists(a) && Files.exists(b));
    }

    /** Kills socat (an unplugged cable); the links disappear. */
    public void kill() {
        socat.destroyForcibly();
        try {
            socat.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        Peers.await(5000, "socat links removed", () -> !Files.exists(a) && !Files.exists(b));
    }

    /** Starts a new socat with the same link names (the cable plugged back in). */
    public void restart() throws IOException {
        start();
    }

    @Override
    public void close() {
        if (socat != null && socat.isAlive()) {
            socat.destroyForcibly();
            try {
                socat.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
