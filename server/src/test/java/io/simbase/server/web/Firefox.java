package io.simbase.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
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

/**
 * A real headless Firefox (Debian's firefox-esr) driven over WebDriver BiDi, which Firefox
 * serves itself on {@code --remote-debugging-port} (no geckodriver). One BiDi connection per
 * browser; each {@link #open} is a new tab. The process and its profile are removed on close.
 */
final class Firefox implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/firefox-esr");
    private static final Pattern LISTENING = Pattern.compile("WebDriver BiDi listening on ws://([^/\\s]+)");

    private final Process process;
    private final Path profile;
    private final Bidi bidi;
    private final String version;
    final ObjectMapper json = new ObjectMapper();

    private Firefox(Process process, Path profile, String hostPort) throws Exception {
        this.process = process;
        this.profile = profile;
        this.bidi = Bidi.connect(json, hostPort);
        ObjectNode session = bidi.params();
        session.putObject("capabilities");
        this.version = bidi.call("session.new", session).path("capabilities").path("browserVersion").asText();
        ObjectNode logs = bidi.params();
        logs.putArray("events").add("log.entryAdded");
        bidi.call("session.subscribe", logs);
    }

    /** The pages' console errors and uncaught exceptions so far, one line each ("javascript: TypeError: ..."). */
    List<String> errors() {
        return bidi.events.stream().filter(e -> "log.entryAdded".equals(e.path("method").asText()))
                .map(e -> e.path("params")).filter(p -> "error".equals(p.path("level").asText()))
                .map(p -> p.path("type").asText() + ": " + p.path("text").asText()).toList();
    }

    /** A browser whose pages ask for {@code acceptLanguages} (e.g. "en-US, en"). */
    static Firefox launch(String acceptLanguages) throws IOException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: run ./scripts/test-deps.sh (installs Debian's firefox-esr)");
        }
        Path profile = Files.createTempDirectory("simbase-firefox");
        // quiet, offline, and the window the Chromium tests use
        Files.writeString(profile.resolve("user.js"), String.join("\n",
                "user_pref(\"intl.accept_languages\", \"" + acceptLanguages + "\");",
                "user_pref(\"browser.shell.checkDefaultBrowser\", false);",
                "user_pref(\"app.update.disabledForTesting\", true);",
                "user_pref(\"datareporting.policy.dataSubmissionEnabled\", false);",
                "user_pref(\"toolkit.telemetry.reportingpolicy.firstRun\", false);",
                "user_pref(\"browser.aboutwelcome.enabled\", false);",
                "user_pref(\"network.connectivity-service.enabled\", false);",
                "user_pref(\"messaging-system.rsexperimentloader.enabled\", false);", ""));
        Process p = new ProcessBuilder(List.of(BINARY.toString(), "--headless", "--no-remote", "--profile", profile.toString(),
                "--remote-debugging-port=0", "--width=1280", "--height=900", "about:blank"))
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<String> address = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                    Matcher m = LISTENING.matcher(line);
                    if (m.find()) {
                        address.complete(m.group(1));
                    }
                }
            } catch (IOException e) {
                address.completeExceptionally(e);
            }
            address.completeExceptionally(new IOException("firefox exited before WebDriver BiDi listened"));
        }, "firefox-stderr");
        reader.setDaemon(true);
        reader.start();
        try {
            return new Firefox(p, profile, address.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            p.destroyForcibly();
            throw new IOException("firefox did not start: " + e, e);
        }
    }

    /** Opens a new tab on {@code url}, once it has loaded. */
    FirefoxPage open(String url) throws Exception {
        ObjectNode create = bidi.params().put("type", "tab");
        String context = bidi.call("browsingContext.create", create).get("context").asText();
        bidi.call("browsingContext.navigate", bidi.params().put("context", context).put("url", url).put("wait", "complete"));
        return new FirefoxPage(bidi, context);
    }

    /** The browser's version as its session reports it, e.g. "153.8.0". */
    String version() {
        return version;
    }

    @Override
    public void close() throws IOException {
        try {
            bidi.call("browser.close", bidi.params()); // ends the session and the browser at once; SIGTERM takes seconds
        } catch (Exception e) {
            // the process is stopped below either way
        }
        bidi.close();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        for (int pass = 0; pass < 2 && Files.exists(profile); pass++) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            } catch (java.io.UncheckedIOException | java.nio.file.NoSuchFileException vanished) {
                // retried once; a leftover temp folder is harmless
            }
        }
    }
}
