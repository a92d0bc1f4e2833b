package io.simbase.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A WebDriver BiDi connection (https://w3c.github.io/webdriver-bidi/) over java.net.http's
 * WebSocket: commands as JSON {@code {id, method, params}}, answered by {@code {type: "success",
 * id, result}} or {@code {type: "error", id, error, message}}; events the session subscribed to
 * are kept in {@link #events} (a test's subscriptions are few and short). Thread-safe: {@link #call}
 * may be used from any thread, replies are matched by id.
 */
final class Bidi implements AutoCloseable {
    private final ObjectMapper json;
    private final Map<Integer, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    /** Every event received, in order: {@code {type: "event", method, params}}. */
    final Queue<JsonNode> events = new ConcurrentLinkedQueue<>();
    private final WebSocket socket;

    private Bidi(ObjectMapper json, String url) {
        this.json = json;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new Listener()).join();
    }

    /** Connects to {@code ws://HOST:PORT/session}; the first command is then {@code session.new}. */
    static Bidi connect(ObjectMapper json, String hostPort) {
        return new Bidi(json, "ws://" + hostPort + "/session");
    }

    ObjectNode params() {
        return json.createObjectNode();
    }

    /** Sends a command and waits (20 s at most) for its result; an error reply is an IllegalStateException. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        calls.put(id, f);
        ObjectNode msg = json.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params);
        synchronized (socket) { // one text message at a time: the WebSocket refuses overlapping sends
            socket.sendText(json.writeValueAsString(msg), true).join();
        }
        JsonNode res;
        try {
            res = f.get(20, TimeUnit.SECONDS);
        } finally {
            calls.remove(id);
        }
        if ("error".equals(res.path("type").asText())) {
            throw new IllegalStateException(method + ": " + res.path("error").asText() + ": " + res.path("message").asText());
        }
        return res.get("result");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode msg = json.readTree(text.toString());
                    if ("event".equals(msg.path("type").asText())) {
                        events.add(msg);
                    } else if (msg.has("id") && !msg.get("id").isNull()) {
                        CompletableFuture<JsonNode> f = calls.get(msg.get("id").asInt());
                        if (f != null) {
                            f.complete(msg);
                        }
                    }
                } catch (Exception e) {
                    // not JSON: ignore
                }
                text.setLength(0);
            }
            ws.request(1);
            return null;
        }
    }

    @Override
    public void close() {
        socket.abort();
    }
}
