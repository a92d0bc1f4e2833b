package io.simbase.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.Base64;

/** One Chromium tab over the DevTools protocol: evaluate script, wait for a condition, screenshot. */
final class Page implements BrowserPage {
    private final Chromium browser;
    private final JsonSocket socket;

    private Page(Chromium browser, String wsUrl) {
        this.browser = browser;
        this.socket = new JsonSocket(browser.json, wsUrl, event -> { });
    }

    static Page attach(Chromium browser, String wsUrl) {
        return new Page(browser, wsUrl);
    }

    /** Sends a DevTools command and returns its result; an error reply is an IllegalStateException. */
    JsonNode call(String method, ObjectNode params) throws Exception {
        JsonNode res = socket.call(method, params);
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
        socket.close();
    }

    static Duration seconds(long s) {
        return Duration.ofSeconds(s);
    }
}
