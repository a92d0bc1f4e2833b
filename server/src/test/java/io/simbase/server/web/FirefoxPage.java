package io.simbase.server.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;

/**
 * One Firefox tab (a BiDi browsing context): scripts run with {@code script.evaluate} in the
 * page's realm and their results come back as BiDi remote values, turned into JSON here as
 * Chromium's {@code returnByValue} would give them. Not thread-safe: one test thread per tab.
 */
final class FirefoxPage implements BrowserPage {
    private final Bidi bidi;
    private final String context;

    FirefoxPage(Bidi bidi, String context) {
        this.bidi = bidi;
        this.context = context;
    }

    @Override
    public JsonNode eval(String expression) throws Exception {
        ObjectNode p = bidi.params().put("expression", expression).put("awaitPromise", true).put("resultOwnership", "none");
        p.putObject("target").put("context", context);
        p.putObject("serializationOptions").put("maxObjectDepth", 8).put("maxDomDepth", 0);
        JsonNode r;
        try {
            r = bidi.call("script.evaluate", p);
        } catch (IllegalStateException e) {
            // a realm destroyed under the evaluation: the page navigated (same meaning as Chromium's message)
            throw e.getMessage().contains("no such frame") || e.getMessage().contains("destroyed")
                    ? new IllegalStateException(NAVIGATED + ": " + e.getMessage(), e) : e;
        }
        if ("exception".equals(r.path("type").asText())) {
            throw new IllegalStateException("script failed: " + expression + ": " + r.path("exceptionDetails").path("text").asText());
        }
        return value(r.path("result"));
    }

    /** A BiDi remote value as plain JSON: primitives, arrays, objects and maps by value; nodes, functions and the like null. */
    static JsonNode value(JsonNode remote) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        JsonNode v = remote.path("value");
        switch (remote.path("type").asText()) {
            case "string":
                return f.textNode(v.asText());
            case "boolean":
                return f.booleanNode(v.asBoolean());
            case "number":
                return v.isTextual() ? f.nullNode() : v; // NaN, -0, Infinity come as text: not JSON
            case "bigint":
                return f.numberNode(new java.math.BigInteger(v.asText()));
            case "array":
            case "set":
                ArrayNode a = f.arrayNode();
                v.forEach(e -> a.add(value(e)));
                return a;
            case "object":
            case "map":
                ObjectNode o = f.objectNode();
                for (JsonNode pair : v) {
                    JsonNode key = pair.get(0);
                    o.set(key.isTextual() ? key.asText() : key.path("value").asText(), value(pair.get(1)));
                }
                return o;
            default:
                return f.nullNode(); // undefined, null, node, function, window, ...
        }
    }

    @Override
    public byte[] screenshot() throws Exception {
        return Base64.getDecoder().decode(bidi.call("browsingContext.captureScreenshot",
                bidi.params().put("context", context)).get("data").asText());
    }

    @Override
    public void close() {
        try {
            bidi.call("browsingContext.close", bidi.params().put("context", context));
        } catch (Exception e) {
            // the browser is going away with the tab
        }
    }
}
