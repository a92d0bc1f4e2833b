package io.simbase.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** One Chromium tab over the DevTools protocol: evaluate script, wait for a condition, screenshot. */
final class Page implements BrowserPage {
    private final Chromium browser;
    private final Map<Integer, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private WebSocket socket;

    private Page(Chromium browser) {
        this.browser = browser;
    }

    static Page attach(Chromium browser, String wsUrl) {
        Page page = new Page(browser);
        page.socket = HttpClient.newHttpClient().newWebSocketBuilder()
                .buildAsync(URI.create(wsUrl), page.new Listener()).join();
        return page;
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                try {
                    JsonNode msg = browser.json.readTree(text.toString());
                    if (msg.has("id")) {
                        CompletableFuture<JsonNode> f = calls.remove(msg.get("id").asInt());
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

    JsonNode call(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        CompletableFuture<JsonNode> f = new CompletableFuture<>();
        calls.put(id, f);
        ObjectNode msg = browser.json.createObjectNode().put("id", id).put("method", method);
        msg.set("params", params == null ? browser.json.createObjectNode() : params);
        socket.sendText(browser.json.writeValueAsString(msg), true).join();
        JsonNode res = f.get(20, TimeUnit.SECONDS);
        if (res.has("error")) {
            throw new IllegalStateException(method + ": " + res.get("error"));
        }
        return res.get("result");
    }

    @Override
    public JsonNode eval(String expression) throws Exception {
        ObjectNode p = browser.json.createObjectNode().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true);
        JsonNode r = call("Runtime.evaluate", p);
        if (r.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + expression + ": " + r.get("exceptionDetails"));
        }
        return r.path("result").path("value");
    }

    @Override
    public byte[] screenshot() throws Exception {
        return Base64.getDecoder().decode(call("Page.captureScreenshot", null).get("data").asText());
    }

    @Override
    public void close() {
        socket.abort();
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
