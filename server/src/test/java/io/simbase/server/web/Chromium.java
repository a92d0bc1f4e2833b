package io.simbase.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real headless Chromium (Debian's /usr/bin/chromium) driven over the DevTools protocol: the
 * browser half of the dashboard tests. The process and its profile are removed on close.
 */
final class Chromium implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on ws://([^/]+)/");

    private final Process process;
    private final Path profile;
    private final String hostPort;
    private final HttpClient http = HttpClient.newHttpClient();
    final ObjectMapper json = new ObjectMapper();

    private Chromium(Process process, Path profile, String hostPort) {
        this.process = process;
        this.profile = profile;
        this.hostPort = hostPort;
    }

    static Chromium launch() throws IOException, InterruptedException {
        return launch(new String[0]);
    }

    /** A browser with extra command-line switches, e.g. {@code --lang=zh-CN}. */
    static Chromium launch(String... extraArgs) throws IOException, InterruptedException {
        if (!Files.isExecutable(BINARY)) {
            throw new IllegalStateException(BINARY + " is missing: run ./scripts/test-deps.sh (installs Debian's chromium)");
        }
        Path profile = Files.createTempDirectory("simbase-chromium");
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of(BINARY.toString(), "--headless",
                "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--disable-extensions", "--user-data-dir=" + profile,
                "--remote-debugging-port=0", "--window-size=1280,900"));
        command.addAll(java.util.List.of(extraArgs));
        command.add("about:blank");
        BrowserProcess.Started started = BrowserProcess.start(command, LISTENING, "chromium", 30);
        return new Chromium(started.process(), profile, started.hostPort());
    }

    /** Opens a new tab on {@code url} and attaches to it. */
    Page open(String url) throws IOException, InterruptedException {
        HttpRequest req = HttpRequest.newBuilder(URI.create("http://" + hostPort + "/json/new?"
                + URLEncoder.encode(url, StandardCharsets.UTF_8))).PUT(HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> res = http.send(req, HttpResponse.BodyHandlers.ofString());
        JsonNode target = json.readTree(res.body());
        return Page.attach(this, target.get("webSocketDebuggerUrl").asText());
    }

    /** CPU time the browser and all its helper processes have used so far (user + system), nanoseconds. */
    long cpuNanos() {
        return Stream.concat(Stream.of(process.toHandle()), process.descendants())
                .mapToLong(h -> h.info().totalCpuDuration().map(java.time.Duration::toNanos).orElse(0L)).sum();
    }

    @Override
    public void close() {
        BrowserProcess.stop(process, profile, 5);
    }
}
