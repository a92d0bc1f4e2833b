package io.simbase.server.web;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Starting and stopping a headless browser process with a throw-away profile: what Chromium and Firefox share. Stateless. */
final class BrowserProcess {
    private BrowserProcess() {
    }

    /**
     * Starts {@code command} and returns it once a line of its stderr matches {@code listening}
     * (group 1: the remote protocol's host:port), or fails after {@code seconds}, the process stopped.
     */
    static Started start(List<String> command, Pattern listening, String name, int seconds) throws IOException {
        Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Matcher m = listening.matcher(line);
                    if (m.find()) {
                        address.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                address.completeExceptionally(e);
            }
            address.completeExceptionally(new IOException(name + " exited before its remote protocol listened"));
        }, name + "-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return new Started(p, address.get(seconds, TimeUnit.SECONDS));
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException(name + " did not start: " + e, e);
        }
    }

    /** A started browser and the host:port its remote protocol listens on. */
    record Started(Process process, String hostPort) {
    }

    /** Stops {@code process} (forcibly after {@code seconds}) and removes {@code profile}. */
    static void stop(Process process, Path profile, int seconds) {
        process.destroy();
        try {
            if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        // A browser's helper processes may still drop or rename a file while the profile is
        // removed: a file that vanished under the walk is gone already, and a second pass takes
        // what appeared during the first.
        for (int pass = 0; pass < 2 && Files.exists(profile); pass++) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException vanished) {
                // retried once; a leftover temp folder is harmless
            }
        }
    }
}
