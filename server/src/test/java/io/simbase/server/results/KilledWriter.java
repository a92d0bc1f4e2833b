package io.simbase.server.results;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link ResultWriterMain} in its own JVM and kills it with SIGKILL mid-stream. */
final class KilledWriter {
    private KilledWriter() {
    }

    /**
     * Starts the writer with {@code args}, waits until it has confirmed at least {@code atLeast}
     * adds, kills it (SIGKILL) and returns how many adds it had confirmed.
     */
    static int runAndKill(List<String> args, int atLeast) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), ResultWriterMain.class.getName()));
        cmd.addAll(args);
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int confirmed = 0;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.startsWith("added ")) {
                    confirmed = Integer.parseInt(line.substring(6)) + 1;
                    if (confirmed >= atLeast) {
                        p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no close
                        break;
                    }
                }
            }
        } finally {
            p.destroyForcibly();
            if (!p.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("writer did not die");
            }
        }
        if (confirmed < atLeast) {
            throw new IllegalStateException("writer stopped after " + confirmed + " adds, exit " + p.exitValue());
        }
        if (p.exitValue() != 137) {
            throw new IllegalStateException("writer was not killed by SIGKILL: exit " + p.exitValue());
        }
        return confirmed;
    }
}
