package io.simbase.server.rig;

import io.simbase.bridge.testing.Peers;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The independent OPC UA client of the tests: node-opcua ({@code src/test/node/opcua-client},
 * installed by {@code scripts/test-deps.sh} with {@code npm ci}) run as a separate process. Each
 * run prints one line per result; see {@code client.js} for the steps.
 */
public final class NodeOpcUaClient {
    static final Path DIR = Path.of("src", "test", "node", "opcua-client").toAbsolutePath();

    private final String url;
    private final Path pki;

    public NodeOpcUaClient(int port, Path pki) {
        if (!Files.isDirectory(DIR.resolve("node_modules").resolve("node-opcua-client"))) {
            throw new AssertionError("node-opcua-client is not installed in " + DIR + ": run scripts/test-deps.sh");
        }
        this.url = "opc.tcp://127.0.0.1:" + port + "/simbase";
        this.pki = pki;
    }

    /** Runs the client with a security mode (None, Sign, SignAndEncrypt) and steps. */
    public Peers.Result run(long timeoutMillis, String mode, String... steps) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of("node", DIR.resolve("client.js").toString(), url,
                "--mode", mode, "--pki", pki.toString(), "--session-timeout", "3000"));
        cmd.addAll(List.of(steps));
        return Peers.run(timeoutMillis, cmd.toArray(new String[0]));
    }

    /** The client's application certificate (made on first use). */
    Path certificate() throws IOException, InterruptedException {
        Peers.Result r = run(60_000, "None", "cert");
        Matcher m = Pattern.compile("(?m)^cert (.+)$").matcher(r.output());
        if (!m.find()) {
            throw new AssertionError("no certificate: " + r);
        }
        return Path.of(m.group(1).trim());
    }

    /** The lines of an output that start with a word (e.g. "change"), without it. */
    public static List<String> lines(Peers.Result r, String word) {
        List<String> out = new ArrayList<>();
        for (String line : r.output().split("\n")) {
            if (line.startsWith(word + " ")) {
                out.add(line.substring(word.length() + 1).trim());
            }
        }
        return out;
    }

    /** A TCP port free right now on loopback (the OPC UA server needs a fixed one). */
    public static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
