package io.simbase.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * JSON commands over a WebSocket, as browsers' remote protocols speak them (Chromium's DevTools,
 * WebDriver BiDi): {@code {id, method, params}} out, the reply with the same {@code id} back;
 * any other message (an event) goes to a consumer on the socket's thread. Thread-safe:
 * {@link #call} may be used from any thread; sends are serialized.
 */
final class JsonSocket implements AutoCloseable {
    private final ObjectMapper json;
    private final Consumer<JsonNode> events;
    private final Map<Integer, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final WebSocket socket;

    JsonSocket(ObjectMapper json, String url, Consumer<JsonNode> events) {
        this.json = json;
        this.events = events;
        this.socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(url), new Listener()).join();
    }

    /** Sends {@code method} with {@code params} and returns the whole reply (20 s at most). */
    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        calls.put(id, f);
        ObjectNode msg = json.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params == null ? json.createObjectNode() : params);
        try {
            synchronized (socket) { // one text message at a time: the WebSocket refuses overlapping sends
                socket.sendText(json.writeValueAsString(msg), true).join();
            }
            return f.get(20, TimeUnit.SECONDS);
        } finally {
            calls.remove(id);
        }
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                JsonNode msg = null;
                try {
                    msg = json.readTree(text.toString());
                } catch (Exception e) {
                    // not JSON: ignore
                }
                text.setLength(0);
                if (msg != null) {
                    CompletableFuture<JsonNode> f = msg.path("id").isInt() ? calls.get(msg.get("id").asInt()) : null;
                    if (f != null) {
                        f.complete(msg);
                    } else {
                        events.accept(msg);
                    }
                }
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
