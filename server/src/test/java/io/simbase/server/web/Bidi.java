package io.simbase.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * A WebDriver BiDi connection (https://w3c.github.io/webdriver-bidi/): commands answered by
 * {@code {type: "success", id, result}} or {@code {type: "error", id, error, message}}; events the
 * session subscribed to are kept in {@link #events} (a test's subscriptions are few and short).
 * Thread-safe.
 */
final class Bidi implements AutoCloseable {
    private final ObjectMapper json;
    private final JsonSocket socket;
    /** Every event received, in order: {@code {type: "event", method, params}}. */
    final Queue<JsonNode> events = new ConcurrentLinkedQueue<>();

    /** Connects to {@code ws://HOST:PORT/session}; the first command is then {@code session.new}. */
    Bidi(ObjectMapper json, String hostPort) {
        this.json = json;
        this.socket = new JsonSocket(json, "ws://" + hostPort + "/session", events::add);
    }

    ObjectNode params() {
        return json.createObjectNode();
    }

    /** Sends a command and waits for its result; an error reply is an IllegalStateException. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        JsonNode res = socket.call(method, params);
        if ("error".equals(res.path("type").asText())) {
            throw new IllegalStateException(method + ": " + res.path("error").asText() + ": " + res.path("message").asText());
        }
        return res.get("result");
    }

    @Override
    public void close() {
        socket.close();
    }
}
