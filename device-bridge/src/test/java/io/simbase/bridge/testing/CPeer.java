package io.simbase.bridge.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * C peers on Debian's libmodbus (src/test/c), compiled once per build into target/peers, and
 * running ones as processes. Missing cc or libmodbus-dev fails the test with how to get them.
 */
public final class CPeer implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;

    private CPeer(Process process) {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    }

    /**
     * Compiles device-bridge's {@code src/test/c/NAME.c} (if not yet built) into this module's
     * {@code target/peers} and returns the binary. Works from any module of the repository.
     */
    public static synchronized Path build(String name) throws IOException, InterruptedException {
        Path src = Path.of("src", "test", "c", name + ".c");
        if (!Files.exists(src)) {
            src = Path.of("..", "device-bridge", "src", "test", "c", name + ".c");
        }
        Path bin = Path.of("target", "peers", name);
        if (Files.exists(bin) && Files.getLastModifiedTime(bin).compareTo(Files.getLastModifiedTime(src)) > 0) {
            return bin;
        }
        if (!Files.exists(Path.of("/usr/include/modbus/modbus.h"))) {
            throw new AssertionError("libmodbus headers missing: run scripts/test-deps.sh (Debian's libmodbus-dev)");
        }
        Files.createDirectories(bin.getParent());
        Peers.Result r = Peers.run(120_000, "cc", "-O2", "-Wall", "-o", bin.toString(), src.toString(),
                "-I/usr/include/modbus", "-lmodbus");
        if (r.exitCode() != 0) {
            throw new AssertionError("cannot build C peer " + name + ": " + r);
        }
        return bin;
    }

    /** Starts a built peer and waits for its "ready" line. */
    public static CPeer start(String name, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        cmd.add(build(name).toAbsolutePath().toString());
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        CPeer peer = new CPeer(p);
        String line = peer.out.readLine();
        if (!"ready".equals(line)) {
            peer.close();
            throw new AssertionError(name + " did not start (said '" + line + "', exit "
                    + (p.isAlive() ? "-" : p.exitValue()) + ")");
        }
        return peer;
    }

    /** Reads the peer's next stdout line (null at end). */
    public String readLine() throws IOException {
        return out.readLine();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
