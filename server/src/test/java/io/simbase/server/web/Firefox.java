package io.simbase.server.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

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
        this.bidi = new Bidi(json, hostPort);
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
        BrowserProcess.Started started = BrowserProcess.start(List.of(BINARY.toString(), "--headless", "--no-remote",
                "--profile", profile.toString(), "--remote-debugging-port=0", "--width=1280", "--height=900", "about:blank"),
                LISTENING, "firefox", 60);
        try {
            return new Firefox(started.process(), profile, started.hostPort());
        } catch (Exception e) {
            BrowserProcess.stop(started.process(), profile, 5);
            throw new IOException("firefox did not start a WebDriver BiDi session: " + e, e);
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
    public void close() {
        try {
            bidi.call("browser.close", bidi.params()); // ends the session and the browser at once; SIGTERM takes seconds
        } catch (Exception e) {
            // the process is stopped below either way
        }
        bidi.close();
        BrowserProcess.stop(process, profile, 10);
    }
}
